"""What the journal asks of the vault: its editor, its list, its trash, its choices."""

from dataclasses import dataclass

from wellbeing_desk.ops.record_drafts import save_with_draft
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN, CareItem
from wellbeing_desk.vault.drafts import Draft
from wellbeing_desk.vault.journal import (
    TIME_FORMAT,
    EntryInput,
    EntrySummary,
    JournalEntry,
    JournalFilter,
    PageCursor,
)

DRAFT_KIND = "journal-entry"  # the editor's drafts in vault.drafts


@dataclass(frozen=True)
class JournalLists:
    """Her two lists, hidden items too: an entry may have one."""

    activities: list[CareItem]
    warning_signs: list[CareItem]


@dataclass(frozen=True)
class EditorData:
    """What the entry editor shows: her lists, the entry (None: a new one) and its draft."""

    lists: JournalLists
    entry: JournalEntry | None
    draft: Draft | None


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers: her activities (hidden too) and every tag in use."""

    activities: list[CareItem]
    tags: list[str]


@dataclass(frozen=True)
class EntryListRow(EntrySummary):
    """A list row with its activities, in her list's order (named by the interface)."""

    activities: tuple[CareItem, ...] = ()


# -- the editor --------------------------------------------------------------------------


def lists(vault: Vault) -> JournalLists:
    return JournalLists(
        activities=vault.care_items.items(ACTIVITY, include_hidden=True),
        warning_signs=vault.care_items.items(WARNING_SIGN, include_hidden=True),
    )


def editor_data(vault: Vault, entry_id: str | None) -> EditorData:
    return EditorData(
        lists=lists(vault),
        entry=vault.journal.get(entry_id) if entry_id else None,
        draft=vault.drafts.get(DRAFT_KIND, entry_id),
    )


def write_entry(vault: Vault, entry_id: str | None, entry: EntryInput, draft: str) -> str:
    """Add or update the entry, then drop its draft; returns the entry's id."""
    return save_with_draft(
        vault,
        DRAFT_KIND,
        entry_id,
        draft,
        lambda: vault.journal.add(entry),
        lambda known_id: vault.journal.update(known_id, entry),
    )


def save_draft(vault: Vault, entry_id: str | None, draft: str) -> None:
    vault.drafts.save(DRAFT_KIND, draft, record_id=entry_id)


def discard_draft(vault: Vault, entry_id: str | None) -> EditorData:
    """Throw the entry's draft away; returns the entry as it was saved."""
    vault.drafts.discard(DRAFT_KIND, entry_id)
    return editor_data(vault, entry_id)


def has_unsaved_new_entry(vault: Vault) -> bool:
    """A new entry was begun and never saved (after a close or a crash)."""
    return vault.drafts.get(DRAFT_KIND) is not None


def is_empty(entry: EntryInput) -> bool:
    """Nothing to save: no words, no items, no tags, no numbers."""
    return not (
        entry.body.strip()
        or entry.item_ids
        or entry.tags
        or any(v is not None for v in (entry.stress, entry.mood, entry.energy, entry.sleep_hours))
    )


# -- the list ----------------------------------------------------------------------------


def _with_activities(vault: Vault, rows: list[EntrySummary]) -> list[EntryListRow]:
    items = {item.id: item for item in vault.care_items.items(ACTIVITY, include_hidden=True)}
    return [
        EntryListRow(
            **vars(row),
            activities=tuple(items[i] for i in row.activity_ids if i in items),
        )
        for row in rows
    ]


def entry_page(
    vault: Vault, where: JournalFilter, after: tuple[str, str] | None, size: int
) -> list[EntryListRow]:
    """Up to ``size`` rows matching ``where``, newest first, after the key ``after``."""
    rows = vault.journal.page(where, PageCursor(*after) if after else None, size)
    return _with_activities(vault, rows)


def entry_row(vault: Vault, where: JournalFilter, entry_id: str) -> EntryListRow | None:
    """The list row of one entry under ``where``, or ``None`` if it does not match.

    Uses the keyset page with a cursor just past the entry: the first row
    after it is the entry itself when it matches (ids are fixed-length UUIDs).
    """
    entry = vault.journal.get(entry_id)
    if entry is None:
        return None
    cursor = PageCursor(entry.occurred_at.strftime(TIME_FORMAT), entry_id + "\uffff")
    rows = vault.journal.page(where, cursor, 1)
    if not rows or rows[0].id != entry_id:
        return None
    return _with_activities(vault, rows[:1])[0]


def filter_choices(vault: Vault) -> FilterChoices:
    return FilterChoices(
        activities=vault.care_items.items(ACTIVITY, include_hidden=True),
        tags=vault.journal.tags(),
    )


# -- the trash ---------------------------------------------------------------------------


def trash_entry(vault: Vault, entry_id: str) -> None:
    vault.journal.delete(entry_id)


def restore_entry(vault: Vault, entry_id: str) -> None:
    vault.journal.restore(entry_id)


def empty_trash(vault: Vault) -> int:
    """Remove every trashed entry for good; returns how many."""
    return vault.journal.empty_trash()
