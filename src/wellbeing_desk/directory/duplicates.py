"""Likely duplicates between an import and the directory. Pure and Qt-free.

Two entries are likely the same when their names match ignoring case, accents
and spacing, and they share at least one phone number (compared by digits,
whatever the kind: phone, mobile, Signal, WhatsApp) or e-mail address.
"""

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wellbeing_desk.vault.directory_types import DirectoryEntryInput

PHONE_TYPES = frozenset({"phone", "mobile", "signal", "whatsapp"})
MIN_PHONE_DIGITS = 6  # fewer digits are an extension or a short code, not a number to match


@dataclass(frozen=True)
class Duplicate:
    """Incoming entry ``index`` looks like the existing entry ``existing_id``."""

    index: int
    existing_id: str
    existing_name: str


def name_key(name: str) -> str:
    """Lower case, no accents, single spaces: "  José  PÉREZ" → "jose perez"."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.split())


def contact_keys(entry: DirectoryEntryInput) -> frozenset[str]:
    """The entry's phone numbers (digits only) and e-mail addresses (lower case)."""
    keys: set[str] = set()
    for contact in entry.contacts:
        if contact.type in PHONE_TYPES:
            digits = re.sub(r"\D", "", contact.value)
            if len(digits) >= MIN_PHONE_DIGITS:
                keys.add("tel:" + digits)
        elif contact.type == "email" and contact.value.strip():
            keys.add("mail:" + contact.value.strip().casefold())
    return frozenset(keys)


def find_duplicates(
    incoming: Sequence[DirectoryEntryInput],
    existing: Iterable[tuple[str, DirectoryEntryInput]],
) -> list[Duplicate]:
    """For each incoming entry (in order) the first existing entry it likely repeats."""
    by_name: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for entry_id, entry in existing:
        key = name_key(entry.name)
        if key:
            by_name.setdefault(key, []).append((entry_id, entry.name, contact_keys(entry)))
    found: list[Duplicate] = []
    for index, entry in enumerate(incoming):
        candidates = by_name.get(name_key(entry.name), [])
        keys = contact_keys(entry) if candidates else frozenset()
        for entry_id, name, their_keys in candidates:
            if keys & their_keys:
                found.append(Duplicate(index, entry_id, name))
                break
    return found
