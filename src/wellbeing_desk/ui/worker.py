"""The database worker: one thread owns the vault; the UI asks and is told.

Pattern: Anki's ``CollectionOp``/``QueryOp``. The GUI thread never derives a
key, opens, creates or locks a vault: it submits an operation and gets the
result (or the error) back by signal on the GUI thread. Operations run one
after another, in the order submitted, on the worker thread, which is the
only thread that ever touches a ``Vault`` (its SQLCipher connection refuses
other threads). An operation must not touch widgets.

Locking bumps an *epoch*: results of anything submitted before the lock are
dropped when they arrive, so nothing read before a lock can reach a widget
after it.

After every operation that wrote, ``vault_changed(changes, origin)`` says
which records changed (``vault.change_feed``), once their callbacks have
run; ``origin`` is the widget that asked (``submit(..., origin=)``), so a
page can tell its own writes from the others' and decide whether to refresh.

Errors are typed on the worker (``vault.access.typed_error``): SQLite's
damage codes become ``DamagedVaultError`` (the vault is marked and stops
writing at once, and ``damage_found`` tells the window), a refused write on a
read-only vault ``VaultReadOnlyError``.
"""

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from wellbeing_desk.vault.access import DAMAGED, notice_mark, typed_error
from wellbeing_desk.vault.change_feed import NOTHING, VaultChanges
from wellbeing_desk.vault.errors import VaultLockedError

if TYPE_CHECKING:  # the vault stack loads on the worker thread, at the first unlock
    from wellbeing_desk.vault import KdfParams, Vault

T = TypeVar("T")
SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]
Op = Callable[["Vault"], T]

SHUTDOWN_TIMEOUT_MS = 30_000


class _Job:
    """One unit of work and where its answer goes."""

    __slots__ = (
        "changes",
        "damage_found",
        "epoch",
        "error",
        "ok",
        "on_failure",
        "on_success",
        "origin",
        "result",
        "run",
    )

    def __init__(
        self,
        run: Callable[["_Executor"], Any],
        epoch: int,
        on_success: SuccessCallback | None,
        on_failure: FailureCallback | None,
        origin: object = None,
    ) -> None:
        self.run: Callable[[_Executor], Any] | None = run
        self.epoch = epoch
        self.on_success = on_success
        self.on_failure = on_failure
        self.ok = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.damage_found = False  # this job met damage in a vault that was writing
        self.origin = origin  # who asked (a widget), for vault_changed
        self.changes: VaultChanges = NOTHING


class _Executor(QObject):
    """Lives on the worker thread and holds the only reference to the open vault."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None

    @Slot(object)
    def execute(self, job: _Job) -> None:
        run, job.run = job.run, None  # drop the closure (it may hold a passphrase)
        if self.vault is not None and notice_mark(self.vault):  # a command found damage
            job.damage_found = True
        try:
            assert run is not None
            job.result = run(self)
            job.ok = True
        except Exception as exc:
            # No traceback travels to the GUI: its frames hold passphrases and content.
            job.error = self._typed(exc, job).with_traceback(None)
        if self.vault is not None:
            with contextlib.suppress(Exception):  # the news of a change is a courtesy
                job.changes = self.vault.take_changes()
        self.done.emit(job)

    def _typed(self, exc: Exception, job: _Job) -> BaseException:
        vault = self.vault
        if vault is None:
            return exc
        was_damaged = vault.read_only == DAMAGED
        typed = typed_error(exc, vault)
        job.damage_found = job.damage_found or (not was_damaged and vault.read_only == DAMAGED)
        return typed

    @Slot()
    def shutdown(self) -> None:
        self.close_vault()
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def require_vault(self) -> "Vault":
        if self.vault is None:
            raise VaultLockedError("the vault is locked")
        return self.vault

    def close_vault(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None:
            with contextlib.suppress(Exception):
                vault.lock()


class DatabaseWorker(QObject):
    """The GUI-side handle of the database thread.

    ``submit(op, on_success, on_failure)`` runs ``op(vault)`` on the worker
    thread; the callbacks run later on the GUI thread. ``open_vault``,
    ``create_vault`` and ``lock`` are the lifecycle operations.
    """

    busy_changed = Signal(bool)
    # (VaultChanges, origin): records written by an operation, and the widget that asked.
    vault_changed = Signal(object, object)
    # Damage met in the open vault: it is marked and saves nothing from now on.
    damage_found = Signal()
    _requested = Signal(object)
    _shutdown_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._epoch = 0
        self._pending = 0
        self._closed = False
        self._thread = QThread()
        self._thread.setObjectName("wellbeing-desk-database")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._requested.connect(self._executor.execute)
        self._shutdown_requested.connect(self._executor.shutdown)
        self._executor.done.connect(self._deliver)
        self._thread.finished.connect(self._executor.deleteLater)
        self._thread.start()

    # -- asking for work -----------------------------------------------------

    def submit(
        self,
        op: Op[T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
        *,
        origin: object = None,
    ) -> None:
        """Run ``op(vault)`` on the worker; a locked vault fails with ``VaultLockedError``.

        ``origin``: the widget asking, passed on with ``vault_changed``.
        """
        self._enqueue(lambda ex: op(ex.require_vault()), on_success, on_failure, origin)

    def open_vault(
        self,
        root: Path,
        passphrase: str,
        on_success: Callable[[str | None], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Derive the key and open the vault at ``root`` (the slow part runs here).

        A vault that cannot be written here, or that was found damaged, opens
        read-only: ``on_success`` gets why (``access.READ_ONLY_HERE`` or
        ``access.DAMAGED``), or ``None`` for a vault open for writing.
        """

        def run(ex: _Executor) -> str | None:
            from wellbeing_desk.vault import Vault

            ex.close_vault()
            ex.vault = Vault.open(root, passphrase, read_only_ok=True)
            ex.vault.watch_changes()
            return ex.vault.read_only

        self._enqueue(run, on_success, on_failure)

    def create_vault(
        self,
        root: Path,
        passphrase: str,
        kdf: "KdfParams | None" = None,
        on_success: Callable[[None], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Create a vault at ``root`` and keep it open (``kdf=None`` calibrates, about 1 s)."""

        def run(ex: _Executor) -> None:
            from wellbeing_desk.vault import Vault

            ex.close_vault()
            ex.vault = Vault.create(root, passphrase, kdf)
            ex.vault.watch_changes()

        self._enqueue(run, on_success, on_failure)

    def without_vault(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Close the vault (if open), then run ``work()`` here: restoring a backup, opening
        with a recovery code, destroying, which need the vault's files closed."""

        def run(ex: _Executor) -> T:
            ex.close_vault()
            return work()

        self._enqueue(run, on_success, on_failure)

    def lock(self, on_done: Callable[[None], None] | None = None) -> None:
        """Close the vault. Results of work submitted before now are dropped."""
        self._epoch += 1
        self._enqueue(lambda ex: ex.close_vault(), on_done, None)

    # -- state ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def running(self) -> bool:
        return not self._closed

    def shutdown(self, timeout_ms: int = SHUTDOWN_TIMEOUT_MS) -> None:
        """Lock, stop the thread and wait for it (idempotent; call before quitting)."""
        if self._closed:
            return
        self._closed = True
        self._epoch += 1
        self._shutdown_requested.emit()
        self._thread.wait(timeout_ms)

    # -- internals -------------------------------------------------------------

    def _enqueue(
        self,
        run: Callable[[_Executor], Any],
        on_success: SuccessCallback | None,
        on_failure: FailureCallback | None,
        origin: object = None,
    ) -> None:
        if self._closed:
            raise RuntimeError("the database worker has been shut down")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._requested.emit(_Job(run, self._epoch, on_success, on_failure, origin))

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        if self._closed:
            return
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.epoch != self._epoch:
            return  # submitted before a lock: its result must not reach any widget
        if job.damage_found:
            self.damage_found.emit()
        if job.ok:
            if job.on_success is not None:
                job.on_success(job.result)
        elif job.on_failure is not None and job.error is not None:
            job.on_failure(job.error)
        if job.changes and not self._closed and job.epoch == self._epoch:
            self.vault_changed.emit(job.changes, job.origin)
