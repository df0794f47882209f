"""Debriefs: in progress (she can pause and resume) or finished, with search and a trash.

The repository stores what the flow hands it (``debrief/record.py`` builds the
input): the template snapshot and state as JSON, the two distress ratings for
the list, the text to index, and the follow-ups for the Today page.
"""

from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.follow_ups import FollowUpInput, drop_follow_ups, replace_follow_ups
from wellbeing_desk.vault.fts import make_snippet, match_query
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.records import new_id, utc_now

IN_PROGRESS = "in_progress"
FINISHED = "finished"
STATUSES = (IN_PROGRESS, FINISHED)
MAX_STATE_LENGTH = 5_000_000
SOURCE_KIND = "debrief"
DEBRIEF_LIFECYCLE = RecordLifecycle(
    "debrief", SOURCE_KIND, fts_table="debrief_fts", before_purge=drop_follow_ups
)


@dataclass(frozen=True)
class DebriefInput:
    template_id: str
    template_json: str
    title: str
    status: str
    state_json: str
    distress_start: int | None = None
    distress_end: int | None = None
    search_text: str = ""  # her answers, as text
    search_title: str = ""  # the title in every language the template has (else ``title``)
    follow_ups: tuple[FollowUpInput, ...] = ()

    def validate(self) -> "DebriefInput":
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        for name, value in (
            ("distress_start", self.distress_start),
            ("distress_end", self.distress_end),
        ):
            if value is not None and not 0 <= value <= 10:
                raise ValueError(f"{name} must be between 0 and 10")
        if len(self.state_json) + len(self.template_json) > MAX_STATE_LENGTH:
            raise ValueError("the debrief is too long")
        return self


@dataclass(frozen=True)
class Debrief:
    id: str
    template_id: str
    template_json: str
    title: str
    status: str
    state_json: str
    distress_start: int | None
    distress_end: int | None
    created_at: str
    updated_at: str
    finished_at: str | None
    deleted_at: str | None


@dataclass(frozen=True)
class DebriefSummary:
    """One row of the list of her debriefs."""

    id: str
    title: str
    status: str
    created_at: str
    updated_at: str
    finished_at: str | None
    distress_start: int | None
    distress_end: int | None
    snippet: str | None = None  # with MATCH_START/MATCH_END around matches


_COLUMNS = (
    "id, template_id, template, title, status, state, distress_start, distress_end, "
    "created_at, updated_at, finished_at, deleted_at"
)
_SUMMARY_COLUMNS = (
    "id, title, status, created_at, updated_at, finished_at, distress_start, distress_end"
)


class DebriefRepository:
    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def create(self, debrief: DebriefInput) -> Debrief:
        debrief = debrief.validate()
        conn = self._connection()
        record_id, now = new_id(), utc_now()
        with write_transaction(conn):
            cursor = conn.execute(
                "INSERT INTO debrief(id, created_at, updated_at, template_id, template, title, "
                "status, finished_at, state, distress_start, distress_end) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record_id, now, now, debrief.template_id, debrief.template_json,
                    debrief.title, debrief.status, now if debrief.status == FINISHED else None,
                    debrief.state_json, debrief.distress_start, debrief.distress_end,
                ),
            )  # fmt: skip
            self._index(conn, int(cursor.lastrowid or 0), record_id, debrief)
        found = self.get(record_id)
        assert found is not None
        return found

    def save(self, record_id: str, debrief: DebriefInput) -> None:
        """Replace what she has written so far (the flow saves as she goes)."""
        debrief = debrief.validate()
        conn = self._connection()
        now = utc_now()
        with write_transaction(conn):
            changed = conn.execute(
                "UPDATE debrief SET updated_at = ?, title = ?, status = ?, "
                "finished_at = CASE WHEN ? = 'finished' THEN ifnull(finished_at, ?) END, "
                "state = ?, distress_start = ?, distress_end = ? WHERE id = ?",
                (
                    now, debrief.title, debrief.status, debrief.status, now,
                    debrief.state_json, debrief.distress_start, debrief.distress_end, record_id,
                ),
            ).rowcount  # fmt: skip
            if changed == 0:
                raise KeyError(record_id)
            seq = _seq(conn, record_id)
            conn.execute("DELETE FROM debrief_fts WHERE rowid = ?", (seq,))
            self._index(conn, seq, record_id, debrief)

    def _index(self, conn: Connection, seq: int, record_id: str, debrief: DebriefInput) -> None:
        conn.execute(
            "INSERT INTO debrief_fts(rowid, title, body) VALUES (?, ?, ?)",
            (seq, debrief.search_title or debrief.title, debrief.search_text),
        )
        replace_follow_ups(conn, SOURCE_KIND, record_id, debrief.follow_ups)

    def delete(self, record_id: str) -> None:
        """Move to the trash (undo with ``restore``)."""
        DEBRIEF_LIFECYCLE.trash(self._connection(), record_id)

    def restore(self, record_id: str) -> None:
        DEBRIEF_LIFECYCLE.restore(self._connection(), record_id)

    def empty_trash(self) -> int:
        """Remove trashed debriefs for good; their ids stay as tombstones for sync."""
        return DEBRIEF_LIFECYCLE.empty_trash(self._connection())

    # -- reading -----------------------------------------------------------------------

    def get(self, record_id: str) -> Debrief | None:
        row = (
            self._connection()
            .execute(f"SELECT {_COLUMNS} FROM debrief WHERE id = ?", (record_id,))
            .fetchone()
        )
        return None if row is None else Debrief(*row)

    def summaries(self, *, trash: bool = False, limit: int = 1000) -> list[DebriefSummary]:
        """Newest activity first: in progress and finished together."""
        condition = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
        rows = (
            self._connection()
            .execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM debrief WHERE {condition} "
                "ORDER BY updated_at DESC, id DESC LIMIT ?",
                (limit,),
            )
            .fetchall()
        )
        return [DebriefSummary(*row) for row in rows]

    def search(self, text: str, limit: int = 200) -> list[DebriefSummary]:
        """Debriefs whose title or answers match every word (prefixes, accents folded)."""
        query = match_query(text)
        if query is None:
            return []
        rows = (
            self._connection()
            .execute(
                f"SELECT {_prefixed('d')}, f.body FROM debrief d "
                "JOIN debrief_fts f ON f.rowid = d.seq "
                "WHERE d.deleted_at IS NULL AND d.seq IN "
                "(SELECT rowid FROM debrief_fts WHERE debrief_fts MATCH ?) "
                "ORDER BY d.updated_at DESC, d.id DESC LIMIT ?",
                (query, limit),
            )
            .fetchall()
        )
        return [_summary(row, make_snippet(row[8], text)) for row in rows]

    def count(self) -> int:
        row = (
            self._connection()
            .execute("SELECT count(*) FROM debrief WHERE deleted_at IS NULL")
            .fetchone()
        )
        return int(row[0])


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{column.strip()}" for column in _SUMMARY_COLUMNS.split(","))


def _summary(row: tuple[object, ...], snippet: str | None) -> DebriefSummary:
    values = [str(v) if isinstance(v, str) else v for v in row[:8]]
    return DebriefSummary(*values, snippet=snippet)  # type: ignore[arg-type, misc]


def _seq(conn: Connection, record_id: str) -> int:
    row = conn.execute("SELECT seq FROM debrief WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise KeyError(record_id)
    return int(row[0])
