"""Encrypted copies taken before a migration, and when they may go.

Before a schema migration the whole database is copied into ``backups/``, so
a failed migration loses nothing. Kept forever, those copies would keep
everything she has since deleted, so they go once the migrated vault has
proven itself: opened successfully ``OPENS_BEFORE_PRUNING`` times and then
passed a full integrity check. A re-key removes them at once (they are under
the old key: exactly what an old header and passphrase would open).
"""

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.integrity import integrity_of
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.settings import SettingsRepository

OPENS_BEFORE_PRUNING = 3
PREFIX = "pre-migration-"
# "<newest copy's name> <opens since it was made>": a new migration restarts the count.
OPENS_SETTING = "vault.pre_migration_opens"


def new_copy_path(layout: VaultLayout, from_version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return layout.backups / f"{PREFIX}v{from_version}-{stamp}.db"


def copies(layout: VaultLayout) -> list[Path]:
    if not layout.backups.is_dir():
        return []
    return sorted(layout.backups.glob(f"{PREFIX}*.db"))


def remove_copies(layout: VaultLayout) -> None:
    for copy in copies(layout):
        for path in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def note_successful_open(
    layout: VaultLayout, conn: Connection, settings: SettingsRepository
) -> bool:
    """Count one successful open; prune the copies once they are no longer needed.

    Returns whether copies were removed. The check runs once, on the open
    that reaches the count; a vault that fails it keeps its copies.
    """
    existing = copies(layout)
    if not existing:
        return False
    newest = existing[-1].name
    stored = (settings.get(OPENS_SETTING) or "").rpartition(" ")
    opens = int(stored[2]) + 1 if stored[0] == newest and stored[2].isdigit() else 1
    if opens < OPENS_BEFORE_PRUNING or not _sound(conn):
        settings.set(OPENS_SETTING, f"{newest} {opens}")
        return False
    remove_copies(layout)
    settings.set(OPENS_SETTING, "")
    return True


def _sound(conn: Connection) -> bool:
    return integrity_of(conn).sound
