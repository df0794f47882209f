"""The one trash flow: trash, Undo (button or Ctrl+Z) brings back, forgetting ends the offer."""

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.trash_undo import TrashUndo, TrashWords
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WORDS = TrashWords("Entry moved to the trash.", "Undo", "Undo: bring the entry back")


@pytest.fixture
def worker(qtbot, existing_vault) -> Iterator[DatabaseWorker]:
    db = DatabaseWorker()
    opened: list[object] = []
    db.open_vault(existing_vault, PASSPHRASE, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WORKER_TIMEOUT_MS)
    yield db
    db.shutdown()


def _ask(qtbot, worker: DatabaseWorker, op):
    out: list[object] = []
    worker.submit(op, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=WORKER_TIMEOUT_MS)
    return out[0]


def _visible_ids(qtbot, worker: DatabaseWorker) -> list[str]:
    return _ask(qtbot, worker, lambda vault: [e.id for e in vault.journal.entries()])


class _Page(QWidget):
    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.notice = NoticeBar(self)
        QVBoxLayout(self).addWidget(self.notice)
        self.trashed: list[str] = []
        self.restored: list[list[str]] = []
        self.undo = TrashUndo(
            worker,
            self,
            self.notice,
            trash=lambda vault, rid: vault.journal.delete(rid),
            restore=lambda vault, rid: vault.journal.restore(rid),
            on_trashed=self.trashed.append,
            on_restored=self.restored.append,
        )


@pytest.fixture
def page(qtbot, worker: DatabaseWorker) -> _Page:
    widget = _Page(worker)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _entry(qtbot, worker: DatabaseWorker) -> str:
    def make(vault: Vault) -> str:
        return vault.journal.add(EntryInput(datetime(2026, 3, 4, 9), body="A hard day."))

    return _ask(qtbot, worker, make)


def test_trash_then_undo_by_button_brings_it_back(qtbot, worker, page: _Page) -> None:
    entry_id = _entry(qtbot, worker)
    page.undo.trash(entry_id, WORDS)
    qtbot.waitUntil(lambda: page.trashed == [entry_id], timeout=WORKER_TIMEOUT_MS)
    assert page.notice.isVisible() and page.notice.label.text() == WORDS.moved
    assert entry_id not in _visible_ids(qtbot, worker)
    page.notice.action_triggered.emit()
    qtbot.waitUntil(lambda: page.restored == [[entry_id]], timeout=WORKER_TIMEOUT_MS)
    assert not page.notice.isVisible()
    assert entry_id in _visible_ids(qtbot, worker)
    assert page.undo.pending == []


def test_ctrl_z_undoes_while_the_list_shows(qtbot, worker, page: _Page) -> None:
    entry_id = _entry(qtbot, worker)
    page.undo.trash(entry_id, WORDS)
    qtbot.waitUntil(lambda: page.trashed == [entry_id], timeout=WORKER_TIMEOUT_MS)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.restored == [[entry_id]], timeout=WORKER_TIMEOUT_MS)


def test_dismissing_the_notice_ends_the_offer(qtbot, worker, page: _Page) -> None:
    entry_id = _entry(qtbot, worker)
    page.undo.trash(entry_id, WORDS)
    qtbot.waitUntil(lambda: page.trashed == [entry_id], timeout=WORKER_TIMEOUT_MS)
    page.notice.dismiss()
    page.undo.undo()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert page.restored == []
    assert entry_id not in _visible_ids(qtbot, worker)
