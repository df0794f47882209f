"""The note editor: every field by keyboard, Ctrl+S, drafts through lock and unlock, prompts."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.directory.support import PSYCHOLOGIST, add_directory
from tests.ui.journal.keyboard import focused, press, tab_to
from tests.ui.journal.support import idle, run
from tests.ui.notes.support import START, add_notes, context_ids, notes_page, open_notes, settle
from wellbeing_desk.ops.notes import DRAFT_KIND
from wellbeing_desk.ui.notes.note_state import NoteState
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import NoteInput, Participant

pytestmark = pytest.mark.usefixtures("existing_vault")
# The offscreen platform cannot raise or grab for the completer's popup; it says so.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support")
CTRL = Qt.KeyboardModifier.ControlModifier


def new_note(qtbot, window):
    page = open_notes(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_N, modifier=CTRL)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    return page, page.editor


def draft(qtbot, window, record_id=None):
    found = run(qtbot, window, lambda v: v.drafts.get(DRAFT_KIND, record_id))
    return None if found is None else NoteState.from_json(found.body, START)


def pick_from_directory(qtbot, people, text: str) -> None:
    """Type in the people field, wait for the directory's matches, choose the first."""
    press(qtbot, text)
    popup = people.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


@POPUP
def test_a_full_note_by_keyboard_saved_and_reopened_equal(qtbot, window, ui_vault_dir) -> None:
    (ana,) = add_directory(ui_vault_dir, [PSYCHOLOGIST])
    counselling = context_ids(ui_vault_dir)["counselling_session"]
    page, editor = new_note(qtbot, window)
    form = editor.form
    assert focused() is form.title
    press(qtbot, "Circle on saying no")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.when or form.when.isAncestorOf(focused())
    form.when.setDate(QDate(2024, 5, 15))
    form.when.setCurrentSection(QDateTimeEdit.Section.DaySection)
    assert form.when.currentSection() == QDateTimeEdit.Section.DaySection
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)  # three days back
    when = date(2024, 5, 12)
    tab_to(qtbot, form.context)
    press(qtbot, "Cou")  # keyboard search in the list of contexts
    assert form.context.currentData() == counselling

    tab_to(qtbot, form.participants.edit)
    pick_from_directory(qtbot, form.participants, "Ruiz")
    qtbot.waitUntil(lambda: len(form.participants.people) == 1)
    assert form.participants.edit.text() == ""
    press(qtbot, "Marta\n")
    assert [p.name for p in form.participants.people] == ["Psicóloga Ana Ruiz", "Marta"]

    tab_to(qtbot, form.takeaways.rows[0].edit)
    press(qtbot, "Ask for help early\nBreathe before answering")
    press(qtbot, Qt.Key.Key_Up, modifier=CTRL)  # move the second one up
    tab_to(qtbot, form.follow_ups.rows[0].edit)
    press(qtbot, "Call Ana", Qt.Key.Key_Tab, Qt.Key.Key_Space)  # "By": a date
    assert form.follow_ups.rows[0].dated.isChecked()
    tab_to(qtbot, form.follow_ups.add_button)
    press(qtbot, Qt.Key.Key_Space, "Write to the network")  # a second one
    tab_to(qtbot, form.tags.edit)
    press(qtbot, "care, peer\n")
    tab_to(qtbot, form.body)
    press(qtbot, "# What we shared\n\nEveryone said **no** once this week.")
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)

    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse, timeout=WORKER_TIMEOUT_MS)
    settle(qtbot, window, page)
    (note,) = run(qtbot, window, lambda v: v.notes.notes())
    assert note.title == "Circle on saying no"
    assert note.occurred_on == when
    assert note.context_id == counselling
    assert note.participants == (Participant("Psicóloga Ana Ruiz", ana), Participant("Marta"))
    assert note.takeaways == ("Breathe before answering", "Ask for help early")
    (call, write) = note.follow_ups
    assert (call.text, call.due_date) == ("Call Ana", date.today() + timedelta(days=7))
    assert (write.text, write.due_date) == ("Write to the network", None)
    assert sorted(note.tags) == ["care", "peer"]
    assert note.body == "# What we shared\n\nEveryone said **no** once this week."
    assert draft(qtbot, window) is None  # saving discards the draft
    assert page.list.selected_id() == note.id
    qtbot.waitUntil(lambda: page.detail.note_id == note.id, timeout=WORKER_TIMEOUT_MS)
    assert page.detail.title.text() == "Circle on saying no"

    # Reopened in the editor (Enter in the list), every field shows what was saved.
    page.list.focus_list()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert editor.record_id == note.id
    assert form.state(note.id).to_input() == note.as_input()
    assert form.state(note.id) == NoteState.from_note(note)


def test_typing_is_saved_as_a_draft_soon_after(qtbot, window) -> None:
    _, editor = new_note(qtbot, window)
    qtbot.keyClicks(editor.form.title, "half a title")
    qtbot.waitUntil(lambda: not editor.unsaved, timeout=WORKER_TIMEOUT_MS)  # the 700 ms debounce
    saved = draft(qtbot, window)
    assert saved is not None and saved.title == "half a title"


@POPUP
def test_a_draft_survives_a_lock_mid_typing(qtbot, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [PSYCHOLOGIST])
    page, editor = new_note(qtbot, window)
    form = editor.form
    qtbot.keyClicks(form.title, "Retreat")
    tab_to(qtbot, form.participants.edit)
    pick_from_directory(qtbot, form.participants, "Ruiz")
    qtbot.waitUntil(lambda: len(form.participants.people) == 1)
    qtbot.keyClicks(form.takeaways.rows[0].edit, "rest is work too")
    qtbot.keyClicks(form.follow_ups.rows[0].edit, "book the room")
    form.follow_ups.rows[0].dated.setChecked(True)
    qtbot.keyClicks(form.tags.edit, "half-typed tag")  # not yet added with Enter
    qtbot.keyClicks(form.body, "words I must not lose")
    window.lock()  # at once, before the debounce fires
    assert form.title.text() == ""
    assert form.body.toPlainText() == ""
    assert form.participants.people == []
    assert not editor.is_open

    unlock(qtbot, window)
    assert window.workspace.current_section() == "notes"
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert page.stack.currentWidget() is editor
    state = form.state(None)
    assert state.title == "Retreat"
    assert [p.name for p in state.participants] == ["Psicóloga Ana Ruiz"]
    assert state.participants[0].directory_id is not None
    assert state.takeaways == ("rest is work too",)
    assert state.follow_ups[0].text == "book the room"
    assert state.follow_ups[0].due_date is not None
    assert state.tags == ("half-typed tag",)
    assert state.body == "words I must not lose"
    assert editor.draft_note.isVisible()


def test_escape_keeps_the_draft_which_can_be_continued_or_discarded(qtbot, window) -> None:
    page, editor = new_note(qtbot, window)
    qtbot.keyClicks(editor.form.body, "not finished")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse, timeout=WORKER_TIMEOUT_MS)
    assert draft(qtbot, window).body == "not finished"
    qtbot.waitUntil(page.draft_notice.isVisible, timeout=WORKER_TIMEOUT_MS)

    qtbot.mouseClick(page.draft_notice.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert editor.form.body.toPlainText() == "not finished"

    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse, timeout=WORKER_TIMEOUT_MS)
    assert MessageBox.shown_texts == ["Discard your unsaved changes? This cannot be undone."]
    idle(qtbot, window)
    assert draft(qtbot, window) is None
    assert not page.draft_notice.isVisible()


def test_a_title_is_needed(qtbot, window) -> None:
    _, editor = new_note(qtbot, window)
    qtbot.keyClicks(editor.form.body, "only text")
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)
    assert editor.state == "open"
    assert editor.error.isVisible()
    assert "title" in editor.error.text()
    assert focused() is editor.form.title


def test_editing_keeps_a_draft_of_the_note_and_saves_in_place(qtbot, window, ui_vault_dir):
    (first,) = add_notes(ui_vault_dir, [NoteInput("Team meeting", START, body="older")])
    page = open_notes(qtbot, window)
    page.edit_note(first)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert editor.form.body.toPlainText() == "older"
    qtbot.keyClicks(editor.form.body, " and edited")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse, timeout=WORKER_TIMEOUT_MS)
    assert draft(qtbot, window, first).body == "older and edited"
    assert run(qtbot, window, lambda v: v.notes.get(first).body) == "older"

    page.edit_note(first)  # opening it again continues the changes
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert editor.form.body.toPlainText() == "older and edited"
    assert editor.draft_note.isVisible()
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert run(qtbot, window, lambda v: v.notes.get(first).body) == "older and edited"
    assert draft(qtbot, window, first) is None


def test_start_from_prompts_adds_headings(qtbot, window) -> None:
    _, editor = new_note(qtbot, window)
    form = editor.form
    form.body.setPlainText("We met at Ana's.")
    form.prompt_actions["exchange"].trigger()
    text = form.body.toPlainText()
    assert text.startswith("We met at Ana's.\n\n## Practices that worked\n")
    for heading in ("## Obstacles", "## What I take away", "## Follow-ups"):
        assert heading in text
    # The cursor waits under the first heading; Ctrl+Z takes the headings back.
    assert text[: form.body.textCursor().position()].endswith("## Practices that worked\n")
    form.body.undo()
    assert form.body.toPlainText() == "We met at Ana's."


def test_takeaway_rows_by_keyboard(qtbot, window) -> None:
    _, editor = new_note(qtbot, window)
    takeaways = editor.form.takeaways
    takeaways.rows[0].edit.setFocus()
    press(qtbot, "one\ntwo\nthree")
    assert takeaways.values() == ("one", "two", "three")
    press(qtbot, Qt.Key.Key_Up, modifier=CTRL)
    assert takeaways.values() == ("one", "three", "two")
    assert focused() is takeaways.rows[1].edit
    takeaways.rows[2].edit.setFocus()
    takeaways.rows[2].edit.setText("")
    press(qtbot, Qt.Key.Key_Backspace)  # an empty line goes away
    assert takeaways.values() == ("one", "three")
    assert focused() is takeaways.rows[1].edit
    qtbot.mouseClick(takeaways.rows[0].remove, Qt.MouseButton.LeftButton)
    assert takeaways.values() == ("three",)
    names = [w.accessibleName() for w in takeaways.focusables()]
    assert names == [
        "Takeaway 1",
        "Move takeaway 1 up",
        "Move takeaway 1 down",
        "Remove takeaway 1",
        "Add another key takeaway",
    ]


def test_a_draft_of_a_new_note_left_by_a_crash_is_offered(qtbot, window, ui_vault_dir) -> None:
    state = NoteState(START, title="Before the power went out", body="half")
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        vault.drafts.save(DRAFT_KIND, state.to_json())
    page = open_notes(qtbot, window)
    qtbot.waitUntil(page.draft_notice.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(page.draft_notice.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert page.editor.form.title.text() == "Before the power went out"
    assert notes_page(window) is page


def test_follow_up_ids_are_kept_through_edits(qtbot, window, ui_vault_dir) -> None:
    item = FollowUpInput("fixed-id", "Call Ana", START)
    (note_id,) = add_notes(ui_vault_dir, [NoteInput("Circle", START, follow_ups=(item,))])
    page = open_notes(qtbot, window)
    page.edit_note(note_id)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    editor.form.follow_ups.rows[0].edit.setText("Call Ana and Marta")
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)
    qtbot.waitUntil(lambda: not editor.is_open, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    saved = run(qtbot, window, lambda v: v.notes.get(note_id).follow_ups)
    assert saved == (FollowUpInput("fixed-id", "Call Ana and Marta", START),)
