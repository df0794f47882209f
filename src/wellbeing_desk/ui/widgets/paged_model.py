"""A lazy Qt list model whose rows arrive in keyset pages from the worker.

``canFetchMore``/``fetchMore`` never block: ``fetchMore`` submits a keyset
page query (the cursor is the last row's key, newest first) and returns; the
rows arrive later by callback and are inserted with ``beginInsertRows``.
Every filter change, reload and clear cancels the requests still coming, so
an answer to an older question is dropped, and a page already asked for is
never asked twice.

Changes update rows in place rather than reloading: ``remove_ids`` after a
delete or restore, ``refresh_id`` after an add or edit (the row is read back
with the current filter, then replaced, moved, inserted or removed).

The feature hands in its named operations (``wellbeing_desk.ops``) that read
a page and read one row back; subclasses say what a row's sort key is and
what the empty filter is, and keep ``data`` for themselves.
"""

from abc import abstractmethod
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.row_list_model import AnyIndex, RowListModel, RowT
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault

Key = tuple[str, str]  # (sort value, id): the keyset cursor, compared as strings
LOAD_ALL_PAGE_SIZE = 2000

FilterT = TypeVar("FilterT")
# Up to ``size`` rows matching the filter after the key (None: from the newest).
ReadPage = Callable[[Vault, FilterT, Key | None, int], Sequence[RowT]]
# One row read back under the filter, or None if it no longer matches.
ReadOne = Callable[[Vault, FilterT, str], RowT | None]


class PagedListModel(RowListModel[RowT], Generic[RowT, FilterT]):
    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception
    page_arrived = Signal(int)  # how many rows came

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget,
        page_size: int,
        read_page: ReadPage[FilterT, RowT],
        read_one: ReadOne[FilterT, RowT],
    ) -> None:
        super().__init__(parent)
        self._read_page = read_page
        self._read_one = read_one
        self._page_size = page_size
        self._keys: list[Key] = []  # descending, parallel to _rows
        self._filter = self._empty_filter()
        # The view is the owner: an answer for a destroyed list is dropped.
        self._worker = worker
        self._owner = parent
        self._pages = Request(worker, parent, self._page_failed)
        self._row_reads: dict[str, Request] = {}  # per row: the newest read of it wins
        self._active = False
        self._pending = False
        self._exhausted = False
        self._load_all = False
        self.pages_requested = 0

    # -- what a subclass says ----------------------------------------------------------

    @staticmethod
    @abstractmethod
    def _empty_filter() -> FilterT: ...

    @staticmethod
    @abstractmethod
    def _key(row: RowT) -> Key: ...

    def _shown(self, row: RowT) -> RowT:
        """The row as the list keeps it (on the GUI thread: naming, translating)."""
        return row

    # -- state -------------------------------------------------------------------------

    @property
    def filter(self) -> FilterT:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def summary(self, row: int) -> RowT:
        return self._rows[row]

    # -- asking ------------------------------------------------------------------------

    def set_filter(self, where: FilterT) -> None:
        """Empty the list and load the first page that matches ``where``."""
        self._filter = where
        self._reset(active=True)
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_filter(self._filter)

    def set_load_all(self, load_all: bool) -> None:
        """Keep asking until every matching row is here (for sorting other than the keys')."""
        self._load_all = load_all
        if load_all:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Drop every row and every answer still on its way (on lock)."""
        self._filter = self._empty_filter()
        self._load_all = False
        self._reset(active=False)

    def _reset(self, *, active: bool) -> None:
        self._pages.cancel()  # the question changed (filter, reload, lock) since it was asked
        for request in self._row_reads.values():
            request.cancel()
        self._row_reads = {}
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
        size = LOAD_ALL_PAGE_SIZE if self._load_all else self._page_size
        after = self._keys[-1] if self._keys else None
        self._set_pending(True)
        self.pages_requested += 1
        self._pages.run(
            bind(self._read_page, self._filter, after, size),
            lambda rows: self._page_arrived(size, rows),
        )

    def _page_arrived(self, size: int, rows: Sequence[RowT]) -> None:
        self._set_pending(False)
        known = set(self.ids())
        fresh = [self._shown(summary) for summary in rows if summary.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._keys.extend(self._key(summary) for summary in fresh)
            self.endInsertRows()
        if len(rows) < size:
            self._exhausted = True
        self.page_arrived.emit(len(fresh))
        if self._load_all:
            self.fetchMore(QModelIndex())

    def _page_failed(self, error: BaseException) -> None:
        self._set_pending(False)
        self._exhausted = True  # do not hammer a failing vault; a reload tries again
        self.load_failed.emit(error)

    # -- changes -----------------------------------------------------------------------

    def remove_ids(self, ids: list[str] | set[str]) -> None:
        """Take these rows out of the list (trashed, restored, emptied)."""
        wanted = set(ids)
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id in wanted:
                self._remove_row(row)

    def refresh_id(self, row_id: str) -> None:
        """Read one row back (after add or edit) and put it where it now belongs."""
        if not self._active:
            return
        request = self._row_reads.get(row_id)
        if request is None:
            request = Request(self._worker, self._owner, lambda error: None)
            self._row_reads[row_id] = request
        request.run(
            bind(self._read_one, self._filter, row_id),
            lambda summary: self._place(row_id, summary),
        )

    def _place(self, row_id: str, summary: RowT | None) -> None:
        self._row_reads.pop(row_id, None)
        if summary is not None:
            summary = self._shown(summary)
        old_row = self.row_of(row_id)
        if summary is None:
            if old_row >= 0:
                self._remove_row(old_row)
            return
        key = self._key(summary)
        others = [k for k in self._keys if k[1] != row_id]
        position = descending_position(others, key)
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


def descending_position(keys: list[Key], key: Key) -> int:
    """Where ``key`` goes in ``keys`` (sorted newest first): after every newer key."""
    low, high = 0, len(keys)
    while low < high:
        middle = (low + high) // 2
        if keys[middle] > key:
            low = middle + 1
        else:
            high = middle
    return low
