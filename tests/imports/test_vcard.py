"""vCard import: real-world cards, quirks, errors naming the card, all or nothing."""

import pytest

from wellbeing_desk.imports import ImportFormatError, parse_vcards
from wellbeing_desk.imports.limits import MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS
from wellbeing_desk.vault.directory_types import ContactMethod


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


APPLE = crlf(
    """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
N:Pérez;María José;;Psicóloga;
FN:Psicóloga María José Pérez
ORG:Clínica Serena;
item1.TEL;type=CELL;type=VOICE;type=pref:+34 600 111 222
item1.X-ABLabel:_$!<Mobile>!$_
item2.TEL;type=WORK;type=VOICE:+34 910 000 000
item3.EMAIL;type=INTERNET;type=WORK:maria@example.org
item3.X-ABLabel:consulta
EMAIL;type=INTERNET;type=HOME:mjose@example.net
item4.ADR;type=WORK:;;Rua Augusta 1500\\, sala 3;São Paulo;SP;01304-001;Brasil
item4.X-ABLabel:_$!<Work>!$_
item5.URL;type=pref:https://clinica.example.org
item5.X-ABLabel:_$!<HomePage>!$_
X-SOCIALPROFILE;type=signal;x-user=maria:signal:+34600111222
NOTE:Sees defenders\\, free first session.\\nSpeaks Portuguese.
END:VCARD
"""
)

GOOGLE = crlf(
    """BEGIN:VCARD
VERSION:3.0
FN:Protection Desk
N:;;;;
ORG:Protection Desk
TEL;TYPE=WORK:+1 202 555 0100
EMAIL;TYPE=INTERNET;TYPE=WORK:help@protection.example
EMAIL;TYPE=INTERNET:urgent@protection.example
URL:https://protection.example
CATEGORIES:myContacts,Legal support
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Ana Souza
N:Souza;Ana;;;
TEL;TYPE=CELL:+55 11 91234 5678
TEL;TYPE=HOME:+55 11 3333 4444
CATEGORIES:myContacts
END:VCARD
"""
)

FOLDED_QP_21 = crlf(
    """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:P=C3=A9rez;Jos=C3=A9;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 P=C3=A9rez
TEL;CELL:+57 300 000 0000
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Una nota larga que sigue en la l=
=C3=ADnea siguiente
END:VCARD
"""
)

FOLDED_30 = crlf(
    """BEGIN:VCARD
VERSION:3.0
FN:Red de Apoyo Psicosocial para Defensoras y Defensores de Derechos Human
 os
NOTE:Atención en español\\, inglés y portugués. Horario de lunes a viernes
 \\, 9 a 17 h.
ORG:Red de Apoyo
END:VCARD
"""
)

V4_TEL_URIS = crlf(
    """BEGIN:VCARD
VERSION:4.0
KIND:individual
FN:Dr. Kwame Mensah
N:Mensah;Kwame;;Dr.;
TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+233-20-000-0000
TEL;VALUE=uri;TYPE=work:tel:+233-30-000-0000
EMAIL:kwame@example.org
IMPP;X-SERVICE-TYPE=WhatsApp:whatsapp:+233200000000
LANG;PREF=1:en
LANG:fr
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:São Paulo Defenders Hotline
TEL;VALUE=uri:tel:+55-11-0000-0000
END:VCARD
"""
)


def test_apple_card_with_groups_labels_and_unicode() -> None:
    [entry] = parse_vcards(APPLE)
    assert entry.name == "Psicóloga María José Pérez"
    assert entry.kind == "person"
    assert entry.organisation == "Clínica Serena"
    assert entry.source == "imported"
    assert entry.contacts == (
        ContactMethod("mobile", "+34 600 111 222", "Mobile"),
        ContactMethod("website", "https://clinica.example.org", "HomePage"),
        ContactMethod("phone", "+34 910 000 000", "work"),
        ContactMethod("email", "maria@example.org", "consulta"),
        ContactMethod("email", "mjose@example.net", "home"),
        ContactMethod(
            "postal", "Rua Augusta 1500, sala 3, São Paulo, SP, 01304-001, Brasil", "Work"
        ),
        ContactMethod("signal", "+34600111222", ""),
    )
    assert entry.notes == "Sees defenders, free first session.\nSpeaks Portuguese."


def test_google_cards_org_and_person_several_phones_and_emails() -> None:
    org, person = parse_vcards(GOOGLE)
    assert (org.name, org.kind, org.organisation) == (
        "Protection Desk",
        "organisation",
        "Protection Desk",
    )
    assert [c.type for c in org.contacts] == ["phone", "email", "email", "website"]
    assert org.categories == ("legal_support",)  # address-book groups are left out
    assert (person.name, person.kind) == ("Ana Souza", "person")
    assert [(c.type, c.value) for c in person.contacts] == [
        ("mobile", "+55 11 91234 5678"),
        ("phone", "+55 11 3333 4444"),
    ]


def test_vcard_21_quoted_printable_with_soft_line_break() -> None:
    [entry] = parse_vcards(FOLDED_QP_21)
    assert entry.name == "José Pérez"
    assert entry.kind == "person"
    assert entry.contacts == (ContactMethod("mobile", "+57 300 000 0000"),)
    assert entry.notes == "Una nota larga que sigue en la línea siguiente"


def test_folded_lines_and_escaped_commas() -> None:
    [entry] = parse_vcards(FOLDED_30)
    assert entry.name == "Red de Apoyo Psicosocial para Defensoras y Defensores de Derechos Humanos"
    assert (
        entry.notes
        == "Atención en español, inglés y portugués. Horario de lunes a viernes, 9 a 17 h."
    )
    assert entry.kind == "organisation"


def test_vcard_4_tel_uris_kind_lang_and_whatsapp() -> None:
    person, hotline = parse_vcards(V4_TEL_URIS)
    assert person.kind == "person"
    assert person.contacts[:2] == (
        ContactMethod("mobile", "+233-20-000-0000"),
        ContactMethod("phone", "+233-30-000-0000", "work"),
    )
    assert ContactMethod("whatsapp", "+233200000000") in person.contacts
    assert person.languages == ("en", "fr")
    assert (hotline.name, hotline.kind) == ("São Paulo Defenders Hotline", "organisation")
    assert hotline.contacts == (ContactMethod("phone", "+55-11-0000-0000"),)


def test_unescaped_commas_are_kept_whole() -> None:
    card = crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Pérez, María\nNOTE:one, two, three\nEND:VCARD\n")
    [entry] = parse_vcards(card)
    assert entry.name == "Pérez, María"
    assert entry.notes == "one, two, three"


def test_name_falls_back_to_n_then_org() -> None:
    cards = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chidi;;;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nORG:Solo Org\nEND:VCARD\n"
    )
    first, second = parse_vcards(cards)
    assert (first.name, first.kind) == ("Chidi Okafor", "person")
    assert (second.name, second.kind) == ("Solo Org", "organisation")


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
def test_utf8_with_or_without_bom(prefix: bytes) -> None:
    [entry] = parse_vcards(prefix + crlf("BEGIN:VCARD\nVERSION:3.0\nFN:São Paulo\nEND:VCARD\n"))
    assert entry.name == "São Paulo"


def test_latin1_only_when_not_utf8() -> None:
    data = "BEGIN:VCARD\nVERSION:3.0\nFN:Mar\u00eda\nEND:VCARD\n".encode("latin-1")
    assert parse_vcards(data)[0].name == "María"


def test_utf16_with_bom() -> None:
    data = "BEGIN:VCARD\nVERSION:3.0\nFN:Jos\u00e9\nEND:VCARD\n".encode("utf-16")
    assert parse_vcards(data)[0].name == "José"


def test_lf_and_cr_only_line_ends() -> None:
    for end in ("\n", "\r"):
        data = end.join(["BEGIN:VCARD", "VERSION:3.0", "FN:A B", "END:VCARD", ""]).encode()
        assert parse_vcards(data)[0].name == "A B"


def card(body: str) -> str:
    return f"BEGIN:VCARD\nVERSION:3.0\n{body}\nEND:VCARD\n"


@pytest.mark.parametrize(
    ("data", "record", "line", "message"),
    [
        (
            card("FN:One") + card("N:;;;;") + card("FN:Three"),
            2,
            5,
            "Card 2 (line 5): the name is missing",
        ),
        (card("FN:One") + "BEGIN:VCARD\nVERSION:3.0\nFN:Two\n", 2, None, "Card 2"),
        (card("FN:One") + card("this line has no colon"), 2, 7, "Card 2 (line 7)"),
        (card("FN:One\nX-WD-LANGUAGES:not a tag"), 1, 1, "Card 1 (line 1): languages"),
        (
            "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
            1,
            1,
            "Card 1 (line 1): this is not a vCard",
        ),
    ],
)
def test_malformed_card_names_card_and_line(
    data: str, record: int, line: int | None, message: str
) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_vcards(data.encode())
    assert caught.value.record == record
    if line is not None:
        assert caught.value.line == line
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"just some text"])
def test_a_file_without_cards_is_an_error(data: bytes) -> None:
    with pytest.raises(ImportFormatError):
        parse_vcards(data)


def test_too_large_is_refused_before_reading() -> None:
    with pytest.raises(ImportFormatError, match="20 MB"):
        parse_vcards(b" " * (MAX_IMPORT_BYTES + 1))


def test_too_many_cards_is_refused() -> None:
    data = ("BEGIN:VCARD\nFN:x\nEND:VCARD\n" * (MAX_IMPORT_RECORDS + 1)).encode()
    with pytest.raises(ImportFormatError, match="50,000 cards"):
        parse_vcards(data)
