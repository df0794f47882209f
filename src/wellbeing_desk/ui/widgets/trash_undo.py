"""Move to the trash, offer Undo, bring back: one flow for every list of records.

Journal entries, notes, debriefs and directory entries all go to the trash
the same way: the record leaves the list, a notice bar says so with "Undo"
(also Ctrl+Z while the list is on screen), and Undo brings it back and shows
it again. The page keeps its own words (they are translated in its context)
and its own idea of which row to select; this controller keeps the ids that
Undo would bring back, and forgets them when the notice goes, the list
changes view or the vault locks.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.list_keys import add_shortcut
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault

RecordOp = Callable[[Vault, str], object]


@dataclass(frozen=True)
class TrashWords:
    """What the notice says, in the page's own (translated) words."""

    moved: str  # "Entry moved to the trash."
    undo: str  # "Undo"
    undo_name: str  # "Undo: bring the entry back" (the button's accessible name)


class TrashUndo(QObject):
    """``trash(id)`` moves a record to the trash; ``undo()`` brings the last ones back."""

    def __init__(
        self,
        worker: DatabaseWorker,
        owner: QWidget,
        notice: NoticeBar,
        *,
        trash: RecordOp,
        restore: RecordOp,
        on_trashed: Callable[[str], None],
        on_restored: Callable[[list[str]], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(owner)
        self._trash_op = trash
        self._restore_op = restore
        self._notice = notice
        self._on_trashed = on_trashed
        self._on_restored = on_restored
        self._request = Request(worker, owner, on_failure)
        self._ids: list[str] = []
        notice.action_triggered.connect(self.undo)
        notice.dismissed.connect(self.forget)
        # Ctrl+Z while the list is on screen (not only while it has focus).
        add_shortcut(QKeySequence.StandardKey.Undo, self.undo, owner, window=True)

    @property
    def pending(self) -> list[str]:
        """The ids Undo would bring back now."""
        return list(self._ids)

    def trash(self, record_id: str, words: TrashWords) -> None:
        trash_op = self._trash_op

        def run(vault: Vault) -> None:
            trash_op(vault, record_id)

        self._request.run(run, lambda _: self._trashed(record_id, words))

    def _trashed(self, record_id: str, words: TrashWords) -> None:
        self._ids = [record_id]
        self._notice.show_notice(words.moved, words.undo, words.undo_name)
        self._on_trashed(record_id)

    def undo(self) -> None:
        ids, self._ids = list(self._ids), []
        if not ids:
            return
        self._notice.clear()
        restore_op = self._restore_op

        def run(vault: Vault) -> None:
            for record_id in ids:
                restore_op(vault, record_id)

        self._request.run(run, lambda _: self._on_restored(ids))

    def forget(self) -> None:
        """Undo no longer applies (the notice went, the view changed, the vault locked)."""
        self._ids = []
