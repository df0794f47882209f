"""The fault cases of SYNC.md's test plan that a WebDAV server can show, played with real
vaults through a real WsgiDAV server: the files it stores are cut short, changed, replayed,
copied under conflict names, taken away for a while or rolled back to an older copy; a PUT
is cut off in the middle of a vault's sync; two vaults write under one device id; a pairing
code is wrong; a newer app wrote there; two devices edit the same entry.

Cases that do not depend on the target (a crash between applying and the cursor, an edit
during a sync, the removal guard, clocks three days apart) are played in
``tests/sync/test_vault_sync_faults.py`` and ``tests/sync/test_engine.py``.
"""

import shutil
import struct
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.sync.vault_devices import sync_all
from tests.sync.webdav.dav_devices import DavDevice, add_device, bodies, write_entry
from tests.sync.webdav.dav_server import DavServer
from wellbeing_desk.sync import names, vault_sync
from wellbeing_desk.sync.errors import SyncError, WrongPairingCodeError
from wellbeing_desk.sync.pairing import generate_pairing_code
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.allow_hosts(["127.0.0.1"])


@pytest.fixture
def pair(tmp_path: Path, dav: DavServer, devices: list[DavDevice]) -> tuple[DavDevice, DavDevice]:
    a, b = add_device(devices, tmp_path, dav), add_device(devices, tmp_path, dav)
    b.join(a.set_up())
    return a, b


def _stored(device: DavDevice, dav: DavServer, seq: int) -> Path:
    return device.stored_log(dav) / names.log_name(seq)


def _first_file_changed(device: DavDevice, dav: DavServer, at: int, to: bytes) -> None:
    """``device`` writes one entry and syncs; the server's copy then has ``to`` at ``at``."""
    write_entry(device, "one")
    device.sync()
    stored = _stored(device, dav, 1)
    data = bytearray(stored.read_bytes())
    assert data[at : at + len(to)] != to
    data[at : at + len(to)] = to
    stored.write_bytes(bytes(data))


def test_a_file_cut_short_on_the_server_waits_and_is_used_once_whole(
    dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    a, b = pair
    write_entry(a, "one")
    a.sync()
    stored = _stored(a, dav, 1)
    whole = stored.read_bytes()
    stored.write_bytes(whole[: len(whole) // 3])
    report = b.sync()
    assert bodies(b) == [] and report.waiting and not report.alerts
    stored.write_bytes(whole)
    report = b.sync()
    assert bodies(b) == ["one"] and report.files_applied == 1


def test_a_changed_byte_on_the_server_is_not_used_and_said_as_such(
    dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    a, b = pair
    _first_file_changed(a, dav, 300, b"\x00\x00\x00\x00")
    report = b.sync()
    assert bodies(b) == [] and report.tampered == 1


def test_an_old_file_replayed_under_the_next_number_is_not_used(
    dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    a, b = pair
    write_entry(a, "one")
    a.sync()
    b.sync()
    shutil.copyfile(_stored(a, dav, 1), _stored(a, dav, 2))
    report = b.sync()
    assert report.alerts and report.files_applied == 0
    assert bodies(b) == ["one"]


@pytest.mark.parametrize(
    "copy_name",
    [
        "0000000000000001 (conflicted copy 2026-12-01 091500).wbc",  # Nextcloud, ownCloud
        "0000000000000001.sync-conflict-20261201-091500-ABCDEFG.wbc",  # Syncthing
        "0000000000000001 (1).wbc",  # a second upload beside the first
        "0000000000000001.WBC",
        "._0000000000000001.wbc",  # macOS beside a copy
        "desktop.ini",
    ],
)
def test_conflict_copies_and_foreign_files_on_the_server_are_ignored(
    dav: DavServer, pair: tuple[DavDevice, DavDevice], copy_name: str
) -> None:
    a, b = pair
    write_entry(a, "one")
    a.sync()
    shutil.copyfile(_stored(a, dav, 1), a.stored_log(dav) / copy_name)
    report = b.sync()
    assert (report.files_applied, report.alerts, report.tampered) == (1, [], 0)
    assert bodies(b) == ["one"]
    write_entry(a, "two")
    a.sync()  # its own folder holds the copy: it still writes its next file
    b.sync()
    assert bodies(b) == ["one", "two"]


def test_a_missing_number_stops_that_device_until_the_file_comes_back(
    tmp_path: Path, dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    a, b = pair
    for text in ("one", "two", "three"):
        write_entry(a, text)
        a.sync()
    second = _stored(a, dav, 2)
    shutil.move(second, tmp_path / "away")
    report = b.sync()
    assert bodies(b) == ["one"] and report.waiting  # three is there, but never before two
    shutil.move(tmp_path / "away", second)
    b.sync()
    assert bodies(b) == ["one", "three", "two"]


def test_a_folder_rolled_back_on_the_server_is_noticed_and_nothing_goes_missing(
    tmp_path: Path, dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    """The server's folder is restored from an older backup: a's later files are gone
    before b read them. a says so, takes a new device id and sends everything again."""
    a, b = pair
    write_entry(a, "one")
    a.sync()
    own_folder = a.stored_log(dav)
    device = a.ids()[1]
    shutil.copytree(own_folder, tmp_path / "old copy")
    for text in ("two", "three"):
        write_entry(a, text)
        a.sync()
    shutil.rmtree(own_folder)
    shutil.copytree(tmp_path / "old copy", own_folder)
    write_entry(a, "four")
    report = a.sync()
    assert report.rolled_back and a.ids()[1] != device
    sync_all(b, a, b)
    assert bodies(b) == ["four", "one", "three", "two"]
    assert a.dump() == b.dump()


def test_a_put_cut_off_during_a_sync_is_sent_once_by_the_next_sync(
    dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    a, b = pair
    write_entry(a, "one")
    dav.faults.add("PUT", "drop-put", part="/log/", times=10)
    with pytest.raises(SyncError):
        a.sync()
    dav.faults.rules.clear()
    assert not list(dav.root.rglob("*.wbc"))  # nothing half-written under a final name
    a.sync()
    b.sync()
    assert bodies(b) == ["one"]
    assert len(list(a.stored_log(dav).glob("*.wbc"))) == 1


def test_a_lost_answer_after_the_move_does_not_make_a_second_file(
    dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    a, b = pair
    write_entry(a, "one")
    dav.faults.add("MOVE", "lose-answer", part="/log/")
    a.sync()
    a.sync()
    assert len(list(a.stored_log(dav).glob("*.wbc"))) == 1
    report = b.sync()
    assert bodies(b) == ["one"] and report.alerts == []


def test_a_copied_vault_gets_its_own_device_id_and_nothing_is_lost(
    tmp_path: Path, dav: DavServer, pair: tuple[DavDevice, DavDevice], devices: list[DavDevice]
) -> None:
    a, b = pair
    write_entry(a, "before the copy")
    a.sync()
    a.vault.lock()
    shutil.copytree(a.root, tmp_path / "copy")
    a.vault = Vault.open(a.root, PASSPHRASE)
    copy = DavDevice.__new__(DavDevice)
    copy.root, copy.folder, copy.target = tmp_path / "copy", a.folder, dav.target()
    copy.vault = Vault.open(copy.root, PASSPHRASE)
    devices.append(copy)
    write_entry(a, "on the original")
    a.sync()
    write_entry(copy, "on the copy")
    copy.sync()
    assert copy.ids()[1] != a.ids()[1]
    sync_all(a, b, copy)
    for device in (a, b, copy):
        assert bodies(device) == ["before the copy", "on the copy", "on the original"]


def test_a_wrong_pairing_code_is_refused_and_joins_nothing(
    tmp_path: Path, dav: DavServer, devices: list[DavDevice]
) -> None:
    a, b = add_device(devices, tmp_path, dav), add_device(devices, tmp_path, dav)
    code = a.set_up()
    wrong = generate_pairing_code()
    assert wrong != code
    with pytest.raises(WrongPairingCodeError):
        b.join(wrong)
    assert vault_sync.current_space(b.conn) is None
    b.join(code)
    assert b.ids()[0] == a.ids()[0]


def test_a_newer_format_on_the_server_is_named_and_nothing_is_applied(
    dav: DavServer, pair: tuple[DavDevice, DavDevice]
) -> None:
    a, b = pair
    _first_file_changed(a, dav, 8, struct.pack(">H", 2))  # the format version
    report = b.sync()
    assert report.newer_format and bodies(b) == []


def test_both_devices_edit_one_entry_and_end_with_the_same_two_versions(
    pair: tuple[DavDevice, DavDevice],
) -> None:
    a, b = pair
    entry_id = write_entry(a, "first words")
    sync_all(a, b)
    for device, text in ((a, "written on a"), (b, "written on b")):
        entry = device.vault.journal.get(entry_id)
        assert entry is not None
        device.vault.journal.update(entry_id, EntryInput(entry.occurred_at, body=text))
    sync_all(a, b)
    assert bodies(a) == bodies(b) == ["written on a", "written on b"]
    assert a.dump() == b.dump()
