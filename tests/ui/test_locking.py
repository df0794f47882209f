"""Locking: by shortcut, by panic, by idle time, by the screen; what it leaves behind."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from wellbeing_desk.ui.settings_store import KEY_AUTOLOCK_MINUTES, KEY_LOCK_ON_MINIMISE
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault.errors import VaultLockedError

pytestmark = pytest.mark.usefixtures("existing_vault")

CANARY = "CANARY-7f3a-private-words"


def assert_locked(qtbot, window) -> None:
    assert window.state == "locked"
    assert window.stack.currentWidget() is window.unlock_page
    assert window.windowTitle() == "Wellbeing Desk — Locked"
    # The worker really closed the vault: an operation now fails as locked.
    failures: list[BaseException] = []
    window.worker.submit(lambda vault: vault.info(), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=WORKER_TIMEOUT_MS)
    assert isinstance(failures[0], VaultLockedError)


def test_ctrl_l_locks(qtbot, window) -> None:
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(qtbot, window)
    # And it opens again.
    unlock(qtbot, window)


def test_lock_button_locks(qtbot, window) -> None:
    unlock(qtbot, window)
    qtbot.mouseClick(window.workspace.lock_button, Qt.MouseButton.LeftButton)
    assert_locked(qtbot, window)


def test_panic_shortcut_locks_and_minimises(qtbot, window) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(window.isMinimized)
    assert_locked(qtbot, window)


def test_panic_is_listed_in_help(qtbot, window) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(visible_dialogs()))
    (dialog,) = visible_dialogs()
    texts = " ".join(label.text() for label in dialog.findChildren(type(window.unlock_page.error)))
    assert "Lock and minimise" in texts
    assert "Ctrl+Shift+L" in texts
    dialog.reject()


def test_auto_lock_fires_after_the_idle_limit(qtbot, window, clock, settings_store) -> None:
    assert settings_store.get(KEY_AUTOLOCK_MINUTES) == 5  # the default
    unlock(qtbot, window)
    clock.advance(4 * 60)
    assert not window.inactivity.check()
    assert window.state == "unlocked"
    # Activity anywhere in the app resets the count.
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Down)
    clock.advance(4 * 60)
    assert not window.inactivity.check()
    clock.advance(61)
    with qtbot.waitSignal(window.locked):
        assert window.inactivity.check()
    assert_locked(qtbot, window)


def choose_never(qtbot, window):
    combo = window.settings_page.autolock
    window.workspace.show_section("settings")
    combo.setCurrentIndex(combo.findData(0))
    qtbot.waitUntil(lambda: bool(visible_dialogs()))
    (dialog,) = visible_dialogs()
    assert combo.currentData() == 5  # not yet: the passphrase comes first
    return dialog


def test_auto_lock_never_needs_the_passphrase(qtbot, window, clock, settings_store) -> None:
    unlock(qtbot, window)
    dialog = choose_never(qtbot, window)
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: settings_store.get(KEY_AUTOLOCK_MINUTES) == 0, timeout=WORKER_TIMEOUT_MS
    )
    assert window.settings_page.autolock.currentData() == 0
    assert window.inactivity.timeout is None
    clock.advance(24 * 3600)
    assert not window.inactivity.check()
    assert window.state == "unlocked"


def test_auto_lock_stays_on_with_a_wrong_passphrase(qtbot, window, settings_store) -> None:
    unlock(qtbot, window)
    dialog = choose_never(qtbot, window)
    MessageBox.set_next_answer(Button.Ok)
    qtbot.keyClicks(dialog.passphrase.edit, "not it")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(MessageBox.shown_texts), timeout=WORKER_TIMEOUT_MS)
    assert "did not unlock" in MessageBox.shown_texts[0]
    assert settings_store.get(KEY_AUTOLOCK_MINUTES) == 5
    assert window.settings_page.autolock.currentData() == 5
    assert window.inactivity.timeout == 300


def test_locking_cancels_the_passphrase_question(qtbot, window, settings_store) -> None:
    unlock(qtbot, window)
    dialog = choose_never(qtbot, window)
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    window.lock()
    assert visible_dialogs() == []
    assert settings_store.get(KEY_AUTOLOCK_MINUTES) == 5


def test_auto_lock_is_not_counting_while_locked(qtbot, window, clock) -> None:
    clock.advance(3600)
    assert not window.inactivity.check()
    assert not window.inactivity.active


def test_no_widget_holds_content_after_lock(qtbot, window) -> None:
    unlock(qtbot, window)
    # Content in every kind of text widget: the lock screens' fields and a page.
    for field in (
        window.unlock_page.passphrase,
        window.create_page.passphrase,
        window.create_page.repeat,
    ):
        field.edit.setText(CANARY)
    page = window.workspace.pages["journal"]
    line, text, plain = QLineEdit(page), QTextEdit(page), QPlainTextEdit(page)
    for widget in (line, text, plain):
        widget.setAccessibleName("test input")
    qtbot.keyClicks(line, CANARY)
    text.setPlainText(CANARY)
    plain.setPlainText(CANARY)

    window.lock()

    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            assert CANARY not in widget.text()
            widget.undo()  # nothing to bring back either
            assert CANARY not in widget.text()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            assert CANARY not in widget.toPlainText()
            assert not widget.document().isUndoAvailable()
    assert CANARY not in window.windowTitle()
    assert window.windowTitle() in {"Wellbeing Desk", "Wellbeing Desk — Locked"}


def test_locking_closes_an_open_dialog(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = QDialog(window)
    dialog.setAccessibleName("a dialog with content")
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    window.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert visible_dialogs() == []


# QMessageBox fixes its size while showing; the offscreen plugin warns about that.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_locking_ends_a_modal_message_box(qtbot, window) -> None:
    """Lock never waits on a question: a modal box in its own event loop is rejected."""
    unlock(qtbot, window)
    answers: list[Button] = []
    QTimer.singleShot(0, window.lock)
    answers.append(MessageBox.question(window, "Question", "Keep going?"))
    assert answers == [Button.Cancel]
    assert window.state == "locked"


def test_lock_during_unlock_drops_the_result(qtbot, window) -> None:
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    window.lock()  # e.g. the screen locked while the key was being derived
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert window.state == "locked"
    assert not page.is_busy
    assert_locked(qtbot, window)


def test_screen_lock_signal_locks(qtbot, window) -> None:
    unlock(qtbot, window)
    assert window.screen_lock is not None  # headless: no bus, silently nothing connected
    window.screen_lock.lock_requested.emit()
    assert_locked(qtbot, window)


def test_lock_on_minimise_unless_turned_off(qtbot, window, settings_store) -> None:
    unlock(qtbot, window)
    window.settings_page.lock_on_minimise.setChecked(False)  # on by default
    assert settings_store.get(KEY_LOCK_ON_MINIMISE) is False
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    assert window.state == "unlocked"
    window.showNormal()
    window.settings_page.lock_on_minimise.setChecked(True)
    assert settings_store.get(KEY_LOCK_ON_MINIMISE) is True
    window.showMinimized()
    qtbot.waitUntil(lambda: window.state == "locked")
