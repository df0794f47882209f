"""Issue 11.12 and 11.14: a hostile card is refused after a bounded read, not parsed for minutes.

Timings live in ``bench/hostile_imports.py``; these tests prove the bounds.
"""

import pytest

from wellbeing_desk.imports import parse_vcards
from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.vcard_lines import MAX_LOGICAL_LINE, MAX_PROPERTIES, split_cards
from wellbeing_desk.vault.directory_types import (
    MAX_CONTACT_VALUE,
    MAX_CONTACTS,
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

CARD_HEAD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fold\r\n"


def test_a_note_folded_over_a_million_lines_is_refused_as_too_long() -> None:
    data = (CARD_HEAD + "NOTE:x\r\n" + " x\r\n" * 1_000_000 + "END:VCARD\r\n").encode()
    with pytest.raises(ImportFormatError, match="longer than 100,000 characters"):
        parse_vcards(data)


def test_unfolding_stops_growing_a_line_at_the_bound() -> None:
    text = CARD_HEAD + "NOTE:x\n" + " abcdefghij\n" * 50_000 + "END:VCARD\n"
    (card,) = split_cards(text)
    assert card.problem.startswith("this line is longer") and card.problem_line == 4
    assert all(len(line.text) <= MAX_LOGICAL_LINE for line in card.lines)


def test_a_card_with_thousands_of_phone_numbers_is_refused() -> None:
    data = (CARD_HEAD + "TEL:+1 555 0100\r\n" * (MAX_PROPERTIES + 5) + "END:VCARD\r\n").encode()
    with pytest.raises(ImportFormatError, match="more than 1,000 lines"):
        parse_vcards(data)


def test_a_five_megabyte_phone_number_is_refused() -> None:
    data = (CARD_HEAD + "TEL:" + "5" * 5_000_000 + "\r\nEND:VCARD\r\n").encode()
    with pytest.raises(ImportFormatError):
        parse_vcards(data)


def test_the_vault_bounds_contacts_and_every_field() -> None:
    many = tuple(ContactMethod("phone", f"+1 555 {n:04d}") for n in range(MAX_CONTACTS + 1))
    with pytest.raises(DirectoryValueError, match="at most 100 per entry"):
        DirectoryEntryInput("Ana", contacts=many).validate()
    DirectoryEntryInput("Ana", contacts=many[:MAX_CONTACTS]).validate()
    long_value = (ContactMethod("phone", "5" * (MAX_CONTACT_VALUE + 1)),)
    with pytest.raises(DirectoryValueError, match="contacts: at most"):
        DirectoryEntryInput("Ana", contacts=long_value).validate()
    for field in ("hours", "time_zone"):
        with pytest.raises(DirectoryValueError, match=f"{field}: at most"):
            DirectoryEntryInput("Ana", **{field: "x" * 30_000}).validate()
    with pytest.raises(DirectoryValueError, match="source_urls: at most"):
        DirectoryEntryInput("Ana", source_urls=("https://a.example",) * 101).validate()
