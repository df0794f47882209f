"""The shape of a directory entry, shared by the vault, importers, exports and the starter file.

Plain data and validation only (no I/O). ``DirectoryEntryInput.from_dict`` and
``to_dict`` define the neutral record format used by the CLI's JSON, the JSON
export and the starter directory file.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from wellbeing_desk.vault.text_rules import code_point, first_unsafe, without_unsafe

KINDS = ("person", "organisation", "hotline", "resource")
CATEGORIES = (
    "counselling",
    "trauma_care",
    "legal_support",
    "digital_security",
    "physical_protection",
    "medical",
    "relocation",
    "funding",
    "peer_support",
    "retreats",
    "self_care",
)
CONTACT_TYPES = (
    "phone",
    "mobile",
    "signal",
    "whatsapp",
    "telegram",
    "xmpp",
    "email",
    "website",
    "postal",
)
COSTS = ("unknown", "free", "sliding_scale", "paid")
EXPERIENCE = ("unknown", "yes", "no")
SOURCES = ("mine", "imported", "starter")
WORLDWIDE = "worldwide"
MAX_TEXT = 20_000
MAX_SHORT = 300
# Far above any real card (an address book's busiest has a few dozen), far below
# what makes storing or showing an entry slow (a 400,000-phone card took 15 s).
MAX_CONTACTS = 100
MAX_CONTACT_VALUE = 1_000  # a postal address, a long URL
MAX_LIST_ITEMS = 100  # languages, regions, source pages
MAX_TIME_ZONE = 64
# Fields that may span lines; every other text is one line.
_LONG_FIELDS = ("description", "secure_route", "hours", "who_qualifies", "safety_notes", "notes")
_LINE_FIELDS = ("name", "organisation", "time_zone")


class DirectoryValueError(ValueError):
    """A field that cannot be stored, with the field's name in the message."""


@dataclass(frozen=True)
class ContactMethod:
    type: str
    value: str
    label: str = ""


@dataclass(frozen=True)
class DirectoryEntryInput:
    name: str
    kind: str = "organisation"
    organisation: str = ""
    description: str = ""
    categories: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # BCP 47 tags
    regions: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 codes, or "worldwide"
    contacts: tuple[ContactMethod, ...] = ()
    secure_route: str = ""
    hours: str = ""
    time_zone: str = ""  # IANA name, e.g. "Europe/Dublin"
    cost: str = "unknown"
    who_qualifies: str = ""
    experienced_with_defenders: str = "unknown"
    last_checked: date | None = None
    safety_notes: str = ""
    notes: str = ""  # her private notes
    favourite: bool = False
    source: str = "mine"
    starter_key: str | None = None
    source_urls: tuple[str, ...] = field(default=())

    def validate(self) -> "DirectoryEntryInput":
        """A cleaned copy, or ``DirectoryValueError`` naming the field."""
        name = " ".join(self.name.split())
        if not name:
            raise DirectoryValueError("name: must not be empty")
        _check_choice("kind", self.kind, KINDS)
        _check_choice("cost", self.cost, COSTS)
        _check_choice("experienced_with_defenders", self.experienced_with_defenders, EXPERIENCE)
        _check_choice("source", self.source, SOURCES)
        for category in self.categories:
            _check_choice("categories", category, CATEGORIES)
        if len(self.contacts) > MAX_CONTACTS:
            raise DirectoryValueError(f"contacts: at most {MAX_CONTACTS} per entry")
        for contact in self.contacts:
            _check_choice("contacts", contact.type, CONTACT_TYPES)
            if not contact.value.strip():
                raise DirectoryValueError("contacts: a contact needs a value")
            _check_text("contacts", contact.value, MAX_CONTACT_VALUE, long=contact.type == "postal")
            _check_text("contacts", contact.label, MAX_SHORT)
        for label, items in (
            ("languages", self.languages),
            ("regions", self.regions),
            ("source_urls", self.source_urls),
        ):
            if len(items) > MAX_LIST_ITEMS:
                raise DirectoryValueError(f"{label}: at most {MAX_LIST_ITEMS}")
        for url in self.source_urls:
            _check_text("source_urls", url, MAX_CONTACT_VALUE)
        languages = tuple(dict.fromkeys(_language(tag) for tag in self.languages if tag.strip()))
        regions = tuple(dict.fromkeys(_region(code) for code in self.regions if code.strip()))
        _check_text("name", name, MAX_SHORT)
        _check_text("organisation", self.organisation, MAX_SHORT)
        _check_text("time_zone", self.time_zone, MAX_TIME_ZONE)
        for label in _LONG_FIELDS:
            _check_text(label, getattr(self, label), MAX_TEXT, long=True)
        return replace(
            self,
            name=name,
            organisation=self.organisation.strip(),
            categories=tuple(dict.fromkeys(self.categories)),
            languages=languages,
            regions=regions,
            contacts=tuple(
                ContactMethod(c.type, c.value.strip(), c.label.strip()) for c in self.contacts
            ),
        )

    def without_unsafe(self) -> "DirectoryEntryInput":
        """A copy with every control and bidi override taken out (what an importer stores)."""
        changes: dict[str, Any] = {f: without_unsafe(getattr(self, f)) for f in _LINE_FIELDS}
        changes.update({f: without_unsafe(getattr(self, f), long=True) for f in _LONG_FIELDS})
        changes["contacts"] = tuple(
            ContactMethod(
                c.type,
                without_unsafe(c.value, long=c.type == "postal"),
                without_unsafe(c.label),
            )
            for c in self.contacts
        )
        changes["source_urls"] = tuple(without_unsafe(url) for url in self.source_urls)
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "organisation": self.organisation,
            "description": self.description,
            "categories": list(self.categories),
            "languages": list(self.languages),
            "regions": list(self.regions),
            "contacts": [
                {"type": c.type, "value": c.value, "label": c.label} for c in self.contacts
            ],
            "secure_route": self.secure_route,
            "hours": self.hours,
            "time_zone": self.time_zone,
            "cost": self.cost,
            "who_qualifies": self.who_qualifies,
            "experienced_with_defenders": self.experienced_with_defenders,
            "last_checked": self.last_checked.isoformat() if self.last_checked else None,
            "safety_notes": self.safety_notes,
            "notes": self.notes,
            "favourite": self.favourite,
            "source": self.source,
            "starter_key": self.starter_key,
            "source_urls": list(self.source_urls),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DirectoryEntryInput":
        """Build from the neutral record format; ``DirectoryValueError`` on bad shapes."""
        if not isinstance(data, dict):
            raise DirectoryValueError("record: expected an object")
        try:
            checked = data.get("last_checked")
            contacts = tuple(
                ContactMethod(str(c["type"]), str(c["value"]), str(c.get("label", "")))
                for c in data.get("contacts", [])
            )
            entry = cls(
                name=str(data["name"]),
                kind=str(data.get("kind", "organisation")),
                organisation=str(data.get("organisation", "")),
                description=str(data.get("description", "")),
                categories=tuple(str(c) for c in data.get("categories", [])),
                languages=tuple(str(t) for t in data.get("languages", [])),
                regions=tuple(str(r) for r in data.get("regions", [])),
                contacts=contacts,
                secure_route=str(data.get("secure_route", "")),
                hours=str(data.get("hours", "")),
                time_zone=str(data.get("time_zone", "")),
                cost=str(data.get("cost", "unknown")),
                who_qualifies=str(data.get("who_qualifies", "")),
                experienced_with_defenders=str(data.get("experienced_with_defenders", "unknown")),
                last_checked=date.fromisoformat(checked) if checked else None,
                safety_notes=str(data.get("safety_notes", "")),
                notes=str(data.get("notes", "")),
                favourite=bool(data.get("favourite", False)),
                source=str(data.get("source", "mine")),
                starter_key=data.get("starter_key"),
                source_urls=tuple(str(u) for u in data.get("source_urls", [])),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DirectoryValueError(f"record: {type(exc).__name__}: {exc}") from None
        return entry.validate()


def _check_text(label: str, text: str, limit: int, *, long: bool = False) -> None:
    if len(text) > limit:
        raise DirectoryValueError(f"{label}: at most {limit} characters")
    unsafe = first_unsafe(text, long=long)
    if unsafe is not None:
        raise DirectoryValueError(
            f"{label}: holds an invisible control character ({code_point(unsafe)}) "
            "that cannot be stored"
        )


def _check_choice(label: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise DirectoryValueError(f"{label}: {value!r} is not one of {', '.join(choices)}")


def _language(tag: str) -> str:
    """A BCP 47 tag in its usual case (``pt-br`` -> ``pt-BR``); shape-checked only."""
    parts = tag.strip().replace("_", "-").split("-")
    if not all(part.isalnum() and 1 <= len(part) <= 8 for part in parts) or not parts[0].isalpha():
        raise DirectoryValueError(f"languages: {tag!r} is not a language tag")
    head, *rest = parts
    fixed = [head.lower()]
    for part in rest:
        if len(part) == 2 and part.isalpha():
            fixed.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            fixed.append(part.title())
        else:
            fixed.append(part.lower())
    return "-".join(fixed)


def _region(code: str) -> str:
    value = code.strip()
    if value.lower() == WORLDWIDE:
        return WORLDWIDE
    if len(value) == 2 and value.isalpha():
        return value.upper()
    raise DirectoryValueError(f"regions: {code!r} is not a two-letter country code or worldwide")
