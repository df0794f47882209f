"""CSV (from a spreadsheet, another tool or our own export) into directory entries.

Two steps for the import dialog: ``sniff_columns`` shows the columns, a few
rows and a suggested mapping; ``parse_csv`` reads every row with the mapping
she confirmed. Line numbers count the header as line 1.
"""

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.limits import MAX_IMPORT_RECORDS, decode_import, too_many
from wellbeing_desk.vault.directory_types import (
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

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
    "postal",
    "notes",
    "cost",
    "hours",
    "time_zone",
)
DELIMITERS = (",", ";", "\t")
PREVIEW_ROWS = 5
# Our CSV export puts an apostrophe before a cell a spreadsheet would run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Header names (lower case, no accents, punctuation as spaces) → target field.
_SYNONYMS = {
    "name": (
        *("nombre", "nom", "nome", "full name", "nombre completo", "display name"),
        *("first name", "given name", "last name", "family name", "surname", "apellido"),
        "apellidos",
    ),
    "organisation": (
        *("organization", "organizacion", "org", "company", "empresa", "institucion"),
        *("entidad", "organizacao"),
    ),
    "kind": ("tipo", "type"),
    "description": ("descripcion", "about", "descricao"),
    "categories": ("category", "categorias", "categoria", "services", "servicios"),
    "languages": ("language", "idiomas", "idioma", "lenguas"),
    "regions": ("region", "countries", "country", "paises", "pais", "regiones"),
    "phone": ("telephone", "tel", "telefono", "phone number", "numero de telefono", "telefone"),
    "mobile": ("cell", "cellphone", "mobile phone", "movil", "celular", "telefono movil"),
    "email": ("e mail", "mail", "correo", "correo electronico", "email address"),
    "website": ("web", "url", "site", "sitio", "sitio web", "pagina web", "web site"),
    "signal": (),
    "whatsapp": (),
    "postal": ("address", "direccion", "postal address", "direccion postal", "endereco"),
    "notes": ("note", "notas", "nota", "comments", "comentarios", "observaciones"),
    "cost": ("costo", "coste", "price", "precio"),
    "hours": ("horario", "opening hours", "horas"),
    "time_zone": ("timezone", "zona horaria"),
}
_KINDS = {
    "person": "person",
    "persona": "person",
    "individual": "person",
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
    "sliding_scale": "sliding_scale",
    "escala variable": "sliding_scale",
    "paid": "paid",
    "pago": "paid",
    "de pago": "paid",
}
_LIST_SPLIT = re.compile(r"[;,\n]")
_SPLIT = {
    "phone": _LIST_SPLIT,
    "mobile": _LIST_SPLIT,
    "email": _LIST_SPLIT,
    "signal": _LIST_SPLIT,
    "whatsapp": _LIST_SPLIT,
    "website": re.compile(r";|\n|,\s"),
    "postal": re.compile(r";"),  # addresses hold commas and line breaks
}
_JOIN = {"name": " ", "organisation": " "}  # other text fields: one paragraph per column


@dataclass(frozen=True)
class CsvPreview:
    """What the import dialog shows before she confirms the mapping."""

    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first rows, padded or cut to the header's width
    suggested_mapping: dict[str, str]  # header → target field, for the headers recognised


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
    suggested = {header: field for header in headers if header and (field := suggest(header))}
    return CsvPreview(delimiter, headers, tuple(preview), suggested)


def parse_csv(data: bytes, mapping: dict[str, str]) -> list[DirectoryEntryInput]:
    """Every row as a validated entry with source ``imported``; all or nothing.

    ``mapping`` maps a column header to one of ``TARGET_FIELDS`` (or ``""`` to
    leave the column out); several columns may feed one field. A row without a
    name takes the organisation as its name. Blank rows are skipped.
    """
    for header, target in mapping.items():
        if target and target not in TARGET_FIELDS:
            raise ImportFormatError(f'The column "{header}" is mapped to an unknown field.')
    if not {"name", "organisation"} & set(mapping.values()):
        raise ImportFormatError("No column is mapped to the name or the organisation.")
    text = decode_import(data)
    rows = _rows(text, _delimiter(text))
    headers = _header(rows)
    for header, target in mapping.items():
        if target and header not in headers:
            raise ImportFormatError.at_line(1, f'there is no column "{header}"')
    targets = [mapping.get(header, "") if header else "" for header in headers]
    entries: list[DirectoryEntryInput] = []
    for line, cells in rows:
        if len(entries) == MAX_IMPORT_RECORDS:
            raise too_many("rows")
        if any(cell for cell in cells[len(headers) :]):
            raise ImportFormatError.at_line(line, "this row has more cells than the header")
        try:
            entries.append(_entry(zip(targets, cells, strict=False), line))
        except DirectoryValueError as exc:
            raise ImportFormatError.at_line(line, str(exc)) from None
    if not entries:
        raise ImportFormatError("The file has no rows below the header.")
    return entries


def suggest(header: str) -> str:
    """The target field a column header names (English or Spanish), or ``""``."""
    words = _normalise(header)
    for field in TARGET_FIELDS:
        if words == field.replace("_", " ") or words in _SYNONYMS[field]:
            return field
    return ""


def _entry(cells: Iterator[tuple[str, str]], line: int) -> DirectoryEntryInput:
    text: dict[str, list[str]] = {}
    lists: dict[str, list[str]] = {"categories": [], "languages": [], "regions": []}
    contacts: list[ContactMethod] = []
    for target, cell in cells:
        if not target or not cell.strip():
            continue
        if target in lists:
            lists[target] += [v.strip() for v in _LIST_SPLIT.split(cell) if v.strip()]
        elif target in _SPLIT:
            values = [v.strip() for v in _SPLIT[target].split(cell)]
            contacts += [ContactMethod(target, v) for v in values if v]
        else:
            text.setdefault(target, []).append(cell.strip())
    fields = {t: _JOIN.get(t, "\n\n").join(values) for t, values in text.items()}
    name = fields.pop("name", "") or fields.get("organisation", "")
    if not name:
        raise ImportFormatError.at_line(line, "the name is missing")
    kind = _normalise(fields.pop("kind", "organisation"))
    cost = _normalise(fields.pop("cost", "unknown"))
    return DirectoryEntryInput(
        name=name,
        organisation=fields.get("organisation", ""),
        description=fields.get("description", ""),
        notes=fields.get("notes", ""),
        hours=fields.get("hours", ""),
        time_zone=fields.get("time_zone", ""),
        kind=_KINDS.get(kind, kind),
        cost=_COSTS.get(cost, cost.replace(" ", "_")),
        categories=tuple(re.sub(r"[\s-]+", "_", c.casefold()) for c in lists["categories"]),
        languages=tuple(lists["languages"]),
        regions=tuple(lists["regions"]),
        contacts=tuple(contacts),
        source="imported",
    ).validate()


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
    """Take the header off ``rows``; ``ImportFormatError`` when it is missing or ambiguous."""
    if not rows or not any(rows[0][1]):
        raise ImportFormatError.at_line(1, "the header row with the column names is missing")
    _, cells = rows.pop(0)
    headers = tuple(cell.strip() for cell in cells)
    seen: set[str] = set()
    for header in headers:
        if header and header in seen:
            raise ImportFormatError.at_line(1, f'the column "{header}" appears twice')
        seen.add(header)
    return headers


def _cell(cell: str) -> str:
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def _normalise(text: str) -> str:
    """Lower case, no accents, words separated by single spaces."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+|_", " ", plain).split())
