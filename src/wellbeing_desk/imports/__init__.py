"""Importers for the directory: vCard and CSV bytes in, validated entries out. Qt-free.

``read_vcards`` and ``read_csv`` return a ``Reading``: the entries that can be
stored, what each has no field for, and the cards or rows that cannot be read
(each naming its card or line). ``parse_vcards`` and ``parse_csv`` are the
all-or-nothing form: every entry, or ``ImportFormatError`` for the first
record that cannot be read.
"""

from wellbeing_desk.imports.csv_directory import CsvPreview, parse_csv, read_csv, sniff_columns
from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.reading import Imported, Reading, Unreadable
from wellbeing_desk.imports.vcard import parse_vcards, read_vcards

__all__ = [
    "CsvPreview",
    "ImportFormatError",
    "Imported",
    "Reading",
    "Unreadable",
    "parse_csv",
    "parse_vcards",
    "read_csv",
    "read_vcards",
    "sniff_columns",
]
