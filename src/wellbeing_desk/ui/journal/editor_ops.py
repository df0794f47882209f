"""What the entry editor asks of the vault; these run on the database worker thread."""

from typing import Any

from wellbeing_desk.ui.draft_records import save_with_draft
from wellbeing_desk.ui.journal.editor_state import DRAFT_KIND
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.journal import EntryInput


def load(vault: Vault, entry_id: str | None) -> tuple[Any, ...]:
    """Her two lists (hidden items too), the entry, and its draft if there is one."""
    return (
        vault.care_items.items(ACTIVITY, include_hidden=True),
        vault.care_items.items(WARNING_SIGN, include_hidden=True),
        vault.journal.get(entry_id) if entry_id else None,
        vault.drafts.get(DRAFT_KIND, entry_id),
    )


def write(vault: Vault, entry_id: str | None, entry: EntryInput, draft: str) -> str:
    """Add or update the entry, then drop its draft; returns the entry's id."""
    return save_with_draft(
        vault,
        DRAFT_KIND,
        entry_id,
        draft,
        lambda: vault.journal.add(entry),
        lambda known_id: vault.journal.update(known_id, entry),
    )


def discard_and_load(vault: Vault, entry_id: str | None) -> tuple[Any, ...]:
    vault.drafts.discard(DRAFT_KIND, entry_id)
    return load(vault, entry_id)


def is_empty(entry: EntryInput) -> bool:
    return not (
        entry.body.strip()
        or entry.item_ids
        or entry.tags
        or any(v is not None for v in (entry.stress, entry.mood, entry.energy, entry.sleep_hours))
    )
