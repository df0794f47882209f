"""CSV (an address-book export, a spreadsheet, our own export) into directory entries.

Two steps: ``sniff_columns`` shows the columns, a few rows and a suggested
mapping (``csv_headers`` knows the columns of Google Contacts, Outlook and
Thunderbird exports in English, Spanish and French); ``read_csv`` reads every
row with the mapping she confirmed. Line numbers count the header as line 1.

A row becomes one entry:

- the name is the full-name column when there is one, else first, middle and last
  name put together (never both: "Marta Gómez Marta Gómez" is what that would
  give), else the organisation; a part the full name does not hold goes to her notes
- company and department → organisation; job title → first line of the description
- every phone, e-mail, website and messenger column → a contact, labelled by its
  column ("Business Phone" → work) or by its label column ("Phone 1 - Label");
  the parts of one address (street, city, postal code…) → one postal contact
- a person when the row has a person's name (first or last name, or a full name in
  an address book's export) that is not just the organisation; else an organisation
- a column mapped to nothing known, and a value no field can hold (a language that
  is no language tag, a group that is no category) → her notes, as "Column: value"
"""

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from wellbeing_desk.imports.csv_headers import (
    ADDRESS_PARTS,
    BLANK_VALUES,
    KEEP,
    LEAVE_OUT,
    Column,
    normalise,
    recognise,
    suggest_mapping,
)
from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.limits import MAX_IMPORT_RECORDS, decode_import, too_many
from wellbeing_desk.imports.reading import Imported, Reading, Unreadable, notes_with
from wellbeing_desk.imports.vcard import MESSENGERS
from wellbeing_desk.vault.directory_types import (
    CATEGORIES,
    KINDS,
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)
from wellbeing_desk.vault.text_rules import without_unsafe

# The entry's own fields, one CSV column each in our export (keep the two in step).
TARGET_FIELDS = (
    "name",
    "organisation",
    "kind",
    "description",
    "categories",
    "languages",
    "regions",
    "phone",
    "mobile",
    "email",
    "website",
    "signal",
    "whatsapp",
    "telegram",
    "xmpp",
    "postal",
    "notes",
    "cost",
    "hours",
    "time_zone",
)
NAME_PARTS = ("given_name", "middle_name", "family_name", "name_prefix", "name_suffix")
# Everything a column can be mapped to, in the order the import dialog offers them.
IMPORT_TARGETS = (
    *TARGET_FIELDS[:2],
    *NAME_PARTS,
    "nickname",
    "department",
    "job_title",
    *TARGET_FIELDS[2:],
    "im",
    *ADDRESS_PARTS,
    "label",
    "service",
    KEEP,
)
CONTACT_TARGETS = ("phone", "mobile", "email", "website", "signal", "whatsapp", "telegram", "xmpp")
PERSONAL_TARGETS = frozenset({*NAME_PARTS, "nickname"})
NAME_TARGETS = frozenset({"name", "organisation", *NAME_PARTS})
DELIMITERS = (",", ";", "\t")
PREVIEW_ROWS = 5
# Our CSV export puts an apostrophe before a cell a spreadsheet would run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_KINDS = {
    "person": "person",
    "persona": "person",
    "individual": "person",
    "personne": "person",
    "organisation": "organisation",
    "organization": "organisation",
    "organizacion": "organisation",
    "org": "organisation",
    "hotline": "hotline",
    "linea": "hotline",
    "linea de ayuda": "hotline",
    "resource": "resource",
    "recurso": "resource",
}
_COSTS = {
    "unknown": "unknown",
    "free": "free",
    "gratis": "free",
    "gratuito": "free",
    "sliding scale": "sliding_scale",
    "escala variable": "sliding_scale",
    "paid": "paid",
    "pago": "paid",
    "de pago": "paid",
}
_MOBILE_LABELS = frozenset({"mobile", "cell", "movil", "celular", "portable", "iphone"})
_ADDRESS_BOOK_GROUPS = frozenset({"mycontacts", "my contacts", "contacts"})
_ADDRESS_ORDER = ("street", "po_box", "city", "region", "postal_code", "country")
_BARE_ADDRESS = re.compile(r"address ( \d+)?")  # a city or postal code column of no address
_LIST_SPLIT = re.compile(r" ::: |[;,\n]")
_SPLIT = {
    "website": re.compile(r" ::: |;|\n|,\s"),
    "postal": re.compile(r" ::: |;"),  # addresses hold commas and line breaks
}


@dataclass(frozen=True)
class CsvPreview:
    """What the import dialog shows before she confirms the mapping."""

    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first rows, padded or cut to the header's width
    suggested_mapping: dict[str, str]  # header → target, for every named column


def sniff_columns(data: bytes) -> CsvPreview:
    """Delimiter, header, first rows and a suggested mapping, or ``ImportFormatError``."""
    text = decode_import(data)
    delimiter = _delimiter(text)
    rows = _rows(text, delimiter)
    headers = _header(rows)
    preview: list[tuple[str, ...]] = []
    for _, cells in rows:
        if len(preview) == PREVIEW_ROWS:
            break
        padded = [*cells, *[""] * len(headers)][: len(headers)]
        preview.append(tuple(padded))
    return CsvPreview(delimiter, headers, tuple(preview), suggest_mapping(headers))


def parse_csv(data: bytes, mapping: dict[str, str]) -> list[DirectoryEntryInput]:
    """Every row as a validated entry with source ``imported``; all or nothing."""
    return read_csv(data, mapping).all_entries()


def read_csv(data: bytes, mapping: Mapping[str, str]) -> Reading:
    """Each row as an ``Imported`` entry, or an ``Unreadable`` naming its line.

    ``mapping`` maps a column header to one of ``IMPORT_TARGETS``, ``KEEP`` (her
    notes) or ``LEAVE_OUT``; several columns may feed one field; a named column
    missing from it is kept in her notes. Blank rows are skipped. Whole-file
    problems (no column for a name, broken quoting, too large) raise.
    """
    for header, target in mapping.items():
        if target and target not in IMPORT_TARGETS:
            raise ImportFormatError(f'The column "{header}" is mapped to an unknown field.')
    if not NAME_TARGETS & set(mapping.values()):
        columns = ", ".join(list(mapping)[:8]) + (", …" if len(mapping) > 8 else "")
        raise ImportFormatError(
            f"No column is mapped to the name or the organisation (the columns: {columns})."
        )
    text = decode_import(data)
    rows = _rows(text, _delimiter(text))
    headers = _header(rows)
    named = set(headers)
    for header, target in mapping.items():
        if target and header not in named:
            raise ImportFormatError.at_line(1, f'there is no column "{header}"')
    plan = _attach_address_parts(
        [
            _Planned(header or f"Column {index + 1}", mapping.get(header, KEEP), recognise(header))
            for index, header in enumerate(headers)
        ]
    )
    personal_file = any(column.target in PERSONAL_TARGETS for column in plan)
    records: list[Imported] = []
    unreadable: list[Unreadable] = []
    for line, cells in rows:
        row = _Row(plan, cells, personal_file=personal_file)
        try:
            if any(cell for cell in cells[len(headers) :]):
                raise ImportFormatError.at_line(line, "this row has more cells than the header")
            records.append(row.imported(line))
        except DirectoryValueError as exc:
            unreadable.append(
                Unreadable(ImportFormatError.at_line(line, str(exc)), row.name_hint())
            )
        except ImportFormatError as error:
            unreadable.append(Unreadable(error, row.name_hint()))
    if not records and not unreadable:
        raise ImportFormatError("The file has no rows below the header.")
    return Reading(tuple(records), tuple(unreadable), "rows")


def _attach_address_parts(plan: list["_Planned"]) -> list["_Planned"]:
    """A bare "City" after "Home Address" is the city of that address (Thunderbird's layout).

    Thunderbird writes "Ville" and "Code postal" once after the home street and
    again after the work street; each belongs to the address it follows.
    """
    attached, last = [], None
    taken: set[tuple[str, str]] = set()
    for planned in plan:
        column = planned.column
        is_address = planned.target in ADDRESS_PARTS or planned.target == "postal"
        bare = bool(_BARE_ADDRESS.fullmatch(column.group))
        if is_address and column.label:
            last = column
        elif is_address and last and bare and (last.group, planned.target) not in taken:
            column = Column(column.target, last.group, last.label)
        if is_address:
            taken.add((column.group, planned.target))
        attached.append(_Planned(planned.header, planned.target, column))
    return attached


def kept_columns(mapping: Mapping[str, str]) -> list[str]:
    """The columns kept in her notes (nothing known holds them)."""
    return [header for header, target in mapping.items() if target == KEEP]


def left_out_columns(mapping: Mapping[str, str]) -> list[str]:
    return [header for header, target in mapping.items() if target == LEAVE_OUT]


def suggest(header: str) -> str:
    """The target a column header names on its own (English, Spanish, French), or ``""``."""
    target = recognise(header).target
    return "" if target == KEEP else target


@dataclass(frozen=True)
class _Planned:
    header: str
    target: str
    column: Column


@dataclass
class _Address:
    label: str = ""
    whole: list[str] = field(default_factory=list)
    parts: dict[str, list[str]] = field(default_factory=dict)


class _Row:
    """One row read into the pieces of an entry."""

    def __init__(self, plan: list[_Planned], cells: list[str], *, personal_file: bool) -> None:
        self.personal_file = personal_file
        self.cells = [
            (p, cell.strip()) for p, cell in zip(plan, cells, strict=False) if cell.strip()
        ]
        self.text: dict[str, list[str]] = {}
        self.kept: list[tuple[str, str]] = []
        self.kept_headers: list[str] = []
        self.labels = {
            p.column.group: _clean_label(v) for p, v in self.cells if p.target == "label"
        }
        self.services = {p.column.group: v for p, v in self.cells if p.target == "service"}

    def name_hint(self) -> str:
        """What the row seems to be called, for naming it when it cannot be read."""
        for target in ("name", "family_name", "given_name", "organisation"):
            if self.text.get(target):
                return without_unsafe(self.text[target][0])[:80]
        hint = next((v for p, v in self.cells if p.target in NAME_TARGETS), "")
        return without_unsafe(hint)[:80]

    def imported(self, line: int) -> Imported:
        lists: dict[str, list[str]] = {"categories": [], "languages": [], "regions": []}
        contacts = self.collect(lists)
        name = self.name()
        organisation = ", ".join(
            self.text.get("organisation", []) + self.text.get("department", [])
        )
        name = name or organisation
        if not name:
            raise ImportFormatError.at_line(line, "the name is missing")
        favourite, categories = self.categories(lists["categories"])
        description = "\n\n".join(
            p
            for p in (" · ".join(self.text.get("job_title", [])), *self.text.get("description", []))
            if p
        )
        kind = self.kind(name, organisation)
        cost = self.choice("cost", _COSTS, "unknown")
        languages = self.valid("languages", lists["languages"])
        regions = self.valid("regions", lists["regions"])
        entry = DirectoryEntryInput(  # the notes last: every piece above may add to them
            name=name,
            organisation=organisation,
            description=description,
            hours="\n\n".join(self.text.get("hours", [])),
            time_zone=" ".join(self.text.get("time_zone", [])),
            kind=kind,
            cost=cost,
            categories=categories,
            languages=languages,
            regions=regions,
            notes=notes_with("\n\n".join(self.text.get("notes", [])), self.kept_in_order()),
            contacts=tuple(contacts),
            favourite=favourite,
            source="imported",
        )
        entry = entry.without_unsafe().validate()  # terminal escapes, bidi overrides
        return Imported(entry, tuple(dict.fromkeys(self.kept_headers)))

    # -- pieces ------------------------------------------------------------------------

    def collect(self, lists: dict[str, list[str]]) -> list[ContactMethod]:
        """Each cell to its place: text fields, lists, contacts, her notes; the contacts."""
        contacts: list[ContactMethod] = []
        addresses: dict[str, _Address] = {}
        for planned, value in self.cells:
            target, column = planned.target, planned.column
            if target in (LEAVE_OUT, "label", "service"):
                continue
            if target in (KEEP, "nickname"):
                if normalise(value) not in BLANK_VALUES and value not in BLANK_VALUES:
                    self.keep(planned, value)
            elif target in lists:
                lists[target] += [v.strip() for v in _LIST_SPLIT.split(value) if v.strip()]
            elif target in CONTACT_TARGETS:
                contacts += self.contacts(planned, value)
            elif target == "im":
                contacts += self.messengers(planned, value)
            elif target == "postal" or target in ADDRESS_PARTS:
                label = self.labels.get(column.group) or column.label
                address = addresses.setdefault(column.group, _Address(label))
                if target == "postal":
                    address.whole += [v.strip() for v in _SPLIT["postal"].split(value) if v.strip()]
                else:
                    address.parts.setdefault(target, []).append(value)
            else:
                self.text.setdefault(target, []).append(value)
        for address in addresses.values():
            contacts += [ContactMethod("postal", v, address.label) for v in _address(address)]
        return contacts

    def name(self) -> str:
        parts = {p: " ".join(self.text.get(p, [])) for p in NAME_PARTS}
        composed = " ".join(
            parts[p]
            for p in ("name_prefix", "given_name", "middle_name", "family_name", "name_suffix")
            if parts[p]
        )
        full = self.text.get("name", [])
        if not full:
            return composed
        name = full[0]
        for planned, value in self.cells:  # what the full name does not hold: her notes
            is_part = planned.target in NAME_PARTS or planned.target == "name"
            if is_part and value != name and value.casefold() not in name.casefold():
                self.keep(planned, value)
        return name

    def kind(self, name: str, organisation: str) -> str:
        given = self.text.get("kind", [])
        if given:
            value = _KINDS.get(normalise(given[0]), normalise(given[0]))
            if value in KINDS:
                return value
            self.keep_text("kind", given[0])
        if organisation and name.casefold() == organisation.casefold():
            return "organisation"
        personal = any(p.target in PERSONAL_TARGETS for p, _ in self.cells)
        if personal or (self.personal_file and self.text.get("name")):
            return "person"
        return "organisation"

    def choice(self, target: str, words: dict[str, str], default: str) -> str:
        given = self.text.get(target, [])
        if not given:
            return default
        value = normalise(given[0])
        if value in words or value.replace(" ", "_") in words.values():
            return words.get(value, value.replace(" ", "_"))
        self.keep_text(target, given[0])
        return default

    def categories(self, values: list[str]) -> tuple[bool, tuple[str, ...]]:
        found, other, favourite = [], [], False
        for raw in values:
            value = raw.lstrip("* ").strip()
            key = re.sub(r"[\s-]+", "_", value.casefold())
            if key in CATEGORIES:
                found.append(key)
            elif key == "starred":
                favourite = True
            elif value and value.casefold() not in _ADDRESS_BOOK_GROUPS:
                other.append(value)
        if other:
            self.keep_text("categories", ", ".join(dict.fromkeys(other)))
        return favourite, tuple(found)

    def valid(self, target: str, values: list[str]) -> tuple[str, ...]:
        good, bad = [], []
        for value in values:
            try:
                if target == "languages":
                    DirectoryEntryInput("x", languages=(value,)).validate()
                else:
                    DirectoryEntryInput("x", regions=(value,)).validate()
            except DirectoryValueError:
                bad.append(value)
            else:
                good.append(value)
        if bad:
            self.keep_text(target, ", ".join(bad))
        return tuple(good)

    def contacts(self, planned: _Planned, value: str) -> list[ContactMethod]:
        target, column = planned.target, planned.column
        split = _SPLIT.get(target, _LIST_SPLIT)
        values = [v.strip() for v in split.split(value) if v.strip()]
        labels = [_clean_label(v) for v in self.labels.get(column.group, "").split(" ::: ")]
        found = []
        for index, item in enumerate(values):
            label = labels[min(index, len(labels) - 1)] or column.label
            kind = target
            if target == "phone" and normalise(label) in _MOBILE_LABELS:
                kind = "mobile"
            found.append(ContactMethod(kind, item, label))
        return found

    def messengers(self, planned: _Planned, value: str) -> list[ContactMethod]:
        """An IM column: a contact when its service has a contact type, else her notes."""
        group = planned.column.group
        service = self.services.get(group, "")
        found = []
        for item in (v.strip() for v in _LIST_SPLIT.split(value) if v.strip()):
            scheme, _, rest = item.partition(":")
            said = {normalise(service), normalise(scheme)}
            kind = next((k for k, names in MESSENGERS.items() if said & set(names)), "")
            if kind:
                found.append(ContactMethod(kind, rest if rest and scheme else item, ""))
            else:
                self.keep(planned, f"{item} ({service})" if service else item)
        return found

    def kept_in_order(self) -> list[tuple[str, str]]:
        """What goes to her notes, in the order of the columns."""
        order = {planned.header: index for index, (planned, _) in enumerate(self.cells)}
        pairs = zip(self.kept_headers, self.kept, strict=True)
        return [kept for _, kept in sorted(pairs, key=lambda pair: order.get(pair[0], 0))]

    def keep(self, planned: _Planned, value: str) -> None:
        label = self.labels.get(planned.column.group, "") if planned.target != "label" else ""
        header = f"{planned.header} ({label})" if label else planned.header
        self.kept.append((header, value))
        self.kept_headers.append(planned.header)

    def keep_text(self, target: str, value: str) -> None:
        header = next((p.header for p, _ in self.cells if p.target == target), target)
        self.kept.append((header, value))
        self.kept_headers.append(header)


def _address(address: _Address) -> list[str]:
    """One address per formatted value, else the parts put together; nothing dropped."""
    parts = address.parts
    pieces = [", ".join(parts.get(part, [])) for part in _ADDRESS_ORDER]
    if not address.whole:
        return [", ".join(p for p in pieces if p)] if any(pieces) else []
    whole = [
        ", ".join(line.strip() for line in w.splitlines() if line.strip()) for w in address.whole
    ]
    values = [v for part in _ADDRESS_ORDER for v in parts.get(part, [])]
    missing = [v for v in values if v.casefold() not in whole[-1].casefold()]
    whole[-1] = ", ".join([whole[-1], *missing])
    return whole


def _clean_label(label: str) -> str:
    """Google marks the main value "* Mobile"; Apple writes "_$!<Mobile>!$_"."""
    label = label.strip().lstrip("*").strip()
    match = re.fullmatch(r"_\$!<(.*)>!\$_", label)
    return match.group(1) if match else label


def _delimiter(text: str) -> str:
    """The delimiter used most in the first line (the header); a comma on a tie."""
    first = text.split("\n", 1)[0]
    return max(DELIMITERS, key=first.count)


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Non-blank records with the line each starts on; ``ImportFormatError`` on broken quoting."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record) or not rows:
                rows.append((line, [_cell(cell) for cell in record]))
            if len(rows) > MAX_IMPORT_RECORDS + 1:
                raise too_many("rows")
            line = reader.line_num + 1
    except csv.Error:
        raise ImportFormatError.at_line(line, "this row cannot be read as CSV") from None
    return rows


def _header(rows: list[tuple[int, list[str]]]) -> tuple[str, ...]:
    """Take the header off ``rows``; a second column of one name becomes "Name (2)"."""
    if not rows or not any(rows[0][1]):
        raise ImportFormatError.at_line(1, "the header row with the column names is missing")
    _, cells = rows.pop(0)
    headers: list[str] = []
    seen: set[str] = set()
    copies: dict[str, int] = {}
    for cell in (c.strip() for c in cells):
        header = cell
        while header and header in seen:
            copies[cell] = copies.get(cell, 1) + 1
            header = f"{cell} ({copies[cell]})"
        seen.add(header)
        headers.append(header)
    return tuple(headers)


def _cell(cell: str) -> str:
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
