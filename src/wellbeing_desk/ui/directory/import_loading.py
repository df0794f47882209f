"""Loading an import file on the database worker: read, parse, find likely duplicates.

No widgets here: ``load_file`` runs on the worker and hands the dialog a
``Loaded``; a changed CSV mapping parses again with ``with_duplicates``.
"""

from dataclasses import dataclass
from pathlib import Path

from wellbeing_desk.files import read_regular_file
from wellbeing_desk.imports import CsvPreview, ImportFormatError
from wellbeing_desk.imports.csv_directory import read_csv, sniff_columns
from wellbeing_desk.imports.limits import MAX_IMPORT_BYTES
from wellbeing_desk.imports.reading import Reading
from wellbeing_desk.imports.vcard import read_vcards
from wellbeing_desk.ui.directory.duplicates import Duplicate, find_duplicates
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import DirectoryEntryInput

VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass(frozen=True)
class Parsed:
    """Every readable entry of the file, which look like entries she has, and the reading."""

    entries: list[DirectoryEntryInput]
    duplicates: list[Duplicate]
    reading: Reading


@dataclass(frozen=True)
class Loaded:
    """A file read on the worker: for CSV its preview and the parse with the suggested mapping."""

    name: str
    data: bytes
    preview: CsvPreview | None  # None for vCard
    parsed: Parsed | None
    problem: ImportFormatError | None  # the suggested mapping did not parse


def read_import_file(path: Path) -> bytes:
    """At most one byte more than can be imported (``decode_import`` refuses more).

    Only a regular file: a device or a pipe chosen by mistake cannot hang the worker.
    """
    return read_regular_file(Path(path), MAX_IMPORT_BYTES)


def is_vcard(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in VCARD_SUFFIXES:
        return True
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:11].upper() == b"BEGIN:VCARD"


def with_duplicates(vault: Vault, reading: Reading) -> Parsed:
    """Raises the first card's or row's error when not one can be read."""
    if not reading.records:
        raise reading.unreadable[0].error
    existing = ((found.id, found.entry) for found in vault.directory.entries())
    entries = reading.entries
    return Parsed(entries, find_duplicates(entries, existing), reading)


def load_file(vault: Vault, path: Path, words: dict[str, str] | None = None) -> Loaded:
    """Runs on the worker: read, parse, look for duplicates. Raises on an unreadable file.

    ``words`` translates what is kept in her notes from a card ("Birthday").
    """
    data = read_import_file(path)
    if is_vcard(path, data):
        parsed = with_duplicates(vault, read_vcards(data, words))
        return Loaded(path.name, data, None, parsed, None)
    preview = sniff_columns(data)
    try:
        parsed = with_duplicates(vault, read_csv(data, preview.suggested_mapping))
    except ImportFormatError as problem:
        return Loaded(path.name, data, preview, None, problem)
    return Loaded(path.name, data, preview, parsed, None)
