"""The Notes page: filters in SQL, snippets, the detail, delete with undo, the trash."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.journal.keyboard import focused, press
from tests.ui.journal.support import idle, run
from tests.ui.notes.support import START, add_notes, context_ids, open_notes, settle, titles
from wellbeing_desk.ui.notes.formatting import body_html
from wellbeing_desk.ui.notes.model import SummaryRole
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault.fts import MATCH_END, MATCH_START
from wellbeing_desk.vault.notes import NoteInput, NoteSummary, Participant

pytestmark = pytest.mark.usefixtures("existing_vault")
CTRL = Qt.KeyboardModifier.ControlModifier


def some_notes(contexts: dict[str, str]) -> list[NoteInput]:
    today = date.today()
    return [
        NoteInput(
            "Peer circle in March",
            START,
            context_id=contexts["peer_circle"],
            participants=(Participant("Ana"), Participant("Marta")),
            tags=("care",),
            body="We talked about <b>boundaries</b> & rest.",
        ),
        NoteInput(
            "Counselling",
            today - timedelta(days=10),
            context_id=contexts["counselling_session"],
            participants=(Participant("Lucía"),),
            tags=("therapy", "care"),
            body="Sleep first. Then the campaign.",
        ),
        NoteInput(
            "Team meeting",
            today - timedelta(days=2),
            context_id=contexts["team_meeting"],
            participants=(Participant("ana"),),
            body="Rotation of the night shifts; nobody answers the phone after nine.",
        ),
    ]


def test_filters_run_in_sql(qtbot, window, ui_vault_dir) -> None:
    contexts = context_ids(ui_vault_dir)
    add_notes(ui_vault_dir, some_notes(contexts))
    page = open_notes(qtbot, window)
    assert titles(page) == ["Team meeting", "Counselling", "Peer circle in March"]
    bar = page.filters
    bar.toggle.click()  # the choices are read when the filters open
    qtbot.waitUntil(lambda: bar.person.count() == 4, timeout=WORKER_TIMEOUT_MS)
    assert [bar.tag.itemText(i) for i in range(bar.tag.count())] == ["Any tag", "care", "therapy"]
    assert bar.context.itemText(1) == "Peer-support circle"

    def choose(combo, data) -> None:
        combo.setCurrentIndex(combo.findData(data))
        settle(qtbot, window, page)

    choose(bar.context, contexts["counselling_session"])
    assert titles(page) == ["Counselling"]
    bar.reset_filters()
    choose(bar.tag, "care")
    assert titles(page) == ["Counselling", "Peer circle in March"]
    bar.reset_filters()
    (ana,) = [
        bar.person.itemData(i) for i in range(1, 4) if bar.person.itemData(i) in ("Ana", "ana")
    ]
    choose(bar.person, ana)  # a name, ignoring case
    assert titles(page) == ["Team meeting", "Peer circle in March"]
    bar.reset_filters()
    choose(bar.period, "month")
    assert titles(page) == ["Team meeting", "Counselling"]
    choose(bar.period, "custom")
    bar.since.setDate(bar.since.date().addYears(-30))
    bar.until.setDate(bar.until.date().addDays(-5))
    settle(qtbot, window, page)
    assert titles(page) == ["Counselling", "Peer circle in March"]
    assert bar.filters_active()
    bar.reset_filters()
    settle(qtbot, window, page)
    assert len(titles(page)) == 3
    assert page.list.count_label.text() == "3 notes"


def test_search_highlights_snippets_after_escaping(qtbot, window, ui_vault_dir) -> None:
    add_notes(ui_vault_dir, some_notes(context_ids(ui_vault_dir)))
    page = open_notes(qtbot, window)
    page.filters.focus_search()
    press(qtbot, "boundaries")
    settle(qtbot, window, page)
    assert titles(page) == ["Peer circle in March"]
    summary = page.list.proxy.index(0, 0).data(SummaryRole)
    assert isinstance(summary, NoteSummary)
    assert MATCH_START in (summary.snippet or "")
    assert body_html(summary).startswith(
        "We talked about &lt;b&gt;<b>boundaries</b>&lt;/b&gt; &amp; rest"
    )
    assert "boundaries" in page.list.proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    press(qtbot, Qt.Key.Key_Down)  # from the search to the list
    assert focused() is page.view
    page.filters.search.setText("nothing like this")
    settle(qtbot, window, page)
    assert page.list.empty_label.isVisible()
    assert "Nothing matches" in page.list.empty_label.text()
    assert MATCH_END not in page.list.empty_label.text()


def test_choosing_a_note_shows_it(qtbot, window, ui_vault_dir) -> None:
    contexts = context_ids(ui_vault_dir)
    add_notes(ui_vault_dir, some_notes(contexts))
    page = open_notes(qtbot, window)
    assert page.hint.isVisible()
    page.list.focus_list()
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down)  # the third: the peer circle
    qtbot.waitUntil(page.detail.isVisible, timeout=WORKER_TIMEOUT_MS)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Peer circle in March")
    assert "Peer-support circle" in detail.subtitle.text()
    assert [w.accessibleName() for w in detail.people_widgets] == ["Ana", "Marta"]
    assert detail.people_links() == []  # free names: nothing to open
    assert detail.tags.text() == "#care"
    assert "boundaries" in detail.text.toPlainText()
    assert "<b>" in detail.text.toPlainText()  # her text, never interpreted


def test_delete_undo_restore_and_empty_the_trash(qtbot, window, ui_vault_dir) -> None:
    add_notes(ui_vault_dir, some_notes(context_ids(ui_vault_dir)))
    page = open_notes(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.focus_list()
    first = page.list.selected_id()
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(page.notice.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert titles(page) == ["Counselling", "Peer circle in March"]
    assert page.notice.label.text() == "Note moved to the trash."
    assert page.list.selected_id() is not None  # the next one is chosen
    press(qtbot, Qt.Key.Key_Z, modifier=CTRL)  # undo
    qtbot.waitUntil(lambda: len(titles(page)) == 3, timeout=WORKER_TIMEOUT_MS)
    assert titles(page)[0] == "Team meeting"
    qtbot.waitUntil(lambda: page.list.selected_id() == first, timeout=WORKER_TIMEOUT_MS)

    # Deleting from the detail pane, then the trash: restore one, empty the rest.
    settle(qtbot, window, page)
    page.list.select_id(first)
    qtbot.waitUntil(lambda: page.detail.note_id == first, timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(titles(page)) == 2, timeout=WORKER_TIMEOUT_MS)
    page.list.focus_list()
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(titles(page)) == 1, timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, page)
    assert sorted(titles(page)) == ["Counselling", "Team meeting"]
    assert page.restore_button.isVisible() and page.empty_button.isVisible()
    assert not page.new_button.isVisible()
    assert page.list.count_label.text() == "2 notes in the trash"
    page.list.select_id(first)
    qtbot.waitUntil(lambda: page.detail.note_id == first, timeout=WORKER_TIMEOUT_MS)
    assert page.detail.trash_note.isVisible() and not page.detail.edit_button.isVisible()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(page) == ["Counselling"], timeout=WORKER_TIMEOUT_MS)

    MessageBox.set_next_answer(Button.No)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert titles(page) == ["Counselling"]  # she said no
    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, page)
    assert titles(page) == []
    assert page.list.empty_label.text() == "The trash is empty."
    assert "for good" in MessageBox.shown_texts[-1]
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, page)
    assert titles(page) == ["Team meeting", "Peer circle in March"]
    assert run(qtbot, window, lambda v: v.notes.count()) == 2


def test_an_empty_list_says_how_to_begin(qtbot, window) -> None:
    page = open_notes(qtbot, window)
    assert page.list.empty_label.isVisible()
    assert "New note" in page.list.empty_label.text()
    assert page.list.count_label.text() == "0 notes"


def test_ctrl_f_goes_to_the_search(qtbot, window, ui_vault_dir) -> None:
    add_notes(ui_vault_dir, some_notes(context_ids(ui_vault_dir)))
    page = open_notes(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.focus_list()
    press(qtbot, Qt.Key.Key_F, modifier=CTRL)
    assert focused() is page.filters.search


def test_her_list_of_contexts_can_be_edited(qtbot, window) -> None:
    from tests.ui.conftest import visible_dialogs

    page = open_notes(qtbot, window)
    page.new_note()
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    context = page.editor.form.context
    assert [context.itemText(i) for i in range(context.count())][:3] == [
        "No context",
        "Peer-support circle",
        "Counselling session",
    ]
    qtbot.mouseClick(page.editor.form.lists_button, Qt.MouseButton.LeftButton)
    (dialog,) = visible_dialogs()
    qtbot.waitUntil(lambda: dialog.items.count() == 6, timeout=WORKER_TIMEOUT_MS)
    dialog.items.setCurrentRow(0)
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)  # hide the peer circle
    qtbot.keyClicks(dialog.new_name, "Solidarity lunch")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.items.count() == 7, timeout=WORKER_TIMEOUT_MS)
    dialog.items.setCurrentRow(6)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    names = [context.itemText(i) for i in range(context.count())]
    assert "Peer-support circle" not in names
    assert names[-2:] == ["Solidarity lunch", "Other"]
    dialog.reject()
    idle(qtbot, window)
    assert page.contexts_dialog is None
