"""After unlocking, the keyboard is back where she was: the next words land in her text.

Locking empties every widget and the editors keep their text in an encrypted
draft; unlocking reopens them. The focus must follow: text typed right after
unlocking goes on where she stopped, not into Today's check-in. Locking from
Today still lands on the check-in.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.journal.support import open_entries
from tests.ui.notes.support import open_notes

pytestmark = pytest.mark.usefixtures("existing_vault")
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def lock_and_unlock(qtbot, window) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL)  # as she locks: Ctrl+L
    assert window.state == "locked"
    unlock(qtbot, window)


def test_unlock_returns_to_the_journal_editor_body(qtbot, window) -> None:
    page = open_entries(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.new_entry()
    editor = page.editor
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    editor.form.body.setFocus()
    qtbot.keyClicks(editor.form.body, "I was in the middle of")

    lock_and_unlock(qtbot, window)
    qtbot.waitUntil(lambda: focused() is editor.form.body, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(focused(), " a sentence")
    assert editor.form.body.toPlainText() == "I was in the middle of a sentence"
    assert window.workspace.current_section() == "journal"


def test_unlock_returns_to_the_notes_editor_field(qtbot, window) -> None:
    page = open_notes(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.new_note()
    editor = page.editor
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(editor.form.title, "Call with Ana")
    editor.form.body.setFocus()
    qtbot.keyClicks(editor.form.body, "She said")

    lock_and_unlock(qtbot, window)
    qtbot.waitUntil(lambda: focused() is editor.form.body, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(focused(), " the hearing moved")
    assert editor.form.body.toPlainText() == "She said the hearing moved"
    assert editor.form.title.text() == "Call with Ana"


def test_unlock_returns_to_the_section_and_its_tab(qtbot, window) -> None:
    open_entries(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    journal = window.workspace.pages["journal"]
    journal.show_tab("plan")
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    fields = [
        w
        for w in journal.plan.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
    ]
    field = fields[1]
    field.setFocus()

    lock_and_unlock(qtbot, window)
    qtbot.waitUntil(lambda: focused() is field, timeout=WORKER_TIMEOUT_MS)
    assert window.workspace.current_section() == "journal"
    assert journal.tabs.currentWidget() is journal.plan


def test_locking_from_today_still_lands_on_the_check_in(qtbot, window) -> None:
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    today = window.workspace.pages["today"]
    today.write_button.setFocus()

    lock_and_unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    qtbot.wait(20)
    assert window.workspace.current_section() == "today"
    assert focused() is today.checkin.stress
