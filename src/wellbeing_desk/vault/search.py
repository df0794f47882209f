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
from wellbeing_desk.vault.directory_search import match_clauses, named_label, parse_query
from wellbeing_desk.vault.fts import MATCH_END, MATCH_START, make_snippet, match_query
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


# The directory's hits: what entries say or what they are (``directory_search``);
# "{where}" takes its conditions. The kind, categories and contact types name
# what a hit found only by what it is matched.
_DIRECTORY_SQL = (
    "SELECT e.id, e.name, e.organisation, e.description, e.who_qualifies, e.notes, "
    "(SELECT group_concat(value, ' · ') FROM directory_contact c WHERE c.entry_seq = e.seq), "
    "e.kind, "
    "(SELECT group_concat(category, ' ') FROM directory_category g WHERE g.entry_seq = e.seq), "
    "(SELECT group_concat(type, ' ') FROM directory_contact c WHERE c.entry_seq = e.seq) "
    "FROM directory_entry e WHERE e.deleted_at IS NULL AND {where} "
    "ORDER BY e.favourite DESC, e.name COLLATE NOCASE, e.seq LIMIT ?"
)


def _directory(connection: Callable[[], Connection], text: str, limit: int) -> list[SearchHit]:
    words = parse_query(text)
    clauses, params = match_clauses(words)
    if not clauses:
        return []
    sql = _DIRECTORY_SQL.format(where=" AND ".join(clauses))
    marked = " ".join(prefix for word in words for prefix in word.prefixes)
    hits: list[SearchHit] = []
    for row in connection().execute(sql, (*params, limit)):
        entry_id, name, organisation, *fields = row[:7]
        kind, categories, contact_types = row[7], row[8] or "", row[9] or ""
        snippet = next(
            (
                s
                for field in (name, organisation, *fields)
                if field and (s := make_snippet(field, marked))
            ),
            None,
        )
        if snippet is None:
            label = named_label(words, kind, categories.split(), contact_types.split())
            snippet = f"{MATCH_START}{label}{MATCH_END}" if label else organisation or ""
        hits.append(SearchHit("directory", entry_id, name, snippet, ""))
    return hits
