"""Debriefs: in progress (she can pause and resume) or finished, with search and a trash.

The repository stores what the flow hands it (``debrief/record.py`` builds the
input): the template snapshot and state as JSON, the two distress ratings for
the list, the text to index, and the follow-ups for the Today page.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.follow_ups import FollowUpInput, drop_follow_ups, replace_follow_ups
from wellbeing_desk.vault.fts import index_text, make_snippet, match_query
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.record_repository import RecordRepository
from wellbeing_desk.vault.record_rows import rewrite_record

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

_TEMPLATE_COLUMNS = ("template_id", "template")  # written once, when the debrief starts
_SAVED_COLUMNS = ("title", "status", "state", "distress_start", "distress_end")


class DebriefRepository(RecordRepository[DebriefInput]):
    """Debriefs; the trash is ``RecordRepository``'s, and ``save`` keeps the template."""

    _columns = (*_TEMPLATE_COLUMNS, *_SAVED_COLUMNS)

    def __init__(self, connection: Callable[[], Connection]) -> None:
        super().__init__(connection, DEBRIEF_LIFECYCLE)

    def create(self, debrief: DebriefInput) -> Debrief:
        found = self.get(self.add(debrief))
        assert found is not None
        return found

    def save(self, record_id: str, debrief: DebriefInput) -> None:
        """Replace what she has written so far (the flow saves as she goes)."""
        debrief = debrief.validate()
        conn = self._connection()
        with write_transaction(conn):
            # Not the template: the debrief keeps the snapshot it was started with.
            saved = _saved_values(debrief)
            seq = rewrite_record(conn, DEBRIEF_LIFECYCLE, record_id, _SAVED_COLUMNS, saved)
            self._write_links(conn, record_id, seq, debrief)

    def _values(self, record: DebriefInput) -> tuple[Any, ...]:
        return (record.template_id, record.template_json, *_saved_values(record))

    def _write_links(
        self, conn: Connection, record_id: str, seq: int, record: DebriefInput
    ) -> None:
        # Finished at the time of the write that first finished it: that write's ``updated_at``.
        conn.execute(
            "UPDATE debrief SET finished_at = "
            "CASE WHEN status = ? THEN ifnull(finished_at, updated_at) END WHERE seq = ?",
            (FINISHED, seq),
        )
        write_debrief_index(conn, record_id, seq, record)

    def _drop_links(self, conn: Connection, record_id: str, seq: int) -> None:
        """Nothing: ``_write_links`` updates the follow-ups in place, keeping what is done."""

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


def write_debrief_index(conn: Connection, record_id: str, seq: int, record: DebriefInput) -> None:
    """A debrief's full-text row and follow-ups (also rebuilt from the stored rows by sync)."""
    conn.execute(
        "INSERT INTO debrief_fts(rowid, title, body) VALUES (?, ?, ?)",
        (seq, index_text(record.search_title or record.title), index_text(record.search_text)),
    )
    replace_follow_ups(conn, SOURCE_KIND, record_id, record.follow_ups)


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{column.strip()}" for column in _SUMMARY_COLUMNS.split(","))


def _summary(row: tuple[object, ...], snippet: str | None) -> DebriefSummary:
    values = [str(v) if isinstance(v, str) else v for v in row[:8]]
    return DebriefSummary(*values, snippet=snippet)  # type: ignore[arg-type, misc]


def _saved_values(record: DebriefInput) -> tuple[Any, ...]:
    """The values of ``_SAVED_COLUMNS``: what each save replaces."""
    return (
        record.title, record.status, record.state_json, record.distress_start, record.distress_end
    )  # fmt: skip
