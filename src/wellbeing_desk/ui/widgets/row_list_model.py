"""A flat Qt list model over a Python list of rows that each have an ``id``.

The journal, notes and directory lists all keep their rows this way; this
holds what they share: the row count, the row behind an index, and finding
a row by id (lists are short enough per page that a scan is fine).
"""

from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=HasId)


class RowListModel(QAbstractListModel, Generic[RowT]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _row_at(self, index: AnyIndex) -> RowT | None:
        """The row behind ``index``, or ``None`` for one that is not (or no longer) a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def ids(self) -> list[str]:
        return [summary.id for summary in self._rows]

    def row_of(self, row_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == row_id:
                return row
        return -1
