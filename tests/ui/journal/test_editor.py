"""The entry editor: keyboard, Ctrl+S, drafts through lock and unlock, Escape, discard."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.journal.keyboard import focused, press, tab_to
from tests.ui.journal.support import START, add_entries, entries_page, idle, open_entries, run
from wellbeing_desk.ops.journal import DRAFT_KIND
from wellbeing_desk.ui.journal.editor_state import EditorState
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.journal import ENTRY, EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")
CTRL = Qt.KeyboardModifier.ControlModifier


def new_entry(qtbot, window):
    page = open_entries(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.view.setFocus()
    press(qtbot, Qt.Key.Key_N, modifier=CTRL)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    return page, page.editor


def draft(qtbot, window, record_id=None):
    found = run(qtbot, window, lambda v: v.drafts.get(DRAFT_KIND, record_id))
    return None if found is None else EditorState.from_json(found.body, START)


def test_a_full_entry_by_keyboard_saved_with_ctrl_s(qtbot, window) -> None:
    page, editor = new_entry(qtbot, window)
    form = editor.form
    assert focused() is form.stress
    press(qtbot, "3", Qt.Key.Key_Tab, "4", Qt.Key.Key_Tab, "2", Qt.Key.Key_Tab)
    assert focused().parent() is form.sleep or focused() is form.sleep
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    press(qtbot, "6.5", Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # the first activity: "Rest"
    tab_to(qtbot, form.signs.chips()[4])  # "Exhaustion"
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, form.tags)
    press(qtbot, "work, #Family , work")
    tab_to(qtbot, form.body)
    press(qtbot, "# A long day\n\nThe *hearing* was postponed.")
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)

    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list, timeout=WORKER_TIMEOUT_MS)
    (entry,) = run(qtbot, window, lambda v: list(v.journal.entries()))
    rest = run(qtbot, window, lambda v: v.care_items.items(ACTIVITY)[0].id)
    exhaustion = run(qtbot, window, lambda v: v.care_items.items(WARNING_SIGN)[4].id)
    assert entry.kind == ENTRY
    assert (entry.stress, entry.mood, entry.energy, entry.sleep_hours) == (3, 4, 2, 6.5)
    assert set(entry.item_ids) == {rest, exhaustion}
    assert sorted(entry.tags) == ["Family", "work"]
    assert entry.body == "# A long day\n\nThe *hearing* was postponed."
    assert draft(qtbot, window) is None  # saving discards the draft
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    assert page.list.selected_id() == entry.id


def test_typing_is_saved_as_a_draft_soon_after(qtbot, window) -> None:
    _, editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.form.body, "half a thought")
    qtbot.waitUntil(lambda: not editor.unsaved, timeout=WORKER_TIMEOUT_MS)  # the 700 ms debounce
    saved = draft(qtbot, window)
    assert saved is not None and saved.body == "half a thought"


def test_a_draft_survives_lock_and_unlock(qtbot, window) -> None:
    page, editor = new_entry(qtbot, window)
    editor.form.stress.set_score(8)
    qtbot.keyClicks(editor.form.tags, "night")
    qtbot.keyClicks(editor.form.body, "words I must not lose")
    window.lock()  # at once, before the debounce fires
    assert editor.form.body.toPlainText() == ""
    assert editor.form.tags.text() == ""
    assert editor.form.stress.score() is None
    assert not editor.is_open

    unlock(qtbot, window)
    assert window.workspace.current_section() == "journal"
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert page.stack.currentWidget() is editor
    assert editor.form.body.toPlainText() == "words I must not lose"
    assert editor.form.tags.text() == "night"
    assert editor.form.stress.score() == 8
    assert editor.draft_note.isVisible()


def test_escape_keeps_the_draft_which_can_be_continued_or_discarded(qtbot, window) -> None:
    page, editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.form.body, "not finished")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list, timeout=WORKER_TIMEOUT_MS)
    assert draft(qtbot, window).body == "not finished"
    qtbot.waitUntil(page.draft_notice.isVisible, timeout=WORKER_TIMEOUT_MS)

    qtbot.mouseClick(page.draft_notice.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert editor.form.body.toPlainText() == "not finished"

    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list, timeout=WORKER_TIMEOUT_MS)
    assert MessageBox.shown_texts == ["Discard your unsaved changes? This cannot be undone."]
    idle(qtbot, window)
    assert draft(qtbot, window) is None
    assert not page.draft_notice.isVisible()


def test_editing_an_entry_keeps_a_draft_of_it_and_saves_in_place(
    qtbot, window, ui_vault_dir
) -> None:
    first, second = add_entries(
        ui_vault_dir,
        [
            EntryInput(START, stress=2, body="older"),
            EntryInput(START.replace(hour=9), body="newer"),
        ],
    )
    page = open_entries(qtbot, window)
    page.list.focus_list()
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)  # the second row: "older"
    editor = page.editor
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert editor.record_id == first
    assert editor.form.body.toPlainText() == "older"
    qtbot.keyClicks(editor.form.body, " and edited")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list, timeout=WORKER_TIMEOUT_MS)
    assert draft(qtbot, window, first).body == "older and edited"
    assert run(qtbot, window, lambda v: v.journal.get(first).body) == "older"

    # Opening it again continues the changes.
    page.open_entry(first)
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert editor.form.body.toPlainText() == "older and edited"
    assert editor.draft_note.isVisible()
    with qtbot.waitSignal(page.list.model.dataChanged, timeout=WORKER_TIMEOUT_MS):
        press(qtbot, Qt.Key.Key_S, modifier=CTRL)
    assert run(qtbot, window, lambda v: v.journal.get(first).body) == "older and edited"
    assert draft(qtbot, window, first) is None
    assert page.list.model.summary(1).preview == "older and edited"
    assert page.list.model.summary(0).id == second


def test_ranges_are_bounded_by_the_widgets(qtbot, window) -> None:
    _, editor = new_entry(qtbot, window)
    sleep = editor.form.sleep
    sleep.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    press(qtbot, "30")
    assert sleep.value() <= 24
    sleep.setValue(99)
    assert sleep.value() == 24
    assert editor.form.state(None, ENTRY).sleep_hours == 24
    sleep.setValue(-5)
    assert editor.form.state(None, ENTRY).sleep_hours is None
    assert sleep.text() == "Not recorded"


def test_the_preview_loads_nothing(qtbot, window, tmp_path: Path) -> None:
    picture = tmp_path / "picture.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture)).toString()
    _, editor = new_entry(qtbot, window)
    editor.form.body.setPlainText(
        f"**Bold** and a [link](https://example.org)\n\n![local]({url})\n\n"
        '![remote](https://example.org/x.png)\n\n<img src="https://example.org/y.png">'
    )
    qtbot.mouseClick(editor.form.preview_button, Qt.MouseButton.LeftButton)
    preview = editor.form.preview
    assert preview.isVisible()
    assert "Bold" in preview.toPlainText()
    preview.viewport().repaint()
    qtbot.waitUntil(lambda: preview.images.drawn >= 2)  # placeholders drawn instead …
    assert "[image: local]" not in preview.toPlainText()  # (an image is one object character)
    document = preview.document()
    for name in (url, "https://example.org/x.png"):  # … and nothing was loaded or kept
        assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)) is None
    assert "<img" in preview.toPlainText()  # raw HTML is shown as text, never interpreted
    qtbot.mouseClick(editor.form.preview_button, Qt.MouseButton.LeftButton)
    assert preview.toPlainText() == ""


def test_after_a_crash_the_unsaved_entry_is_offered(qtbot, window, ui_vault_dir) -> None:
    # A draft left behind by a crash: nothing in memory knows about it.
    state = EditorState(START, stress=6, body="written before the power went out")
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        vault.drafts.save(DRAFT_KIND, state.to_json())
    unlock(qtbot, window)
    today = window.workspace.pages["today"]
    qtbot.waitUntil(
        lambda: today.write_button.text() == "&Continue your unsaved entry",
        timeout=WORKER_TIMEOUT_MS,
    )
    page = entries_page(window)  # (not on screen: Today is)
    qtbot.waitUntil(lambda: not page.draft_notice.isHidden(), timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(today.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert page.editor.form.body.toPlainText() == "written before the power went out"
    assert page.editor.form.stress.score() == 6
    assert page.draft_notice.isHidden()
