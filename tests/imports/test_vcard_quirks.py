"""What real exporters write that a strict reader refuses, and cards that truly cannot be read."""

import base64

import pytest

from wellbeing_desk.imports import ImportFormatError
from wellbeing_desk.imports.reading import Unreadable
from wellbeing_desk.imports.vcard import read_vcards
from wellbeing_desk.vault.directory_types import ContactMethod

PHOTO = base64.b64encode(bytes(range(256)) * 8).decode()


def crlf(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def one(*lines: str):
    reading = read_vcards(crlf("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"))
    assert reading.unreadable == ()
    [record] = reading.records
    return record


def test_a_soft_break_at_the_end_of_a_value_does_not_swallow_the_next_property() -> None:
    # Android ends a 23-byte value with "=": a soft break into nothing.
    data = crlf(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4C=C3=AD=6E=65=61=",
        "TEL;CELL:+57 300",
        "NOTE;ENCODING=QUOTED-PRINTABLE:fin=",
        "END:VCARD",
    )
    [entry] = read_vcards(data).entries
    assert (entry.name, entry.notes) == ("Línea", "fin")
    assert entry.contacts == (ContactMethod("mobile", "+57 300"),)


def test_soft_breaks_with_and_without_folding_space() -> None:
    record = one(
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Una nota larga que sigue en la l=",
        "=C3=ADnea siguiente y=",
        " otra m=C3=A1s",
        "FN:A",
    )
    assert record.entry.notes == "Una nota larga que sigue en la línea siguiente yotra más"


def test_an_unknown_charset_falls_back_to_utf8() -> None:
    record = one("FN;CHARSET=X-UNKNOWN;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9")
    assert record.entry.name == "José"


@pytest.mark.parametrize(
    "photo",
    [
        # vCard 3.0, folded, with Apple's crop parameter folded too
        [
            "PHOTO;ENCODING=b;TYPE=JPEG;X-ABCROP-RECTANGLE=ABClipRect_1&0&0&",
            " 512&512&7G==:" + PHOTO,
        ],
        # vCard 2.1: base64 lines that lost their folding space, then a blank line
        ["PHOTO;ENCODING=BASE64;JPEG:" + PHOTO[:76], PHOTO[76:152], PHOTO[152:228], ""],
        # a link to a photo (fetching it would go online)
        ["PHOTO;VALUE=uri:https://example.org/marta.jpg"],
    ],
    ids=["folded", "unindented", "uri"],
)
def test_photos_are_left_out_and_named(photo: list[str]) -> None:
    record = one("FN:Marta Gómez", *photo, "TEL:+1 555 0100")
    assert record.entry.contacts == (ContactMethod("phone", "+1 555 0100"),)
    assert record.not_imported == ("Photo",)
    assert record.entry.notes == ""


def test_a_nested_agent_card_is_left_out_and_named() -> None:
    record = one("FN:Marta", "AGENT:", "BEGIN:VCARD", "FN:Her assistant", "END:VCARD", "TEL:1")
    assert (record.entry.name, record.not_imported) == ("Marta", ("Assistant card",))


def test_a_card_without_n_is_a_person_when_it_has_personal_fields() -> None:
    assert one("FN:Lucía Fernández", "BDAY:1990-01-02").entry.kind == "person"
    assert one("FN:Lucía Fernández", "ROLE:Acompañante").entry.kind == "person"
    assert one("FN:Casa Refugio").entry.kind == "organisation"
    assert one("FN:Casa Refugio", "ORG:Casa Refugio", "TITLE:Office").entry.kind == "organisation"


def test_title_role_nickname_categories_and_labels() -> None:
    record = one(
        "FN:Marta Gómez",
        "TITLE:Psicóloga",
        "ROLE:Coordinadora",
        "NICKNAME:Marti",
        "CATEGORIES:Counselling,Amigas,starred,myContacts",
        "IMPP;X-SERVICE-TYPE=Jabber:xmpp:marta@jabber.example",
        "X-JABBER:otra@jabber.example",
        "IMPP:telegram:marti",
        "item1.TEL:+1 555 0100",
        "item1.X-ABLabel:_$!<Work>!$_",
        "TEL;TYPE=pager:+1 555 0199",
        "GENDER:F",
        "X-CUSTOM-THING:something",
        "REV:2024-01-01T00:00:00Z",
    )
    entry = record.entry
    assert entry.description == "Psicóloga · Coordinadora"
    assert entry.categories == ("counselling",) and entry.favourite
    assert ContactMethod("xmpp", "marta@jabber.example") in entry.contacts
    assert ContactMethod("xmpp", "otra@jabber.example") in entry.contacts
    assert ContactMethod("telegram", "marti") in entry.contacts
    assert ContactMethod("phone", "+1 555 0100", "Work") in entry.contacts
    assert ContactMethod("phone", "+1 555 0199", "pager") in entry.contacts
    assert entry.notes == ("Groups: Amigas\nNickname: Marti\nGender: F\nX-CUSTOM-THING: something")
    assert record.not_imported == ("Groups", "Nickname", "Gender", "X-CUSTOM-THING")


def test_kept_words_come_in_her_language() -> None:
    data = crlf("BEGIN:VCARD", "VERSION:3.0", "FN:Marta", "BDAY:1990-01-02", "END:VCARD")
    [record] = read_vcards(data, {"birthday": "Cumpleaños"}).records
    assert (record.entry.notes, record.not_imported) == ("Cumpleaños: 1990-01-02", ("Cumpleaños",))


def test_unreadable_cards_are_named_and_the_others_read() -> None:
    data = crlf(
        "BEGIN:VCARD", "VERSION:3.0", "FN:Fine One", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Broken Two", "this line has no colon", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "EMAIL:x@example.org", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Fine Four", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Never Ends",
    )  # fmt: skip
    reading = read_vcards(data)
    assert [e.name for e in reading.entries] == ["Fine One", "Fine Four"]
    two, three, five = reading.unreadable
    assert two.describe() == "Card 2 (line 8, “Broken Two”): this line cannot be read as vCard"
    assert (two.error.record, two.error.line) == (2, 8)
    assert str(three.error) == "Card 3 (line 10): the name is missing"
    assert three.name == ""
    assert five.describe().startswith("Card 5 (line 19, “Never Ends”): the card does not end")
    with pytest.raises(ImportFormatError, match="Card 2"):
        reading.all_entries()


def test_describe_without_a_line() -> None:
    unreadable = Unreadable(ImportFormatError.at_card(4, None, "the name is missing"), "Ana")
    assert unreadable.describe() == "Card 4 (“Ana”): the name is missing"
