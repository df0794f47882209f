"""After a lock, no directory content is left in a widget, model, clipboard or title."""

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import add_directory, open_directory, settle
from tests.ui.journal.support import idle
from tests.ui.journal.test_canary import model_texts, widget_texts
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")

CANARY = "Canary9d2f"


def canary_entry() -> DirectoryEntryInput:
    c = CANARY
    return DirectoryEntryInput(
        name=f"{c} name",
        organisation=f"{c} organisation",
        description=f"{c} description",
        categories=("counselling",),
        languages=("es",),
        regions=("MX",),
        contacts=(
            ContactMethod("phone", f"{c} phone", f"{c} phone label"),
            ContactMethod("email", f"{c}@example.org", f"{c} email label"),
            ContactMethod("website", f"https://{c}.example.org"),
        ),
        secure_route=f"{c} secure route",
        hours=f"{c} hours",
        time_zone=f"{c}/Zone",
        who_qualifies=f"{c} who qualifies",
        experienced_with_defenders="yes",
        safety_notes=f"{c} safety notes",
        notes=f"{c} notes",
        favourite=True,
    )


def test_no_directory_content_survives_a_lock(qtbot, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [canary_entry()])
    page = open_directory(qtbot, window)
    qtbot.waitUntil(lambda: CANARY in page.detail.name.text(), timeout=WORKER_TIMEOUT_MS)
    shown = " ".join(label.text() for label in page.detail.fields.values())
    for field in ("secure route", "hours", "Zone", "who qualifies", "safety notes", "notes"):
        assert f"{CANARY} {field}" in shown or f"{CANARY}/{field}" in shown
    assert CANARY in page.detail.description.text()

    # She searches for it, copies its phone, and opens the form.
    page.filters.search.setText(CANARY)
    settle(qtbot, window, page)
    assert page.model.rowCount() == 1
    page.detail.copy_buttons()[0].click()
    assert CANARY in QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: page.detail.entry is not None, timeout=WORKER_TIMEOUT_MS)
    page.edit_selected()
    assert page.editor.is_open
    assert CANARY in page.editor.notes.toPlainText()
    everything = [t for w in window.findChildren(QWidget) for t in widget_texts(w)]
    assert any(CANARY in text for text in everything)  # the check can see it

    window.lock()

    widgets = window.findChildren(QWidget) + QApplication.topLevelWidgets()
    leftovers = [t for w in widgets for t in widget_texts(w, locked=True) if CANARY in t]
    models = window.findChildren(QAbstractItemModel)
    assert page.model in models
    leftovers += [t for m in models for t in model_texts(m) if CANARY in t]
    assert leftovers == []
    assert CANARY not in window.windowTitle()
    assert CANARY not in QGuiApplication.clipboard().text()
    assert page.detail.entry is None
    assert page.editor.form_entry().notes == ""
    idle(qtbot, window)
