"""Her lists: rename, hide, reorder and add, seen at once in the check-in and the editor."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.journal.keyboard import focused, press
from tests.ui.journal.support import entries_page, idle, run
from wellbeing_desk.ui.journal.lists_dialog import CareListsDialog
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.starters import STARTER_WARNING_SIGNS

pytestmark = pytest.mark.usefixtures("existing_vault")
CTRL = Qt.KeyboardModifier.ControlModifier


def chip_names(group) -> list[str]:
    return [chip.accessibleName() for chip in group.chips()]


def open_lists(qtbot, window) -> CareListsDialog:
    unlock(qtbot, window)
    today = window.workspace.pages["today"]
    qtbot.waitUntil(lambda: len(today.checkin.activities.chips()) == 9, timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(today.checkin.lists_button, Qt.MouseButton.LeftButton)
    (dialog,) = visible_dialogs()
    assert isinstance(dialog, CareListsDialog)
    qtbot.waitUntil(lambda: dialog.activities.items.count() == 9, timeout=WORKER_TIMEOUT_MS)
    return dialog


def test_changes_to_her_list_reach_the_check_in(qtbot, window) -> None:
    dialog = open_lists(qtbot, window)
    chips = window.workspace.pages["today"].checkin.activities
    editor = dialog.activities
    items = editor.items

    # Rename "Rest" by keyboard: F2, type, Enter.
    items.setFocus()
    items.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit) and focused() is not editor.new_name)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    press(qtbot, "Sleeping in", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sleeping in" in chip_names(chips), timeout=WORKER_TIMEOUT_MS)
    assert chip_names(chips)[0] == "Sleeping in"

    # Hide "Movement" (row 1).
    items.setCurrentRow(1)
    qtbot.mouseClick(editor.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Movement" not in chip_names(chips), timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert editor.hide_button.text() == "S&how"
    assert "hidden" in items.item(1).data(Qt.ItemDataRole.AccessibleTextRole)

    # Move "Nature" (row 3) up twice with Ctrl+Up.
    items.setFocus()
    items.setCurrentRow(3)
    press(qtbot, Qt.Key.Key_Up, modifier=CTRL)
    qtbot.waitUntil(
        lambda: editor.current_id() and items.currentRow() == 2, timeout=WORKER_TIMEOUT_MS
    )
    idle(qtbot, window)
    press(qtbot, Qt.Key.Key_Up, modifier=CTRL)
    qtbot.waitUntil(lambda: items.item(1).text() == "Nature", timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)

    # Add one.
    editor.new_name.setFocus()
    press(qtbot, "Dancing", Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter adds; it does not close the dialog
    qtbot.waitUntil(lambda: "Dancing" in chip_names(chips), timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert chip_names(chips)[:3] == ["Sleeping in", "Nature", "Time with people I trust"]
    assert chip_names(chips)[-1] == "Dancing"
    assert len(chips.chips()) == 9

    # Hidden stays hidden in the vault, and shows again when asked.
    items.setCurrentRow(0)
    hidden = run(
        qtbot,
        window,
        lambda v: [
            i.english_name for i in v.care_items.items(ACTIVITY, include_hidden=True) if i.hidden
        ],
    )
    assert hidden == ["Movement"]
    dialog.reject()
    assert not visible_dialogs()


def test_warning_signs_reach_the_editor(qtbot, window) -> None:
    dialog = open_lists(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.signs)
    starters = len(STARTER_WARNING_SIGNS)
    qtbot.waitUntil(lambda: dialog.signs.items.count() == starters, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(dialog.signs.new_name, "Headaches")
    qtbot.mouseClick(dialog.signs.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signs.items.count() == starters + 1, timeout=WORKER_TIMEOUT_MS)
    dialog.reject()
    page = entries_page(window)
    window.workspace.pages["journal"].new_entry()
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert chip_names(page.editor.form.signs)[-1] == "Headaches"
    names = run(qtbot, window, lambda v: [i.english_name for i in v.care_items.items(WARNING_SIGN)])
    assert names[-1] == "Headaches"


def test_locking_closes_and_empties_the_lists(qtbot, window) -> None:
    dialog = open_lists(qtbot, window)
    editor = dialog.activities
    window.lock()
    assert not visible_dialogs()
    assert editor.items.count() == 0
