"""Today's named operations and their decisions, on a real vault and without Qt."""

from datetime import date, datetime

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ops import today as ops
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.directory_types import ContactMethod
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.journal import CHECKIN, EntryInput, JournalFilter
from wellbeing_desk.vault.notes import NoteInput

TODAY = date(2026, 5, 10)


def test_the_reminder_shows_until_she_has_someone(vault: Vault) -> None:
    assert ops.shows_reminder(vault)
    vault.emergency.add_person("Sam", [ContactMethod("phone", "+34 600 000 000")])
    assert not ops.shows_reminder(vault)


def test_the_reminder_stops_for_good_once_dismissed(vault: Vault) -> None:
    ops.dismiss_reminder(vault)
    assert not ops.shows_reminder(vault)
    assert not ops.today_data(vault, TODAY).show_reminder


def test_today_data_reads_everything_today_shows(vault: Vault) -> None:
    walk = vault.care_items.add(ACTIVITY, "Long walk")
    hidden = vault.care_items.add(ACTIVITY, "Old habit")
    vault.care_items.set_hidden(hidden.id, True)
    vault.care_plan.set("what_helps", "Tea and a walk")
    journal_ops.save_draft(vault, None, "{}")
    vault.notes.add(
        NoteInput(
            "Circle",
            TODAY,
            follow_ups=(
                FollowUpInput("due", "Call Ana", TODAY),
                FollowUpInput("later", "Book a rest day", date(2026, 6, 1)),
            ),
        )
    )

    data = ops.today_data(vault, TODAY)

    ids = {item.id for item in data.activities}
    assert walk.id in ids and hidden.id not in ids  # the check-in offers what she shows
    assert data.plan["what_helps"] == "Tea and a walk"
    assert data.has_unsaved_entry
    assert [item.text for item in data.follow_ups] == ["Call Ana"]
    assert data.today == TODAY
    assert data.show_reminder


def test_today_data_without_a_day_is_today(vault: Vault) -> None:
    assert ops.today_data(vault).today == date.today()
    assert not ops.today_data(vault).has_unsaved_entry


def test_a_checkin_is_a_journal_entry(vault: Vault) -> None:
    entry = EntryInput(datetime(2026, 5, 10, 9, 0), kind=CHECKIN, stress=3)

    entry_id = bind(ops.add_checkin, entry)(vault)

    saved = vault.journal.get(entry_id)
    assert saved is not None and saved.kind == CHECKIN and saved.stress == 3
    assert vault.journal.count(JournalFilter()) == 1


def test_a_follow_up_is_marked_done_and_back(vault: Vault) -> None:
    note_id = vault.notes.add(
        NoteInput("Circle", TODAY, follow_ups=(FollowUpInput("call", "Call Ana", TODAY),))
    )

    ops.set_follow_up_done(vault, note_id, "call", True)
    assert ops.today_data(vault, TODAY).follow_ups == []
    ops.set_follow_up_done(vault, note_id, "call", False)
    assert [item.item_id for item in ops.today_data(vault, TODAY).follow_ups] == ["call"]
