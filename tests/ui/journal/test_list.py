"""The journal list: search with highlights, filters, trash with undo, keyboard."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.journal.keyboard import focused, press
from tests.ui.journal.support import START, activity_id, add_entries, idle, open_entries, run
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.snippet_text import snippet_html
from wellbeing_desk.vault.fts import MATCH_END, MATCH_START
from wellbeing_desk.vault.journal import EntryInput, JournalFilter

pytestmark = pytest.mark.usefixtures("existing_vault")
CTRL = Qt.KeyboardModifier.ControlModifier


def previews(model) -> list[str]:
    return [model.summary(row).preview for row in range(model.rowCount())]


def settle(qtbot, window, page) -> None:
    qtbot.waitUntil(lambda: not page.list.model.loading, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)


@pytest.fixture
def journal(qtbot, window, ui_vault_dir):
    rest = activity_id(ui_vault_dir, "Rest")
    add_entries(
        ui_vault_dir,
        [
            EntryInput(
                START, stress=8, body="The hearing was postponed <again> & again", tags=("work",)
            ),
            EntryInput(
                START + timedelta(days=1), stress=2, body="Walked by the river", item_ids=(rest,)
            ),
            EntryInput(
                START + timedelta(days=2), stress=5, body="Cooked with my sister", tags=("family",)
            ),
            EntryInput(START + timedelta(days=40), stress=3, body="A calm day by the river"),
        ],
    )
    page = open_entries(qtbot, window)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 4, timeout=WORKER_TIMEOUT_MS)
    return page, rest


def test_search_highlights_matches_and_escapes_her_text(qtbot, window, journal) -> None:
    page, _ = journal
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.view.setFocus()
    press(qtbot, Qt.Key.Key_F, modifier=CTRL)
    assert focused() is page.list.filters.search
    press(qtbot, "hear", Qt.Key.Key_Return)
    settle(qtbot, window, page)
    model = page.list.model
    assert model.rowCount() == 1
    summary = model.summary(0)
    assert MATCH_START in summary.snippet
    html = snippet_html(summary.snippet)
    assert "<b>hearing</b>" in html
    assert "&lt;again&gt; &amp; again" in html  # her text is never markup
    assert "hearing" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert MATCH_END not in model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)

    page.list.filters.search.setText("nothing like this")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, window, page)
    assert model.rowCount() == 0
    assert page.list.list_stack.currentWidget() is page.list.empty_label
    assert "Nothing matches" in page.list.empty_label.text()


def test_filters_by_activity_tag_stress_and_period(qtbot, window, journal) -> None:
    page, rest = journal
    filters = page.list.filters
    model = page.list.model
    qtbot.mouseClick(filters.toggle, Qt.MouseButton.LeftButton)
    assert filters.panel.isVisible()
    qtbot.waitUntil(lambda: filters.activity.count() == 10, timeout=WORKER_TIMEOUT_MS)
    assert filters.activity.itemText(filters.activity.findData(rest)) == "Rest"

    filters.activity.setCurrentIndex(filters.activity.findData(rest))
    settle(qtbot, window, page)
    assert previews(model) == ["Walked by the river"]

    filters.activity.setCurrentIndex(0)
    filters.tag.setCurrentIndex(filters.tag.findData("family"))
    settle(qtbot, window, page)
    assert previews(model) == ["Cooked with my sister"]

    filters.tag.setCurrentIndex(0)
    filters.stress_min.setValue(4)
    settle(qtbot, window, page)
    assert previews(model) == ["Cooked with my sister", "The hearing was postponed <again> & again"]
    filters.stress_max.setValue(6)
    settle(qtbot, window, page)
    assert previews(model) == ["Cooked with my sister"]

    filters.reset_filters()
    settle(qtbot, window, page)
    assert model.rowCount() == 4
    filters.period.setCurrentIndex(filters.period.findData("custom"))
    filters.since.setDate(START.date() + timedelta(days=1))
    filters.until.setDate(START.date() + timedelta(days=2))
    settle(qtbot, window, page)
    assert previews(model) == ["Cooked with my sister", "Walked by the river"]
    assert model.filter.since == START.date() + timedelta(days=1)


def test_delete_then_undo_with_the_bar_and_with_ctrl_z(qtbot, window, journal) -> None:
    page, _ = journal
    model = page.list.model
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.focus_list()
    newest = model.summary(0).id
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WORKER_TIMEOUT_MS)
    assert page.list.notice.isVisible()
    assert page.list.notice.label.text() == "Entry moved to the trash."
    assert run(qtbot, window, lambda v: v.journal.get(newest).deleted_at) is not None

    qtbot.mouseClick(page.list.notice.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WORKER_TIMEOUT_MS)
    assert model.summary(0).id == newest
    assert not page.list.notice.isVisible()

    page.list.focus_list()
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WORKER_TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_Z, modifier=CTRL)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WORKER_TIMEOUT_MS)
    assert run(qtbot, window, lambda v: v.journal.count(JournalFilter(trash=True))) == 0


def test_trash_restore_and_empty_with_confirmation(qtbot, window, journal) -> None:
    page, _ = journal
    model = page.list.model
    ids = [model.summary(row).id for row in range(4)]
    for entry_id in ids[:3]:
        run(qtbot, window, lambda v, entry_id=entry_id: v.journal.delete(entry_id))
    qtbot.mouseClick(page.list.trash_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, page)
    assert model.rowCount() == 3
    assert page.list.empty_button.isVisible() and not page.list.new_button.isVisible()

    page.list.select_id(ids[0])
    qtbot.mouseClick(page.list.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WORKER_TIMEOUT_MS)

    MessageBox.set_next_answer(Button.No)
    qtbot.mouseClick(page.list.empty_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert run(qtbot, window, lambda v: v.journal.count(JournalFilter(trash=True))) == 2

    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(page.list.empty_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, page)
    assert "cannot be undone" in MessageBox.shown_texts[-1]
    assert model.rowCount() == 0
    assert page.list.empty_label.text() == "The trash is empty."
    assert run(qtbot, window, lambda v: v.journal.count(JournalFilter(trash=True))) == 0

    qtbot.mouseClick(page.list.trash_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, page)
    assert [model.summary(row).id for row in range(model.rowCount())] == [ids[0], ids[3]]


def test_enter_opens_the_chosen_entry(qtbot, window, journal) -> None:
    page, _ = journal
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.focus_list()
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert page.editor.form.body.toPlainText() == "Cooked with my sister"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list, timeout=WORKER_TIMEOUT_MS)
    assert page.list.selected_id() == page.list.model.summary(1).id
