"""Encrypted backups of a vault: write one, verify one, restore one, and keep a few.

A backup is one file (``backup_format``: a magic line and format number, the
vault header, the SQLCipher database encrypted with the same data key, and a
SHA-256 of it all), so the vault's passphrase opens it and nothing in it is
readable without that passphrase.

- ``write_backup`` never copies the live database file: ``sqlcipher_export``
  runs inside one read transaction on the vault's connection, so a writer in
  another process (the app) cannot split it across tables. The file is
  built in a private temp folder beside the destination, read back and
  checked (structure, checksum, header, the key opening the database, the
  full integrity check, the record count), fsynced, and only then put in
  place; an existing file is never overwritten. A failure leaves nothing
  under the destination's name.
- ``restore_backup`` builds a new vault folder in a temp folder beside the
  destination, checks it opens and passes the integrity check, then renames
  it into place. The destination must not exist; a damaged backup changes
  nothing.
- ``backup_file_name``, ``rotate_backups`` and ``is_due`` are for automatic
  backups into a folder she chose: one file a day, the oldest of ours removed
  beyond a number to keep, never any other file.
"""

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Literal

import sqlcipher3

from wellbeing_desk.vault import migrations
from wellbeing_desk.vault.access import CHECK_COMMAND, mark_damaged
from wellbeing_desk.vault.backup_format import (
    DamagedBackupError,
    read_backup_file,
    write_backup_file,
)
from wellbeing_desk.vault.connection import (
    Connection,
    is_damage,
    key_literal,
    translate_storage_error,
)
from wellbeing_desk.vault.database_file import open_database
from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
)
from wellbeing_desk.vault.fileio import PRIVATE_DIR_MODE, create_private_file, fsync_dir_quietly
from wellbeing_desk.vault.header import VaultHeader, parse_header, write_vault_header
from wellbeing_desk.vault.integrity import integrity_of
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.vault import SECTION_TABLES, Vault

BACKUP_SUFFIX = ".wdbackup"
BACKUP_PREFIX = "wellbeing-desk-"
_BACKUP_NAME = re.compile(r"wellbeing-desk-(\d{4}-\d{2}-\d{2})\.wdbackup")
_EXPORT_ALIAS = "backup_copy"
# SQLite's messages for SQLITE_CORRUPT and SQLITE_NOTADB (``sqlite3_errstr``).
_DAMAGE_WORDS = ("database disk image is malformed", "file is not a database")

Every = Literal["daily", "weekly"]
# The data key for a parsed header: unwrapped with the passphrase, or the open vault's own.
KeyFor = Callable[[VaultHeader], bytearray]
_EVERY_DAYS: dict[str, int] = {"daily": 1, "weekly": 7}


class BackupPlaceError(VaultError):
    """A backup may not be written where asked (inside the vault folder it backs up)."""


@dataclass(frozen=True)
class BackupResult:
    """A backup that was read back and checked: where, how large, how many records."""

    path: Path
    bytes: int
    records: int


# -- writing -----------------------------------------------------------------------


def write_backup(vault: Vault, destination: Path, *, passphrase: str | None = None) -> BackupResult:
    """Write a verified backup of the open ``vault`` to ``destination`` (a new file).

    With ``passphrase`` the check unwraps the backup's header with it, as a
    restore would; without it (automatic backups) the header must be the
    vault's own and the database must open with the vault's key.
    """
    data_key = _data_key_of(vault)
    target = Path(os.path.abspath(destination))
    if target.parent.resolve().is_relative_to(vault.layout.root.resolve()):
        raise BackupPlaceError(
            f"{destination} is inside the vault folder; a backup must be kept elsewhere"
        )
    if os.path.lexists(target):
        raise VaultExistsError(f"{destination} already exists; a backup never overwrites a file")
    with _scratch_folder(target.parent, f".{target.name}.") as scratch:
        snapshot = scratch / "snapshot.db"
        try:
            _export_snapshot(vault.connection(), data_key, snapshot)
        except sqlcipher3.Error as exc:
            raise _export_failure(exc, vault.layout) from None
        built = scratch / "backup"
        with _new_private_file(built) as out, snapshot.open("rb") as database:
            size = os.fstat(database.fileno()).st_size
            write_backup_file(out, vault.header.to_bytes(), database, size)
        snapshot.unlink()
        if passphrase is not None:
            result = verify_backup(built, passphrase, scratch=scratch)
        else:
            result = _verify(built, scratch, lambda header: _same_header(header, vault, data_key))
        _place_without_overwriting(built, target)
    fsync_dir_quietly(target.parent)
    return BackupResult(path=target, bytes=result.bytes, records=result.records)


def _data_key_of(vault: Vault) -> bytearray:
    # ``Vault`` hands its key to no caller; this module is part of the vault layer.
    key = vault._data_key
    if key is None:
        raise VaultLockedError("the vault is locked")
    return key


def _export_snapshot(conn: Connection, data_key: bytearray, destination: Path) -> None:
    """``sqlcipher_export`` in one read transaction: every table from one moment."""
    create_private_file(destination)
    # A read-only vault's connection refuses every write, the attached copy's too.
    query_only = int(conn.execute("PRAGMA query_only").fetchone()[0])
    conn.execute("PRAGMA query_only = OFF")
    try:
        conn.execute(
            f"ATTACH DATABASE ? AS {_EXPORT_ALIAS} KEY ?", (str(destination), key_literal(data_key))
        )
        try:
            conn.execute("BEGIN")
            try:
                conn.execute(f"SELECT sqlcipher_export('{_EXPORT_ALIAS}')").fetchall()
                version = migrations.schema_version(conn)
                conn.execute(f"PRAGMA {_EXPORT_ALIAS}.user_version = {int(version)}")
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute(f"DETACH DATABASE {_EXPORT_ALIAS}")
    finally:
        if query_only:
            conn.execute("PRAGMA query_only = ON")


def _export_failure(exc: sqlcipher3.Error, layout: VaultLayout) -> Exception:
    """The typed error for a failed export: damage (remembered, as ``access`` does) or a
    full disk; ``sqlcipher_export`` reports a page that fails its check as a plain
    SQLITE_ERROR, so SQLite's own words for damage are what tell."""
    if is_damage(exc) or any(words in str(exc) for words in _DAMAGE_WORDS):
        mark_damaged(layout)
        return DamagedVaultError(
            f"a part of the database cannot be read ({exc}); it saves nothing until "
            f"'{CHECK_COMMAND}' passes"
        )
    return translate_storage_error(exc)


def _same_header(header: VaultHeader, vault: Vault, data_key: bytearray) -> bytearray:
    if header != vault.header:
        raise DamagedBackupError("the backup's header is not the vault's")
    return bytearray(data_key)


def _place_without_overwriting(built: Path, target: Path) -> None:
    """Give ``built`` the name ``target``, refusing if a file took that name meanwhile."""
    try:
        os.link(built, target)  # atomic, and fails on an existing name
    except FileExistsError:
        raise VaultExistsError(
            f"{target} already exists; a backup never overwrites a file"
        ) from None
    except OSError:  # no hard links here (FAT on a USB stick): check, then rename
        if os.path.lexists(target):
            raise VaultExistsError(
                f"{target} already exists; a backup never overwrites a file"
            ) from None
        os.replace(built, target)


# -- reading -----------------------------------------------------------------------


def verify_backup(path: Path, passphrase: str, *, scratch: Path | None = None) -> BackupResult:
    """Read a backup back as a restore would: ``DamagedVaultError``,
    ``WrongPassphraseError`` or ``VaultTooNewError`` when it would not restore.

    The database is unpacked into a private temp folder (in ``scratch`` if
    given) and removed again; the backup itself is only read.
    """
    if scratch is not None:
        return _verify(path, scratch, lambda header: header.unwrap(passphrase))
    with _scratch_folder(Path(tempfile.gettempdir()), ".wellbeing-desk-verify.") as folder:
        return _verify(path, folder, lambda header: header.unwrap(passphrase))


def _verify(path: Path, scratch: Path, key_for: KeyFor) -> BackupResult:
    with _scratch_folder(scratch, "verify.") as folder:
        layout = VaultLayout(folder)
        header = _unpack(path, layout.database)
        data_key = key_for(header)
        try:
            records = _check_database(layout, data_key)
        finally:
            data_key[:] = bytes(len(data_key))
    return BackupResult(path=path, bytes=path.stat().st_size, records=records)


def restore_backup(path: Path, passphrase: str, destination_root: Path) -> None:
    """Make a new vault folder at ``destination_root`` from the backup at ``path``.

    ``destination_root`` must not exist (``VaultExistsError``); missing
    folders above it are made. The vault is built and checked in a temp
    folder beside it, then renamed into place: a damaged backup or a wrong
    passphrase leaves nothing behind.
    """
    target = Path(os.path.abspath(destination_root))
    if os.path.lexists(target):
        raise VaultExistsError(f"{destination_root} already exists; restore makes a new vault")
    made = _make_parents(target.parent)
    try:
        with _scratch_folder(target.parent, f".{target.name}.restoring.") as folder:
            layout = VaultLayout(folder)
            header = _unpack(path, layout.database)
            data_key = header.unwrap(passphrase)
            try:
                _check_database(layout, data_key)
            finally:
                data_key[:] = bytes(len(data_key))
            write_vault_header(layout, header)
            fsync_dir_quietly(folder)
            if os.path.lexists(target):
                raise VaultExistsError(f"{destination_root} was made while restoring")
            folder.rename(target)
    except BaseException:
        for parent in reversed(made):
            with contextlib.suppress(OSError):
                parent.rmdir()
        raise
    fsync_dir_quietly(target.parent)


def _unpack(path: Path, database: Path) -> VaultHeader:
    """The backup's header, its database written to ``database``; refused when damaged."""
    with path.open("rb") as source:
        size = os.fstat(source.fileno()).st_size
        with _new_private_file(database) as out:
            header_bytes = read_backup_file(source, size, out)
    try:
        return parse_header(header_bytes)
    except DamagedVaultError as exc:
        raise DamagedBackupError(f"the backup's vault header is damaged ({exc})") from None


def _check_database(layout: VaultLayout, data_key: bytearray) -> int:
    """Open read-only, refuse a newer schema, run the full check; the number of records."""
    try:
        conn = open_database(layout, data_key, read_only=True)
        try:
            migrations.check_not_too_new(migrations.schema_version(conn))
            report = integrity_of(conn)
            if not report.sound:
                problem = (*report.cipher_problems, *report.sqlite_problems)[0]
                raise DamagedBackupError(f"the backup's database fails its check ({problem})")
            return _count_records(conn)
        finally:
            conn.close()
    except sqlcipher3.Error as exc:  # a page that does not read, whatever SQLite calls it
        raise DamagedBackupError(f"the backup's database cannot be read ({exc})") from None
    except DamagedBackupError:
        raise
    except DamagedVaultError as exc:  # ``open_database``'s words are about a vault's file
        raise DamagedBackupError(f"the backup's database cannot be read ({exc})") from None


def _count_records(conn: Connection) -> int:
    """Journal entries, debriefs, directory entries and notes, not in the trash (as ``info``)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    total = 0
    for table in SECTION_TABLES.values():
        if table in tables:
            sql = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
            total += int(conn.execute(sql).fetchone()[0])
    return total


# -- folders -----------------------------------------------------------------------


@contextlib.contextmanager
def _scratch_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A private temp folder in ``parent``, removed with everything in it however we leave."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, suffix=".tmp", dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _new_private_file(path: Path) -> Iterator[BinaryIO]:
    """A new 0600 file for writing, fsynced when the block ends without an error."""
    create_private_file(path)
    with path.open("r+b") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def _make_parents(folder: Path) -> list[Path]:
    """Make ``folder`` and missing folders above it (private); return those made, top first."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_DIR_MODE)
    return list(reversed(missing))


# -- automatic backups -------------------------------------------------------------


def backup_file_name(now: datetime) -> str:
    """``wellbeing-desk-2026-12-07.wdbackup``: one a day, sortable, safe on FAT and Windows."""
    return f"{BACKUP_PREFIX}{now:%Y-%m-%d}{BACKUP_SUFFIX}"


def backup_day(path: Path) -> date | None:
    """The day in one of our backup file names, or ``None`` for any other name."""
    match = _BACKUP_NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    """Remove our oldest backup files in ``folder`` beyond the newest ``keep``; return them.

    Only regular files named as ``backup_file_name`` names them count (by the
    day in the name: copying a file changes its time, not its name). Any
    other file, a folder or a link is never touched.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    ours = sorted(
        (day, path)
        for path in folder.iterdir()
        if (day := backup_day(path)) is not None and path.is_file() and not path.is_symlink()
    )
    removed = [path for _day, path in ours[: max(0, len(ours) - keep)]]
    for path in removed:
        path.unlink()
    if removed:
        fsync_dir_quietly(folder)
    return removed


def is_due(last: datetime | None, now: datetime, every: Every) -> bool:
    """Whether an automatic backup is due: never made, or a new day (``daily``) or
    seven days on (``weekly``) by the calendar. A ``last`` in the future (a clock
    that was wrong) makes one due: better one backup too many than none.
    Both times are local, and both naive or both aware.
    """
    days = _EVERY_DAYS.get(every)
    if days is None:
        raise ValueError(f"unknown backup interval: {every}")
    if last is None or last > now:
        return True
    return (now.date() - last.date()).days >= days
