"""Finding directory entries by what they are, as well as by what they say.

``assets/directory/search_terms.json`` gives each category, kind and contact
type, per interface language, the name the interface shows and other words
people use for it (counselling: therapist, terapia, psicóloga…). A word she
types matches an entry when it starts a word of the entry's own text (the
FTS index), or starts a word of a term of one of the entry's categories, its
kind or one of its contact types, in any language at once (a word of fewer
than ``MIN_PREFIX`` letters only as a whole word). Every word she types must
match, each in either way, except small joining words ("de", "and": the
file's ``ignore`` lists), which are left out unless they are all she typed.

This happens on the query side only: nothing of it is indexed, so changing
the words needs no re-indexing and no migration. Matching folds case and
accents; a word that looks plural ("therapists", "líneas", "hospitales",
"therapies") also matches as its singular.
"""

import bisect
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from wellbeing_desk.vault.directory_types import CATEGORIES, CONTACT_TYPES, KINDS
from wellbeing_desk.vault.fts import fold, fold_arabic
from wellbeing_desk.vault.package_data import assets_dir

FACETS: dict[str, tuple[str, ...]] = {
    "category": CATEGORIES,
    "kind": KINDS,
    "contact_type": CONTACT_TYPES,
}
MAX_WORDS = 32  # as fts.match_query
# A shorter word names only what has it as a whole word ("ong", "24", "red"), so
# typing a name ("Ana") does not list everything that has "análisis" somewhere.
MIN_PREFIX = 4
_TOKEN = re.compile(r"\w+", re.UNICODE)

Owner = tuple[str, str, str]  # facet, key, language


def terms_file() -> Path:
    return assets_dir() / "directory" / "search_terms.json"


@dataclass(frozen=True)
class SearchTerms:
    """The words of every category, kind and contact type, ready for prefix look-ups."""

    languages: tuple[str, ...]
    # (facet, key) -> language -> (the shown name, *other words)
    terms: Mapping[tuple[str, str], Mapping[str, tuple[str, ...]]]
    words: tuple[str, ...]  # every folded word of every term, sorted
    owners: tuple[tuple[Owner, ...], ...]  # who uses words[i]
    ignored: frozenset[str]  # small joining words of every language, folded

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> "SearchTerms":
        """Build from the file's JSON; ``ValueError`` naming what is wrong."""
        if not isinstance(data, Mapping) or data.get("format") != 1:
            raise ValueError("search terms: expected an object with format 1")
        ignore = {
            (language, fold(word))
            for language, words in _mapping(data.get("ignore", {}), "ignore").items()
            for word in _strings(words, f"ignore.{language}")
        }
        terms: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
        languages: dict[str, None] = {}
        owners: dict[str, dict[Owner, None]] = {}
        for facet, keys in FACETS.items():
            section = _mapping(data.get(facet), facet)
            unknown = set(section) - set(keys)
            if unknown:
                raise ValueError(f"search terms: {facet}: unknown {sorted(unknown)}")
            for key in keys:  # one without words is found by its own text only
                per_language = _mapping(section.get(key, {}), f"{facet}.{key}")
                terms[facet, key] = {}
                for language, value in per_language.items():
                    where = f"{facet}.{key}.{language}"
                    entry = _mapping(value, where)
                    name = entry.get("name")
                    if not isinstance(name, str) or not name.strip():
                        raise ValueError(f"search terms: {where}: a name is needed")
                    texts = (name, *_strings(entry.get("synonyms", []), f"{where}.synonyms"))
                    terms[facet, key][language] = texts
                    languages.setdefault(language)
                    for text in texts:
                        for word in words_of(text):
                            if (language, word) not in ignore:
                                owners.setdefault(word, {})[facet, key, language] = None
        ordered = tuple(sorted(owners))
        return cls(
            languages=tuple(languages),
            terms=terms,
            words=ordered,
            owners=tuple(tuple(owners[word]) for word in ordered),
            ignored=frozenset(word for _, word in ignore),
        )

    def name(self, facet: str, key: str, language: str) -> str | None:
        texts = self.terms.get((facet, key), {}).get(language)
        return texts[0] if texts else None

    def owners_of(self, prefixes: Iterable[str]) -> dict[Owner, None]:
        """Who has a word starting with one of the (folded) ``prefixes``, in order found.

        A prefix shorter than ``MIN_PREFIX`` must be the whole word.
        """
        found: dict[Owner, None] = {}
        for prefix in prefixes:
            start = bisect.bisect_left(self.words, prefix)
            for index in range(start, len(self.words)):
                word = self.words[index]
                if not word.startswith(prefix) or (len(prefix) < MIN_PREFIX and word != prefix):
                    break
                found.update(dict.fromkeys(self.owners[index]))
        return found


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"search terms: {where}: expected an object")
    return value


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"search terms: {where}: expected a list of strings")
    return value


def words_of(text: str) -> list[str]:
    """The words of ``text``, folded for case and accents (as the index splits them)."""
    return [fold(token) for token in _TOKEN.findall(text)]


@cache
def load_terms(path: Path | None = None) -> SearchTerms:
    """The search terms in ``path`` (the shipped file by default), read once.

    ``ValueError`` if the file is broken.
    """
    source = path or terms_file()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"search terms: {source.name}: {exc}") from None
    return SearchTerms.from_data(data)


@cache
def shipped_terms() -> SearchTerms:
    """The shipped terms; none if the file is broken, so search still finds text (a test
    guards the file)."""
    try:
        return load_terms()
    except ValueError:
        return SearchTerms.from_data({"format": 1, **{facet: {} for facet in FACETS}})


def singular_forms(word: str) -> tuple[str, ...]:
    """``word`` and what it may be the plural of, none a prefix of another.

    "therapists" → therapist; "líneas" → línea; "hospitales" → hospital;
    "therapies" → therapi, therapy. Each form is used as a prefix, so a form
    that starts with another ("hospitale") adds nothing and is dropped.
    """
    low = fold(word)
    forms = [word]
    if len(low) >= 4 and low.endswith("s"):
        forms.append(word[:-1])
    if len(low) >= 6 and low.endswith("es"):
        forms.append(word[:-2])
    if len(low) >= 5 and low.endswith("ies"):
        forms.append(word[:-3] + "y")
    folded = [fold(form) for form in forms]
    return tuple(
        form
        for form, low_form in zip(forms, folded, strict=True)
        if not any(other != low_form and low_form.startswith(other) for other in folded)
    )


@dataclass(frozen=True)
class QueryWord:
    """One word she typed: the prefixes it searches for and what it names."""

    prefixes: tuple[str, ...]  # as typed (the index folds them itself), singular forms too
    categories: tuple[str, ...]
    kinds: tuple[str, ...]
    contact_types: tuple[str, ...]
    named: tuple[Owner, ...]  # every (facet, key, language) whose words it starts

    @property
    def names_something(self) -> bool:
        return bool(self.categories or self.kinds or self.contact_types)

    def fts(self) -> str:
        """An FTS5 expression: any of the prefixes. Quoted, so nothing in it is syntax."""
        phrases = [f'"{prefix}"*' for prefix in self.prefixes]
        return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def parse_query(text: str, terms: SearchTerms | None = None) -> tuple[QueryWord, ...]:
    """The words of ``text`` (at most ``MAX_WORDS``); empty when there is none.

    Small joining words ("de", "and") are left out, unless they are all she typed.
    """
    terms = terms or shipped_terms()
    tokens = _TOKEN.findall(fold_arabic(unicodedata.normalize("NFC", text)))
    meaningful = [token for token in tokens if fold(token) not in terms.ignored]
    words = []
    for token in (meaningful or tokens)[:MAX_WORDS]:
        prefixes = singular_forms(token)
        named = tuple(terms.owners_of(fold(p) for p in prefixes))
        words.append(
            QueryWord(
                prefixes=prefixes,
                categories=_keys(named, "category"),
                kinds=_keys(named, "kind"),
                contact_types=_keys(named, "contact_type"),
                named=named,
            )
        )
    return tuple(words)


def _keys(named: tuple[Owner, ...], facet: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(key for f, key, _ in named if f == facet))


def match_clauses(
    words: tuple[QueryWord, ...], alias: str = "e", ordered: bool = True
) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``directory_entry {alias}``, all to be met, and their parameters.

    Words that name nothing share one FTS query (each must match); a word
    that names a category, kind or contact type gets its own condition: the
    index, or any entry of what it names. ``ordered``: for a list read in
    name order up to a limit, where a check per entry stops early (measured
    at 20,000 entries: p50 1.8 ms against 3.0 for a set); otherwise (a
    count) as sets of entries, which read every entry once (3.0 against 3.4).
    """
    clauses: list[str] = []
    params: list[Any] = []
    fts = "SELECT rowid FROM directory_fts WHERE directory_fts MATCH ?"
    plain = [word.fts() for word in words if not word.names_something]
    if plain:
        clauses.append(f"{alias}.seq IN ({fts})")
        params.append(" AND ".join(plain))
    for word in words:
        if not word.names_something:
            continue
        params.append(word.fts())
        categories = contacts = ""
        if word.categories:
            categories = (
                "SELECT entry_seq FROM directory_category "
                f"WHERE category IN ({_marks(word.categories)})"
            )
            params += word.categories
        if word.contact_types:
            types = _marks(word.contact_types)
            contacts = f"SELECT entry_seq FROM directory_contact WHERE type IN ({types})"
            params += word.contact_types
        if ordered:
            either = [f"{alias}.seq IN ({fts})"]
            either += [
                f"EXISTS ({sub} AND entry_seq = {alias}.seq)"
                for sub in (categories, contacts)
                if sub
            ]
        else:
            union = " UNION ALL ".join(sub for sub in (fts, categories, contacts) if sub)
            either = [f"{alias}.seq IN ({union})"]
        if word.kinds:  # "+": the planner must not split the OR into index look-ups (slower)
            either.append(f"+{alias}.kind IN ({_marks(word.kinds)})")
            params += word.kinds
        clauses.append("(" + " OR ".join(either) + ")")
    return clauses, params


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


def named_label(
    words: tuple[QueryWord, ...],
    kind: str,
    categories: Iterable[str],
    contact_types: Iterable[str],
    terms: SearchTerms | None = None,
) -> str | None:
    """The name of what a word named and this entry is, in the language of that word.

    For a hit found only by what it is ("terapia" → "Acompañamiento psicológico").
    """
    terms = terms or shipped_terms()
    has = {("kind", kind), *(("category", c) for c in categories)}
    has |= {("contact_type", t) for t in contact_types}
    for word in words:
        for facet, key, language in word.named:
            if (facet, key) in has:
                return terms.name(facet, key, language)
    return None
