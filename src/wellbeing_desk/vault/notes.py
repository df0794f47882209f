"""Dialogue notes: what she keeps from peer circles, counselling, meetings and retreats.

A note has a title, a date, a context from her own list, participants (free
names, or linked to directory entries), key takeaways, follow-ups with
optional dates (due ones show on Today), tags and a Markdown body. Lists page
by keyset; the full-text index (``note_fts``, rowid = ``seq``) is kept in step
on every write, in the same transaction.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.follow_ups import FollowUpInput, drop_follow_ups, replace_follow_ups
from wellbeing_desk.vault.fts import index_text, make_snippet, match_query
from wellbeing_desk.vault.journal import clean_tags, index_order
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.record_query import (
    PageCursor,
    RecordFilter,
    RecordQuery,
    first_column,
    first_line_preview,
)
from wellbeing_desk.vault.record_repository import RecordRepository
from wellbeing_desk.vault.records import new_id

MAX_TITLE = 300
MAX_BODY = 1_000_000
MAX_ITEM = 2000
MAX_NAME = 200
MAX_ITEMS = 200
PAGE_SIZE = 200
PREVIEW_LENGTH = 160
SNIPPET_SOURCE_LENGTH = 20_000
SOURCE_KIND = "note"
NOTE_LIFECYCLE = RecordLifecycle(
    "dialogue_note", SOURCE_KIND, fts_table="note_fts", before_purge=drop_follow_ups
)
_SEPARATOR = "\x1f"  # between names in one column of a list row


@dataclass(frozen=True)
class Participant:
    name: str
    directory_id: str | None = None  # a directory entry, when she linked one


@dataclass(frozen=True)
class NoteInput:
    """What she wrote; ``validate`` cleans it and refuses what cannot be stored."""

    title: str
    occurred_on: date
    context_id: str | None = None
    participants: tuple[Participant, ...] = ()
    takeaways: tuple[str, ...] = ()
    follow_ups: tuple[FollowUpInput, ...] = ()
    tags: tuple[str, ...] = ()
    body: str = ""

    def validate(self) -> "NoteInput":
        title = " ".join(self.title.split())
        if not title:
            raise ValueError("a note needs a title")
        if len(title) > MAX_TITLE:
            raise ValueError(f"the title must be at most {MAX_TITLE} characters")
        if len(self.body) > MAX_BODY:
            raise ValueError("the text is too long")
        takeaways = tuple(t.strip() for t in self.takeaways if t.strip())
        people = tuple(
            Participant(" ".join(p.name.split()), p.directory_id or None)
            for p in self.participants
            if p.name.strip()
        )
        follow_ups = tuple(f for f in self.follow_ups if f.text.strip())
        for name, items in (
            ("takeaways", takeaways),
            ("participants", people),
            ("follow-ups", follow_ups),
        ):
            if len(items) > MAX_ITEMS:
                raise ValueError(f"at most {MAX_ITEMS} {name}")
        if any(len(t) > MAX_ITEM for t in takeaways) or any(
            len(f.text) > MAX_ITEM for f in follow_ups
        ):
            raise ValueError(f"a takeaway or follow-up must be at most {MAX_ITEM} characters")
        if any(len(p.name) > MAX_NAME for p in people):
            raise ValueError(f"a participant's name must be at most {MAX_NAME} characters")
        return NoteInput(
            title=title,
            occurred_on=self.occurred_on,
            context_id=self.context_id or None,
            participants=people,
            takeaways=takeaways,
            follow_ups=follow_ups,
            tags=clean_tags(self.tags),
            body=self.body,
        )


@dataclass(frozen=True)
class Note:
    id: str
    title: str
    occurred_on: date
    context_id: str | None
    participants: tuple[Participant, ...]
    takeaways: tuple[str, ...]
    follow_ups: tuple[FollowUpInput, ...]
    tags: tuple[str, ...]
    body: str
    created_at: str
    updated_at: str
    deleted_at: str | None

    def as_input(self) -> NoteInput:
        return NoteInput(
            self.title, self.occurred_on, self.context_id, self.participants,
            self.takeaways, self.follow_ups, self.tags, self.body,
        )  # fmt: skip


@dataclass(frozen=True)
class NoteFilter(RecordFilter):
    context_id: str | None = None
    participant: str | None = None  # a name, ignoring case
    directory_id: str | None = None  # notes that one directory entry takes part in


@dataclass(frozen=True)
class NoteSummary:
    """One row of the notes list."""

    id: str
    title: str
    occurred_on: date
    context_id: str | None
    participants: tuple[str, ...]
    tags: tuple[str, ...]
    preview: str
    snippet: str | None = None  # with MATCH_START/MATCH_END around matches


NoteCursor = PageCursor  # the key is the day, as ISO text


class NoteRepository(RecordRepository[NoteInput]):
    """Dialogue notes; writing and the trash are ``RecordRepository``'s."""

    def __init__(self, connection: Callable[[], Connection]) -> None:
        super().__init__(connection, NOTE_LIFECYCLE)

    # -- reading -----------------------------------------------------------------------

    def get(self, note_id: str) -> Note | None:
        conn = self._connection()
        row = conn.execute(
            "SELECT seq, id, title, occurred_on, context_id, takeaways, follow_ups, body, "
            "created_at, updated_at, deleted_at FROM dialogue_note WHERE id = ?",
            (note_id,),
        ).fetchone()
        if row is None:
            return None
        seq = row[0]
        people = tuple(
            Participant(name, directory_id)
            for name, directory_id in conn.execute(
                "SELECT name, directory_id FROM note_participant WHERE note_seq = ? "
                "ORDER BY position",
                (seq,),
            )
        )
        tags = first_column(
            conn, "SELECT tag FROM note_tag WHERE note_seq = ? ORDER BY tag COLLATE NOCASE", (seq,)
        )
        return Note(
            id=row[1],
            title=row[2],
            occurred_on=date.fromisoformat(row[3]),
            context_id=row[4],
            participants=people,
            takeaways=tuple(_json_list(row[5])),
            follow_ups=tuple(_follow_ups_from_json(row[6])),
            tags=tags,
            body=row[7],
            created_at=row[8],
            updated_at=row[9],
            deleted_at=row[10],
        )

    def notes(self, where: NoteFilter | None = None) -> list[Note]:
        """Every note the filter lets through, newest first (CLI, exports)."""
        found: list[Note] = []
        after: NoteCursor | None = None
        while True:
            page = self.page(where or NoteFilter(), after)
            found += [note for s in page if (note := self.get(s.id)) is not None]
            if len(page) < PAGE_SIZE:
                return found
            after = NoteCursor(page[-1].occurred_on.isoformat(), page[-1].id)

    def page(
        self, where: NoteFilter, after: NoteCursor | None = None, limit: int = PAGE_SIZE
    ) -> list[NoteSummary]:
        """One page of the list, newest first; pass the last row's cursor for the next."""
        query = _build(where)
        query.add_page_start("n.occurred_on", after)
        searching = match_query(where.text) is not None
        length = SNIPPET_SOURCE_LENGTH if searching else PREVIEW_LENGTH * 2
        sql = (
            f"SELECT n.id, n.title, n.occurred_on, n.context_id, substr(n.body, 1, {length}), "
            f"n.takeaways, {_NAMES}, {_TAGS} FROM dialogue_note n"
            + query.sql()
            + " ORDER BY n.occurred_on DESC, n.id DESC LIMIT ?"
        )
        rows = self._connection().execute(sql, (*query.params, limit)).fetchall()
        return [_summary(row, where.text if searching else "") for row in rows]

    def count(self, where: NoteFilter | None = None) -> int:
        query = _build(where or NoteFilter())
        row = (
            self._connection()
            .execute("SELECT count(*) FROM dialogue_note n" + query.sql(), query.params)
            .fetchone()
        )
        return int(row[0])

    def for_directory_entry(self, directory_id: str, limit: int = 200) -> list[NoteSummary]:
        """The notes a directory entry takes part in, newest first."""
        return self.page(NoteFilter(directory_id=directory_id), limit=limit)

    def tags(self) -> list[str]:
        rows = self._connection().execute(
            "SELECT DISTINCT t.tag FROM note_tag t JOIN dialogue_note n ON n.seq = t.note_seq "
            "WHERE n.deleted_at IS NULL ORDER BY t.tag COLLATE NOCASE"
        )
        return [r[0] for r in rows]

    def participant_names(self) -> list[str]:
        rows = self._connection().execute(
            "SELECT p.name FROM note_participant p JOIN dialogue_note n ON n.seq = p.note_seq "
            "WHERE n.deleted_at IS NULL GROUP BY p.name COLLATE NOCASE "
            "ORDER BY p.name COLLATE NOCASE"
        )
        return [r[0] for r in rows]

    # -- internals ---------------------------------------------------------------------

    _columns = ("title", "occurred_on", "context_id", "takeaways", "follow_ups", "body")

    def _values(self, record: NoteInput) -> tuple[Any, ...]:
        follow_ups = [
            {"id": f.item_id, "text": f.text, "due": f.due_date.isoformat() if f.due_date else None}
            for f in record.follow_ups
        ]
        return (
            record.title,
            record.occurred_on.isoformat(),
            record.context_id,
            json.dumps(list(record.takeaways), ensure_ascii=False),
            json.dumps(follow_ups, ensure_ascii=False),
            record.body,
        )

    def _drop_links(self, conn: Connection, record_id: str, seq: int) -> None:
        for table in ("note_participant", "note_tag"):
            conn.execute(f"DELETE FROM {table} WHERE note_seq = ?", (seq,))

    def _write_links(self, conn: Connection, record_id: str, seq: int, record: NoteInput) -> None:
        for position, person in enumerate(record.participants):
            conn.execute(
                "INSERT INTO note_participant(note_seq, position, name, directory_id) "
                "VALUES (?, ?, ?, ?)",
                (seq, position, person.name, person.directory_id),
            )
        for tag in record.tags:
            conn.execute("INSERT INTO note_tag(note_seq, tag) VALUES (?, ?)", (seq, tag))
        write_note_index(conn, record_id, seq, record)


def write_note_index(conn: Connection, record_id: str, seq: int, record: NoteInput) -> None:
    """A note's full-text row and follow-ups (also rebuilt from the stored rows by sync)."""
    conn.execute(
        "INSERT INTO note_fts(rowid, title, body, takeaways, participants, tags, follow_ups) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            *map(
                index_text,
                (
                    record.title,
                    record.body,
                    "\n".join(record.takeaways),
                    "\n".join(p.name for p in record.participants),
                    " ".join(index_order(record.tags)),
                    "\n".join(f.text for f in record.follow_ups),
                ),
            ),
        ),
    )
    replace_follow_ups(conn, SOURCE_KIND, record_id, record.follow_ups)


_NAMES = (
    f"(SELECT group_concat(name, '{_SEPARATOR}') FROM (SELECT name FROM note_participant "
    "WHERE note_seq = n.seq ORDER BY position))"
)
_TAGS = (
    f"(SELECT group_concat(tag, '{_SEPARATOR}') FROM (SELECT tag FROM note_tag "
    "WHERE note_seq = n.seq ORDER BY tag COLLATE NOCASE))"
)


def _build(where: NoteFilter) -> RecordQuery:
    query = RecordQuery.for_filter(where, "n.occurred_on")
    if where.context_id:
        query.add("n.context_id = ?", where.context_id)
    if where.tag:
        query.add("n.seq IN (SELECT note_seq FROM note_tag WHERE tag = ?)", where.tag)
    if where.participant:
        query.add(
            "n.seq IN (SELECT note_seq FROM note_participant WHERE name = ? COLLATE NOCASE)",
            " ".join(where.participant.split()),
        )
    if where.directory_id:
        query.add(
            "n.seq IN (SELECT note_seq FROM note_participant WHERE directory_id = ?)",
            where.directory_id,
        )
    match = match_query(where.text)
    if match is not None:
        query.add("n.seq IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)", match)
    return query


def _summary(row: tuple[Any, ...], query: str) -> NoteSummary:
    note_id, title, occurred_on, context_id, body, takeaways, names, tags = row
    snippet = None
    if query:
        for text in (body, "\n".join(_json_list(takeaways)), title):
            snippet = make_snippet(text, query) if text else None
            if snippet:
                break
    return NoteSummary(
        id=note_id,
        title=title,
        occurred_on=date.fromisoformat(occurred_on),
        context_id=context_id,
        participants=tuple(names.split(_SEPARATOR)) if names else (),
        tags=tuple(tags.split(_SEPARATOR)) if tags else (),
        preview=first_line_preview(body, PREVIEW_LENGTH),
        snippet=snippet,
    )


def _json_list(text: str) -> list[str]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _follow_ups_from_json(text: str) -> list[FollowUpInput]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    found: list[FollowUpInput] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            due = item.get("due")
            try:
                when = date.fromisoformat(due) if isinstance(due, str) else None
            except ValueError:
                when = None
            found.append(FollowUpInput(str(item.get("id") or new_id()), item["text"], when))
    return found
