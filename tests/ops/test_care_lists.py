"""Her editable lists through one set of operations: the store is chosen by the list."""

from wellbeing_desk.ops import care_lists as ops
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, NOTE_CONTEXT


def test_note_contexts_live_apart_from_the_journal_lists(vault: Vault) -> None:
    assert ops.store(vault, NOTE_CONTEXT) is vault.note_contexts
    assert ops.store(vault, ACTIVITY) is vault.care_items

    context = ops.add_item(vault, NOTE_CONTEXT, "Circle of care")

    assert context.id in {item.id for item in vault.note_contexts.items(NOTE_CONTEXT)}
    assert context.id not in {item.id for item in ops.items(vault, ACTIVITY)}


def test_rename_hide_and_reorder(vault: Vault) -> None:
    first = ops.add_item(vault, ACTIVITY, "Walk")
    second = ops.add_item(vault, ACTIVITY, "Read")

    ops.rename_item(vault, ACTIVITY, first.id, "Long walk")
    ops.set_item_hidden(vault, ACTIVITY, second.id, True)
    others = [i.id for i in ops.items(vault, ACTIVITY) if i.id not in (first.id, second.id)]
    ops.reorder_items(vault, ACTIVITY, [second.id, first.id, *others])

    listed = ops.items(vault, ACTIVITY)  # hidden ones too
    assert [item.id for item in listed[:2]] == [second.id, first.id]
    assert listed[0].hidden and listed[1].name == "Long walk"
    assert second.id not in {item.id for item in vault.care_items.items(ACTIVITY)}
