"""Create, unlock, lock, re-key and check a vault.

A vault is one folder holding ``vault.header`` (the data key wrapped under
the passphrase) and ``vault.db`` (SQLCipher, encrypted with the data key).
All methods run on the thread that opened the vault; the GUI calls them from
its database worker, never from the GUI thread.
"""

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from wellbeing_desk.vault import access, migrations, pre_migration, recovery_slot, rekey
from wellbeing_desk.vault.care_items import NOTE_CONTEXT, CareItemRepository
from wellbeing_desk.vault.care_plan import CarePlanRepository
from wellbeing_desk.vault.change_feed import NOTHING, ChangeFeed, VaultChanges
from wellbeing_desk.vault.connection import (
    Connection,
    looks_like_plain_sqlite,
    open_connection,
)
from wellbeing_desk.vault.database_file import export_copy, migrate, open_database
from wellbeing_desk.vault.debrief_templates import DebriefTemplateRepository
from wellbeing_desk.vault.debriefs import DebriefRepository
from wellbeing_desk.vault.directory import DirectoryRepository
from wellbeing_desk.vault.drafts import DraftRepository
from wellbeing_desk.vault.emergency import EmergencyRepository
from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    VaultExistsError,
    VaultLockedError,
    VaultReadOnlyError,
)
from wellbeing_desk.vault.fileio import (
    create_private_file,
    ensure_private_dir,
    fsync_dir_quietly,
)
from wellbeing_desk.vault.folder import (
    header_for_unlock,
    make_vault_private,
    read_vault_header,
    remove_create_leftovers,
    remove_stale_temp_files,
    settle_rekey,
)
from wellbeing_desk.vault.follow_ups import FollowUpRepository
from wellbeing_desk.vault.header import (
    SLOT_PASSPHRASE,
    VaultHeader,
    repair_vault_header,
    seal_slot,
    write_vault_header,
)
from wellbeing_desk.vault.instance_lock import InstanceLock
from wellbeing_desk.vault.integrity import IntegrityReport, integrity_of
from wellbeing_desk.vault.journal import JournalRepository
from wellbeing_desk.vault.kdf import KdfParams, calibrate
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.notes import NoteRepository
from wellbeing_desk.vault.recovery_code import parse_recovery_code
from wellbeing_desk.vault.search_upkeep import fold_arabic_once
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
        # Why this vault cannot be written, or None: ``access.READ_ONLY_HERE`` or
        # ``access.DAMAGED`` (set by ``open``; by ``access.typed_error`` on damage).
        self.read_only: str | None = None
        self._feed: ChangeFeed | None = None
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
            remove_create_leftovers(layout)  # resume: an earlier create never finished
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
            conn = migrate(conn, layout, data_key)
            if looks_like_plain_sqlite(layout.database):
                raise DamagedVaultError("SQLCipher did not encrypt the database")
            # The header is written last: a vault exists once its header does.
            synced = write_vault_header(layout, header)
            layout.creating_marker.unlink()
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            # Nothing of hers is here yet: take back what this call made, so the
            # folder is as it was and "nothing was changed" is true.
            if not layout.header.exists():
                remove_create_leftovers(layout)
                if made_folder:  # ours alone: its lock file too
                    with contextlib.suppress(OSError):
                        layout.writer_lock.unlink(missing_ok=True)
                        layout.root.rmdir()
            raise
        vault = cls(layout, header, data_key, conn, lock)
        vault.folder_not_synced = not synced
        fold_arabic_once(conn, vault.settings)  # nothing to fold yet: only remembered
        return vault

    @classmethod
    def open(cls, root: Path, passphrase: str, *, read_only_ok: bool = False) -> "Vault":
        """Unlock the vault at ``root``: typed errors for every way this can fail.

        A vault that cannot be written (``access.why_read_only``: a read-only
        place, or damage seen and not checked since) is refused before the
        passphrase is used: ``VaultReadOnlyError`` or ``DamagedVaultError``.
        With ``read_only_ok`` (the app) it opens read-only instead: no lock,
        nothing on disk touched, ``read_only`` saying why.
        """
        return cls._open_unwrapping(
            Path(root), lambda header: header.unwrap(passphrase), read_only_ok
        )

    @classmethod
    def _open_unwrapping(
        cls, root: Path, unwrap: Callable[[VaultHeader], bytearray], read_only_ok: bool
    ) -> "Vault":
        """``open`` with the data key from ``unwrap`` (a passphrase, or a recovery code)."""
        layout = VaultLayout(root)
        header = header_for_unlock(layout)
        reason = access.why_read_only(layout)
        if reason is not None and not read_only_ok:
            raise access.refusal(reason)
        # The secret is proven before anything on disk changes: a wrong one
        # creates no lock file and removes no leftover.
        data_key = unwrap(header)
        if reason is not None:
            return cls._open_read_only(layout, header, data_key, reason)
        lock = InstanceLock(layout.writer_lock)
        try:
            lock.acquire()
            current = header_for_unlock(layout)
            if current != header:  # the passphrase was changed elsewhere while deriving
                data_key[:] = bytes(len(data_key))
                header, data_key = current, unwrap(current)
            remove_stale_temp_files(layout)
            settle_rekey(layout, header)
            repair_vault_header(layout)  # the header and its copy the same sound bytes again
            layout.creating_marker.unlink(missing_ok=True)  # killed just after the header
            make_vault_private(layout)
            conn = migrate(open_database(layout, data_key), layout, data_key)
        except BaseException:
            data_key[:] = bytes(len(data_key))
            lock.release()
            raise
        vault = cls(layout, header, data_key, conn, lock)
        try:
            pre_migration.note_successful_open(vault.layout, conn, vault.settings)
            fold_arabic_once(conn, vault.settings)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def open_for_reading(cls, root: Path, passphrase: str) -> "Vault":
        """Unlock without taking the writer lock, for commands that only read.

        SQLite's WAL lets this read while the app has the vault open. A vault
        that still needs a migration is migrated first, under the writer lock.
        """
        layout = VaultLayout(Path(root))
        header = header_for_unlock(layout)
        data_key = header.unwrap(passphrase)
        reason = access.why_read_only(layout)
        if reason is not None:  # read it as it is, without writing anything
            return cls._open_read_only(layout, header, data_key, reason)
        make_vault_private(layout)
        conn = open_database(layout, data_key)
        lock = InstanceLock(layout.writer_lock)
        try:
            if migrations.pending(conn):
                lock.acquire()
                conn = migrate(conn, layout, data_key)
        except BaseException:
            conn.close()
            lock.release()
            raise
        return cls(layout, header, data_key, conn, lock)

    @classmethod
    def _open_read_only(
        cls, layout: VaultLayout, header: VaultHeader, data_key: bytearray, reason: str
    ) -> "Vault":
        """Open for reading only: no lock, no chmod, no tidying, no migration, no write."""
        try:
            conn = open_database(layout, data_key, read_only=True)
            try:
                needs_update = bool(migrations.pending(conn))
            except BaseException:
                conn.close()
                raise
            if needs_update:
                conn.close()
                if reason == access.DAMAGED:
                    raise access.refusal(reason)
                raise VaultReadOnlyError(
                    "this vault is read-only here, and this version of Wellbeing Desk must "
                    "update it before reading it: copy the vault folder to a place that can "
                    "be written, or open it with the version that last saved it"
                )
        except BaseException:
            data_key[:] = bytes(len(data_key))
            raise
        vault = cls(layout, header, data_key, conn, InstanceLock(layout.writer_lock))
        vault.read_only = reason
        return vault

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

    def watch_changes(self) -> None:
        """Note every write from now on, for ``take_changes`` (the app's worker turns it on)."""
        if self.read_only is None and self._feed is None:
            feed = ChangeFeed()
            feed.watch(self.connection())
            self._feed = feed

    def take_changes(self) -> VaultChanges:
        """The records written since the last call (``change_feed``); empty unless watched."""
        if self._feed is None or self._conn is None or self.read_only is not None:
            return NOTHING
        return self._feed.take(self._conn)

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
        """Change the passphrase and re-key: a new data key, the database re-encrypted.

        An old header copy with the old passphrase then opens nothing written
        from now on (see ``rekey`` for the crash-ordered steps: a stop at any
        point leaves the old or the new passphrase working). ``kdf=None``
        calibrates again, so a vault made with weak settings gets stronger.
        Once the new database is renamed into place the change is made; a
        folder that refuses ``fsync`` only sets ``folder_not_synced``. A
        recovery code keeps working: its slot wraps the new key under the
        recovery key kept in the database (``recovery_slot``).
        """
        current = self._proven_header(old)  # raises WrongPassphraseError, nothing changed
        params = kdf if kdf is not None else calibrate()
        self._rekey(current, new, params, self._kept_recovery_key(current))

    def _proven_header(self, passphrase: str) -> VaultHeader:
        """The header on disk, once ``passphrase`` opens it (else ``WrongPassphraseError``)."""
        if self._data_key is None:
            raise VaultLockedError("the vault is locked")
        if self.read_only is not None:
            raise access.refusal(self.read_only)
        current = read_vault_header(self.layout)
        verified = current.unwrap(passphrase)
        verified[:] = bytes(len(verified))
        return current

    def _kept_recovery_key(self, current: VaultHeader) -> recovery_slot.RecoveryKey | None:
        assert self._data_key is not None
        return recovery_slot.kept_recovery_key(self.settings, current, self._data_key)

    def _rekey(
        self,
        current: VaultHeader,
        passphrase: str,
        params: KdfParams,
        recovery: recovery_slot.RecoveryKey | None,
    ) -> None:
        """A new data key, the database re-encrypted under it, the header's slots sealed anew."""
        assert self._data_key is not None
        new_key = bytearray(os.urandom(32))
        # Every slot wrapped the old key: the re-keyed header starts with hers alone,
        # then the recovery slot, sealed under the same recovery key as before.
        updated = replace(current, slots=()).with_passphrase(new_key, passphrase, params)
        if recovery is not None:
            updated = replace(updated, slots=(*updated.slots, recovery.seal(updated, new_key)))
        conn = self.connection()
        rekey.checkpoint_fully(conn)
        rekey.prepare(conn, self.layout, new_key, updated)
        # Copies under the old key are what an old header and passphrase would open.
        pre_migration.remove_copies(self.layout)
        conn.close()
        self._conn = None
        try:
            synced = rekey.commit(self.layout)
        except BaseException:
            rekey.discard(self.layout)
            self._conn = open_database(self.layout, self._data_key)
            new_key[:] = bytes(len(new_key))
            raise
        old_key, self._data_key, self._header = self._data_key, new_key, updated
        old_key[:] = bytes(len(old_key))
        self._conn = open_connection(self.layout.database, new_key)
        try:
            synced = rekey.finish(self.layout, write_vault_header, updated) and synced
        except OSError:
            # Committed all the same: the pending header opens it, and the next
            # open puts it in place. Say it was not made durable.
            synced = False
        self.folder_not_synced = not synced

    # -- the recovery code ------------------------------------------------------------

    @property
    def has_recovery_code(self) -> bool:
        return self._header.recovery_slot is not None

    def add_recovery_code(self, passphrase: str) -> str:
        """A new recovery code (shown once, never stored), replacing any earlier one.

        Anyone with the code can open the vault. The passphrase is asked so
        that an unlocked vault left unattended cannot be given a code. A first
        code only adds a slot. Replacing one re-keys, as ``remove_recovery_code``
        does, so the old code opens nothing written from now on, not even with
        an old copy of the header.
        """
        current = self._proven_header(passphrase)
        code, recovery = recovery_slot.new_recovery_key()
        # The key first: a stop before the header is written leaves a key no
        # slot matches, which is never used (``kept_recovery_key``).
        recovery_slot.remember(self.settings, recovery)
        if current.recovery_slot is not None:
            self._rekey(current, passphrase, current.passphrase_slot.kdf, recovery)
            return code
        assert self._data_key is not None
        updated = replace(current, slots=(*current.slots, recovery.seal(current, self._data_key)))
        self.folder_not_synced = not write_vault_header(self.layout, updated)
        self._header = updated
        return code

    def remove_recovery_code(self, passphrase: str) -> None:
        """Remove the recovery slot and its stored key, and re-key.

        The re-key (a new data key, the passphrase's cost unchanged) is what
        makes the code useless against an older copy of the header too.
        Without a recovery slot this only tidies a stored key left behind.
        """
        current = self._proven_header(passphrase)
        recovery_slot.forget(self.settings)
        if current.recovery_slot is not None:
            self._rekey(current, passphrase, current.passphrase_slot.kdf, None)

    @classmethod
    def recover(
        cls, root: Path, code: str, new_passphrase: str, kdf: KdfParams | None = None
    ) -> "Vault":
        """Open with the recovery code, set ``new_passphrase`` and re-key; return it unlocked.

        ``RecoveryCodeTypoError`` before any key is derived; a code that does not
        open this vault is ``WrongRecoveryCodeError`` (a ``WrongPassphraseError``),
        nothing changed. The same code keeps working afterwards: she still holds
        it, and ``add_recovery_code`` replaces it when she wants a new one.
        """
        parse_recovery_code(code)  # a typo is said before anything is derived or opened
        opened_with: list[recovery_slot.RecoveryKey] = []

        def unwrap(header: VaultHeader) -> bytearray:
            data_key, recovery = recovery_slot.unwrap_with_code(header, code)
            opened_with.append(recovery)
            return data_key

        vault = cls._open_unwrapping(Path(root), unwrap, read_only_ok=False)
        try:
            params = kdf if kdf is not None else calibrate()  # only once the code is proven
            recovery = opened_with[-1]
            recovery_slot.remember(vault.settings, recovery)
            vault._rekey(read_vault_header(vault.layout), new_passphrase, params, recovery)
        except BaseException:
            vault.lock()
            raise
        return vault

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


def describe(root: Path) -> VaultInfo:
    """Facts readable without the passphrase."""
    layout = VaultLayout(Path(root))
    return _info_from_header(layout, header_for_unlock(layout))


@contextlib.contextmanager
def _reading_connection(
    root: Path, passphrase: str
) -> Iterator[tuple[VaultLayout, VaultHeader, Connection]]:
    """A fresh connection for reading only: no writer lock, no migration, no write."""
    layout = VaultLayout(Path(root))
    header = header_for_unlock(layout)
    data_key = header.unwrap(passphrase)
    read_only = access.why_read_only(layout) is not None  # then create nothing beside it
    try:
        conn = open_database(layout, data_key, read_only=read_only)
    except DamagedVaultError:
        # A re-key may have committed between reading the header and the database.
        if header_for_unlock(layout) == header:
            raise
        data_key[:] = bytes(len(data_key))
        header = header_for_unlock(layout)
        data_key = header.unwrap(passphrase)
        conn = open_database(layout, data_key, read_only=read_only)
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
    """Full integrity check (cipher and SQLite level) on a fresh connection.

    It changes nothing in the vault; the result is remembered beside it
    (``access``): damage stops writes, a sound vault may be written again.
    """
    try:
        with _reading_connection(root, passphrase) as (_layout, _header, conn):
            report = integrity_of(conn)
    except DamagedVaultError as exc:
        report = IntegrityReport(cipher_problems=(str(exc),), sqlite_problems=())
    except sqlcipher3.Error as exc:  # a damaged page can surface as any SQLite error
        report = IntegrityReport(cipher_problems=(str(exc),), sqlite_problems=())
    _remember_check(VaultLayout(Path(root)), report)
    return report


def check_open_vault(vault: Vault) -> IntegrityReport:
    """The same check on the app's open connection (read-only ones too), remembered alike."""
    try:
        report = integrity_of(vault.connection())
    except sqlcipher3.Error as exc:
        report = IntegrityReport(cipher_problems=(str(exc),), sqlite_problems=())
    _remember_check(vault.layout, report)
    return report


def _remember_check(layout: VaultLayout, report: IntegrityReport) -> None:
    if report.sound:
        access.clear_damage_mark(layout)
    else:
        access.mark_damaged(layout)


def _info_from_header(layout: VaultLayout, header: VaultHeader) -> VaultInfo:
    return VaultInfo(
        path=layout.root,
        vault_id=header.vault_id,
        header_format=header.format,
        created=header.created,
        kdf=header.passphrase_slot.kdf,
    )


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
