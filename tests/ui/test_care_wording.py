"""The care review's wording (CARE.md §5): scales, follow-ups, plan, insights, help."""

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.insights.support import activity_ids, add_entries, days_ago, open_journal_tab
from wellbeing_desk.ui.care_names import starter_name
from wellbeing_desk.ui.help_dialog import HelpDialog
from wellbeing_desk.ui.journal.scales import energy_scale, stress_scale
from wellbeing_desk.ui.today.follow_ups import FollowUpsCard
from wellbeing_desk.vault.journal import EntryInput

HEAVIER = (
    "Some things that help, like counselling or talking about something hard, "
    "can feel heavier for a day or two before they help."
)


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_stress_scale_speaks_of_stress_not_distress(qtbot) -> None:
    scale = stress_scale()
    qtbot.addWidget(scale)
    assert scale.anchors == ("0 calm", "10 the most stressed I have felt")
    energy = energy_scale()
    qtbot.addWidget(energy)
    assert energy.anchors == ("1 drained", "5 full of energy")


def test_follow_ups_are_taken_one_at_a_time(qtbot, window) -> None:
    card = FollowUpsCard(window.worker)
    qtbot.addWidget(card)
    assert card.note.text() == "Things you planned. Take them one at a time."


def test_help_says_it_does_not_replace_professional_care(qtbot) -> None:
    dialog = HelpDialog([])
    qtbot.addWidget(dialog)
    about = " ".join(texts(dialog))
    assert "does not replace professional care" in about
    assert "real help" not in about


def test_new_and_renamed_warning_signs_have_names() -> None:
    assert starter_name("numbness") == "Feeling numb"
    assert starter_name("nightmares") == "Nightmares or unwanted memories"
    assert starter_name("cannot_stop_working") == "Not being able to stop working"


@pytest.mark.usefixtures("existing_vault")
def test_the_plan_asks_about_strength_and_meaning_beyond_the_work(qtbot, window) -> None:
    page = open_journal_tab(qtbot, window, "plan")
    hint = page.edits["keeps_me_going"].accessibleDescription()
    assert hint == "What gives you strength and meaning, in this work and outside it."


@pytest.mark.usefixtures("existing_vault")
def test_insights_say_so_far_and_that_help_can_feel_heavier(qtbot, window, ui_vault_dir) -> None:
    # Counselling on even days; the day after it is harder (8) than after other days (2).
    (counselling,) = activity_ids(ui_vault_dir, "Counselling")
    entries = [
        EntryInput(
            days_ago(19 - i),
            stress=8 if i % 2 else 2,
            mood=3,
            item_ids=(counselling,) if i % 2 == 0 else (),
        )
        for i in range(20)
    ]
    add_entries(ui_vault_dir, entries)
    page = open_journal_tab(qtbot, window, "insights")
    table = page.activity_table
    qtbot.waitUntil(lambda: table.model_.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    assert table.headers()[-1] == "So far"
    assert table.row_texts()[0][3] == "Higher stress the next day"
    assert page.heavier_note.text() == HEAVIER
    assert page.heavier_note.isVisible()

    window.lock()
    assert page.heavier_note.isHidden()


@pytest.mark.usefixtures("existing_vault")
def test_no_higher_stress_no_heavier_note(qtbot, window, ui_vault_dir) -> None:
    (rest,) = activity_ids(ui_vault_dir, "Rest")
    entries = [
        EntryInput(
            days_ago(19 - i), stress=2 if i % 2 else 8, mood=3, item_ids=(rest,) * (i % 2 == 0)
        )
        for i in range(20)
    ]
    add_entries(ui_vault_dir, entries)
    page = open_journal_tab(qtbot, window, "insights")
    table = page.activity_table
    qtbot.waitUntil(lambda: table.model_.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    assert table.row_texts()[0][3] == "Lower stress the next day"
    assert page.heavier_note.isHidden()
