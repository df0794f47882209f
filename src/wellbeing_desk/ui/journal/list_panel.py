"""The journal list: search, filters, the trash, and undo for what she moved there.

Keyboard: Ctrl+N a new entry, Ctrl+F the search, Enter opens the chosen
entry, Delete moves it to the trash, Ctrl+Z brings it back while the
"Undo" bar shows.
"""

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.journal.entry_delegate import EntryDelegate
from wellbeing_desk.ui.journal.entry_model import EntryListModel
from wellbeing_desk.ui.journal.filter_bar import FilterBar
from wellbeing_desk.ui.widgets.list_keys import add_shortcut
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.record_list import (
    DownToList,
    choose_and_show,
    empty_list_stack,
    id_at,
    record_list_view,
    when_rows_change,
)
from wellbeing_desk.ui.widgets.trash_controls import (
    EmptyListWords,
    TrashButtonWords,
    TrashControls,
    empty_list_text,
)
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
        self.controls = TrashControls(
            TrashButtonWords(
                new=self.tr("&New entry"),
                new_spoken=self.tr("Write a new entry"),
                new_tip=self.tr("New entry (Ctrl+N)"),
                trash=self.tr("&Trash"),
                show_trash=self.tr("Show the trash"),
                back=self.tr("&Back to the journal"),
                back_spoken=self.tr("Back to the journal"),
                restore=self.tr("&Restore"),
                restore_spoken=self.tr("Restore the chosen entry"),
                empty=self.tr("Empty trash"),
                empty_spoken=self.tr("Empty the trash for good"),
            ),
            self,
            self,
            new=self.new_requested,
        )
        self.new_button = self.controls.new_button
        self.trash_button = self.controls.trash_button
        self.restore_button = self.controls.restore_button
        self.empty_button = self.controls.empty_button
        self.notice = self.controls.notice
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

        self.view = record_list_view(
            self, "journalList", self.model, self.tr("Journal entries, newest first")
        )
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.empty_label, self.list_stack = empty_list_stack(self, self.view, (24, 40, 24, 24))

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
        self.view.activated.connect(self._activated)
        when_rows_change(self.model, self._update_empty)
        self.model.modelReset.connect(self._update_empty)
        self.model.load_failed.connect(self._failed)
        # On the panel: whenever the list is on screen; on the view: when it has focus.
        add_shortcut(QKeySequence.StandardKey.New, self.new_requested.emit, self, window=True)
        add_shortcut(QKeySequence.StandardKey.Find, self.filters.focus_search, self, window=True)
        add_shortcut(QKeySequence(Qt.Key.Key_Delete), self.delete_selected, self.view, window=False)
        DownToList(self.filters.search, self.model.rowCount, self.focus_list)
        self.show_trash(False)

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
        return self.controls.in_trash

    def apply_filters(self) -> None:
        if self._active:
            self.model.set_filter(self.filters.current_filter(trash=self.in_trash))

    def entries_changed(self, entry_ids: Iterable[str]) -> None:
        """Entries added or edited elsewhere: each where it belongs, the filters read once."""
        for entry_id in entry_ids:
            self.model.refresh_entry(entry_id)
        self.load_choices()  # their tags may be new

    def selected_id(self) -> str | None:
        return id_at(self.view.currentIndex())

    def select_id(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            choose_and_show(self.view, self.model.index(row, 0))

    def focus_list(self) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        entry_id = id_at(index)
        if entry_id is not None and not self.in_trash:
            self.open_requested.emit(entry_id)

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

    def show_trash(self, trash: bool) -> None:
        self.controls.show_buttons(trash)
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
        words = EmptyListWords(
            trash=self.tr("The trash is empty."),
            no_match=self.tr("Nothing matches. Try other words, or clear the filters."),
            nothing_yet=self.tr(
                "Your journal is empty for now. Check-ins from Today and the entries "
                "you write appear here, newest first."
            ),
        )
        filtered = bool(self.filters.current_filter().text) or self.filters.filters_active()
        text = empty_list_text(words, in_trash=self.in_trash, filtered=filtered)
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)
