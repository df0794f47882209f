"""The lazy notes model and its sorting proxy: pages through the worker, generations, 20,000."""

import time

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.journal.support import idle, run
from tests.ui.notes.support import add_notes, numbered_notes, open_notes, settle, titles
from wellbeing_desk.ui.notes.model import IdRole, SummaryRole
from wellbeing_desk.vault.notes import NoteFilter, NoteInput

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_model_and_proxy_pass_the_model_tester(qtbot, qtmodeltester, window, ui_vault_dir):
    add_notes(ui_vault_dir, numbered_notes(250))
    page = open_notes(qtbot, window)
    model = page.model
    assert model.rowCount() == 200
    qtmodeltester.check(model)
    idle(qtbot, window)  # the tester may have asked for more
    qtmodeltester.check(model)
    qtmodeltester.check(page.list.proxy)


def test_twenty_thousand_notes_first_page_then_more_on_scrolling(qtbot, window, ui_vault_dir):
    add_notes(ui_vault_dir, numbered_notes(20_000))
    started = time.monotonic()
    page = open_notes(qtbot, window)
    model = page.model
    assert model.rowCount() == 200
    assert time.monotonic() - started < 10  # (the first page itself is a few ms)
    assert model.pages_requested == 1
    assert model.summary(0).title == "Note number 19999"  # newest first
    assert model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: page.list.count_label.text() == "20000 notes")

    # Asking twice while a page is on its way asks only once.
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.pages_requested == 2
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=WORKER_TIMEOUT_MS)
    assert model.summary(200).title == "Note number 19799"

    # Scrolling to the end of the view fetches the next page.
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 600, timeout=WORKER_TIMEOUT_MS)
    ids = [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)

    # A new question: its first page is on screen at once, whatever the size of the vault.
    started = time.monotonic()
    with qtbot.waitSignal(model.page_arrived, timeout=WORKER_TIMEOUT_MS):
        page.filters.search.setText("number 1999")
        page.filters.search.returnPressed.emit()
    assert time.monotonic() - started < 1.0
    assert model.summary(0).title == "Note number 19999"

    # Sorting by title needs every match: ten pages of 2,000, still quick.
    page.filters.clear_search()
    page.apply_filters()
    started = time.monotonic()
    page.list.order.setCurrentIndex(page.list.order.findData("title"))
    qtbot.waitUntil(lambda: model.rowCount() == 20_000, timeout=WORKER_TIMEOUT_MS)
    assert time.monotonic() - started < 10
    assert titles(page)[:3] == ["Note number 0", "Note number 1", "Note number 10"]


def test_sorting_by_title_or_oldest_loads_every_match(qtbot, window, ui_vault_dir):
    notes = [
        NoteInput("banana talk", numbered_notes(3)[0].occurred_on),
        NoteInput("Apple circle", numbered_notes(3)[1].occurred_on),
        NoteInput("cherry meeting", numbered_notes(3)[2].occurred_on),
    ]
    add_notes(ui_vault_dir, numbered_notes(450) + notes)
    page = open_notes(qtbot, window)
    assert page.model.rowCount() == 200
    page.list.order.setCurrentIndex(page.list.order.findData("title"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 453, timeout=WORKER_TIMEOUT_MS)
    assert titles(page)[:3] == ["Apple circle", "banana talk", "cherry meeting"]
    page.list.order.setCurrentIndex(page.list.order.findData("oldest"))
    shown = titles(page)
    assert set(shown[:2]) == {"Note number 0", "banana talk"}  # the same day
    assert shown[-1] == "Note number 449"
    page.list.order.setCurrentIndex(page.list.order.findData("newest"))
    assert titles(page)[0] == "Note number 449"


def test_answers_to_an_old_question_are_dropped(qtbot, window, ui_vault_dir):
    add_notes(ui_vault_dir, numbered_notes(300))
    page = open_notes(qtbot, window)
    model = page.model
    model.fetchMore(QModelIndex())  # a second page is on its way …
    model.set_filter(NoteFilter(text="number 7"))  # … when the question changes
    idle(qtbot, window)
    found = {model.summary(row).title for row in range(model.rowCount())}
    assert "Note number 7" in found
    assert all("7" in title for title in found)


def test_clear_empties_and_ignores_late_pages(qtbot, window, ui_vault_dir):
    add_notes(ui_vault_dir, numbered_notes(300))
    page = open_notes(qtbot, window)
    model = page.model
    model.fetchMore(QModelIndex())
    model.clear()
    idle(qtbot, window)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_refresh_note_inserts_updates_and_removes(qtbot, window, ui_vault_dir):
    add_notes(ui_vault_dir, numbered_notes(5))
    page = open_notes(qtbot, window)
    model = page.model
    newest = model.summary(0)
    middle = model.summary(2).occurred_on
    new_id = run(qtbot, window, lambda v: v.notes.add(NoteInput("wedged", middle)))
    with qtbot.waitSignal(model.rowsInserted, timeout=WORKER_TIMEOUT_MS):
        model.refresh_note(new_id)
    assert model.rowCount() == 6
    assert model.index(model.row_of(new_id), 0).data(SummaryRole).title == "wedged"

    run(
        qtbot, window, lambda v: v.notes.update(newest.id, NoteInput("changed", newest.occurred_on))
    )
    with qtbot.waitSignal(model.dataChanged, timeout=WORKER_TIMEOUT_MS):
        model.refresh_note(newest.id)
    assert model.summary(0).title == "changed"
    assert "changed" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)

    run(qtbot, window, lambda v: v.notes.delete(new_id))
    with qtbot.waitSignal(model.rowsRemoved, timeout=WORKER_TIMEOUT_MS):
        model.refresh_note(new_id)
    assert model.row_of(new_id) == -1
    settle(qtbot, window, page)
