"""The journal list: search, filters, the trash, and undo for what she moved there.

Keyboard: Ctrl+N a new entry, Ctrl+F the search, Enter opens the chosen
entry, Delete moves it to the trash, Ctrl+Z brings it back while the
"Undo" bar shows.
"""

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.delays import UNDO_TIMEOUT_MS
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.journal.entry_delegate import EntryDelegate
from wellbeing_desk.ui.journal.entry_model import EntryListModel, IdRole
from wellbeing_desk.ui.journal.filter_bar import FilterBar
from wellbeing_desk.ui.widgets.list_keys import add_shortcut, is_down_key
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.trash_undo import TrashUndo, TrashWords
from wellbeing_desk.ui.worker import DatabaseWorker


class JournalListPanel(QWidget):
    open_requested = Signal(str)  # an entry id
    new_requested = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = EntryListModel(worker, self)
        self._active = False
        self._trashed_row = -1  # where the entry sent to the trash was

        self.filters = FilterBar(worker, self)
        self.new_button = QPushButton(self.tr("&New entry"), self)
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(self.tr("Write a new entry"))
        self.new_button.setToolTip(self.tr("New entry (Ctrl+N)"))
        self.trash_button = QPushButton(self.tr("&Trash"), self)
        self.trash_button.setCheckable(True)
        self.trash_button.setAccessibleName(self.tr("Show the trash"))
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the chosen entry"))
        self.empty_button = QPushButton(self.tr("Empty trash"), self)
        self.empty_button.setAccessibleName(self.tr("Empty the trash for good"))
        self.notice = NoticeBar(self, timeout_ms=UNDO_TIMEOUT_MS)
        self.trash = TrashUndo(
            worker,
            self,
            self.notice,
            trash=journal_ops.trash_entry,
            restore=journal_ops.restore_entry,
            on_trashed=self._trashed,
            on_restored=self._undone,
            on_failure=self._failed,
        )
        comfortable(self.new_button, self.trash_button, self.restore_button, self.empty_button)

        self.view = QListView(self)
        self.view.setObjectName("journalList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Journal entries, newest first"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(24, 40, 24, 24)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.filters, 1)
        top.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        trash_row = QHBoxLayout()
        trash_row.addStretch(1)
        trash_row.addWidget(self.restore_button)
        trash_row.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(trash_row)
        layout.addWidget(self.list_stack, 1)

        self.filters.changed.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_requested)
        self.trash_button.toggled.connect(self._show_trash)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.view.activated.connect(self._activated)
        self.model.page_arrived.connect(lambda _: self._update_empty())
        self.model.rowsRemoved.connect(lambda *_: self._update_empty())
        self.model.rowsInserted.connect(lambda *_: self._update_empty())
        self.model.modelReset.connect(self._update_empty)
        self.model.load_failed.connect(self._failed)
        # On the panel: whenever the list is on screen; on the view: when it has focus.
        add_shortcut(QKeySequence.StandardKey.New, self.new_requested.emit, self, window=True)
        add_shortcut(QKeySequence.StandardKey.Find, self.filters.focus_search, self, window=True)
        add_shortcut(QKeySequence(Qt.Key.Key_Delete), self.delete_selected, self.view, window=False)
        self.filters.search.installEventFilter(self)  # Down goes from the search to the list
        self._show_trash(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filters.search and is_down_key(event) and self.model.rowCount():
            self.focus_list()
            return True
        return False

    # -- hooks -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.filters.vault_opened()
        self.apply_filters()

    def clear_content(self) -> None:
        self._active = False
        self.model.clear()
        self.filters.clear()
        self.notice.clear()
        self.trash.forget()
        self.trash_button.setChecked(False)
        self.empty_label.setText("")

    def load_choices(self) -> None:
        self.filters.load_choices()

    # -- the list ----------------------------------------------------------------------

    @property
    def in_trash(self) -> bool:
        return self.trash_button.isChecked()

    def apply_filters(self) -> None:
        if self._active:
            self.model.set_filter(self.filters.current_filter(trash=self.in_trash))

    def entries_changed(self, entry_ids: Iterable[str]) -> None:
        """Entries added or edited elsewhere: each where it belongs, the filters read once."""
        for entry_id in entry_ids:
            self.model.refresh_entry(entry_id)
        self.load_choices()  # their tags may be new

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def select_id(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(index)

    def focus_list(self) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and not self.in_trash:
            self.open_requested.emit(str(index.data(IdRole)))

    # -- trash -------------------------------------------------------------------------

    def delete_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None or self.in_trash:
            return
        self._trashed_row = self.view.currentIndex().row()
        words = TrashWords(
            moved=self.tr("Entry moved to the trash."),
            undo=self.tr("Undo"),
            undo_name=self.tr("Undo: bring the entry back"),
        )
        self.trash.trash(entry_id, words)

    def _trashed(self, entry_id: str) -> None:
        self.model.remove_ids([entry_id])
        count = self.model.rowCount()
        if count:
            self.view.setCurrentIndex(self.model.index(min(self._trashed_row, count - 1), 0))

    def undo(self) -> None:
        """Bring back what was last moved to the trash (Undo, Ctrl+Z)."""
        self.trash.undo()

    def _undone(self, ids: list[str]) -> None:
        for entry_id in ids:
            self.model.refresh_entry(entry_id)

    def restore_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None or not self.in_trash:
            return
        self.worker.submit(
            bind(journal_ops.restore_entry, entry_id),
            lambda _: self._restored(entry_id),
            self._failed,
            origin=self,
        )

    def _restored(self, entry_id: str) -> None:
        self.model.remove_ids([entry_id])
        self.say(self.tr("The entry is back in your journal."))

    def empty_trash(self) -> None:
        answer = MessageBox.question(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Remove every entry in the trash for good? This cannot be undone, "
                "and there is no copy anywhere else."
            ),
        )
        if answer != Button.Yes:
            return
        self.worker.submit(
            journal_ops.empty_trash, lambda _: self.apply_filters(), self._failed, origin=self
        )

    def _show_trash(self, trash: bool) -> None:
        self.new_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.empty_button.setVisible(trash)
        self.trash_button.setAccessibleName(
            self.tr("Back to the journal") if trash else self.tr("Show the trash")
        )
        self.trash_button.setText(self.tr("&Back to the journal") if trash else self.tr("&Trash"))
        self.notice.clear()
        self.trash.forget()
        self.apply_filters()

    # -- messages ----------------------------------------------------------------------

    def say(self, message: str) -> None:
        self.notice.show_notice(message, "")

    def _failed(self, error: BaseException) -> None:
        self.say(describe_error(error))

    def _update_empty(self) -> None:
        if self.model.rowCount() or self.model.loading or not self._active:
            self.list_stack.setCurrentWidget(self.view)
            return
        if self.in_trash:
            text = self.tr("The trash is empty.")
        elif self.filters.current_filter().text or self.filters.filters_active():
            text = self.tr("Nothing matches. Try other words, or clear the filters.")
        else:
            text = self.tr(
                "Your journal is empty for now. Check-ins from Today and the entries "
                "you write appear here, newest first."
            )
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)
