"""Encrypted backups: a round trip keeps every record, a writer elsewhere cannot split a
backup, damage is damage (never a wrong passphrase) and writes nothing, rotation keeps
only our files, and no plaintext reaches the backup file."""

import hashlib
import multiprocessing
import os
import struct
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.support.canary_writer import write_everything
from tests.support.leakcheck import LeakScanner
from tests.sync.test_vault_kinds_sync import fill
from tests.sync.vault_devices import dump
from wellbeing_desk.vault import (
    DamagedVaultError,
    KdfParams,
    Vault,
    VaultExistsError,
    VaultTooNewError,
    WrongPassphraseError,
)
from wellbeing_desk.vault import backup as backup_module
from wellbeing_desk.vault.access import mark_damaged
from wellbeing_desk.vault.backup import (
    BackupPlaceError,
    backup_file_name,
    is_due,
    restore_backup,
    rotate_backups,
    verify_backup,
    write_backup,
)
from wellbeing_desk.vault.backup_format import MAGIC, write_backup_file
from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.journal import EntryInput


def every_table(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: the whole logical content of a database."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: sorted((tuple(row) for row in conn.execute(f'SELECT * FROM "{name}"')), key=repr)
        for name in names
    }


def listing(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and its digest: "nothing was written" is this unchanged."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        if path.is_file()
        else "folder"
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def backup_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One small backup, made once for the tests that damage copies of it."""
    folder = tmp_path_factory.mktemp("source")
    with Vault.create(folder / "vault", PASSPHRASE, KdfParams.fast_for_tests()) as made:
        made.journal.add(EntryInput(datetime(2026, 12, 1, 9), stress=3, body="a first entry"))
        return write_backup(made, folder / "b.wdbackup", passphrase=PASSPHRASE).path.read_bytes()


@pytest.fixture
def backup_file(backup_bytes: bytes, tmp_path: Path) -> Path:
    destination = tmp_path / "out" / "vault.wdbackup"
    destination.parent.mkdir()
    destination.write_bytes(backup_bytes)
    return destination


def header_of(backup: bytes) -> bytes:
    (length,) = struct.unpack(">I", backup[len(MAGIC) + 2 : len(MAGIC) + 6])
    return backup[len(MAGIC) + 6 : len(MAGIC) + 6 + length]


# -- round trip ----------------------------------------------------------------------


def test_a_restored_backup_holds_every_kind_of_record(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    destination = tmp_path / "vault.wdbackup"
    result = write_backup(vault, destination, passphrase=PASSPHRASE)
    assert result.path == destination
    assert result.bytes == destination.stat().st_size
    counts = vault.info().record_counts
    assert counts is not None and result.records == sum(counts.values()) > 0

    restore_backup(destination, PASSPHRASE, tmp_path / "restored")
    with Vault.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert dump(restored.connection()) == dump(vault.connection())
        assert every_table(restored.connection()) == every_table(vault.connection())
        assert restored.header == vault.header  # the same vault, the same passphrase
    assert verify_backup(destination, PASSPHRASE).records == result.records


def test_a_backup_without_the_passphrase_is_checked_with_the_vault_key(
    vault: Vault, tmp_path: Path
) -> None:
    """Automatic backups: the app holds the key, not the passphrase."""
    vault.watch_changes()
    vault.journal.add(EntryInput(datetime(2026, 12, 1, 9), body="kept"))
    assert vault.take_changes().ids
    result = write_backup(vault, tmp_path / "auto.wdbackup")
    assert result.records == 1
    assert not vault.take_changes().ids  # the copy is no change to show in the app
    assert verify_backup(result.path, PASSPHRASE).records == 1


def test_a_vault_read_only_here_can_still_be_backed_up(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.journal.add(EntryInput(datetime(2026, 12, 1, 9), body="kept"))
    vault.lock()
    assert mark_damaged(vault.layout)  # opens read-only: its connection refuses writes
    reader = Vault.open_for_reading(vault_dir, PASSPHRASE)
    try:
        assert reader.read_only is not None
        result = write_backup(reader, tmp_path / "b.wdbackup")
    finally:
        reader.lock()
    assert result.records == 1


# -- a writer in another process -------------------------------------------------------


def _keep_writing(vault_dir: str, started: Any, stop: Any) -> None:
    """Child process: journal entries "entry 0", "entry 1", … until told to stop."""
    vault = Vault.open(Path(vault_dir), PASSPHRASE)
    try:
        number = 0
        while not stop.is_set():
            body = f"entry {number} " + "words " * 40
            when = datetime(2026, 1, 1) + timedelta(minutes=number)
            vault.journal.add(EntryInput(when, stress=number % 11, body=body, tags=("t",)))
            number += 1
            if number == 20:
                started.set()
    finally:
        vault.lock()


def test_a_backup_taken_while_another_process_writes_is_one_moment(
    vault_dir: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as made:
        for number in range(200):  # pages enough that the export takes a while
            made.settings.set(f"filler-{number}", "x" * 400)
    context = multiprocessing.get_context("spawn")
    started, stop = context.Event(), context.Event()
    writer = context.Process(target=_keep_writing, args=(str(vault_dir), started, stop))
    writer.start()
    try:
        assert started.wait(30), "the writer did not start"
        reader = Vault.open_for_reading(vault_dir, PASSPHRASE)
        try:
            results = [write_backup(reader, tmp_path / f"b{n}.wdbackup") for n in range(3)]
        finally:
            stop.set()
            writer.join(30)
            reader.lock()  # after the writer: its checkpoint need not wait for one
    finally:
        stop.set()
        writer.join(30)
    assert writer.exitcode == 0

    for number, result in enumerate(results):
        restore_backup(result.path, PASSPHRASE, tmp_path / f"restored{number}")
        with Vault.open(tmp_path / f"restored{number}", PASSPHRASE) as restored:
            conn = restored.connection()
            bodies = [row[0] for row in conn.execute("SELECT body FROM journal_entry")]
            numbers = sorted(int(body.split()[1]) for body in bodies)
            assert len(numbers) >= 20
            assert numbers == list(range(len(numbers)))  # every entry up to one moment
            fts = conn.execute("SELECT count(*) FROM journal_fts").fetchone()[0]
            assert fts == len(numbers)  # the search index from the same moment
            links = conn.execute("SELECT count(*) FROM journal_entry_tag").fetchone()
            assert links[0] == len(numbers)
            assert result.records == len(numbers)


# -- damage, wrong passphrase, existing places -------------------------------------------


def _flip(offset: int) -> Any:
    def change(data: bytes) -> bytes:
        changed = bytearray(data)
        changed[offset % len(data)] ^= 0x01
        return bytes(changed)

    return change


DAMAGE = {
    "magic": _flip(0),
    "format": _flip(len(MAGIC) + 1),
    "header length": _flip(len(MAGIC) + 4),
    "header": _flip(len(MAGIC) + 40),
    "database": lambda data: _flip(len(data) // 2)(data),
    "checksum": _flip(-1),
    "truncated": lambda data: data[: len(data) // 2],
    "one byte short": lambda data: data[:-1],
    "one byte more": lambda data: data + b"\0",
    "random": lambda data: os.urandom(len(data)),
    "empty": lambda _data: b"",
    "magic only": lambda _data: MAGIC,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_backup_is_damage_and_restores_nothing(
    backup_file: Path, tmp_path: Path, damage: str
) -> None:
    backup_file.write_bytes(DAMAGE[damage](backup_file.read_bytes()))
    before = listing(tmp_path)
    with pytest.raises(DamagedVaultError):
        verify_backup(backup_file, PASSPHRASE)
    with pytest.raises(DamagedVaultError):
        restore_backup(backup_file, PASSPHRASE, tmp_path / "new" / "vault")
    assert listing(tmp_path) == before


def _well_formed(header: bytes, database: bytes, version: int = 1) -> bytes:
    """A backup file whose checksum holds, whatever it carries."""
    from io import BytesIO

    out = BytesIO()
    write_backup_file(out, header, BytesIO(database), len(database))
    data = bytearray(out.getvalue())
    data[len(MAGIC) : len(MAGIC) + 2] = struct.pack(">H", version)
    body = bytes(data[:-32])
    return body + hashlib.sha256(body).digest()


def test_hostile_backups_whose_checksum_holds_are_still_refused(
    backup_file: Path, tmp_path: Path
) -> None:
    header = header_of(backup_file.read_bytes())
    assert verify_backup(backup_file, PASSPHRASE).records == 1  # sound until changed
    hostile = {
        "not a header": _well_formed(b"[" * 5000, b"\0" * 4096),
        "not a database": _well_formed(header, os.urandom(8192)),
        "plain SQLite": _well_formed(header, b"SQLite format 3\0" + b"\0" * 4080),
    }
    data = bytearray(backup_file.read_bytes())
    data[len(MAGIC) + 2 : len(MAGIC) + 6] = struct.pack(">I", 0xFFFFFFFF)
    hostile["a huge header length"] = bytes(data)
    before = listing(tmp_path)
    for name, content in hostile.items():
        backup_file.write_bytes(content)
        with pytest.raises(DamagedVaultError):
            restore_backup(backup_file, PASSPHRASE, tmp_path / "new")
        assert listing(tmp_path) == {**before, "out/vault.wdbackup": _digest(content)}, name


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_newer_format_is_too_new_only_when_its_checksum_holds(backup_file: Path) -> None:
    header = header_of(backup_file.read_bytes())
    backup_file.write_bytes(_well_formed(header, b"\0" * 4096, version=2))
    with pytest.raises(VaultTooNewError):
        verify_backup(backup_file, PASSPHRASE)


def test_wrong_passphrase_restores_nothing(backup_file: Path, tmp_path: Path) -> None:
    before = listing(tmp_path)
    with pytest.raises(WrongPassphraseError):
        verify_backup(backup_file, "not the passphrase")
    with pytest.raises(WrongPassphraseError):
        restore_backup(backup_file, "not the passphrase", tmp_path / "a" / "b" / "vault")
    assert listing(tmp_path) == before


@pytest.mark.parametrize("existing", ["empty folder", "file", "vault"])
def test_restore_refuses_an_existing_destination(
    backup_file: Path, tmp_path: Path, existing: str, request: pytest.FixtureRequest
) -> None:
    target = {"vault": tmp_path / "vault", "file": tmp_path / "f", "empty folder": tmp_path / "d"}[
        existing
    ]
    if existing == "vault":
        request.getfixturevalue("vault").lock()
    elif existing == "file":
        target.write_text("hers")
    elif existing == "empty folder":
        target.mkdir()
    before = listing(tmp_path)
    with pytest.raises(VaultExistsError):
        restore_backup(backup_file, PASSPHRASE, target)
    assert listing(tmp_path) == before


def test_write_refuses_an_existing_file_and_the_vault_folder(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "hers.wdbackup"
    existing.write_bytes(b"her own file")
    with pytest.raises(VaultExistsError):
        write_backup(vault, existing)
    assert existing.read_bytes() == b"her own file"
    (vault_dir / "inside").mkdir()
    for inside in (vault_dir / "b.wdbackup", vault_dir / "inside" / "b.wdbackup"):
        with pytest.raises(BackupPlaceError):
            write_backup(vault, inside)
    assert not list(vault_dir.rglob("*.wdbackup"))


def test_a_backup_that_fails_its_check_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damaged(*_args: object) -> int:
        raise DamagedVaultError("the backup's database fails its check")

    monkeypatch.setattr(backup_module, "_check_database", damaged)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(DamagedVaultError):
        write_backup(vault, folder / "b.wdbackup")
    assert list(folder.iterdir()) == []


# -- no plaintext -------------------------------------------------------------------


def test_the_backup_holds_no_plaintext(vault: Vault, tmp_path: Path) -> None:
    canary = "Zq7CanaryBackupXv"
    write_everything(vault, canary)
    folder = tmp_path / "backups"
    folder.mkdir()
    # Our temp folder is searched as a root; /tmp is left out (other programs' files,
    # slow to walk) while /var/tmp and /dev/shm must gain nothing.
    scanner = LeakScanner(
        roots=[folder, Path(os.environ["TMPDIR"])],
        system_temp_dirs=(Path("/var/tmp"), Path("/dev/shm")),
    )
    write_backup(vault, folder / "b.wdbackup", passphrase=PASSPHRASE)
    assert scanner.findings(canary) == []
    assert scanner.unexpected_new_files() == []
    restore_backup(folder / "b.wdbackup", PASSPHRASE, tmp_path / "restored")
    with Vault.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert restored.settings.get("canary-setting") == canary  # it was there to find


# -- automatic backups ----------------------------------------------------------------


def test_backup_file_name_is_the_day_and_safe_everywhere() -> None:
    name = backup_file_name(datetime(2026, 12, 7, 23, 59, 30))
    assert name == "wellbeing-desk-2026-12-07.wdbackup"
    assert not set(name) & set('<>:"/\\|?*')


def test_rotation_keeps_the_newest_of_ours_and_nothing_else(tmp_path: Path) -> None:
    days = [datetime(2026, 12, day) for day in (7, 1, 3, 5, 6)]
    ours = [tmp_path / backup_file_name(day) for day in days]
    for path in ours:
        path.write_bytes(b"backup")
    os.utime(ours[1], (2_000_000_000, 2_000_000_000))  # a copied file's time says nothing
    foreign = [
        tmp_path / "notes.txt",
        tmp_path / "wellbeing-desk-2026-11-01.wdbackup.part",
        tmp_path / "wellbeing-desk-2026-13-01.wdbackup",
        tmp_path / "my-wellbeing-desk-2026-11-02.wdbackup",
    ]
    for path in foreign:
        path.write_bytes(b"hers")
    (tmp_path / "wellbeing-desk-2026-10-01.wdbackup").mkdir()
    (tmp_path / "wellbeing-desk-2026-10-02.wdbackup").symlink_to(tmp_path / "notes.txt")

    removed = rotate_backups(tmp_path, keep=2)

    assert sorted(p.name for p in removed) == [
        "wellbeing-desk-2026-12-01.wdbackup",
        "wellbeing-desk-2026-12-03.wdbackup",
        "wellbeing-desk-2026-12-05.wdbackup",
    ]
    left = {p.name for p in tmp_path.iterdir()}
    assert {"wellbeing-desk-2026-12-06.wdbackup", "wellbeing-desk-2026-12-07.wdbackup"} <= left
    assert all(path.exists() for path in foreign)
    assert (tmp_path / "wellbeing-desk-2026-10-01.wdbackup").is_dir()
    assert (tmp_path / "wellbeing-desk-2026-10-02.wdbackup").is_symlink()
    assert rotate_backups(tmp_path, keep=2) == []
    with pytest.raises(ValueError):
        rotate_backups(tmp_path, keep=0)


@pytest.mark.parametrize(
    ("last", "now", "every", "due"),
    [
        (None, datetime(2026, 12, 7, 9), "daily", True),
        (datetime(2026, 12, 7, 1), datetime(2026, 12, 7, 23), "daily", False),
        (datetime(2026, 12, 6, 23), datetime(2026, 12, 7, 8), "daily", True),
        (datetime(2026, 12, 1, 9), datetime(2026, 12, 7, 23), "weekly", False),
        (datetime(2026, 12, 1, 9), datetime(2026, 12, 8, 0), "weekly", True),
        (datetime(2027, 1, 1), datetime(2026, 12, 7), "weekly", True),  # a clock that was wrong
    ],
)
def test_is_due(last: datetime | None, now: datetime, every: str, due: bool) -> None:
    assert is_due(last, now, every) is due  # type: ignore[arg-type]
