"""Journal entries: quick check-ins and full entries, with filters, search and a trash."""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.fts import index_text, make_snippet, match_query
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.record_query import (
    PageCursor,
    RecordFilter,
    RecordQuery,
    first_column,
    first_line_preview,
)
from wellbeing_desk.vault.record_repository import RecordRepository

CHECKIN = "checkin"
ENTRY = "entry"
KINDS = (CHECKIN, ENTRY)
MAX_BODY_LENGTH = 1_000_000
MAX_TAG_LENGTH = 60
PREVIEW_LENGTH = 160
SNIPPET_SOURCE_LENGTH = 20_000  # matches further into a long entry show its preview
PAGE_SIZE = 200
RARE_HITS = 500  # below this many index hits, a search starts from the hits
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"
JOURNAL_LIFECYCLE = RecordLifecycle("journal_entry", "journal", fts_table="journal_fts")


@dataclass(frozen=True)
class EntryInput:
    """What she wrote; ``validate`` refuses anything out of range before it is saved."""

    occurred_at: datetime
    kind: str = ENTRY
    stress: int | None = None
    mood: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    body: str = ""
    item_ids: tuple[str, ...] = ()  # activities and warning signs
    tags: tuple[str, ...] = ()

    def validate(self) -> "EntryInput":
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        _check_range("stress", self.stress, 0, 10)
        _check_range("mood", self.mood, 1, 5)
        _check_range("energy", self.energy, 1, 5)
        _check_range("sleep hours", self.sleep_hours, 0, 24)
        if len(self.body) > MAX_BODY_LENGTH:
            raise ValueError("the text is too long")
        return EntryInput(
            occurred_at=self.occurred_at.replace(microsecond=0, tzinfo=None),
            kind=self.kind,
            stress=self.stress,
            mood=self.mood,
            energy=self.energy,
            sleep_hours=self.sleep_hours,
            body=self.body,
            item_ids=tuple(dict.fromkeys(self.item_ids)),
            tags=clean_tags(self.tags),
        )


@dataclass(frozen=True)
class JournalEntry:
    id: str
    occurred_at: datetime
    kind: str
    stress: int | None
    mood: int | None
    energy: int | None
    sleep_hours: float | None
    body: str
    item_ids: tuple[str, ...]
    tags: tuple[str, ...]
    created_at: str
    updated_at: str
    deleted_at: str | None

    def as_input(self) -> EntryInput:
        return EntryInput(
            self.occurred_at, self.kind, self.stress, self.mood, self.energy,
            self.sleep_hours, self.body, self.item_ids, self.tags,
        )  # fmt: skip


@dataclass(frozen=True)
class JournalFilter(RecordFilter):
    item_id: str | None = None
    stress_min: int | None = None
    stress_max: int | None = None


@dataclass(frozen=True)
class EntrySummary:
    """One row of the journal list."""

    id: str
    occurred_at: datetime
    kind: str
    stress: int | None
    mood: int | None
    preview: str
    snippet: str | None = None  # with MATCH_START/MATCH_END around matches
    activity_ids: tuple[str, ...] = ()  # what she did for herself, in her list's order


# A list row's activities (ids hold no spaces), in the order of her list.
_ACTIVITY_IDS = (
    "(SELECT group_concat(item_id, ' ') FROM (SELECT l.item_id FROM journal_entry_item l "
    "JOIN care_item c ON c.id = l.item_id WHERE l.entry_id = e.id AND c.list = 'activity' "
    "ORDER BY c.position, c.id))"
)


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    cleaned: dict[str, str] = {}
    for tag in tags:
        text = " ".join(tag.split()).lstrip("#")
        if not text:
            continue
        if len(text) > MAX_TAG_LENGTH:
            raise ValueError(f"a tag must be at most {MAX_TAG_LENGTH} characters")
        cleaned.setdefault(text.casefold(), text)
    return tuple(cleaned.values())


def index_order(tags: Sequence[str]) -> list[str]:
    """Tags in one fixed order: the tag tables keep no order, and a rebuild must match."""
    return sorted(tags, key=lambda tag: (tag.casefold(), tag))


def write_journal_index(conn: Connection, seq: int, body: str, tags: Sequence[str]) -> None:
    """An entry's full-text row (also rebuilt from the stored rows by sync)."""
    conn.execute(
        "INSERT INTO journal_fts(rowid, body, tags) VALUES (?, ?, ?)",
        (seq, index_text(body), index_text(" ".join(index_order(tags)))),
    )


def entry_tags(conn: Connection, entry_id: str) -> tuple[str, ...]:
    """An entry's tags, in order."""
    return tuple(
        first_column(
            conn, "SELECT tag FROM journal_entry_tag WHERE entry_id = ? ORDER BY tag", (entry_id,)
        )
    )


class JournalRepository(RecordRepository[EntryInput]):
    """Entries; writing and the trash are ``RecordRepository``'s."""

    def __init__(self, connection: Callable[[], Connection]) -> None:
        super().__init__(connection, JOURNAL_LIFECYCLE)

    # -- reading -----------------------------------------------------------------------

    def get(self, entry_id: str) -> JournalEntry | None:
        conn = self._connection()
        row = conn.execute(_SELECT_ENTRY + " WHERE e.id = ?", (entry_id,)).fetchone()
        return None if row is None else self._entry(conn, row)

    def page(
        self, where: JournalFilter, after: PageCursor | None = None, limit: int = PAGE_SIZE
    ) -> list[EntrySummary]:
        """One page of the list, newest first; pass the last row's cursor for the next."""
        conn = self._connection()
        match = match_query(where.text)
        # A rare word: start from its few index hits and sort them. A common one: walk
        # entries newest first and stop at the page's end (reading no other hits).
        rare = match is not None and _fewer_hits_than(conn, match, RARE_HITS)
        query = _build(where, match_clause=not rare)
        query.add_page_start("e.occurred_at", after)
        searching = match is not None
        text_length = SNIPPET_SOURCE_LENGTH if searching else PREVIEW_LENGTH * 2
        source = (
            "(SELECT rowid AS seq FROM journal_fts WHERE journal_fts MATCH ?) m "
            "CROSS JOIN journal_entry e ON e.seq = m.seq"  # CROSS JOIN: the hits drive
            if rare
            else "journal_entry e"
        )
        sql = (
            "SELECT e.id, e.occurred_at, e.kind, e.stress, e.mood, "
            f"substr(e.body, 1, {text_length}), {_ACTIVITY_IDS} FROM {source}"
            + query.sql()
            + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?"
        )
        params = [match, *query.params] if rare else query.params
        rows = conn.execute(sql, (*params, limit)).fetchall()
        return [
            EntrySummary(
                id=row[0],
                occurred_at=_parse_time(row[1]),
                kind=row[2],
                stress=row[3],
                mood=row[4],
                preview=first_line_preview(row[5], PREVIEW_LENGTH),
                snippet=make_snippet(row[5], where.text) if searching else None,
                activity_ids=tuple(row[6].split()) if row[6] else (),
            )
            for row in rows
        ]

    def count(self, where: JournalFilter) -> int:
        query = _build(where)
        sql = "SELECT count(*) FROM journal_entry e" + query.sql()
        return int(self._connection().execute(sql, query.params).fetchone()[0])

    def entries(self, where: JournalFilter | None = None) -> Iterator[JournalEntry]:
        """Full entries, newest first (exports and the CLI)."""
        query = _build(where or JournalFilter())
        conn = self._connection()
        sql = _SELECT_ENTRY + query.sql() + " ORDER BY e.occurred_at DESC, e.id DESC"
        for row in conn.execute(sql, query.params).fetchall():
            yield self._entry(conn, row)

    def daily_rows(self) -> list[tuple[datetime, int | None, int | None, tuple[str, ...]]]:
        """(time, stress, mood, item ids) of every live entry, oldest first (insights)."""
        conn = self._connection()
        links: dict[str, list[str]] = {}
        for entry_id, item_id in conn.execute("SELECT entry_id, item_id FROM journal_entry_item"):
            links.setdefault(entry_id, []).append(item_id)
        rows = conn.execute(
            "SELECT id, occurred_at, stress, mood FROM journal_entry "
            "WHERE deleted_at IS NULL ORDER BY occurred_at"
        )
        return [
            (_parse_time(when), stress, mood, tuple(links.get(entry_id, ())))
            for entry_id, when, stress, mood in rows
        ]

    def tags(self) -> list[str]:
        rows = self._connection().execute(
            "SELECT DISTINCT t.tag FROM journal_entry_tag t "
            "JOIN journal_entry e ON e.id = t.entry_id "
            "WHERE e.deleted_at IS NULL ORDER BY t.tag COLLATE NOCASE"
        )
        return [row[0] for row in rows]

    # -- internals ---------------------------------------------------------------------

    _columns = ("occurred_at", "kind", "stress", "mood", "energy", "sleep_hours", "body")

    def _values(self, record: EntryInput) -> tuple[Any, ...]:
        return (
            record.occurred_at.strftime(TIME_FORMAT),
            record.kind,
            record.stress,
            record.mood,
            record.energy,
            record.sleep_hours,
            record.body,
        )

    def _drop_links(self, conn: Connection, record_id: str, seq: int) -> None:
        conn.execute("DELETE FROM journal_entry_item WHERE entry_id = ?", (record_id,))
        conn.execute("DELETE FROM journal_entry_tag WHERE entry_id = ?", (record_id,))

    def _write_links(self, conn: Connection, record_id: str, seq: int, record: EntryInput) -> None:
        conn.executemany(
            "INSERT INTO journal_entry_item(entry_id, item_id) VALUES (?, ?)",
            [(record_id, item_id) for item_id in record.item_ids],
        )
        conn.executemany(
            "INSERT INTO journal_entry_tag(entry_id, tag) VALUES (?, ?)",
            [(record_id, tag) for tag in record.tags],
        )
        write_journal_index(conn, seq, record.body, record.tags)

    @staticmethod
    def _entry(conn: Connection, row: tuple[Any, ...]) -> JournalEntry:
        entry_id = row[0]
        items = first_column(
            conn,
            "SELECT l.item_id FROM journal_entry_item l JOIN care_item c ON c.id = l.item_id "
            "WHERE l.entry_id = ? ORDER BY c.list, c.position",
            (entry_id,),
        )
        tags = entry_tags(conn, entry_id)
        return JournalEntry(
            id=entry_id,
            occurred_at=_parse_time(row[1]),
            kind=row[2],
            stress=row[3],
            mood=row[4],
            energy=row[5],
            sleep_hours=row[6],
            body=row[7],
            item_ids=items,
            tags=tags,
            created_at=row[8],
            updated_at=row[9],
            deleted_at=row[10],
        )


_SELECT_ENTRY = (
    "SELECT e.id, e.occurred_at, e.kind, e.stress, e.mood, e.energy, e.sleep_hours, e.body, "
    "e.created_at, e.updated_at, e.deleted_at FROM journal_entry e"
)


def _fewer_hits_than(conn: Connection, match: str, cap: int) -> bool:
    """Whether the index has fewer than ``cap`` hits (reads at most ``cap`` of them)."""
    row = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ? LIMIT ?)",
        (match, cap),
    ).fetchone()
    return int(row[0]) < cap


def _build(where: JournalFilter, *, match_clause: bool = True) -> RecordQuery:
    query = RecordQuery.for_filter(where, "e.occurred_at")
    if where.stress_min is not None:
        query.add("e.stress >= ?", where.stress_min)
    if where.stress_max is not None:
        query.add("e.stress <= ?", where.stress_max)
    if where.item_id is not None:
        query.add(
            "EXISTS (SELECT 1 FROM journal_entry_item l WHERE l.entry_id = e.id AND l.item_id = ?)",
            where.item_id,
        )
    if where.tag:
        query.add(
            "EXISTS (SELECT 1 FROM journal_entry_tag t WHERE t.entry_id = e.id AND t.tag = ?)",
            where.tag,
        )
    match = match_query(where.text)
    if match is not None and match_clause:
        # Read only the index's doclists, then walk entries newest first: a common
        # word stays cheap because no matching row's text is loaded or sorted.
        query.add("e.seq IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?)", match)
    return query


def _parse_time(text: str) -> datetime:
    return datetime.strptime(text, TIME_FORMAT)


def _check_range(name: str, value: float | None, low: float, high: float) -> None:
    if value is not None and not low <= value <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g}")
