"""The tables team spaces keep inside the vault, and the triggers that feed their outbox.

A team space holds directory entries only. An entry is the team's when its
``directory_entry.team_space`` names the space (NULL: hers alone); the
personal space's sync never sends such an entry, and a team never receives
anything else. The tables mirror the personal space's (``sync_tables.py``),
each row naming its space, because a vault may belong to several teams:

- ``team_identity``: one row, her member keys (Ed25519 to sign, X25519 to
  receive team keys); made when she first creates or joins a team.
- ``team_space``: per team, its name, the admin's pinned public key, the newest
  signed roster seen, the key epoch, where it syncs, and this device's log.
- ``team_key``: the team key of each epoch this vault was given.
- ``team_outbox``, ``team_record``, ``team_cursor``, ``team_review``,
  ``team_waiting_link``: as their ``sync_`` namesakes, per space.

Unlike the personal outbox, a team's is fed whether or not a personal space
is set up: the triggers below fire for team entries only, never while a sync
applies what arrived (``sync_control.applying``).
"""

from wellbeing_desk.vault.change_feed import DIRECTORY, WATCHED
from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.sync_tables import create_outbox_triggers

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
_ENTRY_SPACE = "(SELECT team_space FROM main.directory_entry WHERE seq = {row}.entry_seq)"

# table -> (the entry a changed row belongs to, the team space it is in); {row}: NEW or OLD
TEAM_OUTBOX_IDS: dict[str, tuple[str, str]] = {
    table: (record, "{row}.team_space" if table == "directory_entry" else _ENTRY_SPACE)
    for table, (kind, record) in WATCHED.items()
    if kind == DIRECTORY
}


def create_team_tables(conn: Connection) -> None:
    """The column, tables and triggers, inside a migration's transaction."""
    conn.execute("ALTER TABLE directory_entry ADD COLUMN team_space TEXT")
    conn.execute(
        "CREATE INDEX directory_entry_by_team ON directory_entry(team_space) "
        "WHERE team_space IS NOT NULL"
    )
    conn.execute(
        "CREATE TABLE team_identity (only INTEGER PRIMARY KEY CHECK (only = 1), "
        "signing BLOB NOT NULL, agreement BLOB NOT NULL, created_at TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE team_space (space TEXT PRIMARY KEY NOT NULL, device TEXT NOT NULL, "
        "team TEXT NOT NULL, "  # the team's name, from the roster
        "admin_key BLOB NOT NULL, "  # pinned when she created or joined: 64 bytes
        "roster BLOB NOT NULL, roster_version INTEGER NOT NULL, "  # newest signed roster seen
        "roster_hash BLOB NOT NULL, "  # of its sealed file: the next version follows it
        "epoch INTEGER NOT NULL, "  # the key epoch files are written in
        "removed INTEGER NOT NULL DEFAULT 0, "  # the newest roster no longer lists her
        "target TEXT NOT NULL, target_secret TEXT, "
        "clock TEXT, own_seq INTEGER, own_hash BLOB, "
        "flight_seq INTEGER, flight_data BLOB, flight_records BLOB, "
        "snapshot_files INTEGER NOT NULL DEFAULT 0, "
        "created_at TEXT NOT NULL, last_sync_at TEXT, last_report TEXT)"
    )
    conn.execute(
        "CREATE TABLE team_key (space TEXT NOT NULL, epoch INTEGER NOT NULL, "
        "key BLOB NOT NULL, PRIMARY KEY (space, epoch)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE team_outbox (space TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, "
        "changed_ms INTEGER NOT NULL, dirty INTEGER NOT NULL DEFAULT 1, "
        "unsent INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE team_record (space TEXT NOT NULL, id TEXT PRIMARY KEY NOT NULL, "
        "kind TEXT NOT NULL, local_id TEXT NOT NULL, alive INTEGER NOT NULL, "
        "shown INTEGER NOT NULL, state TEXT NOT NULL) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX team_record_by_space ON team_record(space, kind)")
    conn.execute(
        "CREATE TABLE team_cursor (space TEXT NOT NULL, device TEXT NOT NULL, "
        "seq INTEGER NOT NULL, hash BLOB NOT NULL, applied_at TEXT NOT NULL, "
        "forgotten INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (space, device)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE team_review (space TEXT NOT NULL, id TEXT PRIMARY KEY NOT NULL, "
        "kind TEXT NOT NULL, "
        "reason TEXT NOT NULL CHECK (reason IN ('conflict_copy', 'brought_back')), "
        "of_id TEXT, noted_at TEXT NOT NULL) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE team_waiting_link (space TEXT NOT NULL, target TEXT NOT NULL, "
        "kind TEXT NOT NULL, local_id TEXT NOT NULL, "
        "PRIMARY KEY (target, kind, local_id)) WITHOUT ROWID"
    )
    _create_team_outbox_triggers(conn)
    # Her personal outbox stops noting a team's entries (its own outbox has them).
    create_outbox_triggers(
        conn, {table: f"{space} IS NULL" for table, (_, space) in TEAM_OUTBOX_IDS.items()}
    )


def _create_team_outbox_triggers(conn: Connection) -> None:
    for table, (record, space) in TEAM_OUTBOX_IDS.items():
        for event, row in _EVENTS:
            named, in_space = record.format(row=row), space.format(row=row)
            conn.execute(
                f"CREATE TRIGGER team_outbox_{table}_{event.lower()} "
                f"AFTER {event} ON {table} "
                "WHEN (SELECT NOT applying FROM sync_control) "
                f"AND {in_space} IS NOT NULL AND {named} IS NOT NULL BEGIN "
                f"UPDATE team_outbox SET dirty = 1, changed_ms = {_NOW_MS} "
                f"WHERE kind = '{DIRECTORY}' AND id = {named}; "
                f"INSERT INTO team_outbox(space, kind, id, changed_ms) "
                f"SELECT {in_space}, '{DIRECTORY}', {named}, {_NOW_MS} "
                "WHERE NOT EXISTS (SELECT 1 FROM team_outbox "
                f"WHERE kind = '{DIRECTORY}' AND id = {named}); END"
            )
