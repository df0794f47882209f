"""Create, unlock, lock, re-key and check a vault.

A vault is one folder holding ``vault.header`` (the data key wrapped under
the passphrase) and ``vault.db`` (SQLCipher, encrypted with the data key).
All methods run on the thread that opened the vault; the GUI calls them from
its database worker, never from the GUI thread.
"""

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from wellbeing_desk.vault import migrations
from wellbeing_desk.vault.care_items import NOTE_CONTEXT, CareItemRepository
from wellbeing_desk.vault.care_plan import CarePlanRepository
from wellbeing_desk.vault.connection import (
    Connection,
    key_literal,
    looks_like_plain_sqlite,
    open_connection,
)
from wellbeing_desk.vault.debrief_templates import DebriefTemplateRepository
from wellbeing_desk.vault.debriefs import DebriefRepository
from wellbeing_desk.vault.directory import DirectoryRepository
from wellbeing_desk.vault.drafts import DraftRepository
from wellbeing_desk.vault.emergency import EmergencyRepository
from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    NoVaultError,
    VaultExistsError,
    VaultLockedError,
)
from wellbeing_desk.vault.fileio import (
    create_private_file,
    ensure_private_dir,
    fsync_dir_quietly,
    make_private,
)
from wellbeing_desk.vault.follow_ups import FollowUpRepository
from wellbeing_desk.vault.header import (
    SLOT_PASSPHRASE,
    VaultHeader,
    read_header,
    seal_slot,
    write_header,
)
from wellbeing_desk.vault.instance_lock import InstanceLock
from wellbeing_desk.vault.journal import JournalRepository
from wellbeing_desk.vault.kdf import KdfParams, calibrate
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.notes import NoteRepository
from wellbeing_desk.vault.settings import SettingsRepository

# Section name -> table. Later schema versions create these tables; until a
# table exists its section counts as empty.
SECTION_TABLES: dict[str, str] = {
    "journal": "journal_entry",
    "debrief": "debrief",
    "directory": "directory_entry",
    "notes": "dialogue_note",
}


@dataclass(frozen=True)
class VaultInfo:
    """Non-secret facts about a vault (counts need the passphrase)."""

    path: Path
    vault_id: str
    header_format: int
    created: str
    kdf: KdfParams
    schema_version: int | None = None
    record_counts: dict[str, int] | None = None


@dataclass(frozen=True)
class IntegrityReport:
    """The result of ``cipher_integrity_check`` plus ``quick_check``."""

    cipher_problems: tuple[str, ...]
    sqlite_problems: tuple[str, ...]

    @property
    def sound(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems


class Vault:
    """An unlocked vault. Get one from ``create`` or ``open``; end it with ``lock``."""

    def __init__(
        self,
        layout: VaultLayout,
        header: VaultHeader,
        data_key: bytearray,
        conn: Connection,
        writer_lock: InstanceLock,
    ) -> None:
        self.layout = layout
        self._header = header
        self._data_key: bytearray | None = data_key
        self._conn: Connection | None = conn
        self._writer_lock = writer_lock
        # True after ``create`` or ``change_passphrase`` if the folder refused
        # fsync after the header's rename: done, but say so as a warning.
        self.folder_not_synced = False
        self.settings = SettingsRepository(self.connection)
        self.drafts = DraftRepository(self.connection)
        self.journal = JournalRepository(self.connection)
        self.care_items = CareItemRepository(self.connection)
        self.care_plan = CarePlanRepository(self.connection)
        self.directory = DirectoryRepository(self.connection)
        self.emergency = EmergencyRepository(self.connection)
        self.debriefs = DebriefRepository(self.connection)
        self.debrief_templates = DebriefTemplateRepository(self.connection)
        self.follow_ups = FollowUpRepository(self.connection)
        self.notes = NoteRepository(self.connection)
        self.note_contexts = CareItemRepository(
            self.connection, table="note_context", lists=(NOTE_CONTEXT,)
        )

    # -- lifecycle -------------------------------------------------------------

    @classmethod
    def create(cls, root: Path, passphrase: str, kdf: KdfParams | None = None) -> "Vault":
        """Create a new vault in an empty or missing folder and return it unlocked."""
        layout = VaultLayout(Path(root))
        if layout.root.is_dir() and layout.interrupted_create():
            _remove_create_leftovers(layout)  # resume: an earlier create never finished
        if not layout.is_empty_or_missing():
            raise VaultExistsError(f"{layout.root} is not empty; refusing to overwrite it")
        params = kdf if kdf is not None else calibrate()
        made_folder = not layout.root.exists()
        ensure_private_dir(layout.root)
        lock = InstanceLock(layout.writer_lock)
        lock.acquire()
        conn = None
        try:
            create_private_file(layout.creating_marker)
            fsync_dir_quietly(layout.root)
            data_key = bytearray(os.urandom(32))
            header = VaultHeader(vault_id=str(uuid.uuid4()), created=_now())
            header = VaultHeader(
                vault_id=header.vault_id,
                created=header.created,
                slots=(seal_slot(header, SLOT_PASSPHRASE, bytes(data_key), passphrase, params),),
            )
            create_private_file(layout.database)
            conn = open_connection(layout.database, data_key)
            conn = _migrate(conn, layout, data_key)
            if looks_like_plain_sqlite(layout.database):
                raise DamagedVaultError("SQLCipher did not encrypt the database")
            # The header is written last: a vault exists once its header does.
            synced = write_header(layout.header, header)
            layout.creating_marker.unlink()
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            # Nothing of hers is here yet: take back what this call made, so the
            # folder is as it was and "nothing was changed" is true.
            if not layout.header.exists():
                _remove_create_leftovers(layout)
                if made_folder:  # ours alone: its lock file too
                    with contextlib.suppress(OSError):
                        layout.writer_lock.unlink(missing_ok=True)
                        layout.root.rmdir()
            raise
        vault = cls(layout, header, data_key, conn, lock)
        vault.folder_not_synced = not synced
        return vault

    @classmethod
    def open(cls, root: Path, passphrase: str) -> "Vault":
        """Unlock the vault at ``root``: typed errors for every way this can fail."""
        layout = VaultLayout(Path(root))
        header = read_vault_header(layout)
        # The passphrase is proven before anything on disk changes: a wrong one
        # creates no lock file and removes no leftover.
        data_key = header.unwrap(passphrase)
        lock = InstanceLock(layout.writer_lock)
        try:
            lock.acquire()
            current = read_vault_header(layout)
            if current != header:  # the passphrase was changed elsewhere while deriving
                data_key[:] = bytes(len(data_key))
                header, data_key = current, current.unwrap(passphrase)
            remove_stale_temp_files(layout)
            layout.creating_marker.unlink(missing_ok=True)  # killed just after the header
            make_vault_private(layout)
            conn = _migrate(_open_database(layout, data_key), layout, data_key)
        except BaseException:
            data_key[:] = bytes(len(data_key))
            lock.release()
            raise
        return cls(layout, header, data_key, conn, lock)

    @classmethod
    def open_for_reading(cls, root: Path, passphrase: str) -> "Vault":
        """Unlock without taking the writer lock, for commands that only read.

        SQLite's WAL lets this read while the app has the vault open. A vault
        that still needs a migration is migrated first, under the writer lock.
        """
        layout = VaultLayout(Path(root))
        header = read_vault_header(layout)
        data_key = header.unwrap(passphrase)
        make_vault_private(layout)
        conn = _open_database(layout, data_key)
        lock = InstanceLock(layout.writer_lock)
        try:
            if migrations.pending(conn):
                lock.acquire()
                conn = _migrate(conn, layout, data_key)
        except BaseException:
            conn.close()
            lock.release()
            raise
        return cls(layout, header, data_key, conn, lock)

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None

    @property
    def header(self) -> VaultHeader:
        return self._header

    def connection(self) -> Connection:
        """The open connection, or ``VaultLockedError`` once locked."""
        if self._conn is None:
            raise VaultLockedError("the vault is locked")
        return self._conn

    def lock(self) -> None:
        """Checkpoint, close the connection, drop the key and release the vault."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.close()
        if self._data_key is not None:
            # Best effort: Python may hold other copies, but not through us.
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = None
        self._writer_lock.release()

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- operations -------------------------------------------------------------

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under ``new``. Atomic: the old or the new one works.

        Once the new header is renamed into place the change is made; a folder
        that refuses ``fsync`` only sets ``folder_not_synced`` (a warning).
        """
        current = read_vault_header(self.layout)
        verified = current.unwrap(old)  # raises WrongPassphraseError, nothing changed
        params = kdf if kdf is not None else current.passphrase_slot.kdf
        updated = current.with_passphrase(verified, new, params)
        verified[:] = bytes(len(verified))
        self.folder_not_synced = not write_header(self.layout.header, updated)
        self._header = updated

    def info(self) -> VaultInfo:
        conn = self.connection()
        return replace(
            _info_from_header(self.layout, self._header),
            schema_version=migrations.schema_version(conn),
            record_counts=_record_counts(conn),
        )

    def export_encrypted_copy(self, destination: Path) -> None:
        """Write a consistent encrypted copy with the same data key (``sqlcipher_export``)."""
        if self._data_key is None:
            raise VaultLockedError("the vault is locked")
        export_copy(self.connection(), self._data_key, destination)


# -- functions that need no unlocked vault ------------------------------------------


def _remove_create_leftovers(layout: VaultLayout) -> None:
    for leftover in layout.create_leftovers():
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def read_vault_header(layout: VaultLayout) -> VaultHeader:
    """The header, or ``NoVaultError`` / ``DamagedVaultError`` / ``VaultTooNewError``."""
    if not layout.exists():
        if layout.interrupted_create():
            raise NoVaultError(
                f"there is no vault at {layout.root}: creating one was interrupted; run init again"
            )
        if layout.database.exists():
            raise DamagedVaultError(f"{layout.header} is missing")
        raise NoVaultError(f"there is no vault at {layout.root}")
    return read_header(layout.header)


def make_vault_private(layout: VaultLayout) -> None:
    """A vault copied with 0644 files into a 0755 folder is made owner-only again on open."""
    files = [layout.header, layout.database, layout.wal, layout.shm, layout.writer_lock]
    make_private(layout.root, [path for path in files if path.exists()])


def remove_stale_temp_files(layout: VaultLayout) -> None:
    """Temp files of an atomic write interrupted by a crash (only ciphertext, but clutter)."""
    for leftover in layout.header_temp_files():
        with contextlib.suppress(OSError):
            leftover.unlink()


def describe(root: Path) -> VaultInfo:
    """Facts readable without the passphrase."""
    layout = VaultLayout(Path(root))
    return _info_from_header(layout, read_vault_header(layout))


@contextlib.contextmanager
def _reading_connection(
    root: Path, passphrase: str
) -> Iterator[tuple[VaultLayout, VaultHeader, Connection]]:
    """A fresh connection for reading only: no writer lock, no migration, no write."""
    layout = VaultLayout(Path(root))
    header = read_vault_header(layout)
    data_key = header.unwrap(passphrase)
    try:
        conn = _open_database(layout, data_key)
    finally:
        data_key[:] = bytes(len(data_key))
    try:
        yield layout, header, conn
    finally:
        conn.close()


def inspect_vault(root: Path, passphrase: str) -> VaultInfo:
    """Facts including record counts, read without locking or writing."""
    with _reading_connection(root, passphrase) as (layout, header, conn):
        version = migrations.schema_version(conn)
        migrations.check_not_too_new(version)
        counts = _record_counts(conn)
    return replace(_info_from_header(layout, header), schema_version=version, record_counts=counts)


def check_integrity(root: Path, passphrase: str) -> IntegrityReport:
    """Full integrity check (cipher and SQLite level) on a fresh connection; changes nothing."""
    try:
        with _reading_connection(root, passphrase) as (_layout, _header, conn):
            cipher = tuple(
                " ".join(map(str, row)) for row in conn.execute("PRAGMA cipher_integrity_check")
            )
            quick = tuple(str(row[0]) for row in conn.execute("PRAGMA quick_check"))
    except DamagedVaultError as exc:
        return IntegrityReport(cipher_problems=(str(exc),), sqlite_problems=())
    except sqlcipher3.Error as exc:  # a damaged page can surface as any SQLite error
        return IntegrityReport(cipher_problems=(str(exc),), sqlite_problems=())
    return IntegrityReport(
        cipher_problems=cipher, sqlite_problems=tuple(q for q in quick if q != "ok")
    )


def _info_from_header(layout: VaultLayout, header: VaultHeader) -> VaultInfo:
    return VaultInfo(
        path=layout.root,
        vault_id=header.vault_id,
        header_format=header.format,
        created=header.created,
        kdf=header.passphrase_slot.kdf,
    )


def export_copy(conn: Connection, data_key: bytes | bytearray, destination: Path) -> None:
    """Copy the whole database, encrypted under the same key, to ``destination``."""
    if destination.exists():
        raise VaultExistsError(f"{destination} already exists")
    create_private_file(destination)
    conn.execute(
        "ATTACH DATABASE ? AS export_target KEY ?", (str(destination), key_literal(data_key))
    )
    try:
        conn.execute("SELECT sqlcipher_export('export_target')").fetchall()
        version = migrations.schema_version(conn)
        conn.execute(f"PRAGMA export_target.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE export_target")


def _open_database(layout: VaultLayout, data_key: bytearray) -> Connection:
    """The vault's database, or ``DamagedVaultError``; never a fresh, empty one.

    A vault exists once its header does, and the header is written only after
    the schema (``create``): so behind a header, a zero-length file (power
    loss, a failed copy, a sync conflict) or a database without a schema is
    damage. Both are refused before anything could write to the file.
    """
    if not layout.database.is_file():
        raise DamagedVaultError(f"{layout.database} is missing")
    if layout.database.stat().st_size == 0:
        raise DamagedVaultError(f"{layout.database} is empty")
    if looks_like_plain_sqlite(layout.database):
        raise DamagedVaultError("the database is not encrypted")
    conn = open_connection(layout.database, data_key)
    try:
        version = migrations.schema_version(conn)
    except BaseException:
        conn.close()
        raise
    if version == 0:
        conn.close()
        raise DamagedVaultError("the database holds no vault (schema version 0)")
    return conn


def _migrate(conn: Connection, layout: VaultLayout, data_key: bytearray) -> Connection:
    """Bring the schema up to date; return the connection to keep using.

    After a migration the connection is replaced by a fresh one: SQLCipher
    connections that changed the schema were measured several times slower
    on later bulk writes than a freshly opened one.
    """
    try:
        steps = migrations.pending(conn)
    except BaseException:
        conn.close()
        raise
    if not steps:
        return conn
    try:
        current = migrations.schema_version(conn)
        if current > 0:
            ensure_private_dir(layout.backups)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            export_copy(conn, data_key, layout.backups / f"pre-migration-v{current}-{stamp}.db")
        for version in steps:
            migrations.apply(conn, version)
    finally:
        conn.close()
    return open_connection(layout.database, data_key)


def _record_counts(conn: Connection) -> dict[str, int]:
    existing = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts: dict[str, int] = {}
    for section, table in SECTION_TABLES.items():
        if table in existing:
            row = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()
            counts[section] = int(row[0])
        else:
            counts[section] = 0
    return counts


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
