"""The starter directory shipped in ``assets/directory/starter.json``.

Qt-free. Each entry is the neutral record format of ``vault.directory_types``
plus starter-only fields: a stable ``key``, ``source_urls``, the ``evidence``
date text, and translatable text as ``{"en": ..., "es": ...}`` objects for
``name_local``, ``description``, ``who_qualifies`` and ``safety_notes``, and
for ``secure_route`` and ``hours`` (these two may also be one plain string).
The vault keeps the English text; the UI shows the rest by key.
Contact details are shape-checked here: a crisis directory must never ship a
malformed number or address.

Where a date was seen: a starter entry's ``last_checked`` is the date printed
on a source page, not a check by her; ``last_checked_source`` names that page
(one of ``source_urls``), so the app can say "from {host}, seen {date}".

A contact may carry its own provenance and more (all optional):

- ``label``: a string, or ``{"en": ..., "es": ...}`` (the vault keeps English);
- ``source_url`` and ``seen``: the page it was found on (one of ``source_urls``)
  and the date seen there, ``YYYY-MM-DD`` or ``YYYY-MM`` when only the month
  is known;
- ``hours`` (``"24/7"``) and ``languages`` (BCP 47 tags) of that line;
- ``emergency: true``: a public line that answers at any hour, shown on the
  lock screen (``public_emergency_lines``). It needs ``hours`` "24/7", a
  source and a seen date.
"""

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton

from wellbeing_desk.paths import assets_dir
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryEntry
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

FORMAT = 1
TEXT_FIELDS = (
    "name_local",
    "description",
    "who_qualifies",
    "safety_notes",
    "secure_route",
    "hours",
)
PLAIN_TEXT_FIELDS = ("secure_route", "hours")  # may also be one string for every language
REQUIRED_TEXT = ("description",)
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PHONE = re.compile(r"^\+[1-9][0-9]{0,3}(?: ?[0-9]{1,5}){1,6}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_WEBSITE = re.compile(r"^https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/?#][^\s]*)?$")
_SIGNAL_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{2,31}\.[0-9]{2,10}$")
_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://([^/?#:]+)")
_SEEN = re.compile(r"^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$")
ROUND_THE_CLOCK = "24/7"


def default_path() -> Path:
    return assets_dir() / "directory" / "starter.json"


def contact_problem(contact: ContactMethod) -> str | None:
    """Why a contact value is malformed, or ``None`` if its shape is fine."""
    value = contact.value
    if contact.type in ("phone", "mobile", "whatsapp"):
        digits = sum(ch.isdigit() for ch in value)
        if not _PHONE.match(value) or not 8 <= digits <= 15:
            return f"{contact.type} {value!r} is not an international number like +353 1 234 5678"
    elif contact.type == "signal":
        if not (_PHONE.match(value) or _SIGNAL_USERNAME.match(value)):
            return f"signal {value!r} is neither an international number nor a Signal username"
    elif contact.type == "email":
        if not _EMAIL.match(value):
            return f"email {value!r} is not an email address"
    elif contact.type == "website" and not _WEBSITE.match(value):
        return f"website {value!r} is not an http(s) address"
    return None


def source_host(url: str) -> str:
    """The host a source page is on, as people write it: ``protectdefenders.eu``."""
    found = _HOST.match(url)  # not urllib: nothing outside sync imports network modules
    host = (found.group(1) if found else url).lower()
    return host.removeprefix("www.")


def seen_text(seen: str, language: str) -> str:
    """A seen date in ``language``: "February 2020" for ``2020-02``, a long date otherwise."""
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale.parse("en")
    if len(seen) == len("2020-02"):
        return format_skeleton("yMMMM", date.fromisoformat(seen + "-01"), locale=locale)
    return format_date(date.fromisoformat(seen), "long", locale=locale)


def _in_language(values: dict[str, str], language: str) -> str:
    primary = language.replace("_", "-").split("-")[0].lower()
    return values.get(language) or values.get(primary) or values.get("en", "")


@dataclass(frozen=True)
class StarterContact:
    """One shipped contact with where it was found (``source_url``, ``seen``)."""

    contact: ContactMethod  # as stored in the vault: English label
    labels: dict[str, str] = field(default_factory=dict)  # language -> label
    source_url: str = ""
    seen: str = ""  # "YYYY-MM-DD", or "YYYY-MM" when only the month is known
    hours: str = ""
    languages: tuple[str, ...] = ()
    emergency: bool = False

    def label(self, language: str) -> str:
        return _in_language(self.labels, language) or self.contact.label

    @property
    def source(self) -> str:
        return source_host(self.source_url) if self.source_url else ""


@dataclass(frozen=True)
class StarterEntry:
    key: str
    entry: DirectoryEntryInput
    texts: dict[str, dict[str, str]]  # field -> language -> text
    evidence: str
    source_urls: tuple[str, ...]
    contacts: tuple[StarterContact, ...] = ()  # in the order of entry.contacts
    last_checked_source: str = ""  # the page ``entry.last_checked`` was seen on

    def text(self, field: str, language: str) -> str:
        """The field in ``language`` (or its primary subtag), else English, else ""."""
        return _in_language(self.texts.get(field, {}), language)

    def contact(self, contact: ContactMethod) -> StarterContact | None:
        """The shipped contact with this type and value (she may have changed it)."""
        for item in self.contacts:
            if (item.contact.type, item.contact.value) == (contact.type, contact.value):
                return item
        return None


@dataclass(frozen=True)
class EmergencyLine:
    """A public line that answers at any hour, as the lock screen shows it."""

    key: str  # the starter entry's key
    name: str  # the organisation's own name (the same in every language)
    contact_type: str  # "phone", "email", …
    value: str
    label: str  # in the language asked for
    hours: str  # "24/7"
    languages: tuple[str, ...]  # languages the line answers in; () when not confirmed
    source: str  # the source page's host, e.g. "protectdefenders.eu"
    source_url: str
    seen_on: str  # "YYYY-MM-DD" or "YYYY-MM"
    seen: str  # seen_on in the language asked for: "February 2020", "febrero de 2020"

    @property
    def contacts(self) -> tuple[ContactMethod, ...]:
        return (ContactMethod(self.contact_type, self.value, self.label),)


@dataclass(frozen=True)
class StarterDirectory:
    updated: str
    entries: tuple[StarterEntry, ...]
    excluded: tuple[tuple[str, str], ...]  # (name, reason)

    def get(self, key: str) -> StarterEntry:
        for item in self.entries:
            if item.key == key:
                return item
        raise KeyError(key)

    def text(self, key: str, field: str, language: str) -> str:
        return self.get(key).text(field, language)


@cache
def shipped_starter() -> StarterDirectory | None:
    """The shipped file, read once; ``None`` if it is broken (a test guards it)."""
    try:
        return load_starter()
    except ValueError:
        return None


def public_emergency_lines(
    language: str, starter: StarterDirectory | None = None
) -> list[EmergencyLine]:
    """The public 24/7 lines of the starter directory, in file order, labels in ``language``.

    Reads only the shipped file (``starter`` for tests), never the vault, so
    the lock screen can show them. Each line keeps its source page and the
    date it was seen there: show them with "check before relying on it".
    """
    loaded = starter if starter is not None else shipped_starter()
    if loaded is None:
        return []
    lines: list[EmergencyLine] = []
    for item in loaded.entries:
        for shipped in item.contacts:
            if not shipped.emergency:
                continue
            lines.append(
                EmergencyLine(
                    key=item.key,
                    name=item.entry.name,
                    contact_type=shipped.contact.type,
                    value=shipped.contact.value,
                    label=shipped.label(language),
                    hours=shipped.hours,
                    languages=shipped.languages,
                    source=shipped.source,
                    source_url=shipped.source_url,
                    seen_on=shipped.seen,
                    seen=seen_text(shipped.seen, language),
                )
            )
    return lines


def load_starter(path: Path | None = None) -> StarterDirectory:
    """Read and validate the starter file; ``ValueError`` naming the entry on any problem."""
    source = path or default_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"starter directory {source}: cannot read: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"starter directory {source}: expected format {FORMAT}")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise ValueError(f"starter directory {source}: 'entries' must be a list")
    entries: list[StarterEntry] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_entries):
        key = raw.get("key") if isinstance(raw, dict) else None
        label = key if isinstance(key, str) and key else f"#{index}"
        try:
            item = _entry(raw)
        except ValueError as exc:
            raise ValueError(f"starter entry {label}: {exc}") from None
        if item.key in seen:
            raise ValueError(f"starter entry {label}: duplicate key")
        seen.add(item.key)
        entries.append(item)
    return StarterDirectory(
        updated=str(data.get("updated", "")),
        entries=tuple(entries),
        excluded=_excluded(data.get("excluded", [])),
    )


def _entry(raw: Any) -> StarterEntry:
    if not isinstance(raw, dict):
        raise ValueError("expected an object")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValueError("key: expected a lowercase slug such as 'front-line-defenders'")
    texts = {
        name: {"en": raw[name].strip()}
        if name in PLAIN_TEXT_FIELDS and isinstance(raw[name], str)
        else _translations(name, raw[name])
        for name in TEXT_FIELDS
        if name in raw and raw[name] != ""
    }
    for name in REQUIRED_TEXT:
        if name not in texts:
            raise ValueError(f"{name}: missing")
    evidence = raw.get("evidence")
    if not isinstance(evidence, str) or not evidence.strip():
        raise ValueError("evidence: missing")
    urls = _source_urls(raw)
    checked_source = raw.get("last_checked_source", "")
    if bool(raw.get("last_checked")) != bool(checked_source) or (
        checked_source and checked_source not in urls
    ):
        raise ValueError(
            "last_checked_source: with last_checked, name the source page (one of "
            "source_urls) that date was seen on"
        )
    raw_contacts = raw.get("contacts", [])
    if not isinstance(raw_contacts, list):
        raise ValueError("contacts: expected a list")
    shipped = [_contact(index, contact, urls) for index, contact in enumerate(raw_contacts)]
    record = {
        name: value
        for name, value in raw.items()
        if name not in (*TEXT_FIELDS, "last_checked_source")
    }
    record["contacts"] = [
        {"type": c.contact.type, "value": c.contact.value, "label": c.contact.label}
        for c in shipped
    ]
    record.update(
        source="starter",
        starter_key=key,
        description=texts["description"]["en"],
        **{
            name: texts.get(name, {}).get("en", "")
            for name in ("who_qualifies", "safety_notes", *PLAIN_TEXT_FIELDS)
        },
        notes="",
        favourite=False,
    )
    entry = DirectoryEntryInput.from_dict(record)  # DirectoryValueError is a ValueError
    for contact in entry.contacts:
        problem = contact_problem(contact)
        if problem:
            raise ValueError(f"contacts: {problem}")
    # Each contact as the vault stores it (validated and trimmed), with its provenance.
    shipped = [
        replace(item, contact=stored) for stored, item in zip(entry.contacts, shipped, strict=True)
    ]
    return StarterEntry(
        key, entry, texts, evidence.strip(), tuple(urls), tuple(shipped), checked_source
    )


def _source_urls(raw: dict[str, Any]) -> list[str]:
    urls = raw.get("source_urls")
    if not isinstance(urls, list) or not urls:
        raise ValueError("source_urls: missing")
    for url in urls:
        if not isinstance(url, str) or not _WEBSITE.match(url):
            raise ValueError(f"source_urls: {url!r} is not an http(s) address")
    return urls


def _contact(index: int, raw: Any, urls: list[str]) -> StarterContact:
    """One contact object of the file, with its optional provenance checked."""
    where = f"contacts[{index}]"
    if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
        raise ValueError(f"{where}: expected an object with a type and a value")
    if not isinstance(raw.get("value"), str):
        raise ValueError(f"{where}: expected an object with a type and a value")
    label = raw.get("label", "")
    labels = _translations(f"{where}.label", label) if isinstance(label, dict) else {}
    english = labels.get("en", label if isinstance(label, str) else "")
    source_url = raw.get("source_url", "")
    seen = raw.get("seen", "")
    if bool(source_url) != bool(seen):
        raise ValueError(f"{where}: source_url and seen go together")
    if source_url and source_url not in urls:
        raise ValueError(f"{where}: source_url {source_url!r} is not one of source_urls")
    if seen:
        if not isinstance(seen, str) or not _SEEN.match(seen):
            raise ValueError(f"{where}: seen {seen!r} is not YYYY-MM-DD or YYYY-MM")
        try:
            date.fromisoformat(seen if len(seen) > len("2020-02") else seen + "-01")
        except ValueError:
            raise ValueError(f"{where}: seen {seen!r} is not a date") from None
    hours = raw.get("hours", "")
    languages = raw.get("languages", [])
    if not isinstance(hours, str) or not isinstance(languages, list):
        raise ValueError(f"{where}: hours is text and languages a list of tags")
    emergency = raw.get("emergency", False)
    if not isinstance(emergency, bool):
        raise ValueError(f"{where}: emergency is true or false")
    if emergency and (hours != ROUND_THE_CLOCK or not source_url):
        raise ValueError(
            f"{where}: an emergency line needs hours {ROUND_THE_CLOCK!r}, a source_url and seen"
        )
    return StarterContact(
        ContactMethod(raw["type"], raw["value"], english),
        labels,
        source_url,
        seen,
        hours,
        tuple(str(tag) for tag in languages),
        emergency,
    )


def _translations(name: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError(f"{name}: expected an object of language -> text")
    if not value.get("en", "").strip():
        raise ValueError(f"{name}: English text missing")
    return {lang: text.strip() for lang, text in value.items()}


def _excluded(raw: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list):
        raise ValueError("starter directory: 'excluded' must be a list")
    result: list[tuple[str, str]] = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("name") or not item.get("reason"):
            raise ValueError(f"starter directory: excluded item {item!r} needs name and reason")
        result.append((str(item["name"]), str(item["reason"])))
    return tuple(result)


def own_check(found: DirectoryEntry) -> date | None:
    """The day she checked the entry herself, or ``None``.

    A starter entry's ``last_checked`` is the date seen on a source page until
    she sets it herself ("I checked this", or in the editor); hers is in
    ``edited_fields`` from then on.
    """
    checked = found.entry.last_checked
    if checked is None or found.entry.source != "starter":
        return checked
    return checked if "last_checked" in found.edited_fields else None


def page_seen(found: DirectoryEntry) -> tuple[str, date] | None:
    """(host, date) for a starter entry's date seen on a source page; ``None`` if hers or none."""
    entry = found.entry
    if entry.source != "starter" or entry.last_checked is None or own_check(found) is not None:
        return None
    starter = shipped_starter()
    url = ""
    if starter is not None and entry.starter_key:
        try:
            url = starter.get(entry.starter_key).last_checked_source
        except KeyError:
            url = ""
    url = url or next(iter(entry.source_urls), "")
    return (source_host(url), entry.last_checked) if url else None


def shipped_contact(found: DirectoryEntry, contact: ContactMethod) -> StarterContact | None:
    """The shipped starter contact behind one of a starter entry's contacts (if unchanged)."""
    key = found.entry.starter_key
    starter = shipped_starter()
    if found.entry.source != "starter" or not key or starter is None:
        return None
    try:
        return starter.get(key).contact(contact)
    except KeyError:
        return None


STARTER_VERSION_SETTING = "directory.starter_updated"


def ensure_starter(vault: Vault, starter: StarterDirectory | None = None) -> tuple[int, int]:
    """Load the starter directory into ``vault`` once per shipped version.

    A newer app version adds and refreshes starter entries; every field she
    edited, her notes and favourites stay hers (``apply_starter``). Returns
    (added, updated); (0, 0) when this version is already in the vault.
    """
    loaded = starter or load_starter()
    if vault.settings.get(STARTER_VERSION_SETTING) == loaded.updated:
        return 0, 0
    extras = {
        item.key: " ".join(
            [text for field in TEXT_FIELDS for lang, text in item.texts.get(field, {}).items()
             if lang != "en"]
            + [text for contact in item.contacts for lang, text in contact.labels.items()
               if lang != "en"]
        )
        for item in loaded.entries
    }  # fmt: skip
    result = vault.directory.apply_starter([item.entry for item in loaded.entries], extras)
    vault.settings.set(STARTER_VERSION_SETTING, loaded.updated)
    return result
