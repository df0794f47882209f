"""After a lock, nothing of her notes is left in a widget, a model, a completer or a title."""

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.directory.support import directory_page
from tests.ui.journal.support import idle, run
from tests.ui.journal.test_canary import model_texts, widget_texts
from tests.ui.notes.support import START, notes_page, settle
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import NoteInput, Participant

pytestmark = pytest.mark.usefixtures("existing_vault")

CANARY = "Canary9n0te"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_no_note_content_survives_a_lock(qtbot, window, ui_vault_dir) -> None:
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        entry = vault.directory.add(DirectoryEntryInput(name=f"{CANARY} Ana", kind="person"))
        context = vault.note_contexts.add(NOTE_CONTEXT, f"{CANARY} circle")
        vault.notes.add(
            NoteInput(
                f"{CANARY} title",
                START,
                context_id=context.id,
                participants=(Participant(f"{CANARY} Ana", entry), Participant(f"{CANARY}free")),
                takeaways=(f"{CANARY} takeaway",),
                follow_ups=(FollowUpInput("f1", f"{CANARY} follow-up", START),),
                tags=(f"{CANARY}tag",),
                body=f"# {CANARY} heading\n\n{CANARY} body",
            )
        )
    unlock(qtbot, window)
    today = window.workspace.pages["today"]
    qtbot.waitUntil(lambda: len(today.follow_ups.rows) == 1, timeout=WORKER_TIMEOUT_MS)

    # The directory entry lists the note.
    window.workspace.show_section("directory")
    directory = directory_page(window)
    settle_dir = directory.model
    qtbot.waitUntil(lambda: settle_dir.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    directory.select_id(entry)
    qtbot.waitUntil(lambda: len(directory.detail.note_buttons) == 1, timeout=WORKER_TIMEOUT_MS)

    # Notes: a search, the filters, the detail, an editor with new text, the contexts dialog.
    window.workspace.show_section("notes")
    page = notes_page(window)
    settle(qtbot, window, page)
    page.filters.search.setText(CANARY)
    page.filters.search.returnPressed.emit()
    settle(qtbot, window, page)
    assert page.model.rowCount() == 1
    page.filters.toggle.click()
    qtbot.waitUntil(lambda: page.filters.tag.count() == 2, timeout=WORKER_TIMEOUT_MS)
    page.list.focus_list()
    qtbot.waitUntil(lambda: page.detail.note is not None, timeout=WORKER_TIMEOUT_MS)
    assert page.detail.isVisible()
    page.edit_note(page.detail.note.id)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    form = editor.form
    qtbot.keyClicks(form.body, f" {CANARY} typed")
    form.participants.edit.setFocus()
    qtbot.keyClicks(form.participants.edit, CANARY)
    qtbot.waitUntil(lambda: form.participants.matches.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(form.tags.edit, f"{CANARY}pending")
    form.preview_button.click()
    assert CANARY in form.preview.toPlainText()
    page.edit_contexts()
    (dialog,) = visible_dialogs()
    qtbot.waitUntil(lambda: dialog.items.count() == 7, timeout=WORKER_TIMEOUT_MS)
    everything = [t for w in window.findChildren(QWidget) for t in widget_texts(w)]
    assert any(CANARY in text for text in everything)  # the check can see it
    models = window.findChildren(QAbstractItemModel)
    assert any(CANARY in t for m in models for t in model_texts(m))

    window.lock()

    assert not visible_dialogs()
    widgets = window.findChildren(QWidget) + QApplication.topLevelWidgets()
    leftovers = [t for w in widgets for t in widget_texts(w, locked=True) if CANARY in t]
    models = window.findChildren(QAbstractItemModel)
    assert page.model in models and form.participants.matches in models
    leftovers += [t for m in models for t in model_texts(m) if CANARY in t]
    assert leftovers == []
    assert CANARY not in window.windowTitle()
    idle(qtbot, window)

    # And it was all kept, encrypted: the draft comes back after unlocking.
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    state = form.state(editor.record_id)
    assert state.body.endswith(f"{CANARY} typed")
    assert f"{CANARY}pending" in state.tags
    draft = run(qtbot, window, lambda v: v.drafts.get("note", editor.record_id))
    assert CANARY in draft.body
