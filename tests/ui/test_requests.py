"""A widget's requests: superseded answers dropped, a destroyed owner ignored, errors shown."""

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.ui.worker import DatabaseWorker


@pytest.fixture
def worker(qtbot, existing_vault) -> Iterator[DatabaseWorker]:
    db = DatabaseWorker()
    opened: list[object] = []
    db.open_vault(existing_vault, PASSPHRASE, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WORKER_TIMEOUT_MS)
    yield db
    db.shutdown()


def _settle(qtbot, worker: DatabaseWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=WORKER_TIMEOUT_MS)


def test_only_the_newest_answer_arrives(qtbot, worker: DatabaseWorker) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    request = Request(worker, owner)
    gate = threading.Event()
    answers: list[str] = []

    def slow(_vault: object) -> str:
        gate.wait(10)
        return "old"

    request.run(slow, answers.append)
    request.run(lambda _vault: "new", answers.append)
    gate.set()
    _settle(qtbot, worker)
    assert answers == ["new"]


def test_cancel_drops_what_is_still_coming(qtbot, worker: DatabaseWorker) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    request = Request(worker, owner)
    answers: list[str] = []
    request.run(lambda _vault: "late", answers.append)
    request.cancel()
    _settle(qtbot, worker)
    assert answers == []


def test_asking_after_the_worker_shut_down_does_nothing(qtbot, worker: DatabaseWorker) -> None:
    """A widget's timer may fire while the window closes (a search delay): no error."""
    owner = QWidget()
    qtbot.addWidget(owner)
    request = Request(worker, owner)
    worker.shutdown()
    answers: list[str] = []
    request.run(lambda _vault: "late", answers.append)
    qtbot.wait(50)
    assert answers == []
    assert not request.available


def test_a_destroyed_owner_gets_nothing(qtbot, worker: DatabaseWorker) -> None:
    owner = QWidget()
    request = Request(worker, owner)
    gate = threading.Event()
    answers: list[str] = []

    def slow(_vault: object) -> str:
        gate.wait(10)
        return "too late"

    request.run(slow, answers.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=2000)
    gate.set()
    _settle(qtbot, worker)
    assert answers == []


def test_a_failure_is_shown_by_default(qtbot, worker: DatabaseWorker, monkeypatch) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        MessageBox,
        "warning",
        classmethod(lambda cls, parent, title, text: shown.append((title, text))),
    )

    def broken(_vault: object) -> None:
        raise OSError(28, "No space left on device")

    Request(worker, owner).run(broken, lambda _result: None)
    _settle(qtbot, worker)
    assert len(shown) == 1
    assert "Traceback" not in shown[0][1]


def test_a_failure_handler_replaces_the_message(qtbot, worker: DatabaseWorker) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[BaseException] = []

    def broken(_vault: object) -> None:
        raise ValueError("no")

    Request(worker, owner, on_failure=failures.append).run(broken, lambda _result: None)
    _settle(qtbot, worker)
    assert [type(f) for f in failures] == [ValueError]


def test_damage_is_left_to_the_banner(qtbot, worker: DatabaseWorker, monkeypatch) -> None:
    from wellbeing_desk.vault.errors import DamagedVaultError

    owner = QWidget()
    qtbot.addWidget(owner)
    shown: list[str] = []
    monkeypatch.setattr(
        MessageBox, "warning", classmethod(lambda cls, parent, title, text: shown.append(text))
    )

    def damaged(_vault: object) -> None:
        raise DamagedVaultError("page 12 is damaged")

    Request(worker, owner).run(damaged, lambda _result: None)
    _settle(qtbot, worker)
    assert shown == []  # every page meeting it would otherwise stack a box
