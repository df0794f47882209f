"""The journal entries: the list, and the editor in its place while she writes.

``vault_opened`` loads the first page and, if she was writing when the app
locked, reopens the editor with her draft. ``clear_content`` first has the
editor put unsaved text into its draft, then empties everything.
"""

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.journal.editor import EntryEditor
from wellbeing_desk.ui.journal.list_panel import JournalListPanel
from wellbeing_desk.ui.journal.lists_dialog import CareListsDialog
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE
from wellbeing_desk.ui.worker import DatabaseWorker


class EntriesPage(QWidget):
    open_plan_requested = Signal()
    entry_saved = Signal(str)  # added or edited here: its id
    editor_resumed = Signal()  # she was writing when the app locked; show her the editor

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
        self._last_opened: str | None = None
        self.setStyleSheet(PAGE_STYLE)
        self.list = JournalListPanel(worker, self)
        self.editor = EntryEditor(worker, self)
        self.draft_notice = NoticeBar(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.draft_notice)
        layout.addWidget(self.stack, 1)

        self.list.new_requested.connect(self.new_entry)
        self.list.open_requested.connect(self.open_entry)
        self.editor.saved.connect(self._saved)
        self.editor.closed.connect(self._editor_closed)
        self.editor.error_shown.connect(self.list.say)
        self.editor.lists_requested.connect(self.edit_lists)
        self.draft_notice.action_triggered.connect(self.new_entry)

    # -- hooks -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.list.vault_opened()
        resume, self.editor.reopen_after_unlock = self.editor.reopen_after_unlock, None
        if resume is not None:
            (record_id,) = resume
            if record_id is None:
                self.new_entry()
            else:
                self.open_entry(record_id)
            self.editor_resumed.emit()
        else:
            self._check_draft()

    def clear_content(self) -> None:
        self._active = False
        self.editor.clear_content()  # first: unsaved text goes into the draft
        self.list.clear_content()
        self.draft_notice.clear()
        self._last_opened = None
        self.stack.setCurrentWidget(self.list)

    # -- writing -----------------------------------------------------------------------

    def new_entry(self) -> None:
        if not self._active:
            return
        self.draft_notice.clear()
        self._last_opened = None
        self._show_editor()
        self.editor.open_new()

    def open_entry(self, entry_id: str) -> None:
        if not self._active:
            return
        self.draft_notice.clear()
        self._last_opened = entry_id
        self._show_editor()
        self.editor.open_entry(entry_id)

    def entries_changed(self, entry_ids: Iterable[str]) -> None:
        """Entries written elsewhere (a check-in on Today, later sync)."""
        self.list.entries_changed(entry_ids)

    def edit_lists(self) -> None:
        dialog = CareListsDialog(self.worker, self)
        dialog.lists_changed.connect(self.editor.refresh_lists)
        dialog.lists_changed.connect(self.list.load_choices)
        dialog.open()

    # -- internals -------------------------------------------------------------------

    def _show_editor(self) -> None:
        self.stack.setCurrentWidget(self.editor)

    def _saved(self, entry_id: str) -> None:
        self._last_opened = entry_id
        self.list.entries_changed([entry_id])
        self.entry_saved.emit(entry_id)

    def _editor_closed(self) -> None:
        self.stack.setCurrentWidget(self.list)
        if self._last_opened is not None:
            self.list.select_id(self._last_opened)
        self.list.focus_list()
        self._check_draft()

    def _check_draft(self) -> None:
        """Offer to continue a new entry that was never saved (after a close or a crash)."""

        def show(waiting: bool) -> None:
            if waiting and self._active and not self.editor.is_open:
                self.draft_notice.show_notice(
                    self.tr("You have an entry you have not saved yet."),
                    self.tr("Continue writing"),
                    self.tr("Continue your unsaved entry"),
                )

        self.worker.submit(journal_ops.has_unsaved_new_entry, show)
