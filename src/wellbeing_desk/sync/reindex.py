"""Rebuilding what the repositories derive from a record, after sync wrote its rows.

Sync writes a received record's row and child rows directly; the full-text
row (rowid = the record's ``seq``) and, for debriefs and notes, the
follow-ups are derived from them. ``reindex`` writes those again from the
stored rows alone, through the same functions the repositories write them
with, so the result is the row a local save would have written.
"""

from collections.abc import Callable
from dataclasses import replace

from wellbeing_desk.debrief.record import debrief_input, resume
from wellbeing_desk.debrief.templates import TemplateError
from wellbeing_desk.vault.change_feed import DEBRIEF, DIRECTORY, JOURNAL, NOTE
from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.debriefs import (
    DEBRIEF_LIFECYCLE,
    DebriefInput,
    DebriefRepository,
    write_debrief_index,
)
from wellbeing_desk.vault.directory import (
    DIRECTORY_LIFECYCLE,
    DirectoryRepository,
    write_directory_index,
)
from wellbeing_desk.vault.fts import index_text
from wellbeing_desk.vault.journal import JOURNAL_LIFECYCLE, entry_tags, write_journal_index
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.notes import NOTE_LIFECYCLE, NoteRepository, write_note_index

# Each change-feed kind with a full-text index, and whose table and index it is.
INDEXED: dict[str, RecordLifecycle] = {
    JOURNAL: JOURNAL_LIFECYCLE,
    DIRECTORY: DIRECTORY_LIFECYCLE,
    DEBRIEF: DEBRIEF_LIFECYCLE,
    NOTE: NOTE_LIFECYCLE,
}


def reindex(conn: Connection, kind: str, record_id: str, seq: int | None = None) -> None:
    """Write the record's full-text row (and follow-ups) again, inside the caller's transaction.

    ``seq``: the row's, when the caller has just written it.

    A kind without an index, or a record with no row, is left alone: without
    the row its ``seq`` (the index's rowid) is unknown, so removing a record
    must drop its index row before the record row (as emptying the trash does).
    """
    lifecycle = INDEXED.get(kind)
    if lifecycle is None or lifecycle.fts_table is None:
        return
    if seq is None:  # not known to the caller (who just wrote the row, if it did)
        row = conn.execute(
            f"SELECT seq FROM {lifecycle.table} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            return
        seq = int(row[0])
    conn.execute(f"DELETE FROM {lifecycle.fts_table} WHERE rowid = ?", (seq,))
    _WRITERS[kind](conn, record_id, seq)


def _journal(conn: Connection, record_id: str, seq: int) -> None:
    # Only what the index holds (its body and tags), read as the repository reads them.
    (body,) = conn.execute("SELECT body FROM journal_entry WHERE seq = ?", (seq,)).fetchone()
    write_journal_index(conn, seq, str(body), entry_tags(conn, record_id))


def _directory(conn: Connection, record_id: str, seq: int) -> None:
    found = DirectoryRepository(lambda: conn).get(record_id)
    assert found is not None
    (search_extra,) = conn.execute(
        "SELECT search_extra FROM directory_entry WHERE seq = ?", (seq,)
    ).fetchone()
    write_directory_index(conn, seq, found.entry, str(search_extra))


def _debrief(conn: Connection, record_id: str, seq: int) -> None:
    stored = DebriefRepository(lambda: conn).get(record_id)
    assert stored is not None
    try:
        flow = resume(stored)
    except TemplateError:
        # A damaged copy of the template: index the title, keep the follow-ups as they are.
        conn.execute(
            "INSERT INTO debrief_fts(rowid, title, body) VALUES (?, ?, '')",
            (seq, index_text(stored.title)),
        )
        return
    # The language only picks the list title; the stored one is kept.
    derived: DebriefInput = replace(debrief_input(flow, "en"), title=stored.title)
    write_debrief_index(conn, record_id, seq, derived)


def _note(conn: Connection, record_id: str, seq: int) -> None:
    note = NoteRepository(lambda: conn).get(record_id)
    assert note is not None
    write_note_index(conn, record_id, seq, note.as_input())


_WRITERS: dict[str, Callable[[Connection, str, int], None]] = {
    JOURNAL: _journal,
    DIRECTORY: _directory,
    DEBRIEF: _debrief,
    NOTE: _note,
}
