"""Importers for the directory: vCard and CSV bytes in, validated entries out. Qt-free.

Every importer is a pure function that either returns all the entries of a
file or raises ``ImportFormatError`` naming the card or line that failed.
"""

from wellbeing_desk.imports.csv_directory import CsvPreview, parse_csv, sniff_columns
from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.vcard import parse_vcards

__all__ = ["CsvPreview", "ImportFormatError", "parse_csv", "parse_vcards", "sniff_columns"]
