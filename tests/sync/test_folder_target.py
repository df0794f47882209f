"""The folder target: write-once files, never an overwrite, never a half file, safe paths."""

import errno
import os
import random
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.isolation import REPO
from wellbeing_desk.sync.errors import TamperedFileError
from wellbeing_desk.sync.folder_target import FolderTarget
from wellbeing_desk.sync.memory_target import InMemoryTarget
from wellbeing_desk.sync.target import Target, check_path, is_temp_name, join_path

LOG = "wellbeingdesk/space/log/device"
FILE = f"{LOG}/0000000000000001.wbc"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def target(root: Path) -> FolderTarget:
    return FolderTarget(root)


@pytest.fixture
def umask_zero() -> Iterator[None]:
    # The app runs with umask 077; the target must be private without relying on it.
    previous = os.umask(0)
    yield
    os.umask(previous)


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


# The contract both targets keep: the engine cannot tell them apart.

TARGETS: dict[str, Callable[[Path], Target]] = {
    "folder": FolderTarget,
    "memory": lambda _root: InMemoryTarget(),
}


@pytest.fixture(params=sorted(TARGETS))
def any_target(request: pytest.FixtureRequest, root: Path) -> Target:
    return TARGETS[request.param](root)


def test_a_created_file_is_read_back_and_listed(any_target: Target) -> None:
    any_target.create(FILE, b"sealed bytes")
    any_target.create(f"{LOG}/0000000000000002.wbc", b"more")
    any_target.make_folder(f"{LOG}/sub")
    assert any_target.read(FILE) == b"sealed bytes"
    assert any_target.list_names(LOG) == ["0000000000000001.wbc", "0000000000000002.wbc"]


def test_sub_folders_are_listed_apart_from_files(any_target: Target) -> None:
    any_target.create(FILE, b"sealed bytes")
    any_target.make_folder(f"{LOG}/sub")
    any_target.create(f"{LOG}/other/0000000000000001.wbc", b"x")
    parent, name = LOG.rsplit("/", 1)
    assert any_target.list_folders(LOG) == ["other", "sub"]
    assert name in any_target.list_folders(parent)
    assert any_target.list_folders("wellbeingdesk/nowhere") == []


def test_a_missing_folder_lists_nothing_and_a_missing_file_is_not_found(
    any_target: Target,
) -> None:
    assert any_target.list_names("wellbeingdesk/nowhere") == []
    with pytest.raises(FileNotFoundError):
        any_target.read(FILE)


def test_an_identical_retry_succeeds_and_different_bytes_are_refused(any_target: Target) -> None:
    any_target.create(FILE, b"first")
    any_target.create(FILE, b"first")  # an earlier try finished: success
    with pytest.raises(FileExistsError, match=re.escape(FILE)):
        any_target.create(FILE, b"second")
    assert any_target.read(FILE) == b"first"
    assert any_target.list_names(LOG) == ["0000000000000001.wbc"]


def test_deleting_is_idempotent(any_target: Target) -> None:
    any_target.create(FILE, b"x")
    any_target.delete(FILE)
    any_target.delete(FILE)
    assert any_target.list_names(LOG) == []


BAD_PATHS = [
    "",
    "/etc/passwd",
    "../outside",
    "log/../../outside",
    "log/./x",
    "log//x",
    "log/",
    "log\\x",
    "C:/x",
    "Log/x",
    "log/x y",
    "log/x\x00",
    "log/é",
    "~/x",
    "a" * 256,
]


@pytest.mark.parametrize("path", BAD_PATHS)
def test_unsafe_paths_are_refused_by_every_call(any_target: Target, path: str) -> None:
    calls: list[Callable[[], object]] = [
        lambda: any_target.list_names(path),
        lambda: any_target.read(path),
        lambda: any_target.create(path, b"x"),
        lambda: any_target.delete(path),
        lambda: any_target.make_folder(path),
        lambda: any_target.tidy(path),
    ]
    for call in calls:
        with pytest.raises(ValueError, match="not a safe"):
            call()


@pytest.mark.parametrize(
    "name",
    [
        "0000000000000001.sync-conflict-20261207-120000-ABCDEFG.wbc",
        "0000000000000001 (1).wbc",
        "~$x",
        "desktop.ini/x",
        "..",
        "0000000000000001.WBC",
    ],
)
def test_a_hostile_listed_name_is_never_joined_into_a_path(name: str) -> None:
    with pytest.raises(ValueError):
        join_path(LOG, name)


# The folder itself.


def test_files_are_private_and_folders_too_whatever_the_umask(
    target: FolderTarget, root: Path, umask_zero: None
) -> None:
    # Mode bits are checked, not access: they are set the same way as root, so
    # this needs no unprivileged child (tests/test_permissions.py does access).
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    target.create(FILE, b"x")
    target.make_folder("wellbeingdesk/space/snap/device")
    assert stat.S_IMODE((root / FILE).stat().st_mode) == 0o600
    made = [root / "wellbeingdesk", *(root / "wellbeingdesk").rglob("*")]
    folders = [p for p in made if p.is_dir()]
    assert len(folders) == 6
    assert {stat.S_IMODE(p.stat().st_mode) for p in folders} == {0o700}


def test_the_root_itself_is_never_made(tmp_path: Path) -> None:
    # A missing root is a stick that is not plugged in: no files on the computer's disk.
    unplugged = FolderTarget(tmp_path / "media" / "stick")
    assert unplugged.list_names("wellbeingdesk") == []
    with pytest.raises(FileNotFoundError):
        unplugged.create(FILE, b"x")
    with pytest.raises(FileNotFoundError):
        unplugged.make_folder(LOG)
    assert not (tmp_path / "media").exists()


def test_a_different_file_is_never_overwritten(target: FolderTarget, root: Path) -> None:
    target.create(FILE, b"original")
    for attempt in range(20):
        with pytest.raises(FileExistsError):
            target.create(FILE, f"attempt {attempt}".encode())
    assert files_under(root) == {FILE: b"original"}  # and no temp file left behind


def test_a_folder_under_the_final_name_is_refused_not_replaced(
    target: FolderTarget, root: Path
) -> None:
    target.make_folder(FILE)
    with pytest.raises(FileExistsError):
        target.create(FILE, b"x")
    assert (root / FILE).is_dir()
    assert target.list_names(LOG) == []


def fall_back_to_rename(monkeypatch: pytest.MonkeyPatch, code: int) -> list[str]:
    """Make ``os.link`` fail as on FAT/exFAT; return the links attempted."""
    attempts: list[str] = []

    def no_link(source: object, destination: object, **_kwargs: object) -> None:
        attempts.append(str(destination))
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", no_link)
    return attempts


@pytest.mark.parametrize("code", [errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK])
def test_without_hard_links_a_rename_still_never_overwrites(
    target: FolderTarget, root: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    attempts = fall_back_to_rename(monkeypatch, code)
    target.create(FILE, b"first")
    target.create(FILE, b"first")
    with pytest.raises(FileExistsError, match=re.escape(FILE)):
        target.create(FILE, b"second")
    assert len(attempts) == 3
    assert files_under(root) == {FILE: b"first"}
    assert stat.S_IMODE((root / FILE).stat().st_mode) == 0o600


def test_a_real_link_failure_is_raised_and_leaves_no_temp_file(
    target: FolderTarget, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fall_back_to_rename(monkeypatch, errno.EIO)
    with pytest.raises(OSError) as raised:
        target.create(FILE, b"x")
    assert raised.value.errno == errno.EIO
    assert files_under(root) == {}


def test_tidy_removes_only_our_own_temp_files(target: FolderTarget, root: Path) -> None:
    target.create(FILE, b"kept")
    ours = [".0000000000000002.wbc.0123456789ab.tmp", ".format.a1b2c3d4e5f6.tmp"]
    foreign = [
        ".syncthing.0000000000000002.wbc.tmp",
        ".0000000000000002.wbc.0123456789AB.tmp",
        ".0000000000000002.wbc.0123456789a.tmp",
        "~$x",
        "desktop.ini",
        "0000000000000001 (1).wbc",
        "0000000000000001.sync-conflict-20261207-120000-ABCDEFG.wbc",
    ]
    for name in ours + foreign:
        (root / LOG / name).write_bytes(b"left over")
    (root / LOG / "subfolder.0123456789ab.tmp").mkdir()
    # Every file is listed, foreign names too: readers keep only the names they know.
    assert target.list_names(LOG) == sorted([*ours, *foreign, "0000000000000001.wbc"])
    assert target.tidy(LOG) == sorted(ours)
    assert target.list_names(LOG) == sorted([*foreign, "0000000000000001.wbc"])
    assert target.tidy("wellbeingdesk/missing") == []


def test_a_planted_symlink_is_not_listed_or_followed(
    target: FolderTarget, root: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(b"not for the target")
    target.make_folder(LOG)
    (root / FILE).symlink_to(secret)
    assert target.list_names(LOG) == []
    with pytest.raises(OSError):
        target.read(FILE)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_planted_fifo_does_not_block_a_read(target: FolderTarget, root: Path) -> None:
    target.make_folder(LOG)
    os.mkfifo(root / FILE)
    with pytest.raises(TamperedFileError, match="not a file"):
        target.read(FILE)


def test_a_file_larger_than_any_sync_file_is_refused_unread(root: Path) -> None:
    small = FolderTarget(root, max_file_bytes=16)
    small.create(FILE, b"x" * 16)
    small.create(f"{LOG}/0000000000000002.wbc", b"x" * 17)
    assert small.read(FILE) == b"x" * 16
    with pytest.raises(TamperedFileError, match="larger"):
        small.read(f"{LOG}/0000000000000002.wbc")


HOSTILE_PARTS = st.sampled_from(
    ["..", ".", "", "secret", "a", "/", "\\", "~", "C:", "%2e%2e", "\x00", " ", "log"]
)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="ab./\\-_~: \x00", max_size=40),
    st.lists(HOSTILE_PARTS, max_size=8).map("/".join),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=HOSTILE_TEXT)
def test_no_text_reaches_outside_the_root(text: str, tmp_path: Path) -> None:
    root = tmp_path / "stick"
    root.mkdir(exist_ok=True)
    (tmp_path / "secret").write_bytes(b"outside")
    target = FolderTarget(root)
    try:
        check_path(text)
    except ValueError:
        with pytest.raises(ValueError):
            target.read(text)
        with pytest.raises(ValueError):
            target.list_names(text)
        return
    assert (root / text).resolve().is_relative_to(root.resolve())
    assert os.path.normpath(text) == text  # nothing to collapse: no '..', '.', '//'
    with pytest.raises(FileNotFoundError):
        target.read(text)
    assert target.list_names(text) == []


# kill -9 in the middle of create.

WRITER = """
import sys
from pathlib import Path
from wellbeing_desk.sync.folder_target import FolderTarget

target = FolderTarget(Path(sys.argv[1]))
print("ready", flush=True)
number = 0
while True:
    number += 1
    target.create(f"log/{number:016x}.wbc", number.to_bytes(8, "big") * (32768 + number))
"""


def expected_content(number: int) -> bytes:
    return number.to_bytes(8, "big") * (32768 + number)


@pytest.mark.slow
def test_a_kill_during_create_never_leaves_a_partial_file(root: Path) -> None:
    rng = random.Random(20261207)
    rounds_with_a_temp_file = 0
    for _round in range(20):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(root)], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(writer.pid, signal.SIGKILL)
        writer.communicate(timeout=30)
        target = FolderTarget(root)
        names = target.list_names("log")
        temps = [name for name in names if is_temp_name(name)]
        rounds_with_a_temp_file += bool(temps)
        for name in set(names) - set(temps):
            assert name.endswith(".wbc")
            # Whole or absent: every final name holds exactly what was written.
            assert target.read(f"log/{name}") == expected_content(int(name[:-4], 16))
        assert target.tidy("log") == temps
        assert not [name for name in target.list_names("log") if not name.endswith(".wbc")]
    # Each round restarts at file 1, so the earlier files were identical retries.
    assert FolderTarget(root).list_names("log")
    print(f"{rounds_with_a_temp_file} of 20 kills left a temp file")
