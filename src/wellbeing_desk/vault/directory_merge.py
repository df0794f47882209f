"""Merging an imported directory entry into one she already has. Pure: no I/O.

Her entry wins: its fields are kept and only the empty ones are filled from the
incoming entry. Contacts, categories, languages and regions are the union of
both; the incoming notes are added after hers, separated by a blank line.
"""

import re
from dataclasses import fields, replace
from typing import Any

from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

PHONE_LIKE = frozenset({"phone", "mobile", "signal", "whatsapp"})
# Only a value made of these is a number; "@name.01" on Signal is a username.
_PHONE_SHAPE = re.compile(r"[\d\s+\-().\/]+")
_UNIONS = ("categories", "languages", "regions", "contacts")
_NEVER_FILLED = ("notes", "favourite", "source", "starter_key")  # notes are appended instead
_EMPTY: dict[str, Any] = {"cost": "unknown", "experienced_with_defenders": "unknown"}


def contact_key(contact: ContactMethod) -> tuple[str, str]:
    """Type and value as compared: digits for a phone-like number, lower case otherwise.

    ``("phone", "+52 55 1234 5678")`` and ``("phone", "+525512345678")`` are the same.
    """
    value = " ".join(contact.value.split())
    if contact.type in PHONE_LIKE and _PHONE_SHAPE.fullmatch(value):
        digits = re.sub(r"\D", "", value)
        if digits:
            return contact.type, digits
    return contact.type, value.casefold()


def merge_entries(
    existing: DirectoryEntryInput, incoming: DirectoryEntryInput
) -> DirectoryEntryInput:
    """``existing`` with ``incoming`` merged in; validated (``DirectoryValueError`` if not)."""
    mine, theirs = existing.validate(), incoming.validate()
    changes: dict[str, Any] = {}
    for item in fields(DirectoryEntryInput):
        name = item.name
        if name in _UNIONS or name in _NEVER_FILLED:
            continue
        if _is_empty(name, getattr(mine, name)) and not _is_empty(name, getattr(theirs, name)):
            changes[name] = getattr(theirs, name)
    for name in ("categories", "languages", "regions"):
        changes[name] = tuple(dict.fromkeys((*getattr(mine, name), *getattr(theirs, name))))
    seen = {contact_key(c) for c in mine.contacts}
    added: list[ContactMethod] = []
    for contact in theirs.contacts:
        if contact_key(contact) not in seen:
            seen.add(contact_key(contact))
            added.append(contact)
    changes["contacts"] = (*mine.contacts, *added)
    changes["notes"] = _merged_notes(mine.notes, theirs.notes)
    return replace(mine, **changes).validate()


def _is_empty(name: str, value: object) -> bool:
    if name in _EMPTY:
        return bool(value == _EMPTY[name])
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == ()


def _merged_notes(mine: str, theirs: str) -> str:
    """Hers, then theirs after a blank line, unless hers already hold them."""
    addition = theirs.strip()
    if not addition or addition in mine:
        return mine
    if not mine.strip():
        return addition
    return f"{mine.rstrip()}\n\n{addition}"
