"""A paged list of record summaries, as the journal's and the notes' lists show them.

Each row answers the same roles: its one-line text, its spoken description,
the summary itself (for the delegate) and its id. A subclass says how a
summary reads and may answer roles of its own (``_extra_data``).
"""

from abc import abstractmethod
from typing import Any, Generic

from PySide6.QtCore import Qt

from wellbeing_desk.ui.widgets.paged_model import FilterT, PagedListModel
from wellbeing_desk.ui.widgets.row_list_model import AnyIndex, RowT

SummaryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


class SummaryListModel(PagedListModel[RowT, FilterT], Generic[RowT, FilterT]):
    """What each row answers; the paging is ``PagedListModel``'s."""

    @abstractmethod
    def _list_text(self, summary: RowT) -> str: ...

    @abstractmethod
    def _spoken(self, summary: RowT) -> str: ...

    def _extra_data(self, summary: RowT, role: int) -> Any:
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self._row_at(index)
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._list_text(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(summary)
        if role == SummaryRole:
            return summary
        if role == IdRole:
            return summary.id
        return self._extra_data(summary, role)
