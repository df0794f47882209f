"""Who she can reach now, in the order a hard moment needs (Qt-free; runs on the worker).

Her emergency people come first, in her order; then her favourites; then
support entries — counselling, trauma care, peer support, protection and
helplines — in her language first. Manuals and kits (kind "resource") are
no one to call and are left out. Each person's best way to reach them comes
first: a number before a messenger, a messenger before e-mail, a web page last.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter, DirectorySummary
from wellbeing_desk.vault.directory_types import ContactMethod
from wellbeing_desk.vault.emergency import CARER

# Counselling and helplines for her; protection when she is not safe.
SUPPORT_CATEGORIES = ("counselling", "trauma_care", "peer_support", "physical_protection")
CONTACT_ORDER = ("phone", "mobile", "signal", "whatsapp", "telegram", "email", "website", "postal")
MAX_SUPPORT = 12
SUPPORT_READ = 200  # support entries read before the callable ones are put first
GROUPS = ("emergency", "favourite", "support")


@dataclass(frozen=True)
class ReachItem:
    entry_id: str
    name: str
    organisation: str
    kind: str
    group: str  # one of GROUPS
    role: str  # her emergency role ("person", "security", "local", "carer"), or ""
    contacts: tuple[ContactMethod, ...]  # best first

    @property
    def primary(self) -> ContactMethod | None:
        return self.contacts[0] if self.contacts else None


def best_first(contacts: Iterable[ContactMethod]) -> tuple[ContactMethod, ...]:
    """Contacts ordered by how directly they reach a person (stable within a type)."""
    rank = {kind: position for position, kind in enumerate(CONTACT_ORDER)}
    return tuple(sorted(contacts, key=lambda c: rank.get(c.type, len(rank))))


def reach_list(
    vault: Vault, language: str | None, max_support: int = MAX_SUPPORT
) -> list[ReachItem]:
    """Her people, then her favourites, then support in ``language`` first."""
    items: list[ReachItem] = []
    seen: set[str] = set()
    # Her people first, then who would look after the people who depend on her.
    for person in vault.emergency.people() + vault.emergency.carers():
        if person.entry_id in seen:
            continue
        seen.add(person.entry_id)
        items.append(
            ReachItem(
                person.entry_id,
                person.name,
                person.organisation,
                person.kind,
                "emergency",
                person.role,
                best_first(person.contacts),
            )
        )
    favourites = vault.directory.search(DirectoryFilter(favourites_only=True))
    items += _items(vault, favourites, "favourite", seen, limit=None)
    support = _items(vault, support_entries(vault, language), "support", seen, limit=SUPPORT_READ)
    # In a crisis a number matters most: entries one can call or message come first
    # (stable, so her language and her favourites still lead within each kind of contact).
    support.sort(key=lambda item: _reach_rank(item.primary))
    return items + support[:max_support]


def _reach_rank(contact: ContactMethod | None) -> int:
    if contact is None:
        return len(CONTACT_ORDER) + 1
    return (
        CONTACT_ORDER.index(contact.type) if contact.type in CONTACT_ORDER else len(CONTACT_ORDER)
    )


def emergency_people(vault: Vault) -> list[ReachItem]:
    """Only her own emergency people (what the debrief's panels show first; no carers)."""
    return [
        item
        for item in reach_list(vault, None, max_support=0)
        if item.group == "emergency" and item.role != CARER
    ]


def support_entries(vault: Vault, language: str | None) -> list[DirectorySummary]:
    """Support entries and helplines: her language first, favourites first within it."""
    found: dict[str, DirectorySummary] = {}
    for lang in dict.fromkeys((language or None, None)):
        batch: list[DirectorySummary] = []
        for category in SUPPORT_CATEGORIES:
            batch += vault.directory.search(DirectoryFilter(category=category, language=lang))
        batch += vault.directory.search(DirectoryFilter(kind="hotline", language=lang))
        batch.sort(key=lambda row: not row.favourite)  # stable: favourites, then by name
        for row in batch:
            found.setdefault(row.id, row)
    return list(found.values())


def _items(
    vault: Vault,
    rows: list[DirectorySummary],
    group: str,
    seen: set[str],
    limit: int | None,
) -> list[ReachItem]:
    items: list[ReachItem] = []
    for row in rows:
        if limit is not None and len(items) >= limit:
            break
        if row.id in seen or row.kind == "resource":
            continue
        found = vault.directory.get(row.id)
        if found is None:
            continue
        seen.add(row.id)
        items.append(
            ReachItem(
                row.id,
                row.name,
                row.organisation,
                row.kind,
                group,
                "",
                best_first(found.entry.contacts),
            )
        )
    return items
