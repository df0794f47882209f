"""Our own exports read back to the same entries; JSON is the neutral record format."""

import csv as csv_module
import io
import json

from wellbeing_desk.exports.directory_formats import CSV_COLUMNS, to_csv, to_json, to_vcards
from wellbeing_desk.imports import parse_csv, parse_vcards, sniff_columns
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

ENTRIES = [
    DirectoryEntryInput(
        name="Psicóloga María José Pérez",
        kind="person",
        organisation="Clínica Serena; Madrid, Centro",
        description="Trauma-informed counselling, online or in person.",
        categories=("counselling", "trauma_care"),
        languages=("es", "pt-BR", "en"),
        regions=("ES", "PT", "worldwide"),
        contacts=(
            ContactMethod("email", "maria@example.org", "consulta"),
            ContactMethod("mobile", "+34 600 111 222"),
            ContactMethod("signal", "+34600111222"),
            ContactMethod("phone", "+34 910 000 000", "Work, main"),
            ContactMethod("website", "https://clinica.example.org/es?a=1"),
            ContactMethod("postal", "Rua Augusta 1500, sala 3, São Paulo"),
            ContactMethod("whatsapp", "+34600111222"),
            ContactMethod("telegram", "@maria_cuida"),
            ContactMethod("xmpp", "maria@jabber.example", "home"),
            ContactMethod("email", "second@example.org"),
        ),
        hours="Mon–Fri 9:00–17:00",
        time_zone="Europe/Madrid",
        cost="sliding_scale",
        notes="First session free.\nAsk for María.",
        source="imported",
    ).validate(),
    DirectoryEntryInput(
        name='=HYPERLINK("http://evil.example")',
        kind="hotline",
        contacts=(ContactMethod("phone", "-1 555 0100"),),
        source="imported",
    ).validate(),
]
CARRIED = ("name", "kind", "organisation", "contacts", "languages", "regions", "categories")


def comparable(entry: DirectoryEntryInput, *, csv: bool = False) -> dict[str, object]:
    """CSV has one column per contact type: no labels, order kept within a type only."""
    record = {field: getattr(entry, field) for field in CARRIED}
    if csv:
        by_type = sorted(entry.contacts, key=lambda c: c.type)
        record["contacts"] = tuple((c.type, c.value) for c in by_type)
    return record


def test_vcard_round_trip_keeps_everything_it_carries() -> None:
    data = to_vcards(ENTRIES)
    assert data.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    back = parse_vcards(data)
    assert [comparable(e) for e in back] == [comparable(e) for e in ENTRIES]
    assert back[0] == ENTRIES[0]  # including description, hours, cost, notes


def test_csv_round_trip_with_sniffed_mapping() -> None:
    data = to_csv(ENTRIES)
    assert data.startswith("\ufeff".encode())
    preview = sniff_columns(data)
    assert preview.headers == CSV_COLUMNS
    back = parse_csv(data, preview.suggested_mapping)
    assert [comparable(e, csv=True) for e in back] == [comparable(e, csv=True) for e in ENTRIES]
    assert back[0].notes == ENTRIES[0].notes and back[0].cost == "sliding_scale"


def test_csv_export_guards_every_cell_a_spreadsheet_would_evaluate() -> None:
    """Issue 11.15: a leading + or - is evaluated too ("+1-555-0100" becomes -654)."""
    rows = list(csv_module.reader(io.StringIO(to_csv(ENTRIES).decode("utf-8-sig"))))
    assert rows[2][0] == '\'=HYPERLINK("http://evil.example")'
    assert rows[2][CSV_COLUMNS.index("phone")] == "'-1 555 0100"
    assert rows[1][CSV_COLUMNS.index("mobile")] == "'+34 600 111 222"
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    back = parse_csv(to_csv(ENTRIES), sniff_columns(to_csv(ENTRIES)).suggested_mapping)
    assert [c.value for c in back[1].contacts] == ["-1 555 0100"]  # the importer takes it off


def test_json_is_a_list_of_records() -> None:
    records = json.loads(to_json(ENTRIES).decode("utf-8"))
    assert "María" in to_json(ENTRIES).decode("utf-8")  # not \u-escaped
    assert [DirectoryEntryInput.from_dict(r) for r in records] == ENTRIES
