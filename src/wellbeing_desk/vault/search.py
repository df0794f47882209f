"""One search across the vault: journal, debriefs, directory and notes.

Each section answers from its own FTS5 index (``unicode61`` with diacritics
removed, inside the encryption), reading only doclists, and at most
``per_section`` rows each, so the cost does not grow with how common a word
is. Snippets are built in Python (``fts.make_snippet``), folding accents and
case like the index.
"""

from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.debriefs import DebriefRepository
from wellbeing_desk.vault.fts import make_snippet, match_query
from wellbeing_desk.vault.journal import JournalFilter, JournalRepository
from wellbeing_desk.vault.notes import NoteFilter, NoteRepository

SECTIONS = ("journal", "debrief", "directory", "notes")
PER_SECTION = 20


@dataclass(frozen=True)
class SearchHit:
    section: str  # one of SECTIONS
    id: str
    title: str  # a journal entry's is its first line (the UI shows its date beside)
    snippet: str  # with MATCH_START/MATCH_END around matches, or a preview
    when: str  # ISO date or date-time; "" for directory entries


def search_everything(
    connection: Callable[[], Connection], text: str, per_section: int = PER_SECTION
) -> list[SearchHit]:
    """Hits grouped by section in ``SECTIONS`` order; nothing when there is no word."""
    if match_query(text) is None:
        return []
    return [
        *_journal(connection, text, per_section),
        *_debriefs(connection, text, per_section),
        *_directory(connection, text, per_section),
        *_notes(connection, text, per_section),
    ]


def _journal(connection: Callable[[], Connection], text: str, limit: int) -> list[SearchHit]:
    rows = JournalRepository(connection).page(JournalFilter(text=text), limit=limit)
    return [
        SearchHit(
            "journal",
            row.id,
            row.preview,
            row.snippet or row.preview,
            row.occurred_at.isoformat(timespec="minutes"),
        )
        for row in rows
    ]


def _debriefs(connection: Callable[[], Connection], text: str, limit: int) -> list[SearchHit]:
    rows = DebriefRepository(connection).search(text, limit)
    return [
        SearchHit("debrief", row.id, row.title, row.snippet or "", row.created_at[:10])
        for row in rows
    ]


def _notes(connection: Callable[[], Connection], text: str, limit: int) -> list[SearchHit]:
    rows = NoteRepository(connection).page(NoteFilter(text=text), limit=limit)
    return [
        SearchHit(
            "notes",
            row.id,
            row.title,
            row.snippet or ", ".join(row.participants) or row.preview,
            row.occurred_on.isoformat(),
        )
        for row in rows
    ]


_DIRECTORY_SQL = (
    "SELECT e.id, e.name, e.organisation, e.description, e.who_qualifies, e.notes, "
    "(SELECT group_concat(value, ' · ') FROM directory_contact c WHERE c.entry_seq = e.seq) "
    "FROM directory_entry e WHERE e.deleted_at IS NULL AND e.seq IN "
    "(SELECT rowid FROM directory_fts WHERE directory_fts MATCH ?) "
    "ORDER BY e.favourite DESC, e.name COLLATE NOCASE, e.seq LIMIT ?"
)


def _directory(connection: Callable[[], Connection], text: str, limit: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    for row in connection().execute(_DIRECTORY_SQL, (match_query(text), limit)):
        entry_id, name, organisation, *fields = row
        snippet = next(
            (
                s
                for field in (name, organisation, *fields)
                if field and (s := make_snippet(field, text))
            ),
            organisation or "",
        )
        hits.append(SearchHit("directory", entry_id, name, snippet, ""))
    return hits
