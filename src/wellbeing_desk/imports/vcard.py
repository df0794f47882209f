"""vCard 3.0 and 4.0 (and the vCard 2.1 most phones still write) into directory entries.

vobject does the reading: folded lines, quoted-printable, groups, escapes. On
top of it this module maps properties to ``DirectoryEntryInput`` fields:

- ``FN`` (else ``N``, else ``ORG``) → name; ``ORG`` → organisation; ``NOTE`` → notes
- ``TEL`` → mobile when its type says ``cell``, else phone; a ``tel:`` URI loses its prefix
- ``EMAIL`` → email, ``URL`` → website, ``ADR`` → postal
- ``IMPP`` / ``X-SOCIALPROFILE`` for Signal or WhatsApp → signal / whatsapp; other
  social profiles with a web address → website
- ``item1.X-ABLabel`` (Apple, Google) → the label of the contact in the same group
- ``KIND`` (4.0), ``X-ABShowAs:COMPANY`` (Apple), else a person's name in ``N`` → kind
- ``CATEGORIES`` → the categories this app knows (address-book groups are ignored),
  ``LANG`` and ``X-WD-LANGUAGES`` → languages, ``X-WD-REGIONS`` → regions, other
  ``X-WD-*`` properties → the fields our own export writes

One vobject quirk is worked around: it cuts single-valued text at the first
unescaped comma ("FN:Pérez, María" → "Pérez"), which many exporters write; the
text of those properties is taken from vobject's own line reader instead.
"""

import io
import re
from typing import Any

import vobject
from vobject.base import ContentLine, getLogicalLines, textLineToContentLine
from vobject.icalendar import stringToTextValues

from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.limits import MAX_IMPORT_RECORDS, decode_import, too_many
from wellbeing_desk.vault.directory_types import (
    CATEGORIES,
    KINDS,
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

# X-WD-* properties written by exports.directory_formats, and the text field each carries.
WD_TEXT_FIELDS = {
    "X-WD-DESCRIPTION": "description",
    "X-WD-SECURE-ROUTE": "secure_route",
    "X-WD-HOURS": "hours",
    "X-WD-TIME-ZONE": "time_zone",
    "X-WD-COST": "cost",
    "X-WD-WHO-QUALIFIES": "who_qualifies",
    "X-WD-EXPERIENCED": "experienced_with_defenders",
    "X-WD-SAFETY-NOTES": "safety_notes",
}
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_", re.DOTALL)
_LABEL_TYPES = ("home", "work", "fax")
_MESSENGERS = ("signal", "whatsapp")
_NO_PREF = 101  # after every PREF=1..100


def parse_vcards(data: bytes) -> list[DirectoryEntryInput]:
    """Every card of a .vcf file as a validated entry with source ``imported``.

    All or nothing: ``ImportFormatError`` names the first card that cannot be
    read or stored, or says why the whole file cannot (too large, no card).
    """
    text = decode_import(data)
    cards = _read_cards(text)
    if not cards:
        raise ImportFormatError("The file contains no vCard.")
    raw = _raw_values(text)
    entries = []
    for number, card in enumerate(cards, start=1):
        line = _start_line(card)
        if str(card.name).upper() != "VCARD":
            raise ImportFormatError.at_card(number, line, "this is not a vCard")
        try:
            entry = _entry(card, raw)
            if not entry.name.strip():
                raise ImportFormatError.at_card(number, line, "the name is missing")
            entries.append(entry.validate())
        except DirectoryValueError as exc:
            raise ImportFormatError.at_card(number, line, str(exc)) from None
    return entries


def _read_cards(text: str) -> list[Any]:
    cards: list[Any] = []
    try:
        for component in vobject.readComponents(text, allowQP=True):
            if len(cards) == MAX_IMPORT_RECORDS:
                raise too_many("cards")
            cards.append(component)
    except ImportFormatError:
        raise
    except Exception as exc:  # vobject raises many kinds on malformed input
        line = getattr(exc, "lineNumber", None)
        line = max(line, 1) if isinstance(line, int) else None
        raise ImportFormatError.at_card(
            len(cards) + 1, line, "this card is not valid vCard"
        ) from None
    return cards


def _raw_values(text: str) -> dict[int, str]:
    """Each logical line's value before vobject's text decoding, by line number."""
    values: dict[int, str] = {}
    try:
        for line, number in getLogicalLines(io.StringIO(text), True):
            value = textLineToContentLine(line, number).value
            if isinstance(value, str):
                values[number] = value
    except Exception:  # readComponents read the same lines already; cannot happen
        raise ImportFormatError("The file is not valid vCard.") from None
    return values


def _start_line(card: Any) -> int | None:
    numbers = [n for n in (getattr(c, "lineNumber", None) for c in _lines(card)) if n is not None]
    return max(min(numbers) - 1, 1) if numbers else None


def _entry(card: Any, raw: dict[int, str]) -> DirectoryEntryInput:
    labels = {
        str(line.group).lower(): _label(_text(line, raw))
        for line in _props(card, "X-ABLABEL")
        if line.group
    }
    person_name = ""
    has_person_name = False
    for line in _props(card, "N")[:1]:
        value = line.value
        parts = [getattr(value, part, "") for part in ("prefix", "given", "additional")]
        parts += [getattr(value, part, "") for part in ("family", "suffix")]
        person_name = " ".join(p for p in (_plain(part) for part in parts) if p)
        has_person_name = bool(
            _plain(getattr(value, "family", "")) or _plain(getattr(value, "given", ""))
        )
    organisation = ", ".join(
        part for line in _props(card, "ORG") if (part := _plain(line.value)) and part
    )
    name = _first(card, "FN", raw) or person_name or organisation
    fields: dict[str, str] = {}
    for prop, field in WD_TEXT_FIELDS.items():
        if value := _first(card, prop, raw):
            fields[field] = value
    return DirectoryEntryInput(
        name=name,
        kind=_kind(card, raw, has_person_name=has_person_name, organisation=organisation),
        organisation=organisation,
        categories=_categories(card, raw),
        languages=tuple(
            tag
            for line in [*_props(card, "LANG"), *_props(card, "X-WD-LANGUAGES")]
            for tag in _text(line, raw).split(",")
        ),
        regions=tuple(
            code for line in _props(card, "X-WD-REGIONS") for code in _text(line, raw).split(",")
        ),
        contacts=_contacts(card, raw, labels),
        notes="\n\n".join(t for line in _props(card, "NOTE") if (t := _text(line, raw).strip())),
        description=fields.get("description", ""),
        secure_route=fields.get("secure_route", ""),
        hours=fields.get("hours", ""),
        time_zone=fields.get("time_zone", ""),
        cost=fields.get("cost", "unknown"),
        who_qualifies=fields.get("who_qualifies", ""),
        experienced_with_defenders=fields.get("experienced_with_defenders", "unknown"),
        safety_notes=fields.get("safety_notes", ""),
        source="imported",
    )


def _kind(card: Any, raw: dict[int, str], *, has_person_name: bool, organisation: str) -> str:
    own = _first(card, "X-WD-KIND", raw).lower()
    if own in KINDS:
        return own
    kind = _first(card, "KIND", raw).lower()
    if kind == "individual":
        return "person"
    if kind in ("org", "organization", "organisation", "group", "location"):
        return "organisation"
    if _first(card, "X-ABSHOWAS", raw).upper() == "COMPANY":
        return "organisation"
    # A person's name in N, unless N just repeats the organisation's name.
    fn = _first(card, "FN", raw)
    if has_person_name and not (organisation and fn.casefold() == organisation.casefold()):
        return "person"
    return "organisation"


def _categories(card: Any, raw: dict[int, str]) -> tuple[str, ...]:
    found = []
    for line in _props(card, "CATEGORIES"):
        values = line.value if isinstance(line.value, list) else _text(line, raw).split(",")
        for value in values:
            key = re.sub(r"[\s-]+", "_", _plain(value).casefold())
            if key in CATEGORIES:
                found.append(key)
    return tuple(found)


def _contacts(card: Any, raw: dict[int, str], labels: dict[str, str]) -> tuple[ContactMethod, ...]:
    found: list[tuple[int, int, ContactMethod]] = []

    def add(line: Any, kind: str, value: str) -> None:
        value = value.strip()
        if not value:
            return
        types = _types(line)
        label = labels.get(str(line.group).lower(), "") if line.group else ""
        if not label:
            label = next((t for t in _LABEL_TYPES if t in types), "")
        pref = _pref(line, types)
        number = line.lineNumber if isinstance(line.lineNumber, int) else 0
        found.append((pref, number, ContactMethod(kind, value, label)))

    for line in _props(card, "TEL"):
        kind = "mobile" if {"cell", "mobile", "iphone"} & _types(line) else "phone"
        add(line, kind, _strip_scheme(_text(line, raw), "tel:"))
    for line in _props(card, "EMAIL"):
        add(line, "email", _strip_scheme(_text(line, raw), "mailto:"))
    for line in _props(card, "URL"):
        add(line, "website", _text(line, raw))
    for line in _props(card, "ADR"):
        add(line, "postal", _address(line.value))
    for line in [*_props(card, "IMPP"), *_props(card, "X-SOCIALPROFILE")]:
        value = _text(line, raw).strip()
        service = " ".join([*_types(line), _param(line, "X-SERVICE-TYPE"), value.casefold()])
        messenger = next((m for m in _MESSENGERS if m in service), "")
        if messenger:
            add(line, messenger, _strip_scheme(value, messenger + ":"))
        elif line.name == "X-SOCIALPROFILE" and value.casefold().startswith(("http:", "https:")):
            add(line, "website", value)
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(contact for _, _, contact in found)


def _address(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    parts = ("street", "extended", "box", "city", "region", "code", "country")
    return ", ".join(p for p in (_plain(getattr(value, part, "")) for part in parts) if p)


def _props(card: Any, name: str) -> list[Any]:
    """The content lines called ``name`` (nested components are left out)."""
    contents = getattr(card, "contents", {})
    lines = contents.get(name.lower(), []) if isinstance(contents, dict) else []
    return [line for line in lines if isinstance(line, ContentLine)]


def _lines(card: Any) -> list[Any]:
    contents = getattr(card, "contents", {})
    if not isinstance(contents, dict):
        return []
    return [line for lines in contents.values() for line in lines if isinstance(line, ContentLine)]


def _first(card: Any, name: str, raw: dict[int, str]) -> str:
    return next((t for line in _props(card, name) if (t := _text(line, raw).strip())), "")


def _text(line: Any, raw: dict[int, str]) -> str:
    """A single-valued text property, unescaped, without vobject's cut at the first comma."""
    value = line.value
    if isinstance(value, bytes):  # ENCODING=b
        return value.decode("utf-8", "replace")
    source = raw.get(line.lineNumber) if isinstance(line.lineNumber, int) else None
    if source is not None and isinstance(value, str):
        # A separator no character equals: unescape, never split.
        return str(stringToTextValues(source, listSeparator="")[0])
    return _plain(value)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip()
    if isinstance(value, list | tuple):
        return ", ".join(p for p in (_plain(v) for v in value) if p)
    return str(value).strip()


def _types(line: Any) -> set[str]:
    values = [*line.params.get("TYPE", []), *line.singletonparams]
    return {t.strip().casefold() for v in values for t in str(v).split(",") if t.strip()}


def _param(line: Any, name: str) -> str:
    return " ".join(str(v) for v in line.params.get(name, [])).casefold()


def _pref(line: Any, types: set[str]) -> int:
    value = _param(line, "PREF")
    if value.isascii() and value.isdigit() and 1 <= int(value[:4]) <= 100:
        return int(value)
    return 1 if "pref" in types else _NO_PREF


def _label(text: str) -> str:
    match = _APPLE_LABEL.fullmatch(text.strip())
    return (match.group(1) if match else text).strip()


def _strip_scheme(value: str, scheme: str) -> str:
    value = value.strip()
    return value[len(scheme) :] if value.casefold().startswith(scheme) else value
