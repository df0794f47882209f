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
from wellbeing_desk.vault.directory import DirectoryRepository
from wellbeing_desk.vault.directory_search import named_label, parse_query
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


def _directory(connection: Callable[[], Connection], text: str, limit: int) -> list[SearchHit]:
    words = parse_query(text)
    marked = " ".join(prefix for word in words for prefix in word.prefixes)
    hits: list[SearchHit] = []
    for match in DirectoryRepository(connection).text_matches(text, limit):
        # A snippet from what the entry says; else the kind, category or contact
        # type the search matched, named.
        snippet = next(
            (
                cut
                for field in (match.name, match.organisation, *match.texts)
                if field and (cut := make_snippet(field, marked))
            ),
            None,
        )
        if snippet is None:
            label = named_label(
                words, match.kind, list(match.categories), list(match.contact_types)
            )
            snippet = f"{MATCH_START}{label}{MATCH_END}" if label else match.organisation
        hits.append(SearchHit("directory", match.id, match.name, snippet, ""))
    return hits
