"""The directory as vCard 4.0, CSV or JSON: pure builders, bytes out.

Each format reads back with ``wellbeing_desk.imports`` (vCard, CSV) or
``DirectoryEntryInput.from_dict`` (JSON). vCard keeps what other address
books show (name, organisation, contacts with labels, notes) and puts the rest
in ``CATEGORIES`` and ``X-WD-*`` properties that only this app reads.
"""

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

import vobject

from wellbeing_desk.imports.csv_directory import FORMULA_STARTS, TARGET_FIELDS
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

# One column per field, in the order the importer knows them: the two stay in step.
CSV_COLUMNS = TARGET_FIELDS
CSV_CONTACT_COLUMNS = (
    *("phone", "mobile", "email", "website", "signal", "whatsapp", "telegram", "xmpp", "postal"),
)
CSV_SEPARATOR = "; "
# Every cell starting with one of FORMULA_STARTS gets a leading apostrophe so a
# spreadsheet keeps it text, phone numbers too: "+1-555-0100" is evaluated as a
# sum. The spreadsheet shows the number as written; the CSV importer takes the
# apostrophe off again.

_X_TEXT_FIELDS = (
    ("X-WD-DESCRIPTION", "description"),
    ("X-WD-SECURE-ROUTE", "secure_route"),
    ("X-WD-HOURS", "hours"),
    ("X-WD-TIME-ZONE", "time_zone"),
    ("X-WD-COST", "cost"),
    ("X-WD-WHO-QUALIFIES", "who_qualifies"),
    ("X-WD-EXPERIENCED", "experienced_with_defenders"),
    ("X-WD-SAFETY-NOTES", "safety_notes"),
)
_UNSET = {"cost": "unknown", "experienced_with_defenders": "unknown"}
_PROPERTY = {
    "phone": "tel",
    "mobile": "tel",
    "email": "email",
    "website": "url",
    "signal": "impp",
    "whatsapp": "impp",
    "telegram": "impp",
    "xmpp": "impp",
    "postal": "adr",
}
# IMPP's X-SERVICE-TYPE for each messenger (the value is "signal:…", "xmpp:…").
_SERVICES = {"signal": "Signal", "whatsapp": "WhatsApp", "telegram": "Telegram", "xmpp": "Jabber"}


def to_vcards(entries: Sequence[DirectoryEntryInput]) -> bytes:
    """vCard 4.0, UTF-8, CRLF line ends, folded by vobject; one card per entry."""
    return "".join(_card(entry) for entry in entries).encode("utf-8")


def to_csv(entries: Sequence[DirectoryEntryInput]) -> bytes:
    """UTF-8 with a byte order mark (so spreadsheets pick UTF-8), a header, ``CSV_COLUMNS``.

    Several values in one cell are joined with ``"; "``.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        writer.writerow([_safe_cell(cell) for cell in _csv_row(entry)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json(entries: Sequence[DirectoryEntryInput]) -> bytes:
    """A list of ``to_dict()`` records, UTF-8, indented."""
    records = [entry.to_dict() for entry in entries]
    return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _card(entry: DirectoryEntryInput) -> str:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("fn").value = entry.name
    card.add("kind").value = "individual" if entry.kind == "person" else "org"
    if entry.kind not in ("person", "organisation"):
        card.add("x-wd-kind").value = entry.kind
    if entry.organisation:
        card.add("org").value = [entry.organisation]
    if entry.categories:
        card.add("categories").value = list(entry.categories)
    if entry.languages:
        card.add("x-wd-languages").value = ",".join(entry.languages)
    if entry.regions:
        card.add("x-wd-regions").value = ",".join(entry.regions)
    for index, contact in enumerate(entry.contacts, start=1):
        _add_contact(card, index, contact)
    if entry.notes:
        card.add("note").value = entry.notes
    for prop, field in _X_TEXT_FIELDS:
        value = str(getattr(entry, field))
        if value and value != _UNSET.get(field):
            card.add(prop.lower()).value = value
    return str(card.serialize())


def _add_contact(card: Any, index: int, contact: ContactMethod) -> None:
    group = f"item{index}" if contact.label else None
    line = card.add(_PROPERTY[contact.type], group=group)
    if contact.type == "postal":
        line.value = vobject.vcard.Address(street=contact.value)
    elif contact.type in _SERVICES:
        line.value = f"{contact.type}:{contact.value}"
        line.params["X-SERVICE-TYPE"] = [_SERVICES[contact.type]]
    else:
        line.value = contact.value
    if contact.type in ("phone", "mobile"):
        line.params["TYPE"] = ["cell" if contact.type == "mobile" else "voice"]
    # vobject writes properties sorted by name; PREF keeps the entry's order.
    line.params["PREF"] = [str(min(index, 100))]
    if contact.label:
        card.add("x-ablabel", group=group).value = contact.label


def _csv_row(entry: DirectoryEntryInput) -> list[str]:
    by_type: dict[str, list[str]] = {column: [] for column in CSV_CONTACT_COLUMNS}
    for contact in entry.contacts:
        by_type[contact.type].append(contact.value)
    cells = {
        "name": entry.name,
        "kind": entry.kind,
        "organisation": entry.organisation,
        "description": entry.description,
        "categories": CSV_SEPARATOR.join(entry.categories),
        "languages": CSV_SEPARATOR.join(entry.languages),
        "regions": CSV_SEPARATOR.join(entry.regions),
        "notes": entry.notes,
        "cost": entry.cost,
        "hours": entry.hours,
        "time_zone": entry.time_zone,
    }
    cells.update({column: CSV_SEPARATOR.join(values) for column, values in by_type.items()})
    return [cells[column] for column in CSV_COLUMNS]


def _safe_cell(text: str) -> str:
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
