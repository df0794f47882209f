"""The starter directory shipped in ``assets/directory/starter.json``.

Qt-free. Each entry is the neutral record format of ``vault.directory_types``
plus starter-only fields: a stable ``key``, ``source_urls``, the ``evidence``
date text, and translatable text as ``{"en": ..., "es": ...}`` objects for
``name_local``, ``description``, ``who_qualifies`` and ``safety_notes``.
Contact details are shape-checked here: a crisis directory must never ship a
malformed number or address.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wellbeing_desk.paths import assets_dir
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

FORMAT = 1
TEXT_FIELDS = ("name_local", "description", "who_qualifies", "safety_notes")
REQUIRED_TEXT = ("description",)
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PHONE = re.compile(r"^\+[1-9][0-9]{0,3}(?: ?[0-9]{1,5}){1,6}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_WEBSITE = re.compile(r"^https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/?#][^\s]*)?$")
_SIGNAL_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{2,31}\.[0-9]{2,10}$")


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


@dataclass(frozen=True)
class StarterEntry:
    key: str
    entry: DirectoryEntryInput
    texts: dict[str, dict[str, str]]  # field -> language -> text
    evidence: str
    source_urls: tuple[str, ...]

    def text(self, field: str, language: str) -> str:
        """The field in ``language`` (or its primary subtag), else English, else ""."""
        values = self.texts.get(field, {})
        primary = language.replace("_", "-").split("-")[0].lower()
        return values.get(language) or values.get(primary) or values.get("en", "")


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
    texts = {name: _translations(name, raw[name]) for name in TEXT_FIELDS if name in raw}
    for name in REQUIRED_TEXT:
        if name not in texts:
            raise ValueError(f"{name}: missing")
    evidence = raw.get("evidence")
    if not isinstance(evidence, str) or not evidence.strip():
        raise ValueError("evidence: missing")
    urls = raw.get("source_urls")
    if not isinstance(urls, list) or not urls:
        raise ValueError("source_urls: missing")
    for url in urls:
        if not isinstance(url, str) or not _WEBSITE.match(url):
            raise ValueError(f"source_urls: {url!r} is not an http(s) address")
    record = {name: value for name, value in raw.items() if name not in TEXT_FIELDS}
    record.update(
        source="starter",
        starter_key=key,
        description=texts["description"]["en"],
        who_qualifies=texts.get("who_qualifies", {}).get("en", ""),
        safety_notes=texts.get("safety_notes", {}).get("en", ""),
        notes="",
        favourite=False,
    )
    entry = DirectoryEntryInput.from_dict(record)  # DirectoryValueError is a ValueError
    for contact in entry.contacts:
        problem = contact_problem(contact)
        if problem:
            raise ValueError(f"contacts: {problem}")
    return StarterEntry(key, entry, texts, evidence.strip(), tuple(urls))


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
            text for field in TEXT_FIELDS for lang, text in item.texts.get(field, {}).items()
            if lang != "en"
        )
        for item in loaded.entries
    }  # fmt: skip
    result = vault.directory.apply_starter([item.entry for item in loaded.entries], extras)
    vault.settings.set(STARTER_VERSION_SETTING, loaded.updated)
    return result
