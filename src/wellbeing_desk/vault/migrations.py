"""Numbered schema migrations, each applied in one transaction.

``PRAGMA user_version`` holds the schema version. Before an existing vault
is migrated, an encrypted copy is taken (see ``Vault._migrate``). A vault
whose version is newer than ``LATEST_VERSION`` is refused.
"""

from collections.abc import Callable

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.errors import VaultTooNewError
from wellbeing_desk.vault.records import RECORD_COLUMNS_SQL


def _v1_foundation(conn: Connection) -> None:
    # Settings that live inside the encryption (the opposite of QSettings).
    conn.execute(
        "CREATE TABLE vault_setting ("
        "key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    # Drafts: editors save here continuously so that locking never waits on a question.
    conn.execute(
        f"CREATE TABLE draft ({RECORD_COLUMNS_SQL}, "
        "kind TEXT NOT NULL, record_id TEXT, body TEXT NOT NULL)"
    )
    conn.execute("CREATE UNIQUE INDEX draft_kind_record ON draft(kind, ifnull(record_id, ''))")


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _v1_foundation,
}
LATEST_VERSION = max(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(version: int) -> None:
    if version > LATEST_VERSION:
        raise VaultTooNewError(
            f"the vault's schema is version {version}; this app knows up to {LATEST_VERSION}"
        )


def pending(conn: Connection) -> list[int]:
    """Versions still to apply, in order (refusing a vault that is too new)."""
    current = schema_version(conn)
    check_not_too_new(current)
    return [v for v in sorted(MIGRATIONS) if v > current]


def apply(conn: Connection, version: int) -> None:
    """Apply one migration and record its number, all in one transaction."""
    with write_transaction(conn):
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {int(version)}")
