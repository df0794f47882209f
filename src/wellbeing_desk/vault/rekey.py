"""Re-keying: the whole database re-encrypted under a new data key, crash-ordered.

Changing the passphrase must also cut off an old copy of the header (a
backup, a sync copy, unwiped disk blocks) that, with the old passphrase,
would still unwrap today's key. So ``passwd`` draws a new random data key
and re-encrypts the database under it. The steps, and what a ``kill -9``
after each one leaves:

1. ``prepare``: ``sqlcipher_export`` to ``vault.db.rekey`` under the new key,
   fsync, read it back; then write ``vault.header.rekey`` (the new passphrase
   wrapping the new key). Crash: *uncommitted* — the old passphrase opens the
   old database; the next open discards both files.
2. ``commit``: rename ``vault.db.rekey`` over ``vault.db``. This rename is
   the commit point. Crash: *committed* — ``vault.header.rekey`` exists
   without ``vault.db.rekey``; the next open unlocks with it (the new
   passphrase) and finishes step 3.
3. ``finish``: the new header replaces ``vault.header``; the pending one goes.

Before step 2 nothing is lost if the machine stops; after it, only the new
passphrase works. Never neither. Opening settles a pending re-key only after
the passphrase is proven and under the writer lock, as every other repair.
"""

import contextlib
import enum
import os
from collections.abc import Callable
from pathlib import Path

from wellbeing_desk.vault import migrations
from wellbeing_desk.vault.connection import Connection, open_connection
from wellbeing_desk.vault.database_file import export_copy
from wellbeing_desk.vault.errors import DamagedVaultError, VaultInUseError
from wellbeing_desk.vault.fileio import atomic_write, fsync_dir_quietly
from wellbeing_desk.vault.header import VaultHeader
from wellbeing_desk.vault.integrity import integrity_of
from wellbeing_desk.vault.layout import VaultLayout

PENDING_DATABASE_SUFFIX = ".rekey"

# Writes the vault's header (the primary and any copy); returns the folder-synced flag.
HeaderWriter = Callable[[VaultLayout, VaultHeader], bool]


class RekeyState(enum.Enum):
    """Where an interrupted re-key stopped (``NONE``: there is none)."""

    NONE = "none"
    UNCOMMITTED = "uncommitted"
    COMMITTED = "committed"


def pending_database(layout: VaultLayout) -> Path:
    return layout.database.with_name(layout.database.name + PENDING_DATABASE_SUFFIX)


def pending_header(layout: VaultLayout) -> Path:
    return layout.header.with_name(layout.header.name + PENDING_DATABASE_SUFFIX)


def state(layout: VaultLayout) -> RekeyState:
    """Read from which files exist; nothing is changed."""
    if pending_header(layout).is_file():
        if pending_database(layout).exists():
            return RekeyState.UNCOMMITTED
        return RekeyState.COMMITTED
    if pending_database(layout).exists():
        return RekeyState.UNCOMMITTED
    return RekeyState.NONE


def pending_files(layout: VaultLayout) -> list[Path]:
    """Every file a re-key may leave behind (the pending database with its journals)."""
    database = pending_database(layout)
    journals = [database.with_name(database.name + end) for end in ("-journal", "-wal", "-shm")]
    return [database, *journals, pending_header(layout)]


def prepare(
    conn: Connection, layout: VaultLayout, new_key: bytes | bytearray, new_header: VaultHeader
) -> None:
    """Step 1: the re-encrypted database and the header that opens it, both pending."""
    discard(layout)  # an earlier attempt that stopped part-way
    database = pending_database(layout)
    try:
        export_copy(conn, new_key, database)
        _fsync_file(database)
        _verify(database, new_key, migrations.schema_version(conn))
        atomic_write(pending_header(layout), new_header.to_bytes())
    except BaseException:
        discard(layout)
        raise


def commit(layout: VaultLayout) -> bool:
    """Step 2, the commit point. The old database's connections must all be closed.

    Returns whether the folder could be synced (the rename is made either way).
    """
    # A WAL left beside the old database would be replayed into the new one.
    for leftover in (layout.wal, layout.shm):
        leftover.unlink(missing_ok=True)
    os.replace(pending_database(layout), layout.database)
    return fsync_dir_quietly(layout.root)


def finish(layout: VaultLayout, write_header: HeaderWriter, header: VaultHeader) -> bool:
    """Step 3: the pending header becomes the header. Returns the folder-synced flag."""
    synced = write_header(layout, header)
    pending_header(layout).unlink(missing_ok=True)
    return fsync_dir_quietly(layout.root) and synced


def discard(layout: VaultLayout) -> None:
    """Roll an uncommitted re-key back: the old key and passphrase stay as they were."""
    removed = False
    for leftover in pending_files(layout):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed = True
    if removed:
        fsync_dir_quietly(layout.root)


def checkpoint_fully(conn: Connection) -> None:
    """Empty the WAL into the database, or refuse: a reader still holds old pages."""
    busy, log_frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy or log_frames > 0:
        raise VaultInUseError(
            "another program is reading the vault, so it cannot be re-encrypted now"
        )


def _verify(database: Path, key: bytes | bytearray, expected_version: int) -> None:
    """Read the whole new file back under the new key before anything depends on it."""
    conn = open_connection(database, key)
    try:
        sound = integrity_of(conn).sound
        version = migrations.schema_version(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    if not sound or version != expected_version:
        raise DamagedVaultError("the re-encrypted copy did not read back; nothing was changed")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
