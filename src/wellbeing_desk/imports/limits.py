"""Size limits and text decoding shared by the importers."""

import codecs

from wellbeing_desk.imports.errors import ImportFormatError

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_RECORDS = 50_000


def decode_import(data: bytes) -> str:
    """The text of an import file, or ``ImportFormatError`` when it is too large.

    UTF-8 with or without a byte order mark; UTF-16 when it starts with a
    UTF-16 byte order mark (spreadsheet "Unicode text"); Latin-1 only when the
    bytes are not UTF-8. Line ends become ``\\n``.
    """
    if len(data) > MAX_IMPORT_BYTES:
        megabytes = MAX_IMPORT_BYTES // (1024 * 1024)
        raise ImportFormatError(
            f"The file is larger than {megabytes} MB, the most that can be imported."
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFormatError("The file starts like UTF-16 text but is not.") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def too_many(noun: str) -> ImportFormatError:
    return ImportFormatError(
        f"The file has more than {MAX_IMPORT_RECORDS:,} {noun}, the most that can be imported."
    )
