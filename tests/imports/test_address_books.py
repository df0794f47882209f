"""Exports of the address books people use, read back: every value of the source lands somewhere.

The files in tests/fixtures/imports are written as Google Contacts (both CSV
shapes), Outlook (English, Spanish, French; the French one in Windows-1252) and
Thunderbird (English, Spanish, French) write them, and as an iPhone and an
Android phone export vCards (photos, labels, quoted-printable soft breaks).
"""

import csv
import io
import re
from pathlib import Path

import pytest

from wellbeing_desk.imports.csv_directory import left_out_columns, read_csv, sniff_columns
from wellbeing_desk.imports.csv_headers import BLANK_VALUES, normalise
from wellbeing_desk.imports.limits import decode_import
from wellbeing_desk.imports.vcard import MESSENGERS, read_vcards
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
CSV_EXPORTS = sorted(p.name for p in FIXTURES.glob("*.csv"))
# Address-book groups that say nothing about the entry (Google marks its own with "*").
SYSTEM_GROUPS = {"* mycontacts", "* my contacts", "* starred"}


def carried(entry: DirectoryEntryInput) -> str:
    """Every piece of text an entry holds, lower case."""
    pieces = [entry.name, entry.organisation, entry.description, entry.notes]
    pieces += [
        f"{c.value} {c.label} {' '.join(MESSENGERS.get(c.type, ()))}" for c in entry.contacts
    ]
    pieces += [c.replace("_", " ") for c in entry.categories]
    pieces += [*entry.languages, *entry.regions]
    return "\n".join(pieces).casefold()


def source_rows(name: str) -> tuple[list[str], list[list[str]]]:
    text = decode_import((FIXTURES / name).read_bytes())
    header, *rows = list(csv.reader(io.StringIO(text, newline="")))
    return header, rows


def test_there_is_an_export_of_each_kind() -> None:
    assert CSV_EXPORTS == [
        "google_contacts.csv",
        "google_contacts_old.csv",
        "outlook_contacts.csv",
        "outlook_contacts_es.csv",
        "outlook_contacts_fr.csv",
        "thunderbird_contacts.csv",
        "thunderbird_contacts_es.csv",
        "thunderbird_contacts_fr.csv",
    ]


@pytest.mark.parametrize("name", CSV_EXPORTS)
def test_each_csv_export_keeps_every_value_of_its_rows(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    mapping = sniff_columns(data).suggested_mapping
    reading = read_csv(data, mapping)
    assert reading.unreadable == ()
    header, rows = source_rows(name)
    assert len(reading.records) == len(rows)
    left_out = set(left_out_columns(mapping))
    for row, record in zip(rows, reading.records, strict=True):
        text = carried(record.entry)
        for column, cell in zip(header, row, strict=True):
            blank = cell.strip() in BLANK_VALUES or normalise(cell) in BLANK_VALUES
            if column in left_out or not cell.strip() or blank:
                continue
            for raw in re.split(r" ::: |\r?\n|;", cell):
                piece = raw.strip().removeprefix("* ")
                if piece and f"* {piece.casefold()}" not in SYSTEM_GROUPS:
                    assert piece.casefold() in text, f"{name}: {column}={piece!r} is lost"


@pytest.mark.parametrize("name", CSV_EXPORTS)
def test_people_are_people_with_their_name_once(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    person, org, *_ = read_csv(data, sniff_columns(data).suggested_mapping).entries
    assert person.kind == "person"
    assert person.name in ("Marta Gómez", "Dra. Marta Gómez")  # never "Marta Gómez Marta Gómez"
    assert person.organisation.startswith("Colectivo Cuidarnos")
    assert person.description.startswith("Psicóloga")
    assert {"+57 300 123 4567", "+57 1 555 0100"} <= {c.value for c in person.contacts}
    assert "marta@cuidarnos.example" in [c.value for c in person.contacts if c.type == "email"]
    mobile = [c for c in person.contacts if c.value == "+57 300 123 4567"]
    assert [c.type for c in mobile] == ["mobile"]
    assert org.kind == "organisation" and org.name in ("Red de Abogadas", "Línea Segura")


@pytest.mark.parametrize(
    ("name", "column", "target"),
    [
        ("google_contacts.csv", "Phone 1 - Value", "phone"),
        ("google_contacts.csv", "Phone 1 - Label", "label"),
        ("google_contacts.csv", "Address 1 - City", "city"),
        ("google_contacts.csv", "Photo", ""),
        ("google_contacts.csv", "Birthday", "keep"),
        ("google_contacts_old.csv", "Name", "name"),
        ("google_contacts_old.csv", "E-mail 2 - Type", "label"),
        ("outlook_contacts.csv", "Title", "name_prefix"),
        ("outlook_contacts.csv", "E-mail Address", "email"),
        ("outlook_contacts.csv", "E-mail 2 Type", ""),
        ("outlook_contacts.csv", "Business Phone", "phone"),
        ("outlook_contacts.csv", "Job Title", "job_title"),
        ("outlook_contacts_es.csv", "Nombre", "given_name"),
        ("outlook_contacts_es.csv", "Apellidos", "family_name"),
        ("outlook_contacts_es.csv", "Teléfono móvil", "mobile"),
        ("outlook_contacts_es.csv", "Dirección de correo electrónico", "email"),
        ("outlook_contacts_fr.csv", "Nom", "family_name"),
        ("outlook_contacts_fr.csv", "Titre", "job_title"),
        ("outlook_contacts_fr.csv", "Tél. mobile", "mobile"),
        ("outlook_contacts_fr.csv", "Adresse de messagerie", "email"),
        ("thunderbird_contacts.csv", "Display Name", "name"),
        ("thunderbird_contacts.csv", "Primary Email", "email"),
        ("thunderbird_contacts_es.csv", "Nombre mostrado", "name"),
        ("thunderbird_contacts_fr.csv", "Nom à afficher", "name"),
        ("thunderbird_contacts_fr.csv", "Ville (2)", "city"),
    ],
)
def test_the_columns_of_each_export_are_recognised(name: str, column: str, target: str) -> None:
    assert sniff_columns((FIXTURES / name).read_bytes()).suggested_mapping[column] == target


def test_outlook_labels_and_both_addresses() -> None:
    data = (FIXTURES / "outlook_contacts.csv").read_bytes()
    person = read_csv(data, sniff_columns(data).suggested_mapping).entries[0]
    assert ContactMethod("phone", "+57 1 555 0100", "work") in person.contacts
    assert ContactMethod("phone", "+57 1 555 0199", "work fax") in person.contacts
    assert ContactMethod("phone", "+57 1 444 0100", "home") in person.contacts
    postal = {c.label: c.value for c in person.contacts if c.type == "postal"}
    assert postal == {
        "work": "Calle 45 # 12-30, Oficina 302, Bogotá, Cundinamarca, 110311, Colombia",
        "home": "Carrera 7 # 70-10, Bogotá, Colombia",
    }
    assert "0/0/00" not in person.notes and "Unspecified" not in person.notes


def test_thunderbird_french_repeats_city_and_each_follows_its_address() -> None:
    data = (FIXTURES / "thunderbird_contacts_fr.csv").read_bytes()
    person = read_csv(data, sniff_columns(data).suggested_mapping).entries[0]
    postal = {c.label: c.value for c in person.contacts if c.type == "postal"}
    assert postal == {
        "home": "Carrera 7 # 70-10, Bogotá, Colombia",
        "work": "Calle 45 # 12-30, Oficina 302, Bogotá, Cundinamarca, 110311, Colombia",
    }


def test_google_labels_groups_and_messengers() -> None:
    data = (FIXTURES / "google_contacts.csv").read_bytes()
    reading = read_csv(data, sniff_columns(data).suggested_mapping)
    marta, _, lucia = reading.records
    assert marta.entry.favourite  # "* starred"
    assert marta.entry.categories == ("counselling",)
    assert ContactMethod("xmpp", "marta@jabber.example") in marta.entry.contacts
    assert [c.value for c in marta.entry.contacts if c.label == "Work" and c.type == "phone"] == [
        "+57 1 555 0100",
        "+57 1 555 0101",
    ]
    assert "Relation 1 - Value (Mother): Ana Gómez" in marta.entry.notes
    assert "Labels: Amigas" in marta.entry.notes
    assert marta.not_imported[:2] == ("Nickname", "Birthday")
    assert ContactMethod("signal", "+34600000111") in lucia.entry.contacts
    assert lucia.entry.kind == "person"


# -- vCard ----------------------------------------------------------------------------------


def test_iphone_export_with_photos_labels_and_messengers() -> None:
    reading = read_vcards((FIXTURES / "iphone_export.vcf").read_bytes())
    assert reading.unreadable == ()
    marta, org, lucia = reading.records
    entry = marta.entry
    assert (entry.name, entry.kind) == ("Dra. Marta Gómez", "person")
    assert entry.organisation == "Colectivo Cuidarnos, Acompañamiento psicosocial"
    assert entry.description == "Psicóloga · Acompañamiento a defensoras tras detenciones"
    assert ContactMethod("email", "marta@cuidarnos.example", "Work") in entry.contacts
    assert ContactMethod("phone", "+57 1 555 0111", "consulta") in entry.contacts
    by_type = {c.type: c.value for c in entry.contacts}
    assert by_type["signal"] == by_type["whatsapp"] == "+573001234567"
    assert by_type["xmpp"] == "marta@jabber.example"
    assert by_type["telegram"] == "marti_cuida"
    assert "Nickname: Marti" in entry.notes
    assert "Birthday: 1984-05-12" in entry.notes
    assert "Date (Anniversary): 2010-06-12" in entry.notes
    assert "Related person (Mother): Ana Gómez" in entry.notes
    assert "Messaging (Skype): marta.gomez.cuidarnos" in entry.notes
    assert "Groups: Amigas" in entry.notes
    assert entry.notes.startswith("Atiende a defensoras, primera sesión gratis.\nPrefiere Signal.")
    assert "Photo" in marta.not_imported and "Nickname" in marta.not_imported
    assert "/9j/" not in entry.notes and "UID" not in entry.notes
    assert (org.entry.name, org.entry.kind, org.not_imported) == (
        "Red de Abogadas",
        "organisation",
        ("Photo",),
    )
    # No N, but a job title: a person, with the photo (base64 with two spaces) left out.
    assert (lucia.entry.name, lucia.entry.kind) == ("Lucía Fernández", "person")
    assert lucia.not_imported == ("Photo",)


def test_android_21_export_with_quoted_printable_soft_breaks() -> None:
    reading = read_vcards((FIXTURES / "android_export.vcf").read_bytes())
    assert reading.unreadable == ()
    marta, line, chidi = (record.entry for record in reading.records)
    assert (marta.name, marta.kind, marta.organisation) == (
        "Marta Gómez",
        "person",
        "Colectivo Cuidarnos",
    )
    assert marta.notes.startswith(
        "Atiende a defensoras. Primera sesión gratis, sin lista de espera.\nPrefiere Signal."
    )
    assert "Nickname: Marti" in marta.notes
    assert ContactMethod("phone", "+5715550111", "Consulta") in marta.contacts  # TEL;X-Consulta
    assert ContactMethod("phone", "+5715550122", "Línea segura") in marta.contacts  # Samsung
    assert (
        ContactMethod(
            "postal",
            "Calle 45 # 12-30, Oficina 302, Bogotá, Cundinamarca, 110311, Colombia",
            "work",
        )
        in marta.contacts
    )
    assert reading.records[0].not_imported[-1] == "Photo"
    # 23 bytes: Android ends the value with a soft break into nothing.
    assert line.name == "Línea de Apoyo Cali 24"
    assert line.contacts == (ContactMethod("phone", "+5718000112233", "work"),)
    assert line.notes == "Atención 24 horas, gratis."
    assert chidi.name == "Chidi Okafor"
