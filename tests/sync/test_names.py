"""Names on the sync target: built exactly, FAT-safe, and hostile names ignored."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_desk.sync import names
from wellbeing_desk.sync.errors import FormatTooNewError, TamperedFileError
from wellbeing_desk.sync.names import (
    FORMAT_MARKER,
    check_format_marker,
    devices_in,
    format_path,
    log_folder,
    log_name,
    log_path,
    new_device_id,
    new_space_id,
    pairing_key_path,
    parse_log_name,
    parse_snapshot_name,
    snapshot_folder,
    snapshot_path,
)
from wellbeing_desk.sync.target import check_path

SPACE = "0123456789abcdef0123456789abcdef"
DEVICE = "fedcba9876543210fedcba9876543210"


def test_the_layout_is_exactly_as_designed():
    root = f"wellbeing-desk/{SPACE}"
    assert format_path(SPACE) == f"{root}/format"
    assert pairing_key_path(SPACE) == f"{root}/keys/pairing.wbk"
    assert log_folder(SPACE, DEVICE) == f"{root}/log/{DEVICE}"
    assert snapshot_folder(SPACE, DEVICE) == f"{root}/snap/{DEVICE}"
    assert log_path(SPACE, DEVICE, 1) == f"{root}/log/{DEVICE}/0000000000000001.wbc"
    assert snapshot_path(SPACE, DEVICE, 0x2A) == f"{root}/snap/{DEVICE}/000000000000002a.wbs"
    assert log_name(2**64 - 1) == "ffffffffffffffff.wbc"
    assert FORMAT_MARKER == b"wellbeing-desk-sync 1\n"


def test_new_ids_are_random_lowercase_hex():
    ids = {new_space_id() for _ in range(50)} | {new_device_id() for _ in range(50)}
    assert len(ids) == 100
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


@given(st.integers(1, 2**64 - 1))
def test_every_sequence_number_round_trips(seq):
    assert parse_log_name(log_name(seq)) == seq
    assert parse_snapshot_name(names.snapshot_name(seq)) == seq
    assert parse_log_name(names.snapshot_name(seq)) is None
    assert parse_snapshot_name(log_name(seq)) is None


@given(
    space=st.binary(min_size=16, max_size=16).map(bytes.hex),
    device=st.binary(min_size=16, max_size=16).map(bytes.hex),
    seq=st.integers(1, 2**64 - 1),
)
def test_names_are_fat_safe(space, device, seq):
    for path in (log_path(space, device, seq), snapshot_path(space, device, seq)):
        parts = path.split("/")
        assert parts[0] == "wellbeing-desk"
        for part in parts[1:]:
            assert len(part) <= 64
            assert re.fullmatch(r"[0-9a-z.]+", part)
            assert not part.startswith(".")


@pytest.mark.parametrize(
    "name",
    [
        "0000000000000001.sync-conflict-20261207-120000-ABCDEFG.wbc",
        "0000000000000001 (1).wbc",
        "0000000000000001.wbc.sync-conflict-20261207-120000-ABCDEFG",
        "0000000000000001 (conflicted copy 2026-12-07).wbc",
        ".syncthing.0000000000000001.wbc.tmp",
        ".0000000000000001.wbc.0123456789ab.tmp",
        "~$x",
        "~0000000000000001.wbc",
        "desktop.ini",
        ".DS_Store",
        "0000000000000001.WBC",
        "000000000000000A.wbc",
        "0000000000000000.wbc",  # seq 0 is never used
        "000000000000001.wbc",
        "00000000000000001.wbc",
        "0000000000000001.wbc ",
        " 0000000000000001.wbc",
        "0000000000000001.wbc\n",
        "0000000000000001wbc",
        "+000000000000001.wbc",
        "0x00000000000001.wbc",
        "000000000000_001.wbc",
        "٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠١.wbc",  # Arabic-Indic digits
        "",
        "/0000000000000001.wbc",
        "a/0000000000000001.wbc",
    ],
)
def test_foreign_and_conflict_names_are_not_ours(name):
    assert parse_log_name(name) is None
    assert parse_snapshot_name(name) is None


@given(st.text(max_size=40))
def test_no_name_makes_the_parsers_raise(name):
    seq = parse_log_name(name)
    assert seq is None or log_name(seq) == name
    seq = parse_snapshot_name(name)
    assert seq is None or names.snapshot_name(seq) == name


def test_parsers_take_any_value_without_raising():
    for value in (None, 1, b"0000000000000001.wbc", ["x"]):
        assert parse_log_name(value) is None


def test_only_device_folder_names_are_devices():
    listed = [
        DEVICE,
        SPACE,
        DEVICE.upper(),
        DEVICE + " (1)",
        DEVICE + ".sync-conflict-20261207-120000-ABCDEFG",
        DEVICE[:-1],
        DEVICE + "0",
        ".stfolder",
        "desktop.ini",
        DEVICE,
    ]
    assert devices_in(listed) == [SPACE, DEVICE]


@pytest.mark.parametrize("bad", ["", SPACE.upper(), SPACE[:-1], SPACE + "0", "../" + SPACE[3:]])
def test_path_builders_refuse_a_bad_id(bad):
    with pytest.raises(ValueError):
        log_path(bad, DEVICE, 1)
    with pytest.raises(ValueError):
        log_folder(SPACE, bad)
    with pytest.raises(ValueError):
        format_path(bad)


@pytest.mark.parametrize("seq", [0, -1, 2**64, True])
def test_path_builders_refuse_a_bad_sequence_number(seq):
    with pytest.raises(ValueError):
        log_path(SPACE, DEVICE, seq)
    with pytest.raises(ValueError):
        snapshot_path(SPACE, DEVICE, seq)


def test_the_format_marker_we_write_is_accepted():
    check_format_marker(FORMAT_MARKER)


@pytest.mark.parametrize("marker", [b"wellbeing-desk-sync 2\n", b"wellbeing-desk-sync 10\n"])
def test_a_newer_format_marker_says_so(marker):
    with pytest.raises(FormatTooNewError, match="format"):
        check_format_marker(marker)


@pytest.mark.parametrize(
    "marker",
    [
        b"",
        b"wellbeing-desk-sync 1",
        b"wellbeing-desk-sync 1\r\n",
        b"wellbeing-desk-sync 0\n",
        b"wellbeing-desk-sync 01\n",
        b"Wellbeing-desk-sync 1\n",
        b"wellbeing-desk-sync 1\nmore",
        b"wellbeing-desk-sync " + b"9" * 5000 + b"\n",
        b"\xff\xfe",
    ],
)
def test_any_other_format_marker_is_refused(marker):
    with pytest.raises(TamperedFileError):
        check_format_marker(marker)


def test_every_path_built_here_is_one_a_target_accepts():
    for path in (
        format_path(SPACE),
        log_path(SPACE, DEVICE, 1),
        snapshot_path(SPACE, DEVICE, 1),
        pairing_key_path(SPACE),
    ):
        check_path(path)
