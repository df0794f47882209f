"""The journal's named operations and their decisions, on a real vault and without Qt."""

from datetime import datetime

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import journal as ops
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.journal import TIME_FORMAT, EntryInput, JournalFilter

MORNING = datetime(2026, 5, 4, 8, 30)
EVENING = datetime(2026, 5, 4, 21, 0)


def test_an_entry_with_nothing_in_it_is_empty() -> None:
    assert ops.is_empty(EntryInput(MORNING, body="  \n "))
    assert not ops.is_empty(EntryInput(MORNING, body="a walk"))
    assert not ops.is_empty(EntryInput(MORNING, stress=0))  # zero is an answer
    assert not ops.is_empty(EntryInput(MORNING, sleep_hours=0.0))
    assert not ops.is_empty(EntryInput(MORNING, tags=("work",)))
    assert not ops.is_empty(EntryInput(MORNING, item_ids=("x",)))


def test_writing_a_new_entry_drops_its_draft_and_returns_its_id(vault: Vault) -> None:
    ops.save_draft(vault, None, '{"body": "half"}')
    assert ops.has_unsaved_new_entry(vault)

    entry_id = ops.write_entry(vault, None, EntryInput(MORNING, body="whole"), "{}")

    assert not ops.has_unsaved_new_entry(vault)
    data = ops.editor_data(vault, entry_id)
    assert data.entry is not None and data.entry.body == "whole"
    assert data.draft is None


def test_editor_data_holds_both_lists_hidden_items_too(vault: Vault) -> None:
    walk = vault.care_items.add(ACTIVITY, "Long walk")
    vault.care_items.set_hidden(walk.id, True)
    sign = vault.care_items.add(WARNING_SIGN, "Clenched jaw")

    data = ops.editor_data(vault, None)

    assert walk.id in {item.id for item in data.lists.activities}
    assert sign.id in {item.id for item in data.lists.warning_signs}
    assert data.entry is None and data.draft is None


def test_discarding_a_draft_shows_the_saved_entry(vault: Vault) -> None:
    entry_id = vault.journal.add(EntryInput(MORNING, body="saved"))
    ops.save_draft(vault, entry_id, '{"body": "changed"}')
    assert ops.editor_data(vault, entry_id).draft is not None

    data = bind(ops.discard_draft, entry_id)(vault)

    assert data.draft is None
    assert data.entry is not None and data.entry.body == "saved"


def test_list_rows_carry_their_activities_in_her_order(vault: Vault) -> None:
    rest = vault.care_items.add(ACTIVITY, "Quiet rest")
    walk = vault.care_items.add(ACTIVITY, "Long walk")
    vault.care_items.reorder(
        ACTIVITY,
        [walk.id, rest.id]
        + [
            item.id
            for item in vault.care_items.items(ACTIVITY, include_hidden=True)
            if item.id not in (walk.id, rest.id)
        ],
    )
    entry_id = vault.journal.add(EntryInput(MORNING, item_ids=(rest.id, walk.id)))

    (row,) = ops.entry_page(vault, JournalFilter(), None, 10)

    assert row.id == entry_id
    assert [item.id for item in row.activities] == [walk.id, rest.id]


def test_entry_page_is_keyset_paged_newest_first(vault: Vault) -> None:
    older = vault.journal.add(EntryInput(MORNING, body="older"))
    newer = vault.journal.add(EntryInput(EVENING, body="newer"))

    first = ops.entry_page(vault, JournalFilter(), None, 1)
    assert [row.id for row in first] == [newer]
    key = (first[0].occurred_at.strftime(TIME_FORMAT), first[0].id)
    second = ops.entry_page(vault, JournalFilter(), key, 1)
    assert [row.id for row in second] == [older]


def test_entry_row_is_none_when_the_entry_does_not_match(vault: Vault) -> None:
    entry_id = vault.journal.add(EntryInput(MORNING, body="river walk"))

    row = ops.entry_row(vault, JournalFilter(text="river"), entry_id)
    assert row is not None and row.id == entry_id
    assert ops.entry_row(vault, JournalFilter(text="mountain"), entry_id) is None
    assert ops.entry_row(vault, JournalFilter(), "no-such-entry") is None


def test_trash_restore_and_empty(vault: Vault) -> None:
    kept = vault.journal.add(EntryInput(MORNING, body="kept"))
    gone = vault.journal.add(EntryInput(EVENING, body="gone"))

    ops.trash_entry(vault, kept)
    ops.trash_entry(vault, gone)
    ops.restore_entry(vault, kept)

    assert [row.id for row in ops.entry_page(vault, JournalFilter(), None, 10)] == [kept]
    assert ops.empty_trash(vault) == 1
    assert ops.entry_page(vault, JournalFilter(trash=True), None, 10) == []


def test_filter_choices_offer_hidden_activities_and_used_tags(vault: Vault) -> None:
    walk = vault.care_items.add(ACTIVITY, "Long walk")
    vault.care_items.set_hidden(walk.id, True)
    vault.journal.add(EntryInput(MORNING, tags=("field", "team")))

    choices = ops.filter_choices(vault)

    assert walk.id in {item.id for item in choices.activities}
    assert choices.tags == ["field", "team"]
