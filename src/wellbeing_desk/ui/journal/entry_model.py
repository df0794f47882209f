"""The journal list as a lazy Qt model: pages of 200 arrive from the worker.

``canFetchMore``/``fetchMore`` never block: ``fetchMore`` submits a keyset
page query (the cursor is the last row) and returns; the rows arrive later by
callback and are inserted with ``beginInsertRows``. A *generation* number is
bumped by every filter change, reload and clear, so an answer to an older
question is dropped, and a page already asked for is never asked twice.

Changes update rows in place rather than reloading: ``remove_ids`` after a
delete or restore, ``refresh_entry`` after an add or edit (the entry is read
back with the current filter, then replaced, moved, inserted or removed).
"""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wellbeing_desk.ui.journal.formatting import describe_summary, list_text
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import (
    PAGE_SIZE,
    TIME_FORMAT,
    EntrySummary,
    JournalFilter,
    PageCursor,
)

SummaryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


def _key(summary: EntrySummary) -> tuple[str, str]:
    return summary.occurred_at.strftime(TIME_FORMAT), summary.id


def read_one(vault: Vault, where: JournalFilter, entry_id: str) -> EntrySummary | None:
    """The list row of one entry under ``where``, or ``None`` if it does not match.

    Uses the keyset page with a cursor just past the entry: the first row
    after it is the entry itself when it matches (ids are fixed-length UUIDs).
    """
    entry = vault.journal.get(entry_id)
    if entry is None:
        return None
    cursor = PageCursor(entry.occurred_at.strftime(TIME_FORMAT), entry_id + "\uffff")
    rows = vault.journal.page(where, cursor, 1)
    return rows[0] if rows and rows[0].id == entry_id else None


class EntryListModel(QAbstractListModel):
    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception
    page_arrived = Signal(int)  # how many rows came

    def __init__(
        self, worker: DatabaseWorker, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._page_size = page_size
        self._rows: list[EntrySummary] = []
        self._keys: list[tuple[str, str]] = []  # descending, parallel to _rows
        self._filter = JournalFilter()
        self._generation = 0
        self._active = False
        self._pending = False
        self._exhausted = False
        self.pages_requested = 0

    # -- state -------------------------------------------------------------------------

    @property
    def filter(self) -> JournalFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def summary(self, row: int) -> EntrySummary:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == entry_id:
                return row
        return -1

    # -- asking ------------------------------------------------------------------------

    def set_filter(self, where: JournalFilter) -> None:
        """Empty the list and load the first page that matches ``where``."""
        self._filter = where
        self._reset(active=True)
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_filter(self._filter)

    def clear(self) -> None:
        """Drop every row and every answer still on its way (on lock)."""
        self._filter = JournalFilter()
        self._reset(active=False)

    def _reset(self, *, active: bool) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._keys = []
        self._active = active
        self._exhausted = False
        self.endResetModel()
        self._set_pending(False)

    def _set_pending(self, pending: bool) -> None:
        if pending != self._pending:
            self._pending = pending
            self.loading_changed.emit(pending)

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return list_text(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe_summary(summary)
        if role == SummaryRole:
            return summary
        if role == IdRole:
            return summary.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._active and not self._exhausted and not self._pending

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        where = self._filter
        size = self._page_size
        after = PageCursor(*self._keys[-1]) if self._keys else None
        self._set_pending(True)
        self.pages_requested += 1
        self._worker.submit(
            lambda vault: vault.journal.page(where, after, size),
            lambda rows: self._page_arrived(generation, rows),
            lambda error: self._page_failed(generation, error),
        )

    def _page_arrived(self, generation: int, rows: list[EntrySummary]) -> None:
        if generation != self._generation:
            return  # the question changed (filter, reload, lock) since it was asked
        self._set_pending(False)
        known = {summary.id for summary in self._rows}
        fresh = [summary for summary in rows if summary.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._keys.extend(_key(summary) for summary in fresh)
            self.endInsertRows()
        if len(rows) < self._page_size:
            self._exhausted = True
        self.page_arrived.emit(len(fresh))

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_pending(False)
        self._exhausted = True  # do not hammer a failing vault; a reload tries again
        self.load_failed.emit(error)

    # -- changes -----------------------------------------------------------------------

    def remove_ids(self, ids: list[str] | set[str]) -> None:
        """Take these entries out of the list (trashed, restored, emptied)."""
        wanted = set(ids)
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id in wanted:
                self._remove_row(row)

    def refresh_entry(self, entry_id: str) -> None:
        """Read one entry back (after add or edit) and put it where it now belongs."""
        if not self._active:
            return
        generation = self._generation
        where = self._filter
        self._worker.submit(
            lambda vault: read_one(vault, where, entry_id),
            lambda summary: self._place(generation, entry_id, summary),
            lambda error: None,
        )

    def _place(self, generation: int, entry_id: str, summary: EntrySummary | None) -> None:
        if generation != self._generation:
            return
        old_row = self.row_of(entry_id)
        if summary is None:
            if old_row >= 0:
                self._remove_row(old_row)
            return
        key = _key(summary)
        others = [k for k in self._keys if k[1] != entry_id]
        position = _descending_position(others, key)
        if old_row >= 0 and position == old_row:
            self._rows[old_row] = summary
            self._keys[old_row] = key
            index = self.index(old_row, 0)
            self.dataChanged.emit(index, index)
            return
        if old_row >= 0:
            self._remove_row(old_row)
        if position < len(self._rows) or self._exhausted:
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, summary)
            self._keys.insert(position, key)
            self.endInsertRows()
        # else it belongs beyond what is loaded: a later page brings it

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self.endRemoveRows()


def _descending_position(keys: list[tuple[str, str]], key: tuple[str, str]) -> int:
    """Where ``key`` goes in ``keys`` (sorted newest first): after every newer key."""
    low, high = 0, len(keys)
    while low < high:
        middle = (low + high) // 2
        if keys[middle] > key:
            low = middle + 1
        else:
            high = middle
    return low
