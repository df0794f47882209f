"""The notes list: the lazy model behind a sorting proxy, the order, and what it says when empty.

Keyboard: Down from the search reaches the list (the page wires it), Enter
opens the chosen note in the editor, Delete moves it to the trash.
"""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.notes.delegate import NoteDelegate
from wellbeing_desk.ui.notes.model import (
    NEWEST,
    OLDEST,
    TITLE,
    NoteListModel,
    NoteSortProxy,
)
from wellbeing_desk.ui.widgets.record_list import (
    choose_and_show,
    empty_list_stack,
    id_at,
    record_list_view,
)
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.notes import NoteFilter

LIST_STYLE = """
QListView#notesList {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
    padding: 2px;
}
QListView#notesList:focus { border: 1px solid palette(highlight); }
"""


class NoteListPanel(QWidget):
    current_changed = Signal(object)  # the chosen note's id, or None
    activated = Signal(str)  # Enter or a double click on a note

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(LIST_STYLE)
        self.model = NoteListModel(worker, self)
        self.proxy = NoteSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.order = QComboBox(self)
        self.order.setAccessibleName(self.tr("Order of the notes"))
        for key, label in (
            (NEWEST, self.tr("Newest first")),
            (OLDEST, self.tr("Oldest first")),
            (TITLE, self.tr("By title")),
        ):
            self.order.addItem(label, key)
        order_label = QLabel(self.tr("Order"), self)
        order_label.setObjectName("muted")
        order_label.setBuddy(self.order)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")

        self.view = record_list_view(self, "notesList", self.proxy, self.tr("Your dialogue notes"))
        self.view.setItemDelegate(NoteDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setToolTip(self.tr("Enter: edit · Delete: move to the trash"))
        self.empty_label, self.stack = empty_list_stack(self, self.view, (16, 36, 16, 16))

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.count_label, 1)
        head.addWidget(order_label)
        head.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)

        self.order.currentIndexChanged.connect(lambda _: self._apply_order())
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.current_changed.emit(id_at(current))
        )
        self.view.activated.connect(self._activated)

    # -- the list ----------------------------------------------------------------------

    def set_filter(self, where: NoteFilter) -> None:
        self.model.set_filter(where)
        self.model.set_load_all(self.proxy.order != NEWEST)

    def _apply_order(self) -> None:
        order = str(self.order.currentData())
        chosen = self.selected_id()
        self.proxy.set_order(order)
        self.model.set_load_all(order != NEWEST)
        if chosen is not None:
            self.select_id(chosen)

    def selected_id(self) -> str | None:
        return id_at(self.view.currentIndex())

    def row_of(self, note_id: str) -> int:
        source = self.model.row_of(note_id)
        if source < 0:
            return -1
        return self.proxy.mapFromSource(self.model.index(source, 0)).row()

    def select_id(self, note_id: str) -> bool:
        row = self.row_of(note_id)
        if row < 0:
            return False
        choose_and_show(self.view, self.proxy.index(row, 0))
        return True

    def select_row(self, row: int) -> None:
        count = self.proxy.rowCount()
        if count:
            index = self.proxy.index(max(0, min(row, count - 1)), 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def focus_list(self) -> None:
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.select_row(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_empty(self, text: str) -> None:
        """``text`` in place of the list, or the list itself when ``text`` is empty."""
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label if text else self.view)

    def clear(self) -> None:
        self.model.clear()
        blocked = self.order.blockSignals(True)
        self.order.setCurrentIndex(0)
        self.order.blockSignals(blocked)
        self.proxy.set_order(NEWEST)
        self.count_label.setText("")
        self.show_empty("")

    def _activated(self, index: QModelIndex) -> None:
        note_id = id_at(index)
        if note_id is not None:
            self.activated.emit(note_id)
