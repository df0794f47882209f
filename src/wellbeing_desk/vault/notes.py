"""Dialogue notes: what she keeps from peer circles, counselling, meetings and retreats.

A note has a title, a date, a context from her own list, participants (free
names, or linked to directory entries), key takeaways, follow-ups with
optional dates (due ones show on Today), tags and a Markdown body. Lists page
by keyset; the full-text index (``note_fts``, rowid = ``seq``) is kept in step
on every write, in the same transaction.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.follow_ups import FollowUpInput, drop_follow_ups, replace_follow_ups
from wellbeing_desk.vault.fts import make_snippet, match_query
from wellbeing_desk.vault.journal import clean_tags
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.records import new_id, utc_now

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
class NoteFilter:
    since: date | None = None
    until: date | None = None
    context_id: str | None = None
    tag: str | None = None
    participant: str | None = None  # a name, ignoring case
    directory_id: str | None = None  # notes that one directory entry takes part in
    text: str = ""
    trash: bool = False


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


@dataclass(frozen=True)
class NoteCursor:
    """Where the next page starts (keyset: newest first)."""

    occurred_on: str
    id: str


@dataclass
class _Query:
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)


class NoteRepository:
    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    # -- writing -----------------------------------------------------------------------

    def add(self, note: NoteInput) -> str:
        return self.add_many([note])[0]

    def add_many(self, notes: Sequence[NoteInput]) -> list[str]:
        """Several notes in one transaction: all or nothing (imports, benchmarks)."""
        checked = [note.validate() for note in notes]
        conn = self._connection()
        ids = [new_id() for _ in checked]
        now = utc_now()
        with write_transaction(conn):
            seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM dialogue_note").fetchone()[0])
            for note_id, note in zip(ids, checked, strict=True):
                seq += 1
                conn.execute(
                    "INSERT INTO dialogue_note(seq, id, created_at, updated_at, title, "
                    "occurred_on, context_id, takeaways, follow_ups, body) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (seq, note_id, now, now, *_columns(note)),
                )
                _write_links(conn, seq, note_id, note)
        return ids

    def update(self, note_id: str, note: NoteInput) -> None:
        note = note.validate()
        conn = self._connection()
        with write_transaction(conn):
            changed = conn.execute(
                "UPDATE dialogue_note SET updated_at = ?, title = ?, occurred_on = ?, "
                "context_id = ?, takeaways = ?, follow_ups = ?, body = ? WHERE id = ?",
                (utc_now(), *_columns(note), note_id),
            ).rowcount
            if changed == 0:
                raise KeyError(note_id)
            seq = _seq(conn, note_id)
            for table in ("note_participant", "note_tag"):
                conn.execute(f"DELETE FROM {table} WHERE note_seq = ?", (seq,))
            conn.execute("DELETE FROM note_fts WHERE rowid = ?", (seq,))
            _write_links(conn, seq, note_id, note)

    def delete(self, note_id: str) -> None:
        """Move to the trash (undo with ``restore``)."""
        NOTE_LIFECYCLE.trash(self._connection(), note_id)

    def restore(self, note_id: str) -> None:
        NOTE_LIFECYCLE.restore(self._connection(), note_id)

    def empty_trash(self) -> int:
        """Remove trashed notes for good; their ids stay as tombstones for sync."""
        return NOTE_LIFECYCLE.empty_trash(self._connection())

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
        tags = tuple(
            r[0]
            for r in conn.execute(
                "SELECT tag FROM note_tag WHERE note_seq = ? ORDER BY tag COLLATE NOCASE", (seq,)
            )
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
        if after is not None:
            query.where.append("(n.occurred_on, n.id) < (?, ?)")
            query.params += [after.occurred_on, after.id]
        searching = match_query(where.text) is not None
        length = SNIPPET_SOURCE_LENGTH if searching else PREVIEW_LENGTH * 2
        sql = (
            f"SELECT n.id, n.title, n.occurred_on, n.context_id, substr(n.body, 1, {length}), "
            f"n.takeaways, {_NAMES}, {_TAGS} FROM dialogue_note n"
            + _where(query)
            + " ORDER BY n.occurred_on DESC, n.id DESC LIMIT ?"
        )
        rows = self._connection().execute(sql, (*query.params, limit)).fetchall()
        return [_summary(row, where.text if searching else "") for row in rows]

    def count(self, where: NoteFilter | None = None) -> int:
        query = _build(where or NoteFilter())
        row = (
            self._connection()
            .execute("SELECT count(*) FROM dialogue_note n" + _where(query), query.params)
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


_NAMES = (
    f"(SELECT group_concat(name, '{_SEPARATOR}') FROM (SELECT name FROM note_participant "
    "WHERE note_seq = n.seq ORDER BY position))"
)
_TAGS = (
    f"(SELECT group_concat(tag, '{_SEPARATOR}') FROM (SELECT tag FROM note_tag "
    "WHERE note_seq = n.seq ORDER BY tag COLLATE NOCASE))"
)


def _build(where: NoteFilter) -> _Query:
    query = _Query()
    query.where.append("n.deleted_at IS NOT NULL" if where.trash else "n.deleted_at IS NULL")
    if where.since is not None:
        query.where.append("n.occurred_on >= ?")
        query.params.append(where.since.isoformat())
    if where.until is not None:
        query.where.append("n.occurred_on < ?")
        query.params.append((where.until + timedelta(days=1)).isoformat())
    if where.context_id:
        query.where.append("n.context_id = ?")
        query.params.append(where.context_id)
    if where.tag:
        query.where.append("n.seq IN (SELECT note_seq FROM note_tag WHERE tag = ?)")
        query.params.append(where.tag)
    if where.participant:
        query.where.append(
            "n.seq IN (SELECT note_seq FROM note_participant WHERE name = ? COLLATE NOCASE)"
        )
        query.params.append(" ".join(where.participant.split()))
    if where.directory_id:
        query.where.append(
            "n.seq IN (SELECT note_seq FROM note_participant WHERE directory_id = ?)"
        )
        query.params.append(where.directory_id)
    match = match_query(where.text)
    if match is not None:
        query.where.append("n.seq IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)")
        query.params.append(match)
    return query


def _where(query: _Query) -> str:
    return " WHERE " + " AND ".join(query.where) if query.where else ""


def _columns(note: NoteInput) -> tuple[Any, ...]:
    follow_ups = [
        {"id": f.item_id, "text": f.text, "due": f.due_date.isoformat() if f.due_date else None}
        for f in note.follow_ups
    ]
    return (
        note.title,
        note.occurred_on.isoformat(),
        note.context_id,
        json.dumps(list(note.takeaways), ensure_ascii=False),
        json.dumps(follow_ups, ensure_ascii=False),
        note.body,
    )


def _write_links(conn: Connection, seq: int, note_id: str, note: NoteInput) -> None:
    for position, person in enumerate(note.participants):
        conn.execute(
            "INSERT INTO note_participant(note_seq, position, name, directory_id) "
            "VALUES (?, ?, ?, ?)",
            (seq, position, person.name, person.directory_id),
        )
    for tag in note.tags:
        conn.execute("INSERT INTO note_tag(note_seq, tag) VALUES (?, ?)", (seq, tag))
    conn.execute(
        "INSERT INTO note_fts(rowid, title, body, takeaways, participants, tags, follow_ups) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            note.title,
            note.body,
            "\n".join(note.takeaways),
            "\n".join(p.name for p in note.participants),
            " ".join(note.tags),
            "\n".join(f.text for f in note.follow_ups),
        ),
    )
    replace_follow_ups(conn, SOURCE_KIND, note_id, note.follow_ups)


def _seq(conn: Connection, note_id: str) -> int:
    row = conn.execute("SELECT seq FROM dialogue_note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise KeyError(note_id)
    return int(row[0])


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
        preview=_preview(body),
        snippet=snippet,
    )


def _preview(body: str | None) -> str:
    for line in (body or "").splitlines():
        text = line.strip().lstrip("#>*- ").strip()
        if text:
            return text[:PREVIEW_LENGTH]
    return ""


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
