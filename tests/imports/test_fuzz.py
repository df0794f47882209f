"""Arbitrary bytes and text: only ImportFormatError, never a partial result, bounded time."""

from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desk.imports import ImportFormatError, parse_csv, parse_vcards, sniff_columns
from wellbeing_desk.imports.csv_directory import read_csv
from wellbeing_desk.imports.reading import Reading
from wellbeing_desk.imports.vcard import read_vcards
from wellbeing_desk.vault.directory_types import DirectoryEntryInput

FUZZ = settings(max_examples=200, deadline=500)
MAPPING = {"name": "name", "phone": "phone", "langs": "languages", "org": "organisation"}
VCARD_LINES = st.lists(
    st.sampled_from(
        [
            "FN:A",
            "N:B;C;;;",
            "ORG:O",
            "TEL;TYPE=cell:tel:+1",
            "item1.EMAIL:x@y",
            "item1.X-ABLabel:_$!<Home>!$_",
            "ADR:;;S;C;;;",
            "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
            "=C3=A9",
            " folded",
            "KIND:org",
            "X-WD-LANGUAGES:es,",
            "CATEGORIES:counselling",
            "BEGIN:VCARD",
            "END:VCARD",
            "VERSION:4.0",
            "IMPP:signal:+1",
            "TEL;PREF=99999999999999999999:1",
            "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ",
            " AAAA",
            "/9j/4AAQSkZJRg==",
            "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=C3=A9):1",
            "FN;CHARSET=bogus;ENCODING=QUOTED-PRINTABLE:=C3=",
            "IMPP;X-SERVICE-TYPE=Jabber:xmpp:a@b",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;;;",
            "CATEGORIES:starred,x",
            "AGENT:",
            "",
        ]
    )
    | st.text(max_size=40),
    max_size=12,
)


def check_entries(result: list[DirectoryEntryInput]) -> None:
    assert result  # an empty file is an error, never an empty success
    for entry in result:
        assert entry.source == "imported"
        assert entry.validate() == entry


def check_reading(reading: Reading) -> None:
    """Every card or row is either an entry or named as unreadable; nothing half-read."""
    assert reading.records or reading.unreadable
    for record in reading.records:
        assert record.entry.validate() == record.entry
        assert all(isinstance(word, str) and word for word in record.not_imported)
    for unreadable in reading.unreadable:
        assert unreadable.describe()


def try_vcards(data: bytes) -> None:
    try:
        check_reading(read_vcards(data))
    except ImportFormatError as exc:
        assert str(exc)
    try:
        result = parse_vcards(data)
    except ImportFormatError as exc:
        assert str(exc)
        return
    check_entries(result)


def try_csv(data: bytes) -> None:
    try:
        preview = sniff_columns(data)
        assert len(preview.rows) <= 5
        assert all(len(row) == len(preview.headers) for row in preview.rows)
        assert set(preview.suggested_mapping) <= set(preview.headers)
    except ImportFormatError:
        pass
    try:
        check_reading(read_csv(data, MAPPING))
    except ImportFormatError as exc:
        assert str(exc)
    try:
        result = parse_csv(data, MAPPING)
    except ImportFormatError as exc:
        assert str(exc)
        return
    check_entries(result)


@FUZZ
@given(st.binary(max_size=2000))
def test_vcards_from_bytes(data: bytes) -> None:
    try_vcards(data)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_vcards_from_text(text: str, encoding: str) -> None:
    try_vcards(text.encode(encoding, "replace"))


@FUZZ
@given(VCARD_LINES, st.sampled_from(["\r\n", "\n", "\r"]))
def test_vcards_from_card_shaped_text(lines: list[str], end: str) -> None:
    text = end.join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""])
    try_vcards(text.encode("utf-8", "replace"))


@FUZZ
@given(st.binary(max_size=2000))
def test_csv_from_bytes(data: bytes) -> None:
    try_csv(data)


@FUZZ
@given(st.text(max_size=2000))
def test_csv_from_text(text: str) -> None:
    try_csv(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    st.sampled_from([",", ";"]),
    st.lists(st.lists(st.text(max_size=20), max_size=5), max_size=8),
)
def test_csv_from_rows_under_a_real_header(delimiter: str, rows: list[list[str]]) -> None:
    body = "\n".join(delimiter.join(cells) for cells in rows)
    text = delimiter.join(MAPPING) + "\n" + body
    try_csv(text.encode("utf-8", "surrogatepass"))
