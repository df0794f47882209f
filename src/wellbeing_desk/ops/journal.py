"""What the journal asks of the vault: its editor, its list, its trash, its choices."""

from dataclasses import dataclass

from wellbeing_desk.ops.record_editing import RecordEditing
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN, CareItem
from wellbeing_desk.vault.drafts import Draft
from wellbeing_desk.vault.journal import (
    TIME_FORMAT,
    EntryInput,
    EntrySummary,
    JournalEntry,
    JournalFilter,
)
from wellbeing_desk.vault.record_query import PageCursor

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


_ENTRIES = RecordEditing[EntryInput, EditorData](DRAFT_KIND, lambda v: v.journal, editor_data)
write_entry = _ENTRIES.write
save_draft = _ENTRIES.save_draft
discard_draft = _ENTRIES.discard_draft
has_unsaved_new_entry = _ENTRIES.has_unsaved_new


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


trash_entry = _ENTRIES.trash
restore_entry = _ENTRIES.restore
empty_trash = _ENTRIES.empty_trash
