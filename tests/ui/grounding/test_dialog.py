"""The breathing and grounding window: Ctrl+G after unlocking, focus back, closed by locking."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tests.ui.conftest import unlock, visible_dialogs
from tests.ui.journal.keyboard import focused, press
from wellbeing_desk.ui.grounding import SENSES, GroundingDialog, open_dialog, open_grounding
from wellbeing_desk.ui.help_dialog import HelpDialog
from wellbeing_desk.ui.settings_store import KEY_REDUCE_MOTION

CANARY = "canary-grounding-5K"


def today(window):
    return window.workspace.pages["today"]


def unlocked(qtbot, window):
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def ctrl_g(qtbot) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)


def wait_for_dialog(qtbot) -> GroundingDialog:
    qtbot.waitUntil(lambda: open_dialog() is not None)
    dialog = open_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.usefixtures("existing_vault")
def test_ctrl_g_opens_it_and_closing_gives_the_focus_back(qtbot, window) -> None:
    unlocked(qtbot, window)
    button = today(window).write_button
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)

    ctrl_g(qtbot)
    dialog = wait_for_dialog(qtbot)
    assert dialog.windowTitle() == "Breathing and grounding"
    assert not dialog.isModal()  # Ctrl+L and panic stay within reach
    assert focused() is dialog.breathing.toggle  # Space starts breathing
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.breathing.session.running

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_dialog() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)


@pytest.mark.usefixtures("existing_vault")
@pytest.mark.qt_log_ignore("does not support raise")  # offscreen windows have no stacking
def test_ctrl_g_again_brings_the_same_window_forward(qtbot, window) -> None:
    unlocked(qtbot, window)
    first = window.open_grounding()
    assert first is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctrl_g(qtbot)
    assert window.open_grounding() is first
    assert [w for w in visible_dialogs() if isinstance(w, GroundingDialog)] == [first]


@pytest.mark.usefixtures("existing_vault")
def test_ctrl_g_works_on_the_lock_screen_without_the_vault(qtbot, window) -> None:
    """Grounding reads and writes nothing of the vault, so it is there before unlocking."""
    assert window.grounding_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.unlock_page.passphrase.edit.setFocus()
    ctrl_g(qtbot)
    dialog = wait_for_dialog(qtbot)
    assert window.state == "locked"
    dialog.close()
    unlocked(qtbot, window)
    assert window.grounding_action.isEnabled()
    window.lock()
    assert window.grounding_action.isEnabled()


@pytest.mark.usefixtures("existing_vault")
def test_the_today_button_opens_it(qtbot, window) -> None:
    unlocked(qtbot, window)
    button = today(window).grounding_button
    assert button.text() == "&Breathe and ground yourself"
    assert "Ctrl+G" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot)
    assert dialog.parent() is window
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.accessibleName() == "Close breathing and grounding"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: open_dialog() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)


@pytest.mark.usefixtures("existing_vault")
def test_locking_closes_it_and_forgets_the_senses_words(qtbot, window) -> None:
    unlocked(qtbot, window)
    dialog = window.open_grounding()
    assert dialog is not None
    dialog.show_exercise(SENSES)
    dialog.focus_start()
    field = dialog.senses.steps[0].fields[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    press(qtbot, CANARY)
    dialog.breathing.session.start()

    window.lock()

    assert window.state == "locked"
    assert open_dialog() is None
    assert visible_dialogs() == []
    if shiboken6.isValid(field):  # deleted soon after closing; empty at once
        assert field.text() == ""
        field.undo()
        assert CANARY not in field.text()
        assert not dialog.breathing.session.timer.isActive()
    # The lock screen keeps the focus: it is not given back to the page behind.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock_page.passphrase.edit)
    qtbot.waitUntil(lambda: not shiboken6.isValid(field))


@pytest.mark.usefixtures("existing_vault")
def test_every_input_and_button_in_it_has_an_accessible_name(qtbot, window) -> None:
    unlocked(qtbot, window)
    dialog = window.open_grounding()
    assert dialog is not None
    assert dialog.accessibleName() == "Breathing and grounding"
    missing = [
        f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
        for w in dialog.findChildren(QLineEdit)
        + dialog.findChildren(QAbstractButton)
        + dialog.findChildren(QComboBox)
        if not w.accessibleName() and not isinstance(w.parent(), QComboBox)
    ]
    assert missing == []
    assert len(dialog.findChildren(QLineEdit)) == 15  # 5 + 4 + 3 + 2 + 1, none of them saved


@pytest.mark.usefixtures("existing_vault")
def test_the_reduce_motion_setting_keeps_the_guide_still(qtbot, window, settings_store) -> None:
    unlocked(qtbot, window)
    window.workspace.show_section("settings")
    combo = window.settings_page.reduce_motion
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("on"))
    assert settings_store.get(KEY_REDUCE_MOTION) == "on"
    dialog = window.open_grounding()
    assert dialog is not None
    assert dialog.breathing.reduce_motion
    assert dialog.breathing.guide.currentWidget() is dialog.breathing.steps
    dialog.reject()
    combo.setCurrentIndex(combo.findData("off"))
    dialog = window.open_grounding()
    assert dialog is not None
    assert not dialog.breathing.reduce_motion
    dialog.reject()


@pytest.mark.usefixtures("existing_vault")
def test_help_lists_the_shortcut(qtbot, window) -> None:
    unlocked(qtbot, window)
    window.show_help()
    (help_dialog,) = [w for w in visible_dialogs() if isinstance(w, HelpDialog)]
    names = [w.accessibleName() for w in help_dialog.findChildren(QWidget)]
    assert any(name.startswith("Take a moment: breathing and grounding") for name in names)
    assert not any("Calm down" in name for name in names)  # it can land as dismissive
    assert window.grounding_action.text() == "Take a moment: breathing and grounding"
    help_dialog.reject()


def test_any_widget_can_open_it_and_get_its_focus_back(qtbot, clock) -> None:
    """What the debrief wizard does: ``open_grounding(self)`` from any step."""
    host = QWidget()
    field = QLineEdit(host)
    field.setAccessibleName("a step's field")
    layout = QVBoxLayout(host)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(field)
    host.resize(400, 200)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)

    dialog = open_grounding(field, exercise=SENSES, clock=clock)
    assert dialog.parent() is host
    assert dialog.exercise == SENSES
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.senses.steps[0].fields[0])
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
