"""One record lifecycle for every kind: to the trash, back, and out for good.

Each record table has ``seq`` (its full-text index's rowid), ``id``,
``updated_at`` and ``deleted_at`` (see ``records``). Trashing sets
``deleted_at``; restoring clears it; emptying the trash removes the row, its
index entry, its drafts and whatever else the kind hangs on it, and leaves
the id as a tombstone so that sync can pass the removal on. This is the one
place sync's change tracking hooks into, for every kind.
"""

from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.record_rows import update_record
from wellbeing_desk.vault.records import utc_now


@dataclass(frozen=True)
class RecordLifecycle:
    """The trash of one record table."""

    table: str
    kind: str  # the tombstone's kind
    fts_table: str | None = None
    # Anything else to remove with a record (follow-ups …), inside the same transaction.
    before_purge: Callable[[Connection, str], None] | None = None

    def trash(self, conn: Connection, record_id: str) -> None:
        """Move to the trash (undo with ``restore``); ``KeyError`` if there is no such record."""
        self._set_deleted(conn, record_id, utc_now())

    def restore(self, conn: Connection, record_id: str) -> None:
        self._set_deleted(conn, record_id, None)

    def empty_trash(self, conn: Connection) -> int:
        """Remove trashed records for good, leaving tombstones; how many went."""
        with write_transaction(conn):
            rows = conn.execute(
                f"SELECT id, seq FROM {self.table} WHERE deleted_at IS NOT NULL"
            ).fetchall()
            for record_id, _seq in rows:
                self.purge(conn, record_id)
        return len(rows)

    def purge(self, conn: Connection, record_id: str) -> None:
        """Remove one record for good inside the caller's transaction, leaving a tombstone
        (also how a removal made on another device arrives)."""
        row = conn.execute(f"SELECT seq FROM {self.table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return
        conn.execute("DELETE FROM draft WHERE record_id = ?", (record_id,))
        if self.fts_table is not None:
            conn.execute(f"DELETE FROM {self.fts_table} WHERE rowid = ?", (row[0],))
        if self.before_purge is not None:
            self.before_purge(conn, record_id)
        conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
        conn.execute(
            "INSERT OR REPLACE INTO tombstone(id, kind, deleted_at) VALUES (?, ?, ?)",
            (record_id, self.kind, utc_now()),
        )

    def _set_deleted(self, conn: Connection, record_id: str, when: str | None) -> None:
        update_record(conn, self.table, record_id, "deleted_at = ?", (when,))
