"""Carrying a running sync's progress from the database worker to the GUI thread.

The sync reports after each file on the worker's thread, where no widget may
be touched. ``ProgressRelay`` lives on the GUI thread: the worker calls
``report`` (thread-safe: it only emits), and Qt queues ``moved`` to the
GUI thread because the relay belongs there. Each sync gets a run number, so
a late report of an earlier sync (one stopped by a lock) is told apart.
Cancelling is a ``threading.Event`` the sync asks between files.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from wellbeing_desk.sync.engine import Progress


class ProgressRelay(QObject):
    """``moved(run, sent_files, read_files)`` on the GUI thread, from any thread."""

    moved = Signal(int, int, int)

    def reporter(self, run: int) -> Callable[[Progress], None]:
        """The ``progress`` callable for sync number ``run`` (called on the worker)."""

        def report(progress: Progress) -> None:
            self.moved.emit(run, progress.sent_files, progress.read_files)

        return report


class SyncRun:
    """One sync under way: its number and its Cancel switch (set from the GUI thread)."""

    def __init__(self, number: int) -> None:
        self.number = number
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def asked_to_stop(self) -> bool:
        """The ``cancelled`` callable the sync asks between files (on the worker)."""
        return self._stop.is_set()
