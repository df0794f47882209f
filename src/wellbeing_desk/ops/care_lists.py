"""Her editable lists: journal activities and warning signs, note contexts.

Note contexts live in their own table with the same columns; which store
holds a list is decided here, so the list editor only names the list.
"""

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT, CareItem, CareItemRepository


def store(vault: Vault, list_name: str) -> CareItemRepository:
    """The repository that holds ``list_name``."""
    return vault.note_contexts if list_name == NOTE_CONTEXT else vault.care_items


def items(vault: Vault, list_name: str) -> list[CareItem]:
    """Every item of the list in her order, hidden ones too (she can show them again)."""
    return store(vault, list_name).items(list_name, include_hidden=True)


def add_item(vault: Vault, list_name: str, name: str) -> CareItem:
    return store(vault, list_name).add(list_name, name)


def rename_item(vault: Vault, list_name: str, item_id: str, name: str) -> None:
    store(vault, list_name).rename(item_id, name)


def set_item_hidden(vault: Vault, list_name: str, item_id: str, hidden: bool) -> None:
    store(vault, list_name).set_hidden(item_id, hidden)


def reorder_items(vault: Vault, list_name: str, ordered_ids: list[str]) -> None:
    store(vault, list_name).reorder(list_name, ordered_ids)
