"""After a lock, nothing she wrote is left in a widget, a model or the window title."""

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.journal.support import START, entries_page, idle, run
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")

CANARY = "Canary7c1e"


def widget_texts(widget: QWidget, *, locked: bool = False) -> list[str]:
    texts = [
        widget.accessibleName(),
        widget.accessibleDescription(),
        widget.toolTip(),
        widget.windowTitle(),
    ]
    if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit) and locked:
        widget.undo()  # nothing to bring back either
        texts.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
        texts.append(widget.document().toRawText())
        assert not (locked and widget.document().isUndoAvailable())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    for row in range(model.rowCount(QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            texts.append(str(model.index(row, 0).data(role)))
    return texts


def test_no_content_survives_a_lock(qtbot, window, ui_vault_dir) -> None:
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        vault.care_items.add(ACTIVITY, f"{CANARY} walk")
        vault.journal.add(
            EntryInput(START, body=f"{CANARY} in an old entry", tags=(f"{CANARY}tag",))
        )
        vault.care_plan.set("people", f"{CANARY} my sister")
    unlock(qtbot, window)
    today = window.workspace.pages["today"]
    qtbot.waitUntil(lambda: len(today.checkin.activities.chips()) == 10, timeout=WORKER_TIMEOUT_MS)

    # She types into the check-in line, the search, and a new entry's text and tags.
    qtbot.keyClicks(today.checkin.line, f"{CANARY} check-in")
    page = entries_page(window)
    window.workspace.pages["journal"].show_tab("entries")
    qtbot.keyClicks(page.list.filters.search, CANARY)
    qtbot.keyClick(page.list.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    page.list.filters.toggle.click()  # the filters read her tags and activities
    qtbot.waitUntil(lambda: page.list.filters.tag.count() == 2, timeout=WORKER_TIMEOUT_MS)
    page.new_entry()
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(page.editor.form.body, f"{CANARY} body")
    qtbot.keyClicks(page.editor.form.tags, f"{CANARY}tag2")
    page.editor.form.preview_button.click()
    assert CANARY in page.editor.form.preview.toPlainText()
    page.edit_lists()
    (dialog,) = visible_dialogs()
    qtbot.waitUntil(lambda: dialog.activities.items.count() == 10, timeout=WORKER_TIMEOUT_MS)
    everything = [t for w in window.findChildren(QWidget) for t in widget_texts(w)]
    assert any(CANARY in text for text in everything)  # the check can see it

    window.lock()

    assert not visible_dialogs()
    widgets = window.findChildren(QWidget) + QApplication.topLevelWidgets()
    leftovers = [t for w in widgets for t in widget_texts(w, locked=True) if CANARY in t]
    models = window.findChildren(QAbstractItemModel)
    assert page.list.model in models
    leftovers += [t for m in models for t in model_texts(m) if CANARY in t]
    assert leftovers == []
    assert CANARY not in window.windowTitle()
    idle(qtbot, window)

    # And it was all kept, encrypted: the draft comes back after unlocking.
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert page.editor.form.body.toPlainText() == f"{CANARY} body"
    assert page.editor.form.tags.text() == f"{CANARY}tag2"
    drafts = run(qtbot, window, lambda v: v.drafts.get("journal-entry"))
    assert CANARY in drafts.body
