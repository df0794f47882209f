"""Asking for the chosen entry's detail: once per choice, the newest choice wins.

Moving through the list with the arrow keys chooses entry after entry; each
choice asks the worker once (choosing the entry already asked for asks
nothing), and only the answer for the last choice is shown.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.directory import DirectoryEntry


class DetailRequest:
    """``ask(id)``; ``on_arrived(entry or None)`` with the newest answer; ``cancel()``."""

    def __init__(
        self,
        worker: DatabaseWorker,
        owner: QWidget,
        on_arrived: Callable[[DirectoryEntry | None], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self._request = Request(worker, owner, on_failure)
        self._on_arrived = on_arrived
        self.asked: str | None = None  # the id whose detail is on its way

    def ask(self, entry_id: str) -> None:
        if entry_id == self.asked:
            return  # already on its way
        self.asked = entry_id
        self._request.run(bind(directory_ops.entry, entry_id), self._arrived)

    def cancel(self) -> None:
        """Drop the answer on its way (nothing chosen, the list reloads, the vault locks)."""
        self.asked = None
        self._request.cancel()

    def _arrived(self, found: DirectoryEntry | None) -> None:
        self.asked = None
        self._on_arrived(found)
