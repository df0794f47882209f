"""Keeping a debrief in progress safe: the vault record is written as she goes.

The record is created when she starts, then saved ``SAVE_DELAY_MS`` after the
last change, at every step change, on pause and at once when the app locks.
Each save is submitted to the database worker with the state of that moment;
the worker runs operations in order, so a save submitted while locking is
written before the vault closes.

The record's id lives in a ``RecordSlot`` (``ops/debrief.py``) that the
worker itself fills in when it creates the record: a save submitted before the
creation's answer reached the GUI still finds it.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing_desk.debrief.flow import DebriefFlow
from wellbeing_desk.debrief.record import debrief_input
from wellbeing_desk.ops import bind
from wellbeing_desk.ops.debrief import RecordSlot, save_debrief
from wellbeing_desk.ui.delays import AUTOSAVE_DELAY_MS as SAVE_DELAY_MS
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.debriefs import Debrief


class DebriefSession(QObject):
    """One debrief being written: the flow, and saving it through the worker."""

    saved = Signal(object)  # the stored Debrief after a save
    failed = Signal(str)  # one calm sentence

    def __init__(
        self,
        worker: DatabaseWorker,
        flow: DebriefFlow,
        language: str,
        record_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.flow = flow
        self.language = language
        self.slot = RecordSlot(record_id)
        self.created_at: str | None = None
        self.finished_at: str | None = None
        self.dirty = record_id is None  # a new debrief is written at once
        self.closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def record_id(self) -> str | None:
        return self.slot.id

    def changed(self) -> None:
        """Something she wrote changed: save a moment after she stops."""
        if self.closed:
            return
        self.dirty = True
        self._timer.start()

    def save_now(self, then: Callable[[], None] | None = None) -> None:
        """Submit a save of the current state if anything changed; ``then`` once written."""
        self._timer.stop()
        if self.closed or not self.dirty:
            if then is not None:
                then()
            return
        self.dirty = False
        data = debrief_input(self.flow, self.language)
        slot = self.slot

        def done(record: Debrief | None) -> None:
            if record is not None:
                self.created_at = record.created_at
                self.finished_at = record.finished_at
                self.saved.emit(record)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self.dirty = True  # try again with the next change or step
            self.failed.emit(
                self.tr("Your debrief could not be saved just now. {reason}").format(
                    reason=describe_error(error)
                )
            )

        self.worker.submit(bind(save_debrief, slot, data), done, failed, origin=self)

    def close(self) -> None:
        """Save what is left (as on lock) and stop: later changes are not this session's."""
        self.save_now()
        self.closed = True
        self._timer.stop()
