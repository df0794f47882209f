"""What the Directory page asks of the vault, one function each, and the decisions behind it.

Reading: ``search`` (the list, with "open now"), ``entry``, ``facets``,
``notes_for_entry``. Changing: ``save``, ``set_favourite``, ``mark_checked``,
``trash``, ``restore``. Files: ``load_import`` and ``parse_csv`` (read, parse,
find likely duplicates), ``import_entries`` (what ``plan_import`` chose, in
one transaction) and ``export`` (every entry into a file that is not
encrypted). The choices the list makes without the vault (which entry to
choose after one left, which fresh entries a filter hides, why it is empty)
are here too.
"""

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path

from wellbeing_desk.directory import opening_hours
from wellbeing_desk.directory.duplicates import Duplicate, find_duplicates
from wellbeing_desk.exports.directory_formats import to_csv, to_json, to_vcards
from wellbeing_desk.exports.write import write_export
from wellbeing_desk.files import read_regular_file
from wellbeing_desk.imports import CsvPreview, ImportFormatError
from wellbeing_desk.imports.csv_directory import read_csv, sniff_columns
from wellbeing_desk.imports.limits import MAX_IMPORT_BYTES
from wellbeing_desk.imports.reading import Reading
from wellbeing_desk.imports.vcard import read_vcards
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import (
    SUPPORT,
    DirectoryEntry,
    DirectoryFilter,
    DirectorySummary,
)
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.notes import NoteSummary

NOTES_SHOWN = 50  # notes listed under an entry (the newest)
VCARD_SUFFIXES = (".vcf", ".vcard")
VCARD, CSV, JSON = "vcf", "csv", "json"
EXPORT_BUILDERS: dict[str, Callable[[Sequence[DirectoryEntryInput]], bytes]] = {
    VCARD: to_vcards,
    CSV: to_csv,
    JSON: to_json,
}

# -- the list ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryResults:
    """The rows the list shows (at most the limit) and how many match in all."""

    rows: list[DirectorySummary]
    total: int


def search(
    vault: Vault, where: DirectoryFilter, limit: int, open_now: bool = False
) -> DirectoryResults:
    """The matches of ``where``, by name; with ``open_now`` only those known to be open.

    Hours are free text read in the entry's time zone, so "open now" cannot be
    asked of SQL: the hours of every match are read in one query and those not
    known to be open at this moment (``opening_hours.now()``) are dropped before
    the limit applies, so closed entries never push open ones off the list.
    ``total`` counts the open ones. It is a snapshot of the moment she asked.
    """
    directory = vault.directory
    if not open_now:
        return DirectoryResults(directory.search(where, limit), directory.count(where))
    moment = opening_hours.now()
    hours = directory.hours_of_matches(where)
    open_ids = {
        entry_id
        for entry_id, (text, zone) in hours.items()
        if opening_hours.is_open(text, zone, moment) is True
    }
    matches = directory.search(where, max(1, len(hours)))
    rows = [summary for summary in matches if summary.id in open_ids]
    return DirectoryResults(rows[:limit], len(rows))


@dataclass(frozen=True)
class DirectoryFacets:
    """The primary language subtags and the region codes her live entries use."""

    languages: list[str]
    regions: list[str]


def facets(vault: Vault) -> DirectoryFacets:
    languages, regions = vault.directory.facet_values()
    return DirectoryFacets(languages, regions)


def next_selection(ids: Sequence[str], gone: str) -> str | None:
    """The entry to choose once ``gone`` left the list: the next one, else the one before."""
    if gone not in ids:
        return ids[0] if ids else None
    row = list(ids).index(gone)
    following = [*ids[row + 1 :], *ids[:row][::-1]]
    return following[0] if following else None


def hidden_fresh(fresh: Sequence[str], shown: Collection[str], total: int) -> list[str]:
    """Fresh (just added or imported) entries her search or filters hide, in order.

    None when the list is cut by its limit (``total`` above what is shown):
    a long list hides entries by length, not by a filter, so there is nothing to say.
    """
    if total > len(shown):
        return []
    return [entry_id for entry_id in fresh if entry_id not in shown]


# -- one entry ---------------------------------------------------------------------------


def entry(vault: Vault, entry_id: str) -> DirectoryEntry | None:
    return vault.directory.get(entry_id)


def notes_for_entry(vault: Vault, entry_id: str) -> list[NoteSummary]:
    """The newest dialogue notes the entry takes part in."""
    return vault.notes.for_directory_entry(entry_id, limit=NOTES_SHOWN)


def save(vault: Vault, entry_id: str | None, checked: DirectoryEntryInput) -> str:
    """Add (``entry_id`` None) or replace the entry; returns its id."""
    if entry_id is None:
        return vault.directory.add(checked)
    vault.directory.update(entry_id, checked)
    return entry_id


def set_favourite(vault: Vault, entry_id: str, favourite: bool) -> None:
    vault.directory.set_favourite(entry_id, favourite)


def mark_checked(vault: Vault, entry_id: str, today: date) -> None:
    """Her own "I checked this": ``today`` becomes the entry's last check. KeyError if gone."""
    found = vault.directory.get(entry_id)
    if found is None:
        raise KeyError(entry_id)
    vault.directory.update(entry_id, replace(found.entry, last_checked=today))


def trash(vault: Vault, entry_id: str) -> None:
    vault.directory.delete(entry_id)


def restore(vault: Vault, entry_id: str) -> None:
    vault.directory.restore(entry_id)


# -- importing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedImport:
    """Every readable entry of the file, which look like entries she has, and the reading."""

    entries: list[DirectoryEntryInput]
    duplicates: list[Duplicate]
    reading: Reading


@dataclass(frozen=True)
class LoadedImport:
    """A file read on the worker: for CSV its preview and the parse with the suggested mapping."""

    name: str
    data: bytes
    preview: CsvPreview | None  # None for vCard
    parsed: ParsedImport | None
    problem: ImportFormatError | None  # the suggested mapping did not parse


@dataclass(frozen=True)
class ImportPlan:
    """What one import writes: the entries to add, and (existing id, incoming) to merge."""

    add: list[DirectoryEntryInput]
    merges: list[tuple[str, DirectoryEntryInput]]

    @property
    def empty(self) -> bool:
        return not self.add and not self.merges


def read_import_file(path: Path) -> bytes:
    """At most one byte more than can be imported (``decode_import`` refuses more).

    Only a regular file: a device or a pipe chosen by mistake cannot hang the worker.
    """
    return read_regular_file(Path(path), MAX_IMPORT_BYTES)


def is_vcard(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in VCARD_SUFFIXES:
        return True
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:11].upper() == b"BEGIN:VCARD"


def with_duplicates(vault: Vault, reading: Reading) -> ParsedImport:
    """The reading and its likely duplicates among her entries.

    Raises the first card's or row's error when not one can be read.
    """
    if not reading.records:
        raise reading.unreadable[0].error
    existing = ((found.id, found.entry) for found in vault.directory.entries())
    entries = reading.entries
    return ParsedImport(entries, find_duplicates(entries, existing), reading)


def load_import(vault: Vault, path: Path, words: Mapping[str, str] | None = None) -> LoadedImport:
    """Read, parse, look for duplicates. Raises on an unreadable file.

    ``words`` translates what is kept in her notes from a card ("Birthday").
    """
    data = read_import_file(path)
    if is_vcard(path, data):
        parsed = with_duplicates(vault, read_vcards(data, words))
        return LoadedImport(path.name, data, None, parsed, None)
    preview = sniff_columns(data)
    try:
        parsed = with_duplicates(vault, read_csv(data, preview.suggested_mapping))
    except ImportFormatError as problem:
        return LoadedImport(path.name, data, preview, None, problem)
    return LoadedImport(path.name, data, preview, parsed, None)


def parse_csv(vault: Vault, data: bytes, mapping: Mapping[str, str]) -> ParsedImport:
    """The CSV file again, with the column mapping she chose."""
    return with_duplicates(vault, read_csv(data, mapping))


def plan_import(
    parsed: ParsedImport | None, skipped: Collection[int], merged: Collection[int]
) -> ImportPlan:
    """Her choices for the likely duplicates (by entry index) turned into what is written.

    A skipped entry is left out; a merged one is merged into the entry it
    looks like (in file order) instead of added; every other entry is added.
    """
    if parsed is None:
        return ImportPlan([], [])
    add = [e for i, e in enumerate(parsed.entries) if i not in skipped and i not in merged]
    merges = [
        (duplicate.existing_id, parsed.entries[duplicate.index])
        for duplicate in parsed.duplicates
        if duplicate.index in merged
    ]
    return ImportPlan(add, merges)


def import_entries(vault: Vault, plan: ImportPlan) -> list[str]:
    """All or nothing: the ids of the added entries, then those merged into."""
    return vault.directory.import_entries(plan.add, plan.merges)


# -- exporting ---------------------------------------------------------------------------


def export(vault: Vault, fmt: str, path: Path) -> int:
    """Every entry (not the trash) into ``path``, written atomically; returns how many."""
    entries = [found.entry for found in vault.directory.entries()]
    write_export(path, EXPORT_BUILDERS[fmt](entries))
    return len(entries)


# -- what an empty list says ---------------------------------------------------------------


class EmptyList(Enum):
    """Why the list shows nothing, so the page can say what helps."""

    NO_SUPPORT_YET = "no-support-yet"  # the support shortcut, and she has added none
    NOTHING_MATCHES = "nothing-matches"  # her search or filters leave nothing
    EMPTY = "empty"  # no entry at all


def empty_list(where: DirectoryFilter, open_now: bool, filters_active: bool) -> EmptyList:
    """Only the support shortcut's own filter (her language sorts, hides nothing) says "add one"."""
    support_only = where == DirectoryFilter(category=SUPPORT, first_language=where.first_language)
    if support_only and not open_now:
        return EmptyList.NO_SUPPORT_YET
    if where.text or filters_active:
        return EmptyList.NOTHING_MATCHES
    return EmptyList.EMPTY
