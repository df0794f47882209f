"""What the Debrief section asks of the vault: her debriefs, saving one, who to reach.

The decisions live here, tested without Qt: what the start page shows, when a
stored debrief can be opened, who the support panel offers to reach (her
emergency people, then the people she named, then directory entries), and
which directory entries the "who can I reach" step suggests.
"""

from dataclasses import dataclass

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.flow import Contact, DebriefFlow, SupportReason
from wellbeing_desk.debrief.record import TemplateChoice, available_templates
from wellbeing_desk.reach_someone import emergency_people
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.debriefs import Debrief, DebriefInput, DebriefSummary
from wellbeing_desk.vault.directory import DirectoryFilter, DirectorySummary
from wellbeing_desk.vault.directory_types import ContactMethod

SUPPORT_CATEGORIES = ("counselling", "trauma_care", "peer_support")
# Not safe right now: protection first (emergency lines), then the same support.
SAFETY_CATEGORIES = ("physical_protection", *SUPPORT_CATEGORIES)
MAX_ENTRIES = 5
# Manuals and kits: something to read, no one to reach.
NOT_A_PERSON = "resource"
STARTER = "starter"
# The "who can I reach" step: favourites, then these, then everyone matching.
SUGGESTED_CATEGORIES = ("counselling", "peer_support", "trauma_care")
MAX_SUGGESTIONS = 40


# -- the start page and her debriefs ---------------------------------------------------------


@dataclass(frozen=True)
class HomeData:
    """What the start page shows."""

    templates: list[TemplateChoice]  # the templates she can start from
    debriefs: list[DebriefSummary]  # her debriefs, not in the trash
    trashed: int  # how many are in the trash


@dataclass(frozen=True)
class OpenedDebrief:
    """A stored debrief and the flow that goes on from where she left it."""

    debrief: Debrief
    flow: DebriefFlow


def home_data(vault: Vault) -> HomeData:
    """The templates she can start from, her debriefs, how many are in the trash."""
    trashed = len(vault.debriefs.summaries(trash=True))
    templates = available_templates(vault.debrief_templates)
    return HomeData(templates, vault.debriefs.summaries(), trashed)


def load_debrief(vault: Vault, debrief_id: str) -> OpenedDebrief:
    """A stored debrief and its flow; ``KeyError`` if it is gone or in the trash."""
    found = vault.debriefs.get(debrief_id)
    if found is None or found.deleted_at is not None:
        raise KeyError(debrief_id)
    return OpenedDebrief(found, record.resume(found))


def trash_debrief(vault: Vault, debrief_id: str) -> None:
    vault.debriefs.delete(debrief_id)


def restore_debrief(vault: Vault, debrief_id: str) -> None:
    vault.debriefs.restore(debrief_id)


def trashed_debriefs(vault: Vault) -> list[DebriefSummary]:
    return vault.debriefs.summaries(trash=True)


def empty_trash(vault: Vault) -> int:
    """Remove every debrief in the trash for good; how many went."""
    return vault.debriefs.empty_trash()


# -- saving the debrief in progress ----------------------------------------------------------


class RecordSlot:
    """Where the record's id is kept; written on the worker thread, read after.

    Mutable on purpose: a save submitted before the creation's answer reached
    the GUI still finds the id the worker wrote here.
    """

    def __init__(self, record_id: str | None = None) -> None:
        self.id = record_id


def save_debrief(vault: Vault, slot: RecordSlot, data: DebriefInput) -> Debrief | None:
    """Create the record the first time, then replace what it holds."""
    if slot.id is None:
        created = vault.debriefs.create(data)
        slot.id = created.id
        return created
    vault.debriefs.save(slot.id, data)
    return vault.debriefs.get(slot.id)


# -- who to reach ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SupportPerson:
    """Someone under "Reach someone": a directory entry to open, or a name she typed."""

    name: str
    entry_id: str | None = None
    organisation: str = ""
    hers: bool = True  # False for the starter directory's entries
    way: ContactMethod | None = None  # her emergency people: the best way to reach them


def people_to_reach(
    vault: Vault | None,
    language: str | None,
    contacts: tuple[Contact, ...],
    reason: SupportReason,
) -> list[SupportPerson]:
    """Everyone the panel offers to reach, in the order shown: the one place it is made.

    Her own people for an emergency first (the list "Reach someone now"
    starts with), then the people she named in this debrief, then directory
    entries for the offer (``support_entries``); an entry is listed once.
    Without a vault (before the worker answers) only the people she named.
    """
    people = []
    if vault is not None:
        people += [
            SupportPerson(item.name, item.entry_id, item.organisation, True, item.primary)
            for item in emergency_people(vault)
        ]
    people += [SupportPerson(c.name, c.entry_id) for c in contacts]
    if vault is not None:
        categories = SAFETY_CATEGORIES if reason is SupportReason.UNSAFE else SUPPORT_CATEGORIES
        people += support_entries(vault, language, categories=categories)
    shown: set[str] = set()
    found: list[SupportPerson] = []
    for person in people:
        if person.entry_id is not None:
            if person.entry_id in shown:
                continue
            shown.add(person.entry_id)
        found.append(person)
    return found


def support_entries(
    vault: Vault,
    language: str | None,
    limit: int = MAX_ENTRIES,
    categories: tuple[str, ...] = SUPPORT_CATEGORIES,
) -> list[SupportPerson]:
    """Directory entries in ``categories``: her language first, favourites first.

    Entries in other languages fill up the list when too few speak hers.
    "Resource" entries (manuals, kits) are left out: no one to reach there.
    """
    found: dict[str, DirectorySummary] = {}
    for lang in dict.fromkeys((language or None, None)):
        batch: list[DirectorySummary] = []
        for category in categories:
            batch += vault.directory.search(DirectoryFilter(category=category, language=lang))
        batch.sort(key=lambda row: not row.favourite)  # stable: favourites, then as found
        for row in batch:
            if row.kind != NOT_A_PERSON:
                found.setdefault(row.id, row)
        if len(found) >= limit:
            break
    return [
        SupportPerson(row.name, row.id, row.organisation, hers=row.source != STARTER)
        for row in list(found.values())[:limit]
    ]


def only_starter(people: list[SupportPerson]) -> bool:
    """Whether people are shown and none of them is hers (all from the starter directory)."""
    return bool(people) and not any(person.hers for person in people)


@dataclass(frozen=True)
class Suggestion:
    """A directory entry the "who can I reach" step offers."""

    entry_id: str
    name: str
    organisation: str


def directory_suggestions(vault: Vault, text: str) -> list[Suggestion]:
    """Favourites, then support entries, then everyone matching ``text``; each once."""
    wanted = [DirectoryFilter(text=text, favourites_only=True)]
    wanted += [DirectoryFilter(text=text, category=c) for c in SUGGESTED_CATEGORIES]
    wanted.append(DirectoryFilter(text=text))
    found: dict[str, Suggestion] = {}
    for where in wanted:
        for row in vault.directory.search(where, limit=MAX_SUGGESTIONS):
            found.setdefault(row.id, Suggestion(row.id, row.name, row.organisation))
            if len(found) >= MAX_SUGGESTIONS:
                return list(found.values())
    return list(found.values())
