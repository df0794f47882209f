"""The search index stays exactly in step with the data, whatever she does.

Hypothesis generates sequences of adds, edits, deletions, restores, imports
and emptied trashes across all four sections; after every step the global
search (``vault/search.py``) must return exactly the records a naive scan of
the live data finds: every word of a record folded for case and accents, a
match when each word of the query starts one of them.

Directory entries are also found by what they are: the model reads the
search terms file itself and matches a query word against the words of each
category, kind and contact type the entry has (a word shorter than four
letters only as a whole word), a plural also as its singular, and leaves out
small joining words (see ``vault/directory_search.py``).
"""

import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.directory_search import terms_file
from wellbeing_desk.vault.directory_types import (
    CATEGORIES,
    CONTACT_TYPES,
    KINDS,
    ContactMethod,
    DirectoryEntryInput,
)
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant
from wellbeing_desk.vault.search import SECTIONS, search_everything

# Words with and without accents, in both cases, some prefixes of others; none of
# them appears in the fixed text the app adds (debrief template titles and the like).
WORDS = ["café", "CAFETERA", "niño", "Nino", "árbol", "arbolito", "luz", "Lúcida", "paz", "pazo"]
QUERIES = ["cafe", "CAFÉ", "nino", "NIÑ", "arbol", "árbolito", "luz", "luc", "paz", "pazo", "zzz"]
# Words that name what directory entries are (see ``facets``), plurals, and two words.
QUERIES += ["terap", "Counsellors", "LÍNEA", "24/7", "orga", "psicólogas", "trauma",
            "abogados", "mail", "entry terapia", "cafés", "árboles", "fondos", "hot"]  # fmt: skip
SECTION_CHOICES = list(SECTIONS)

texts = st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    return [fold(token) for token in re.findall(r"\w+", text)]


def matches(text: str, query: str) -> bool:
    return all(any(w.startswith(q) for w in words(text)) for q in words(query)[:32])


def facets(text: str) -> tuple[str, tuple[str, ...], str]:
    """A directory entry's kind, categories and contact type, made from its words."""
    found = text.split()
    kind = KINDS[len(found) % len(KINDS)]
    categories = tuple(dict.fromkeys(CATEGORIES[WORDS.index(w)] for w in found[:2]))
    return kind, categories, CONTACT_TYPES[len(text) % len(CONTACT_TYPES)]


TERMS = json.loads(terms_file().read_text(encoding="utf-8"))
IGNORED = {fold(w) for ws in TERMS["ignore"].values() for w in ws}


def term_words(facet: str, key: str) -> set[str]:
    texts = [
        text
        for per_language in TERMS[facet][key].values()
        for text in (per_language["name"], *per_language["synonyms"])
    ]
    return {w for text in texts for w in words(text)} - IGNORED


def singulars(word: str) -> set[str]:
    forms = {word}
    if len(word) >= 4 and word.endswith("s"):
        forms.add(word[:-1])
    if len(word) >= 6 and word.endswith("es"):
        forms.add(word[:-2])
    if len(word) >= 5 and word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def directory_matches(
    text: str, record_facets: tuple[str, tuple[str, ...], str], query: str
) -> bool:
    kind, categories, contact = record_facets
    named = term_words("kind", kind) | term_words("contact_type", contact)
    for category in categories:
        named |= term_words("category", category)
    wanted = [w for w in words(query) if w not in IGNORED] or words(query)
    return all(
        any(w.startswith(form) for w in words(text) for form in singulars(q))
        or any(
            w.startswith(form) if len(form) >= 4 else w == form
            for w in named
            for form in singulars(q)
        )
        for q in wanted[:32]
    )


@dataclass
class Model:
    """What each live record holds, as the search should see it."""

    records: dict[str, dict[str, str]] = field(
        default_factory=lambda: {section: {} for section in SECTIONS}
    )
    trashed: dict[str, dict[str, str]] = field(
        default_factory=lambda: {section: {} for section in SECTIONS}
    )
    # A directory entry's kind, categories and contact type (see ``facets``).
    facets: dict[str, tuple[str, tuple[str, ...], str]] = field(default_factory=dict)

    def expected(self, query: str) -> dict[str, set[str]]:
        return {
            section: {
                rid
                for rid, text in found.items()
                if (
                    directory_matches(text, self.facets[rid], query)
                    if section == "directory"
                    else matches(text, query)
                )
            }
            for section, found in self.records.items()
        }


def write(vault: Vault, section: str, text: str, record_id: str | None = None) -> str:
    """Add (or replace) one record of ``section`` whose searchable words are ``text``."""
    if section == "journal":
        entry = EntryInput(occurred_at=datetime(2026, 5, 1, 9), body=text)
        if record_id is None:
            return vault.journal.add(entry)
        vault.journal.update(record_id, entry)
    elif section == "notes":
        words = text.split()
        note = NoteInput(
            title="Circle " + " ".join(words[:1]),
            occurred_on=date(2026, 5, 1),
            participants=tuple(Participant(w) for w in words[1:2]),
            takeaways=tuple(words[2:3]),
            body=" ".join(words[3:]),
        )
        if record_id is None:
            return vault.notes.add(note)
        vault.notes.update(record_id, note)
    elif section == "directory":
        entry = directory_entry(text)
        if record_id is None:
            return vault.directory.add(entry)
        vault.directory.update(record_id, entry)
    else:
        template = builtin_template("after-incident")
        assert template is not None
        flow = record.start(template)
        flow.set_answer(text or None, "how-i-am")
        data = record.debrief_input(flow, "en")
        if record_id is None:
            return vault.debriefs.create(data).id
        vault.debriefs.save(record_id, data)
    assert record_id is not None
    return record_id


def directory_entry(text: str) -> DirectoryEntryInput:
    kind, categories, contact = facets(text)
    contacts = (ContactMethod(contact, "000"),)
    return DirectoryEntryInput("Entry " + text, kind, categories=categories, contacts=contacts)


def searchable(section: str, text: str) -> str:
    """The words the index holds for a record written by ``write``."""
    if section == "notes":
        return "Circle " + text
    if section == "directory":
        return f"Entry {text} 000"
    if section == "debrief":
        return "After an incident Después de un incidente " + text
    return text


def repository(vault: Vault, section: str) -> Any:  # one of four repositories
    return {
        "journal": vault.journal,
        "notes": vault.notes,
        "directory": vault.directory,
        "debrief": vault.debriefs,
    }[section]


operations = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(SECTION_CHOICES), texts),
    st.tuples(st.just("edit"), st.sampled_from(SECTION_CHOICES), st.integers(0, 20), texts),
    st.tuples(st.just("delete"), st.sampled_from(SECTION_CHOICES), st.integers(0, 20)),
    st.tuples(st.just("restore"), st.sampled_from(SECTION_CHOICES), st.integers(0, 20)),
    st.tuples(
        st.just("import"),
        st.sampled_from(["journal", "notes", "directory"]),
        st.lists(texts, min_size=1, max_size=4),
    ),
    st.tuples(st.just("empty"), st.sampled_from(["journal", "notes", "debrief"])),
)


def apply(vault: Vault, model: Model, operation: tuple) -> None:
    kind, section = operation[0], operation[1]
    live, trash = model.records[section], model.trashed[section]
    if kind == "add":
        record_id = write(vault, section, operation[2])
        live[record_id] = searchable(section, operation[2])
        model.facets[record_id] = facets(operation[2])
    elif kind == "edit" and live:
        record_id = sorted(live)[operation[2] % len(live)]
        write(vault, section, operation[3], record_id)
        live[record_id] = searchable(section, operation[3])
        model.facets[record_id] = facets(operation[3])
    elif kind == "delete" and live:
        record_id = sorted(live)[operation[2] % len(live)]
        repository(vault, section).delete(record_id)
        trash[record_id] = live.pop(record_id)
    elif kind == "restore" and trash:
        record_id = sorted(trash)[operation[2] % len(trash)]
        repository(vault, section).restore(record_id)
        live[record_id] = trash.pop(record_id)
    elif kind == "import":
        batch = operation[2]
        if section == "journal":
            ids = vault.journal.add_many(
                [EntryInput(occurred_at=datetime(2026, 5, 2), body=t) for t in batch]
            )
        elif section == "notes":
            ids = vault.notes.add_many(
                [NoteInput(title="Circle " + t, occurred_on=date(2026, 5, 2)) for t in batch]
            )
        else:
            ids = vault.directory.add_many([directory_entry(t) for t in batch])
        for record_id, text in zip(ids, batch, strict=True):
            live[record_id] = searchable(section, text)
            model.facets[record_id] = facets(text)
    elif kind == "empty":
        repository(vault, section).empty_trash()
        trash.clear()


def found(vault: Vault, query: str) -> dict[str, set[str]]:
    hits = search_everything(vault.connection, query, per_section=10_000)
    result: dict[str, set[str]] = {section: set() for section in SECTIONS}
    for hit in hits:
        assert hit.id not in result[hit.section], "a record found twice"
        result[hit.section].add(hit.id)
    return result


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(operations, min_size=1, max_size=25), st.data())
def test_search_matches_a_naive_scan_after_any_operations(
    tmp_path: Path, steps: list[tuple], data: st.DataObject
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "vault"  # a fresh vault per example
    vault = Vault.create(folder, "consistency passphrase", KdfParams.fast_for_tests())
    model = Model()
    try:
        for operation in steps:
            apply(vault, model, operation)
            query = data.draw(st.sampled_from(QUERIES), label="query")
            assert found(vault, query) == model.expected(query), (operation, query)
        for query in QUERIES:
            assert found(vault, query) == model.expected(query), query
    finally:
        vault.lock()
