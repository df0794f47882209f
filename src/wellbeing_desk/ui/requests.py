"""A widget's requests to the database worker: the newest one wins, the owner must live.

Pages ask the worker for data as she types, filters or opens records; answers
come back later, maybe after a newer question or after the widget is gone.
``Request`` owns that bookkeeping once (Anki's ``QueryOp`` carries its parent
the same way): each ``run`` supersedes the answers still coming, ``cancel``
drops them (on clear or lock), an answer for a destroyed owner is ignored,
and a failure is shown to her by default in one calm sentence (damage aside:
the window's banner says that once). The owner is
the ``origin`` of whatever the operation writes (``DatabaseWorker.vault_changed``).
"""

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.ui.worker import DatabaseWorker, Op
from wellbeing_desk.vault.errors import DamagedVaultError, VaultLockedError

T = TypeVar("T")


class Request:
    """``Request(worker, owner)``; ``run(op, on_success)`` as often as she asks."""

    def __init__(
        self,
        worker: DatabaseWorker,
        owner: QObject,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._worker = worker
        self._owner = owner
        self._on_failure = on_failure
        self._generation = 0

    def run(
        self,
        op: Op[T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Ask ``op(vault)``; earlier answers still coming are dropped from now on.

        Once the worker has shut down (the window is closing), asking does nothing: a
        widget's timer may still fire then, and its answer could reach no one."""
        self._generation += 1
        if not self._worker.running:
            return
        generation = self._generation
        failed = on_failure or self._on_failure or self._show_failure

        def success(result: Any) -> None:
            if self._current(generation):
                on_success(result)

        def failure(error: BaseException) -> None:
            if self._current(generation):
                failed(error)

        self._worker.submit(op, success, failure, origin=self._owner)

    def cancel(self) -> None:
        """Drop every answer still coming (the widget was cleared or the vault locked)."""
        self._generation += 1

    @property
    def available(self) -> bool:
        """False once the worker has shut down: asking would raise."""
        return self._worker.running

    def _current(self, generation: int) -> bool:
        return generation == self._generation and shiboken6.isValid(self._owner)

    def _show_failure(self, error: BaseException) -> None:
        if isinstance(error, DamagedVaultError | VaultLockedError):
            # Damage: the window's banner says it once, not a box per page. Locked: she
            # locked while it ran; there is nothing to tell.
            return
        title = QCoreApplication.translate("Request", "Something went wrong")
        owner = self._owner
        parent = owner.window() if isinstance(owner, QWidget) else None  # a model has no window
        MessageBox.warning(parent, title, describe_error(error))
