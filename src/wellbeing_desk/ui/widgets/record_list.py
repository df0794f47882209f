"""The list view of a page of records, and what shows in its place when it is empty.

The journal's list and the notes' list are the same kind of view: one row
per record (its id under ``IdRole``), one chosen at a time, scrolled by the
pixel, never edited in place; a muted message stands in for it when there is
nothing to show; and Down in the search field moves into it.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QWidget,
)

from wellbeing_desk.ui.widgets.list_keys import is_down_key
from wellbeing_desk.ui.widgets.paged_model import PagedListModel
from wellbeing_desk.ui.widgets.summary_model import IdRole


def record_list_view(
    parent: QWidget, object_name: str, model: QAbstractItemModel, spoken: str
) -> QListView:
    """The view (its delegate is the feature's), named ``spoken`` for screen readers."""
    view = QListView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(spoken)
    return view


def empty_list_stack(
    parent: QWidget, view: QListView, margins: tuple[int, int, int, int]
) -> tuple[QLabel, QStackedWidget]:
    """A muted message to show in place of ``view``, and the stack that holds both."""
    label = QLabel(parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(*margins)
    stack = QStackedWidget(parent)
    stack.addWidget(view)
    stack.addWidget(label)
    return label, stack


def when_rows_change(model: PagedListModel[Any, Any], slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever rows come or go (a page arrived, one added or removed)."""
    model.page_arrived.connect(lambda _: slot())
    model.rowsInserted.connect(lambda *_: slot())
    model.rowsRemoved.connect(lambda *_: slot())


def id_at(index: QModelIndex) -> str | None:
    """The id of the record at ``index``, or None where there is none."""
    return str(index.data(IdRole)) if index.isValid() else None


def choose_and_show(view: QListView, index: QModelIndex) -> None:
    """Make ``index`` the one chosen row, scrolled into sight."""
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.scrollTo(index)


class DownToList(QObject):
    """Down in the search field goes to the list (as in a combo box), if it has rows."""

    def __init__(
        self, search: QLineEdit, has_rows: Callable[[], int], focus_list: Callable[[], None]
    ) -> None:
        super().__init__(search)
        self._search = search
        self._has_rows = has_rows
        self._focus_list = focus_list
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._search and is_down_key(event) and self._has_rows():
            self._focus_list()
            return True
        return False
