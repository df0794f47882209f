"""The tables sync keeps inside the vault, and the triggers that feed its outbox.

Sync state lives inside the encryption like everything else:

- ``sync_control``: one row. ``tracking`` is on once a sync space is set up
  (until then no write is noted: sync is off by default and costs nothing);
  ``applying`` is on only inside the transaction that applies what another
  device sent, so those writes are not noted as this device's own changes.
- ``sync_outbox``: records changed here, by kind and local id. The triggers
  below mark a record ``dirty`` on every write to any of its rows, whichever
  repository, import or lifecycle step made it (hooked once, for every kind:
  the tables are the change feed's). Sync later reads the record, compares it
  with its synced state and stamps what changed (``unsent``); a record whose
  change was sent leaves the outbox.
- ``sync_record``: each record's synced state (fields with their stamps,
  bodies with their histories, a removal's stamps), the source of truth for
  merging; the record's own rows are what the app shows.
- ``sync_space``: the space this vault syncs in (its key, this device's id,
  the target, this device's last file and the file being sent).
- ``sync_cursor``: per other device, the last file applied from it.
- ``sync_review``: conflict copies and records brought back, for her to look at.
- ``sync_waiting_link``: links written without their target (a record not here
  yet), so they are written once it arrives.

Drafts are never noted: they do not sync.
"""

from collections.abc import Mapping

from wellbeing_desk.vault.change_feed import DRAFT, FOLLOW_UP, WATCHED
from wellbeing_desk.vault.connection import Connection

# The local id a changed row belongs to, per table ({row} is NEW or OLD). The change
# feed's, except that each follow-up is a record of its own (its done state syncs).
OUTBOX_IDS: dict[str, tuple[str, str]] = {
    table: (kind, record)
    for table, (kind, record) in WATCHED.items()
    if kind not in (DRAFT, FOLLOW_UP)
} | {"follow_up": (FOLLOW_UP, "{row}.source_id || '/' || {row}.item_id")}

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))


def create_sync_tables(conn: Connection) -> None:
    """The tables and triggers, inside a migration's transaction."""
    conn.execute(
        "CREATE TABLE sync_control (only INTEGER PRIMARY KEY CHECK (only = 1), "
        "tracking INTEGER NOT NULL DEFAULT 0, applying INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute("INSERT INTO sync_control(only) VALUES (1)")
    conn.execute(
        "CREATE TABLE sync_outbox (kind TEXT NOT NULL, id TEXT NOT NULL, "
        "changed_ms INTEGER NOT NULL, "
        "dirty INTEGER NOT NULL DEFAULT 1, "  # written since its state was last read
        "unsent INTEGER NOT NULL DEFAULT 0, "  # holds a stamped change not yet sent
        "PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE sync_record (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, "
        "local_id TEXT NOT NULL, "
        "alive INTEGER NOT NULL, shown INTEGER NOT NULL, "  # shown: alive and not in the trash
        "state TEXT NOT NULL) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX sync_record_by_local ON sync_record(kind, local_id)")
    conn.execute(
        "CREATE TABLE sync_space (space TEXT PRIMARY KEY NOT NULL, device TEXT NOT NULL, "
        "root_key BLOB NOT NULL, target TEXT NOT NULL, "
        "target_secret TEXT, "  # a WebDAV password or app token: here, never elsewhere
        "pairing_code TEXT, "  # shown again on request (it opens only what this vault holds)
        "clock TEXT, "  # the highest stamp issued or seen, so stamps keep rising
        "own_seq INTEGER, own_hash BLOB, "  # this device's last file on the target
        "flight_seq INTEGER, flight_data BLOB, flight_records BLOB, "  # sealed, not yet written
        "snapshot_files INTEGER NOT NULL DEFAULT 0, "  # files known at its last snapshot
        "created_at TEXT NOT NULL, last_sync_at TEXT, last_report TEXT)"
    )
    conn.execute(
        "CREATE TABLE sync_cursor (space TEXT NOT NULL, device TEXT NOT NULL, "
        "seq INTEGER NOT NULL, hash BLOB NOT NULL, applied_at TEXT NOT NULL, "
        "forgotten INTEGER NOT NULL DEFAULT 0, "  # she forgot it: its files are not read
        "PRIMARY KEY (space, device)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE sync_review (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, "
        "reason TEXT NOT NULL CHECK (reason IN ('conflict_copy', 'brought_back')), "
        "of_id TEXT, noted_at TEXT NOT NULL) WITHOUT ROWID"
    )
    # Links written without their target (not here yet): written again once it arrives.
    conn.execute(
        "CREATE TABLE sync_waiting_link (target TEXT NOT NULL, kind TEXT NOT NULL, "
        "local_id TEXT NOT NULL, PRIMARY KEY (target, kind, local_id)) WITHOUT ROWID"
    )
    create_outbox_triggers(conn)


def create_outbox_triggers(conn: Connection, tables: Mapping[str, str] | None = None) -> None:
    """The outbox's triggers on every record table, or on ``tables`` only (table → a
    further SQL condition, ``{row}`` standing for NEW or OLD), replacing any there."""
    chosen = dict.fromkeys(OUTBOX_IDS, "") if tables is None else tables
    for table, condition in chosen.items():
        kind, record = OUTBOX_IDS[table]
        for event, row in _EVENTS:
            named = record.format(row=row)
            also = f"AND {condition.format(row=row)} " if condition else ""
            conn.execute(f"DROP TRIGGER IF EXISTS sync_outbox_{table}_{event.lower()}")
            # UPDATE then INSERT … WHERE NOT EXISTS: no conflict clause, which an outer
            # INSERT OR IGNORE/REPLACE would override (a change must never go unnoted).
            conn.execute(
                f"CREATE TRIGGER sync_outbox_{table}_{event.lower()} "
                f"AFTER {event} ON {table} "
                "WHEN (SELECT tracking AND NOT applying FROM sync_control) "
                f"AND {named} IS NOT NULL {also}BEGIN "
                f"UPDATE sync_outbox SET dirty = 1, changed_ms = {_NOW_MS} "
                f"WHERE kind = '{kind}' AND id = {named}; "
                f"INSERT INTO sync_outbox(kind, id, changed_ms) SELECT '{kind}', {named}, "
                f"{_NOW_MS} WHERE NOT EXISTS (SELECT 1 FROM sync_outbox "
                f"WHERE kind = '{kind}' AND id = {named}); END"
            )


def set_tracking(conn: Connection, on: bool) -> None:
    conn.execute("UPDATE sync_control SET tracking = ?", (int(on),))


def set_applying(conn: Connection, on: bool) -> None:
    conn.execute("UPDATE sync_control SET applying = ?", (int(on),))
