"""The Notes section: search and filters, the list, the chosen note, the editor, the trash.

Keyboard (also in the tooltips): Ctrl+N a new note, Ctrl+F the search, Down
from the search to the list, Enter edits the chosen note, Delete moves it to
the trash (Ctrl+Z or "Undo" brings it back); in the editor Ctrl+S saves and
Escape closes (the text stays as a draft).

Hooks: ``vault_opened`` loads the list and, if she was writing when the app
locked, reopens the editor with her draft; ``clear_content`` first has the
editor put unsaved text into its draft, then empties everything;
``open_record(note_id)`` shows one note (Search everywhere, Today's
follow-ups, a directory entry's notes). ``directory_entry_requested(id)``
asks the wiring to show a participant's directory entry.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import notes as notes_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.notes.contexts_dialog import NoteContextsDialog
from wellbeing_desk.ui.notes.detail import NoteDetail
from wellbeing_desk.ui.notes.editor import NoteEditor
from wellbeing_desk.ui.notes.filter_bar import NoteFilterBar
from wellbeing_desk.ui.notes.list_panel import NoteListPanel
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.list_keys import add_shortcut
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE
from wellbeing_desk.ui.widgets.record_list import DownToList, when_rows_change
from wellbeing_desk.ui.widgets.trash_controls import (
    EmptyListWords,
    TrashButtonWords,
    TrashControls,
    empty_list_text,
)
from wellbeing_desk.ui.widgets.trash_undo import TrashUndo, TrashWords
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import CareItem
from wellbeing_desk.vault.notes import Note


class NotesPage(QWidget):
    directory_entry_requested = Signal(str)  # a participant's directory entry
    note_saved = Signal(str)  # added or edited here: its id
    show_requested = Signal()  # bring Notes on screen (the workspace listens)

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
        # Each question's newest answer wins; a lock cancels them all.
        self._count = Request(worker, self, self._failed)
        self._detail = Request(worker, self, self._failed)
        self._contexts = Request(worker, self, self._failed)
        self._draft_check = Request(worker, self, self._failed)
        self._select_when_loaded: str | None = None
        self._trashed_row = -1  # where the note sent to the trash was
        self._context_names: dict[str, str] = {}
        self.contexts_dialog: NoteContextsDialog | None = None
        self.setStyleSheet(PAGE_STYLE)

        self.browse = QWidget(self)
        self.filters = NoteFilterBar(worker, self.browse)
        self.controls = TrashControls(
            TrashButtonWords(
                new=self.tr("&New note"),
                new_spoken=self.tr("Write a new note"),
                new_tip=self.tr("New note (Ctrl+N)"),
                trash=self.tr("&Trash"),
                show_trash=self.tr("Show the trash"),
                back=self.tr("&Back to the notes"),
                back_spoken=self.tr("Back to the notes"),
                restore=self.tr("&Restore"),
                restore_spoken=self.tr("Restore the chosen note"),
                empty=self.tr("&Empty trash…"),
                empty_spoken=self.tr("Empty the trash for good"),
            ),
            self.browse,
            self,
            new=self.new_note,
        )
        self.new_button = self.controls.new_button
        self.trash_button = self.controls.trash_button
        self.restore_button = self.controls.restore_button
        self.empty_button = self.controls.empty_button
        self.notice = self.controls.notice
        self.trash = TrashUndo(
            worker,
            self.browse,  # Ctrl+Z brings a note back while the list is on screen
            self.notice,
            trash=notes_ops.trash_note,
            restore=notes_ops.restore_note,
            on_trashed=self._trashed,
            on_restored=self._undone,
            on_failure=self._failed,
        )
        self.draft_notice = NoticeBar(self)

        self.list = NoteListPanel(worker, self.browse)
        self.model = self.list.model
        self.view = self.list.view
        self.detail = NoteDetail(self.browse)
        self.hint = QLabel(self.tr("Choose a note to read it here."), self.browse)
        self.hint.setObjectName("muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.right = QStackedWidget(self.browse)
        self.right.addWidget(self.hint)
        self.right.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.browse)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 440])
        self.splitter.setHandleWidth(18)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.trash_button, self.new_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.filters, 1)
        top.addLayout(actions)
        trash_row = QHBoxLayout()
        trash_row.setSpacing(8)
        trash_row.addStretch(1)
        trash_row.addWidget(self.restore_button)
        trash_row.addWidget(self.empty_button)
        browse_layout = QVBoxLayout(self.browse)
        browse_layout.setContentsMargins(0, 0, 0, 0)
        browse_layout.setSpacing(10)
        browse_layout.addLayout(top)
        browse_layout.addWidget(self.notice)
        browse_layout.addLayout(trash_row)
        browse_layout.addWidget(self.splitter, 1)

        self.editor = NoteEditor(worker, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.browse)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.draft_notice)
        layout.addWidget(self.stack, 1)

        self.filters.changed.connect(self.apply_filters)
        self.draft_notice.action_triggered.connect(self.new_note)
        self.list.current_changed.connect(self._show_detail)
        self.list.activated.connect(self._activated)
        when_rows_change(self.model, self._rows_changed)
        self.model.modelReset.connect(lambda: self.list.show_empty(""))
        self.model.load_failed.connect(self._failed)
        self.detail.edit_requested.connect(self.edit_shown)
        self.detail.delete_requested.connect(self.delete_shown)
        self.detail.restore_requested.connect(self.restore_shown)
        self.detail.entry_requested.connect(self.directory_entry_requested)
        self.editor.saved.connect(self._saved)
        self.editor.closed.connect(self._editor_closed)
        self.editor.error_shown.connect(self.say)
        self.editor.lists_requested.connect(self.edit_contexts)
        self.editor.entry_requested.connect(self.directory_entry_requested)
        # On a page part: whenever it is on screen; on the view: when it has the focus.
        add_shortcut(QKeySequence.StandardKey.New, self.new_note, self, window=True)
        find = self.filters.focus_search
        add_shortcut(QKeySequence.StandardKey.Find, find, self.browse, window=True)
        add_shortcut(QKeySequence(Qt.Key.Key_Delete), self.delete_selected, self.view, window=False)
        DownToList(self.filters.search, self.model.rowCount, self.list.focus_list)
        self.show_trash(False)

    # -- hooks -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.filters.vault_opened()
        self.load_context_names()
        self.apply_filters()
        resume, self.editor.reopen_after_unlock = self.editor.reopen_after_unlock, None
        if resume is not None:
            (record_id,) = resume
            self._show_editor()
            if record_id is None:
                self.editor.open_new()
            else:
                self.editor.open_note(record_id)
            self.show_requested.emit()
        else:
            self._check_draft()

    def clear_content(self) -> None:
        """Drop every piece of content: the editor (into its draft first), rows, detail, search."""
        self._active = False
        for request in (self._count, self._detail, self._contexts, self._draft_check):
            request.cancel()
        self._select_when_loaded = None
        self.trash.forget()
        self.editor.clear_content()  # first: unsaved text goes into the draft
        if self.contexts_dialog is not None:
            self.contexts_dialog.reject()
        self.list.clear()
        self.detail.clear()
        self.filters.clear()
        self.notice.clear()
        self.draft_notice.clear()
        self._context_names = {}
        blocked = self.trash_button.blockSignals(True)
        self.trash_button.setChecked(False)
        self.trash_button.blockSignals(blocked)
        self.controls.show_buttons(False)
        self.right.setCurrentWidget(self.hint)
        self.stack.setCurrentWidget(self.browse)

    def focus_first(self) -> None:
        if self.editor.is_open:
            self.editor.form.focus_first()
        else:
            self.filters.focus_search()

    def open_record(self, note_id: str) -> None:
        """Show the Notes section with this note chosen and shown (from anywhere)."""
        if not self._active:
            return
        self.show_requested.emit()
        if self.editor.is_open and self.editor.record_id == note_id:
            return  # she is writing it: leave her there
        self.editor.close_safely(then=lambda: self._show_record(note_id))

    def _show_record(self, note_id: str) -> None:
        if not self._active:
            return
        self.stack.setCurrentWidget(self.browse)
        self._select_when_loaded = note_id
        if self.in_trash:
            self.trash_button.setChecked(False)  # reloads the list
        elif not self.list.select_id(note_id):
            where = self.filters.current_filter()
            if where.text or self.filters.filters_active():
                self.filters.clear_search()
                self.filters.reset_filters()  # emits "changed": the list reloads
        if self.list.select_id(note_id):
            self._select_when_loaded = None
        self._show_detail(note_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list ----------------------------------------------------------------------

    @property
    def in_trash(self) -> bool:
        return self.controls.in_trash

    def apply_filters(self) -> None:
        if not self._active:
            return
        where = self.filters.current_filter(trash=self.in_trash)
        self.list.set_filter(where)
        self._count.run(bind(notes_ops.note_count, where), self._show_count)

    def _show_count(self, count: int) -> None:
        if not self._active:
            return
        if self.in_trash:
            text = self.tr("%n notes in the trash", "", count)
        else:
            text = self.tr("%n notes", "", count)
        self.list.count_label.setText(text)

    def load_context_names(self) -> None:
        self._contexts.run(notes_ops.contexts, self._show_context_names)

    def _show_context_names(self, contexts: list[CareItem]) -> None:
        if not self._active:
            return
        self._context_names = {item.id: display_name(item) for item in contexts}
        self.model.set_context_names(self._context_names)
        if self.detail.note is not None:
            self.detail.show_note(self.detail.note, self._context_name(self.detail.note))

    def _context_name(self, note: Note) -> str:
        if not note.context_id:
            return ""
        return self._context_names.get(note.context_id, "")

    def _rows_changed(self) -> None:
        wanted = self._select_when_loaded
        if wanted is not None and self.list.select_id(wanted):
            self._select_when_loaded = None
        self._update_empty()

    def _update_empty(self) -> None:
        if self.model.rowCount() or self.model.loading or not self._active:
            self.list.show_empty("")
            return
        words = EmptyListWords(
            trash=self.tr("The trash is empty."),
            no_match=self.tr("Nothing matches. Try other words, or clear the filters."),
            nothing_yet=self.tr(
                "No notes yet. After a peer circle, a counselling session or a team meeting, "
                "keep here what you want to remember: “New note”, or Ctrl+N."
            ),
        )
        filtered = bool(self.filters.current_filter().text) or self.filters.filters_active()
        self.list.show_empty(empty_list_text(words, in_trash=self.in_trash, filtered=filtered))
        if self._select_when_loaded is None:
            self.detail.clear()
            self.right.setCurrentWidget(self.hint)

    def _show_detail(self, note_id: object, *, again: bool = False) -> None:
        """Read the chosen note for the pane (``again``: even if it is the one shown)."""
        if not isinstance(note_id, str) or not self._active:
            return  # the choice went away (the list reloads): keep what she reads
        if not again and self.detail.note_id == note_id:
            return
        self._detail.run(bind(notes_ops.note, note_id), self._detail_arrived)

    def _detail_arrived(self, note: Note | None) -> None:
        if not self._active:
            return
        if note is None:
            self.detail.clear()
            self.right.setCurrentWidget(self.hint)
            return
        self.detail.show_note(note, self._context_name(note))
        self.right.setCurrentWidget(self.detail)

    def _refresh_detail(self, note_id: str) -> None:
        if self.detail.note_id == note_id:
            self._show_detail(note_id, again=True)

    def _activated(self, note_id: str) -> None:
        if not self.in_trash:
            self.edit_note(note_id)

    # -- writing -----------------------------------------------------------------------

    def new_note(self) -> None:
        if not self._active:
            return
        self.draft_notice.clear()
        self.notice.clear()
        self._show_editor()
        self.editor.open_new()

    def edit_note(self, note_id: str) -> None:
        if not self._active:
            return
        self.draft_notice.clear()
        self.notice.clear()
        self._show_editor()
        self.editor.open_note(note_id)

    def edit_shown(self) -> None:
        if self.detail.note is not None and self.detail.note.deleted_at is None:
            self.edit_note(self.detail.note.id)

    def edit_contexts(self) -> None:
        if not self._active:
            return
        if self.contexts_dialog is None:
            dialog = NoteContextsDialog(self.worker, self)
            dialog.contexts_changed.connect(self._contexts_changed)
            dialog.finished.connect(self._contexts_closed)
            self.contexts_dialog = dialog
        self.contexts_dialog.open()

    def _contexts_closed(self, _result: int) -> None:
        self.contexts_dialog = None

    def _contexts_changed(self) -> None:
        self.editor.refresh_contexts()
        self.load_context_names()
        self.filters.load_choices()

    def _show_editor(self) -> None:
        self.stack.setCurrentWidget(self.editor)

    def _saved(self, note_id: str) -> None:
        self._select_when_loaded = note_id
        self.model.refresh_note(note_id)
        self._show_detail(note_id, again=True)
        self.filters.load_choices()  # its tags and people may be new
        self.apply_count()
        self.note_saved.emit(note_id)

    def apply_count(self) -> None:
        if self._active:
            self._count.run(bind(notes_ops.note_count, self.model.filter), self._show_count)

    def _editor_closed(self) -> None:
        self.stack.setCurrentWidget(self.browse)
        if self._active:
            self.list.focus_list()
            self._check_draft()

    def _check_draft(self) -> None:
        """Offer to continue a new note that was never saved (after a close or a crash)."""

        def show(waiting: bool) -> None:
            if waiting and not self.editor.is_open:
                self.draft_notice.show_notice(
                    self.tr("You have a note you have not saved yet."),
                    self.tr("Continue writing"),
                    self.tr("Continue your unsaved note"),
                )

        self._draft_check.run(notes_ops.has_unsaved_new_note, show)

    # -- trash -------------------------------------------------------------------------

    def delete_selected(self) -> None:
        self._delete(self.list.selected_id())

    def delete_shown(self) -> None:
        self._delete(self.detail.note_id)

    def _delete(self, note_id: str | None) -> None:
        if note_id is None or not self._active or self.in_trash:
            return
        self._trashed_row = self.list.row_of(note_id)
        words = TrashWords(
            moved=self.tr("Note moved to the trash."),
            undo=self.tr("Undo"),
            undo_name=self.tr("Undo: bring the note back"),
        )
        self.trash.trash(note_id, words)

    def _trashed(self, note_id: str) -> None:
        self.model.remove_ids([note_id])
        if self.detail.note_id == note_id:
            self.detail.clear()
            self.right.setCurrentWidget(self.hint)
        self.notice.action.setToolTip(self.tr("Bring the note back (Ctrl+Z)"))
        row = self._trashed_row
        if row >= 0 and self.list.proxy.rowCount():
            self.list.select_row(row)
        self.apply_count()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        """Bring back what was last moved to the trash (Undo, Ctrl+Z)."""
        if self._active:
            self.trash.undo()

    def _undone(self, ids: list[str]) -> None:
        if not self._active:
            return
        self._select_when_loaded = ids[0]
        for note_id in ids:
            self.model.refresh_note(note_id)
        self.apply_count()

    def restore_selected(self) -> None:
        self._restore(self.list.selected_id())

    def restore_shown(self) -> None:
        self._restore(self.detail.note_id)

    def _restore(self, note_id: str | None) -> None:
        if note_id is None or not self._active:
            return
        self.worker.submit(
            bind(notes_ops.restore_note, note_id),
            lambda _: self._restored(note_id),
            self._failed,
            origin=self,
        )

    def _restored(self, note_id: str) -> None:
        if self.in_trash:
            self.model.remove_ids([note_id])
        else:
            self.model.refresh_note(note_id)
        self._refresh_detail(note_id)
        self.apply_count()
        self.say(self.tr("The note is back among your notes."))

    def empty_trash(self) -> None:
        if not self._active:
            return
        answer = MessageBox.question(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Remove every note in the trash for good? This cannot be undone, "
                "and there is no copy anywhere else."
            ),
        )
        if answer != Button.Yes:
            return
        self.worker.submit(notes_ops.empty_trash, self._emptied, self._failed, origin=self)

    def _emptied(self, count: int) -> None:
        self.detail.clear()
        self.right.setCurrentWidget(self.hint)
        self.apply_filters()
        self.say(self.tr("%n notes removed for good.", "", count))

    def show_trash(self, trash: bool) -> None:
        self.controls.show_buttons(trash)
        self.notice.clear()
        self.trash.forget()
        self.detail.clear()
        self.right.setCurrentWidget(self.hint)
        self.apply_filters()

    # -- messages ----------------------------------------------------------------------

    def say(self, message: str) -> None:
        if self._active:
            self.notice.show_notice(message, "")
            self.trash.forget()

    def _failed(self, error: BaseException) -> None:
        self.say(describe_error(error))
