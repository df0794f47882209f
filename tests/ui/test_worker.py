"""The database worker: one thread owns the vault; results come back by signal."""

import threading
from collections.abc import Iterator

import pytest

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.errors import VaultLockedError, WrongPassphraseError


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    db = DatabaseWorker()
    yield db
    db.shutdown()
    assert not db.running


def run(qtbot, worker: DatabaseWorker, submit) -> tuple[str, object]:
    outcome: list[tuple[str, object]] = []
    submit(
        lambda result: outcome.append(("ok", result)), lambda exc: outcome.append(("error", exc))
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=WORKER_TIMEOUT_MS)
    return outcome[0]


def test_ops_run_on_the_worker_thread_and_answer_on_the_gui_thread(
    qtbot, worker, existing_vault
) -> None:
    assert (
        run(qtbot, worker, lambda ok, err: worker.open_vault(existing_vault, PASSPHRASE, ok, err))[
            0
        ]
        == "ok"
    )
    gui_thread = threading.get_ident()
    answered_on: list[int] = []

    def op(vault) -> tuple[int, int]:
        return threading.get_ident(), vault.info().schema_version

    def on_success(result) -> None:
        answered_on.append(threading.get_ident())
        outcome.append(result)

    outcome: list[tuple[int, int]] = []
    worker.submit(op, on_success)
    qtbot.waitUntil(lambda: bool(outcome), timeout=WORKER_TIMEOUT_MS)
    op_thread, schema = outcome[0]
    assert op_thread != gui_thread
    assert answered_on == [gui_thread]
    assert schema >= 1


def test_ops_run_in_order(qtbot, worker, existing_vault) -> None:
    worker.open_vault(existing_vault, PASSPHRASE)
    seen: list[int] = []
    for number in range(20):
        worker.submit(lambda vault, n=number: n, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 20, timeout=WORKER_TIMEOUT_MS)
    assert seen == list(range(20))


def test_a_locked_vault_refuses_ops(qtbot, worker) -> None:
    kind, error = run(qtbot, worker, lambda ok, err: worker.submit(lambda vault: 1, ok, err))
    assert kind == "error"
    assert isinstance(error, VaultLockedError)


def test_errors_arrive_without_a_traceback(qtbot, worker, existing_vault) -> None:
    kind, error = run(
        qtbot, worker, lambda ok, err: worker.open_vault(existing_vault, "wrong", ok, err)
    )
    assert kind == "error"
    assert isinstance(error, WrongPassphraseError)
    assert error.__traceback__ is None


def test_results_from_before_a_lock_are_dropped(qtbot, worker, existing_vault) -> None:
    worker.open_vault(existing_vault, PASSPHRASE)
    delivered: list[object] = []
    worker.submit(lambda vault: "content read before the lock", delivered.append, delivered.append)
    locked: list[object] = []
    worker.lock(locked.append)
    qtbot.waitUntil(lambda: bool(locked), timeout=WORKER_TIMEOUT_MS)
    assert delivered == []
    assert not worker.busy


def test_busy_signal(qtbot, worker, existing_vault) -> None:
    with qtbot.waitSignals([worker.busy_changed, worker.busy_changed], timeout=WORKER_TIMEOUT_MS):
        worker.open_vault(existing_vault, PASSPHRASE)
    assert not worker.busy


def test_shutdown_locks_and_refuses_more_work(qtbot, existing_vault) -> None:
    worker = DatabaseWorker()
    opened: list[object] = []
    worker.open_vault(existing_vault, PASSPHRASE, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WORKER_TIMEOUT_MS)
    worker.shutdown()
    worker.shutdown()  # twice is fine
    with pytest.raises(RuntimeError):
        worker.submit(lambda vault: 1)
    # The vault was released: it opens again elsewhere.
    from wellbeing_desk.vault import Vault

    Vault.open(existing_vault, PASSPHRASE).lock()


def test_a_write_is_announced_with_who_asked_and_a_read_is_not(
    qtbot, worker, existing_vault
) -> None:
    from datetime import datetime

    from wellbeing_desk.vault.change_feed import JOURNAL
    from wellbeing_desk.vault.journal import EntryInput

    run(qtbot, worker, lambda ok, err: worker.open_vault(existing_vault, PASSPHRASE, ok, err))
    announced: list[tuple[object, object]] = []
    worker.vault_changed.connect(lambda changes, origin: announced.append((changes, origin)))
    asker = object()
    outcome = run(
        qtbot,
        worker,
        lambda ok, err: worker.submit(
            lambda vault: vault.journal.add(EntryInput(datetime(2026, 2, 3, 8), body="Rain.")),
            ok,
            err,
            origin=asker,
        ),
    )
    assert outcome[0] == "ok"
    assert len(announced) == 1
    changes, origin = announced[0]
    assert origin is asker
    assert changes.ids_of(JOURNAL) == {outcome[1]}  # type: ignore[attr-defined]
    run(qtbot, worker, lambda ok, err: worker.submit(lambda v: list(v.journal.entries()), ok, err))
    assert len(announced) == 1  # reading announces nothing


def test_a_write_before_a_lock_is_not_announced(qtbot, worker, existing_vault) -> None:
    from datetime import datetime

    from wellbeing_desk.vault.journal import EntryInput

    run(qtbot, worker, lambda ok, err: worker.open_vault(existing_vault, PASSPHRASE, ok, err))
    announced: list[object] = []
    worker.vault_changed.connect(lambda changes, origin: announced.append(changes))
    gate = threading.Event()

    def slow_write(vault) -> str:
        gate.wait(10)
        return vault.journal.add(EntryInput(datetime(2026, 2, 3, 8), body="Rain."))

    worker.submit(slow_write)
    worker.lock()
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert announced == []
