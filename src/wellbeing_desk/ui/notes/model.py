"""The notes list as a lazy Qt model, and a proxy that sorts it.

The paging (keyset pages through the worker, superseded answers dropped, the
in-place updates) lives in ``widgets.paged_model``; the reads are
``ops.notes``'s; this says how a note row looks. Filtering happens in SQL
(``NoteFilter``); the proxy only sorts.

Sorting by anything but "newest first" needs every matching row, so then the
model keeps asking for (larger) pages until it has them all
(``load_all``); at 20,000 notes that is ten questions of 2,000 rows.
"""

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import notes as notes_ops
from wellbeing_desk.ui.notes.formatting import describe_summary, list_text
from wellbeing_desk.ui.widgets.paged_model import Key
from wellbeing_desk.ui.widgets.row_list_model import AnyIndex
from wellbeing_desk.ui.widgets.summary_model import IdRole, SummaryListModel, SummaryRole
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.notes import PAGE_SIZE, NoteFilter, NoteSummary

__all__ = ["ContextRole", "IdRole", "NoteListModel", "NoteSortProxy", "SummaryRole"]

ContextRole = Qt.ItemDataRole.UserRole + 3

NEWEST, OLDEST, TITLE = "newest", "oldest", "title"
ORDERS = (NEWEST, OLDEST, TITLE)


def _key(summary: NoteSummary) -> Key:
    return summary.occurred_on.isoformat(), summary.id


class NoteListModel(SummaryListModel[NoteSummary, NoteFilter]):
    def __init__(self, worker: DatabaseWorker, parent: QWidget, page_size: int = PAGE_SIZE) -> None:
        super().__init__(worker, parent, page_size, notes_ops.note_page, notes_ops.note_row)
        self._context_names: dict[str, str] = {}

    @staticmethod
    def _empty_filter() -> NoteFilter:
        return NoteFilter()

    @staticmethod
    def _key(row: NoteSummary) -> Key:
        return _key(row)

    def context_name(self, context_id: str | None) -> str:
        return self._context_names.get(context_id or "", "")

    def set_context_names(self, names: dict[str, str]) -> None:
        """Her names for the contexts (they show in each row)."""
        self._context_names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def clear(self) -> None:
        """Drop every row and every answer still on its way (on lock)."""
        self._context_names = {}
        super().clear()

    def refresh_note(self, note_id: str) -> None:
        """Read one note back (after add or edit) and put it where it now belongs."""
        self.refresh_id(note_id)

    def _list_text(self, summary: NoteSummary) -> str:
        return list_text(summary)

    def _spoken(self, summary: NoteSummary) -> str:
        return describe_summary(summary, self.context_name(summary.context_id))

    def _extra_data(self, summary: NoteSummary, role: int) -> Any:
        return self.context_name(summary.context_id) if role == ContextRole else None


class NoteSortProxy(QSortFilterProxyModel):
    """Sorts the loaded rows: newest first (the model's own order), oldest first, by title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order = NEWEST
        self.setDynamicSortFilter(True)

    @property
    def order(self) -> str:
        return self._order

    def set_order(self, order: str) -> None:
        self._order = order if order in ORDERS else NEWEST
        if self._order == NEWEST:
            self.sort(-1)  # the source's order: newest first, as the pages come
        else:
            self.invalidate()
            self.sort(0, Qt.SortOrder.AscendingOrder)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        first, second = left.data(SummaryRole), right.data(SummaryRole)
        if not isinstance(first, NoteSummary) or not isinstance(second, NoteSummary):
            return False
        if self._order == TITLE:
            return (first.title.casefold(), _negated(first)) < (
                second.title.casefold(),
                _negated(second),
            )
        return _key(first) < _key(second)


def _negated(summary: NoteSummary) -> tuple[int, str]:
    """Newer first among notes with the same title."""
    return -summary.occurred_on.toordinal(), summary.id
