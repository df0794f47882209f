"""The lazy journal model: pages through the worker, generations, changes in place."""

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.journal.support import add_entries, idle, numbered_entries, open_entries, run
from wellbeing_desk.ui.journal.entry_model import EntryListModel, IdRole, SummaryRole
from wellbeing_desk.vault.journal import EntryInput, JournalFilter

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_model_passes_the_model_tester(qtbot, qtmodeltester, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, numbered_entries(250))
    page = open_entries(qtbot, window)
    model = page.list.model
    assert model.rowCount() == 200
    qtmodeltester.check(model)
    idle(qtbot, window)  # the tester may have asked for more
    qtmodeltester.check(model)


def test_only_the_first_page_loads_then_more_on_demand(qtbot, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, numbered_entries(1000))
    page = open_entries(qtbot, window)
    model = page.list.model
    assert model.rowCount() == 200
    assert model.pages_requested == 1
    assert model.summary(0).preview == "entry number 999"  # newest first
    assert model.canFetchMore(QModelIndex())

    # Asking twice while a page is on its way asks only once.
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.pages_requested == 2
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=WORKER_TIMEOUT_MS)
    assert model.summary(200).preview == "entry number 799"

    # Scrolling to the end of the view fetches the next page.
    page.list.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 600, timeout=WORKER_TIMEOUT_MS)
    ids = [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)


def test_answers_to_an_old_question_are_dropped(qtbot, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, numbered_entries(300))
    page = open_entries(qtbot, window)
    model = page.list.model
    model.fetchMore(QModelIndex())  # a second page is on its way …
    model.set_filter(JournalFilter(text="number 7"))  # … when the question changes
    idle(qtbot, window)
    previews = {model.summary(row).preview for row in range(model.rowCount())}
    assert "entry number 7" in previews
    assert all("7" in text for text in previews)


def test_clear_empties_and_ignores_late_pages(qtbot, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, numbered_entries(300))
    page = open_entries(qtbot, window)
    model = page.list.model
    model.fetchMore(QModelIndex())
    model.clear()
    idle(qtbot, window)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_entries_written_elsewhere_take_their_place(qtbot, window, ui_vault_dir) -> None:
    # Written by someone else (here: a bare worker operation, as a check-in on Today or
    # sync would): the journal hears ``vault_changed`` and reads just those rows again.
    add_entries(ui_vault_dir, numbered_entries(5))
    page = open_entries(qtbot, window)
    model: EntryListModel = page.list.model
    assert model.rowCount() == 5
    newest = model.summary(0)

    # A new entry in the middle of the list lands in its place.
    middle = model.summary(2).occurred_at
    with qtbot.waitSignal(model.rowsInserted, timeout=WORKER_TIMEOUT_MS):
        new_id = run(qtbot, window, lambda v: v.journal.add(EntryInput(middle, body="wedged")))
    assert model.rowCount() == 6
    row = model.row_of(new_id)
    assert model.index(row, 0).data(SummaryRole).preview == "wedged"

    # An edit that keeps its place changes the row in place.
    with qtbot.waitSignal(model.dataChanged, timeout=WORKER_TIMEOUT_MS):
        run(
            qtbot,
            window,
            lambda v: v.journal.update(newest.id, EntryInput(newest.occurred_at, body="changed")),
        )
    assert model.summary(0).preview == "changed"
    assert "changed" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)

    # Trashed: it no longer matches the filter, so it leaves.
    with qtbot.waitSignal(model.rowsRemoved, timeout=WORKER_TIMEOUT_MS):
        run(qtbot, window, lambda v: v.journal.delete(new_id))
    assert model.row_of(new_id) == -1
    assert model.rowCount() == 5


def test_refresh_entry_places_one_row(qtbot, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, numbered_entries(3))
    page = open_entries(qtbot, window)
    model: EntryListModel = page.list.model
    idle(qtbot, window)
    window.worker.vault_changed.disconnect()  # only the explicit refresh places it here
    middle = model.summary(1).occurred_at
    new_id = run(qtbot, window, lambda v: v.journal.add(EntryInput(middle, body="wedged")))
    idle(qtbot, window)
    assert model.row_of(new_id) == -1
    model.refresh_entry(new_id)
    qtbot.waitUntil(lambda: model.row_of(new_id) >= 0, timeout=WORKER_TIMEOUT_MS)
