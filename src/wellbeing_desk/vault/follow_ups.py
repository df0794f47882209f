"""Follow-up actions with dates (from debriefs, later notes), for the Today page.

The record that owns them (its JSON) holds what she wrote; this table is the
index the Today page reads, rebuilt on every save of the record. Whether one
is done lives only here, and survives the rebuilds.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import utc_now

# Each kind of record that has follow-ups: its table (with id, title, deleted_at).
SOURCE_TABLES: dict[str, str] = {"debrief": "debrief", "note": "dialogue_note"}


@dataclass(frozen=True)
class FollowUpInput:
    item_id: str
    text: str
    due_date: date | None = None


@dataclass(frozen=True)
class FollowUp:
    source_kind: str
    source_id: str
    source_title: str
    item_id: str
    text: str
    due_date: date | None
    done: bool


def replace_follow_ups(
    conn: Connection, source_kind: str, source_id: str, items: Sequence[FollowUpInput]
) -> None:
    """Make the index match the record's items (inside the caller's transaction)."""
    keep = [item.item_id for item in items]
    marks = ", ".join("?" for _ in keep)
    conn.execute(
        f"DELETE FROM follow_up WHERE source_id = ? AND item_id NOT IN ({marks})",
        (source_id, *keep),
    )
    for position, item in enumerate(items):
        due = item.due_date.isoformat() if item.due_date else None
        conn.execute(
            "INSERT INTO follow_up(source_kind, source_id, item_id, position, text, due_date) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, item_id) DO UPDATE SET "
            "position = excluded.position, text = excluded.text, due_date = excluded.due_date",
            (source_kind, source_id, item.item_id, position, item.text, due),
        )


def drop_follow_ups(conn: Connection, source_id: str) -> None:
    conn.execute("DELETE FROM follow_up WHERE source_id = ?", (source_id,))


class FollowUpRepository:
    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def due(self, today: date, limit: int = 50) -> list[FollowUp]:
        """Open follow-ups due today or earlier, oldest first; trashed records' are left out."""
        return self._select("f.done_at IS NULL AND f.due_date <= ?", (today.isoformat(),), limit)

    def for_source(self, source_id: str) -> list[FollowUp]:
        return self._select("f.source_id = ?", (source_id,), 1000)

    def set_done(self, source_id: str, item_id: str, done: bool) -> None:
        conn = self._connection()
        with write_transaction(conn):
            changed = conn.execute(
                "UPDATE follow_up SET done_at = ? WHERE source_id = ? AND item_id = ?",
                (utc_now() if done else None, source_id, item_id),
            ).rowcount
            if changed == 0:
                raise KeyError(item_id)

    def _select(self, condition: str, params: tuple[object, ...], limit: int) -> list[FollowUp]:
        parts = [
            f"SELECT f.source_kind, f.source_id, s.title, f.item_id, f.text, f.due_date, "
            f"f.done_at IS NOT NULL AS done, f.position FROM follow_up f JOIN {table} s "
            f"ON s.id = f.source_id AND s.deleted_at IS NULL "
            f"WHERE f.source_kind = '{kind}' AND {condition}"
            for kind, table in SOURCE_TABLES.items()
        ]
        sql = (
            "SELECT * FROM ("
            + " UNION ALL ".join(parts)
            # by date (undated last), then record, then her order
            + ") ORDER BY due_date IS NULL, due_date, title, source_id, position LIMIT ?"
        )
        rows = self._connection().execute(sql, (*params * len(parts), limit)).fetchall()
        return [
            FollowUp(
                source_kind=row[0],
                source_id=row[1],
                source_title=row[2],
                item_id=row[3],
                text=row[4],
                due_date=date.fromisoformat(row[5]) if row[5] else None,
                done=bool(row[6]),
            )
            for row in rows
        ]
