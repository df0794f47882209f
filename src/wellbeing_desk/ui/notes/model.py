"""The notes list as a lazy Qt model, and a proxy that sorts it.

``canFetchMore``/``fetchMore`` never block: ``fetchMore`` submits a keyset
page query (the cursor is the last row, newest first) and returns; the rows
arrive later by callback and are inserted with ``beginInsertRows``. A
*generation* number is bumped by every filter change, reload and clear, so an
answer to an older question is dropped, and a page already asked for is never
asked twice. Filtering happens in SQL (``NoteFilter``); the proxy only sorts.

Sorting by anything but "newest first" needs every matching row, so then the
model keeps asking for (larger) pages until it has them all
(``load_all``); at 20,000 notes that is ten questions of 2,000 rows.
"""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from wellbeing_desk.ui.notes.formatting import describe_summary, list_text
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.notes import PAGE_SIZE, NoteCursor, NoteFilter, NoteSummary

SummaryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
ContextRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex
LOAD_ALL_PAGE_SIZE = 2000

NEWEST, OLDEST, TITLE = "newest", "oldest", "title"
ORDERS = (NEWEST, OLDEST, TITLE)


def _key(summary: NoteSummary) -> tuple[str, str]:
    return summary.occurred_on.isoformat(), summary.id


def read_one(vault: Vault, where: NoteFilter, note_id: str) -> NoteSummary | None:
    """The list row of one note under ``where``, or ``None`` if it does not match.

    Uses the keyset page with a cursor just past the note: the first row after
    it is the note itself when it matches (ids are fixed-length UUIDs).
    """
    note = vault.notes.get(note_id)
    if note is None:
        return None
    cursor = NoteCursor(note.occurred_on.isoformat(), note_id + "\uffff")
    rows = vault.notes.page(where, cursor, 1)
    return rows[0] if rows and rows[0].id == note_id else None


class NoteListModel(QAbstractListModel):
    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception
    page_arrived = Signal(int)  # how many rows came

    def __init__(
        self, worker: DatabaseWorker, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._page_size = page_size
        self._rows: list[NoteSummary] = []
        self._keys: list[tuple[str, str]] = []  # descending, parallel to _rows
        self._filter = NoteFilter()
        self._generation = 0
        self._active = False
        self._pending = False
        self._exhausted = False
        self._load_all = False
        self._context_names: dict[str, str] = {}
        self.pages_requested = 0

    # -- state -------------------------------------------------------------------------

    @property
    def filter(self) -> NoteFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def context_name(self, context_id: str | None) -> str:
        return self._context_names.get(context_id or "", "")

    def set_context_names(self, names: dict[str, str]) -> None:
        """Her names for the contexts (they show in each row)."""
        self._context_names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def summary(self, row: int) -> NoteSummary:
        return self._rows[row]

    def ids(self) -> list[str]:
        return [summary.id for summary in self._rows]

    def row_of(self, note_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == note_id:
                return row
        return -1

    # -- asking ------------------------------------------------------------------------

    def set_filter(self, where: NoteFilter) -> None:
        """Empty the list and load the first page that matches ``where``."""
        self._filter = where
        self._reset(active=True)
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_filter(self._filter)

    def set_load_all(self, load_all: bool) -> None:
        """Keep asking until every matching row is here (for sorting other than newest)."""
        self._load_all = load_all
        if load_all:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Drop every row and every answer still on its way (on lock)."""
        self._filter = NoteFilter()
        self._context_names = {}
        self._load_all = False
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
            return describe_summary(summary, self.context_name(summary.context_id))
        if role == ContextRole:
            return self.context_name(summary.context_id)
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
        size = LOAD_ALL_PAGE_SIZE if self._load_all else self._page_size
        after = NoteCursor(*self._keys[-1]) if self._keys else None
        self._set_pending(True)
        self.pages_requested += 1
        self._worker.submit(
            lambda vault: vault.notes.page(where, after, size),
            lambda rows: self._page_arrived(generation, size, rows),
            lambda error: self._page_failed(generation, error),
        )

    def _page_arrived(self, generation: int, size: int, rows: list[NoteSummary]) -> None:
        if generation != self._generation:
            return  # the question changed (filter, reload, lock) since it was asked
        self._set_pending(False)
        known = set(self.ids())
        fresh = [summary for summary in rows if summary.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._keys.extend(_key(summary) for summary in fresh)
            self.endInsertRows()
        if len(rows) < size:
            self._exhausted = True
        self.page_arrived.emit(len(fresh))
        if self._load_all:
            self.fetchMore(QModelIndex())

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_pending(False)
        self._exhausted = True  # do not hammer a failing vault; a reload tries again
        self.load_failed.emit(error)

    # -- changes -----------------------------------------------------------------------

    def remove_ids(self, ids: list[str] | set[str]) -> None:
        """Take these notes out of the list (trashed, restored, emptied)."""
        wanted = set(ids)
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id in wanted:
                self._remove_row(row)

    def refresh_note(self, note_id: str) -> None:
        """Read one note back (after add or edit) and put it where it now belongs."""
        if not self._active:
            return
        generation = self._generation
        where = self._filter
        self._worker.submit(
            lambda vault: read_one(vault, where, note_id),
            lambda summary: self._place(generation, note_id, summary),
            lambda error: None,
        )

    def _place(self, generation: int, note_id: str, summary: NoteSummary | None) -> None:
        if generation != self._generation:
            return
        old_row = self.row_of(note_id)
        if summary is None:
            if old_row >= 0:
                self._remove_row(old_row)
            return
        key = _key(summary)
        others = [k for k in self._keys if k[1] != note_id]
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
