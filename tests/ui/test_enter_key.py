"""One rule app-wide: Enter (Return or the keypad's Enter) presses the focused button.

On a check box (or a radio button) Enter presses the form's default button
instead, as in a dialog. Tested on screens of different kinds: the first-run
screen, the lock screen, the side bar, the debrief wizard (a page), the
grounding window (a dialog whose buttons are not "auto default").
"""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.debrief.support import open_page, start, step_id
from tests.ui.test_create_unlock import WEAK, type_new_passphrase
from wellbeing_desk.ui.help_dialog import HelpDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
KEYPAD = Qt.KeyboardModifier.KeypadModifier
ENTER_KEYS = [
    pytest.param(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, id="return"),
    pytest.param(Qt.Key.Key_Enter, KEYPAD, id="keypad-enter"),
]


def press_enter_on(qtbot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, key, modifier)


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.mark.parametrize(("key", "modifier"), ENTER_KEYS)
def test_enter_on_a_ticked_weak_passphrase_override_creates(qtbot, window, key, modifier) -> None:
    active(qtbot, window)
    page = window.create_page
    type_new_passphrase(qtbot, page, WEAK)
    page.override.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.override, Qt.Key.Key_Space)  # she ticks it with the keyboard
    assert page.override.isChecked()
    with qtbot.waitSignal(window.vault_created, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(page.override, key, modifier)


@pytest.mark.parametrize(("key", "modifier"), ENTER_KEYS)
def test_enter_on_create_creates(qtbot, window, key, modifier) -> None:
    active(qtbot, window)
    page = window.create_page
    type_new_passphrase(qtbot, page, "tangerine harbour whistles slowly")
    with qtbot.waitSignal(window.vault_created, timeout=WORKER_TIMEOUT_MS):
        press_enter_on(qtbot, page.create_button, key, modifier)


@pytest.mark.usefixtures("existing_vault")
def test_tab_from_the_passphrase_to_show_and_enter_shows_it(qtbot, window) -> None:
    active(qtbot, window)
    field = window.unlock_page.passphrase
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "secret words")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.toggle
    qtbot.keyClick(field.toggle, Qt.Key.Key_Return)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(field.toggle, Qt.Key.Key_Enter, KEYPAD)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.usefixtures("existing_vault")
@pytest.mark.parametrize(("key", "modifier"), ENTER_KEYS)
def test_enter_on_the_side_bar_help_button_opens_help(qtbot, window, key, modifier) -> None:
    unlock(qtbot, window)
    active(qtbot, window)
    press_enter_on(qtbot, window.workspace.help_button, key, modifier)
    qtbot.waitUntil(lambda: any(isinstance(d, HelpDialog) for d in visible_dialogs()))


@pytest.mark.usefixtures("existing_vault")
@pytest.mark.parametrize(("key", "modifier"), ENTER_KEYS)
def test_enter_on_the_debrief_next_goes_on(qtbot, window, key, modifier) -> None:
    open_page(qtbot, window)
    active(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    first = step_id(wizard)
    press_enter_on(qtbot, wizard.next_button, key, modifier)
    qtbot.waitUntil(lambda: step_id(wizard) != first, timeout=WORKER_TIMEOUT_MS)


@pytest.mark.usefixtures("existing_vault")
@pytest.mark.parametrize(("key", "modifier"), ENTER_KEYS)
def test_enter_on_breathing_start_starts(qtbot, window, key, modifier) -> None:
    unlock(qtbot, window)
    dialog = window.open_grounding()
    assert dialog is not None
    qtbot.waitActive(dialog)
    toggle = dialog.breathing.toggle
    press_enter_on(qtbot, toggle, key, modifier)
    assert dialog.breathing.session.running
    assert dialog.isVisible()  # Enter pressed Start, not the dialog's default


@pytest.mark.usefixtures("existing_vault")
def test_a_held_enter_presses_once(qtbot, window) -> None:
    unlock(qtbot, window)
    active(qtbot, window)
    button = window.workspace.help_button
    clicks: list[bool] = []
    button.clicked.connect(lambda *_: clicks.append(True))
    button.setFocus()
    qtbot.keyPress(button, Qt.Key.Key_Return)
    for _ in range(3):  # the repeats of a held key are not new presses
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
        )
        QApplication.sendEvent(button, repeat)
    assert len(clicks) == 1
