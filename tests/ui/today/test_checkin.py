"""Today: the check-in by keyboard alone, the plan in brief, the way to a full entry."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.journal.keyboard import focused, press, tab_to
from tests.ui.journal.support import entries_page, idle, run
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import CHECKIN

pytestmark = pytest.mark.usefixtures("existing_vault")


def today(window):
    return window.workspace.pages["today"]


def open_today(qtbot, window):
    unlock(qtbot, window)
    page = today(window)
    qtbot.waitUntil(lambda: len(page.checkin.activities.chips()) == 9, timeout=WORKER_TIMEOUT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def saved_entries(qtbot, window):
    return run(qtbot, window, lambda vault: list(vault.journal.entries()))


def test_check_in_by_keyboard_alone(qtbot, window) -> None:
    page = open_today(qtbot, window)
    card = page.checkin
    window.workspace.nav.setFocus()
    tab_to(qtbot, card.stress)
    press(qtbot, "7", Qt.Key.Key_Tab, "4", Qt.Key.Key_Tab)
    assert focused() is card.activities.chips()[0]  # "Rest"
    press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space)
    tab_to(qtbot, card.line)
    press(qtbot, "walked home slowly", Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: card.status.text() == "Saved.", timeout=WORKER_TIMEOUT_MS)
    (entry,) = saved_entries(qtbot, window)
    rest, _, trusted = (
        item.id for item in run(qtbot, window, lambda v: v.care_items.items(ACTIVITY))[:3]
    )
    assert entry.kind == CHECKIN
    assert (entry.stress, entry.mood, entry.energy) == (7, 4, None)
    assert set(entry.item_ids) == {rest, trusted}
    assert entry.body == "walked home slowly"
    # Ready for the next one, the focus back at the start.
    assert card.stress.score() is None and card.mood.score() is None
    assert card.activities.checked_ids() == [] and card.line.text() == ""
    assert focused() is card.stress
    # The journal list heard about it.
    model = entries_page(window).list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)


def test_enter_saves_from_anywhere_in_the_check_in(qtbot, window) -> None:
    page = open_today(qtbot, window)
    card = page.checkin
    card.stress.setFocus()
    press(qtbot, "1", "0")  # typed quickly: ten
    assert card.stress.score() == 10
    press(qtbot, Qt.Key.Key_Tab, "5", Qt.Key.Key_Enter)  # keypad Enter, on the mood scale
    qtbot.waitUntil(lambda: card.status.text() == "Saved.", timeout=WORKER_TIMEOUT_MS)
    (entry,) = saved_entries(qtbot, window)
    assert (entry.stress, entry.mood, entry.item_ids, entry.body) == (10, 5, (), "")


def test_scales_refuse_what_is_out_of_range(qtbot, window) -> None:
    card = open_today(qtbot, window).checkin
    card.mood.setFocus()
    press(qtbot, "0", "9", "6")
    assert card.mood.score() is None
    press(qtbot, Qt.Key.Key_End, Qt.Key.Key_Right)
    assert card.mood.score() == 5
    press(qtbot, Qt.Key.Key_Backspace)
    assert card.mood.score() is None
    card.stress.setFocus()
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Left)
    assert card.stress.score() == 0


def test_an_empty_check_in_is_not_saved(qtbot, window) -> None:
    card = open_today(qtbot, window).checkin
    card.stress.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert card.error.isVisible()
    idle(qtbot, window)
    assert saved_entries(qtbot, window) == []


def test_nothing_about_counting_her_days(qtbot, window) -> None:
    page = open_today(qtbot, window)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text().lower() for label in page.findChildren(QLabel))
    for word in ("streak", "score", "badge", "in a row", "missed"):
        assert word not in texts


def test_plan_in_brief_and_the_way_to_the_whole_plan(qtbot, window) -> None:
    unlock(qtbot, window)
    run(qtbot, window, lambda v: v.care_plan.set("what_helps", "Walking by the river."))
    page = today(window)
    page.refresh()
    idle(qtbot, window)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in page.plan.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "What helps me" in texts
    assert "Walking by the river." in texts
    assert "People I can reach" not in texts  # empty sections stay out of the way
    qtbot.mouseClick(page.plan.open_button, Qt.MouseButton.LeftButton)
    journal = window.workspace.pages["journal"]
    assert window.workspace.current_section() == "journal"
    assert journal.tabs.currentWidget() is journal.plan


def test_write_a_full_entry_opens_the_editor(qtbot, window) -> None:
    page = open_today(qtbot, window)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    entries = entries_page(window)
    assert window.workspace.current_section() == "journal"
    qtbot.waitUntil(lambda: entries.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert entries.stack.currentWidget() is entries.editor
    assert entries.editor.record_id is None


def test_ctrl_n_on_today_opens_the_editor(qtbot, window) -> None:
    page = open_today(qtbot, window)
    page.checkin.stress.setFocus()
    press(qtbot, Qt.Key.Key_N, modifier=Qt.KeyboardModifier.ControlModifier)
    entries = entries_page(window)
    qtbot.waitUntil(lambda: entries.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert window.workspace.current_section() == "journal"


def test_after_unlock_the_keyboard_starts_on_the_stress_scale(qtbot, window) -> None:
    page = open_today(qtbot, window)
    qtbot.waitUntil(page.checkin.stress.hasFocus, timeout=WORKER_TIMEOUT_MS)
    press(qtbot, "6", Qt.Key.Key_Tab, "3", Qt.Key.Key_Return)  # no Tab through the side bar
    qtbot.waitUntil(lambda: len(saved_entries(qtbot, window)) == 1, timeout=WORKER_TIMEOUT_MS)
    (entry,) = saved_entries(qtbot, window)
    assert (entry.kind, entry.stress, entry.mood) == (CHECKIN, 6, 3)
