"""The Directory page: search as she types, facets, the list, the detail pane and the form.

Keyboard (also in the tooltips): Ctrl+F the search, Down from the search to
the list, Enter edits the chosen entry, Ctrl+N a new entry, Delete deletes it
(Ctrl+Z or "Undo" brings it back), Ctrl+D marks it a favourite, Ctrl+C in the
list copies its first contact method; in the form Ctrl+S saves and Escape
cancels.

Copied contact details are cleared from the clipboard after 30 seconds and on
lock, if the clipboard still holds them (``ClipboardGuard``). Opening a
website or writing an e-mail asks first: it is a network action she chooses.

Other parts of the app never drive the filter widgets: they call
``show_support`` (support and helplines, her language first) or
``show_entry``, and the page asks to be on screen (``show_requested``).
Filters are always visible in the filter bar, and an entry she adds or
imports is never hidden by a filter a shortcut set: those are turned off
first, and if her own search or filters hide it she is told, with a button
that shows everything.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ui.delays import UNDO_TIMEOUT_MS
from wellbeing_desk.ui.directory import page_layout
from wellbeing_desk.ui.directory.detail import DirectoryDetail
from wellbeing_desk.ui.directory.detail_request import DetailRequest
from wellbeing_desk.ui.directory.editor import DirectoryEditor
from wellbeing_desk.ui.directory.export_dialog import DirectoryExportDialog
from wellbeing_desk.ui.directory.filter_bar import DirectoryFilterBar
from wellbeing_desk.ui.directory.import_dialog import ImportDialog
from wellbeing_desk.ui.directory.list_words import empty_text
from wellbeing_desk.ui.directory.model import DirectoryListModel, IdRole
from wellbeing_desk.ui.directory.open_link import ask_then_open
from wellbeing_desk.ui.directory.page_keys import DirectoryKeys
from wellbeing_desk.ui.directory.team_actions import TeamEntryActions
from wellbeing_desk.ui.directory.team_tag import TeamTagDelegate
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.section_page import made_here
from wellbeing_desk.ui.widgets.bidi import her_words
from wellbeing_desk.ui.widgets.clipboard_guard import CLEAR_AFTER_MS, ClipboardGuard
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.trash_undo import TrashUndo, TrashWords
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.change_feed import DIRECTORY, VaultChanges
from wellbeing_desk.vault.directory import DirectoryEntry
from wellbeing_desk.vault.directory_types import DirectoryValueError

DIRECTORY_STYLE = """
QListView#directoryList {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
    padding: 2px;
}
QListView#directoryList::item { padding: 6px 8px; }
QListView#directoryList:focus { border: 1px solid palette(highlight); }
"""


class DirectoryPage(QWidget):
    entry_saved = Signal(str)  # an id
    show_requested = Signal()  # bring the Directory section forward (a link from elsewhere)

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget | None = None,
        clear_clipboard_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
        self._select_after_load: str | None = None
        # Entries she just added or imported, and what to say if the list hides them.
        self._fresh: tuple[list[str], str] | None = None
        self._notice_action: Callable[[], None] | None = None  # what the notice's button does
        self.setStyleSheet(PAGE_STYLE + DIRECTORY_STYLE)
        self.clipboard = ClipboardGuard(self, clear_after_ms=clear_clipboard_after_ms)
        self.model = DirectoryListModel(worker, self)

        self.filters = DirectoryFilterBar(worker, self)
        self.new_button = QPushButton(self.tr("&New entry"), self)
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(self.tr("Add a new directory entry"))
        self.new_button.setToolTip(self.tr("New entry (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setAccessibleName(self.tr("Import entries from a vCard or CSV file"))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setAccessibleName(self.tr("Export the directory to a file"))
        comfortable(self.new_button, self.import_button, self.export_button)
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: DirectoryExportDialog | None = None
        self.notice = NoticeBar(self, timeout_ms=UNDO_TIMEOUT_MS)
        # One request per kind of change, so one change never drops another's answer.
        self.saving = Request(worker, self, self._save_failed)
        self.favouring = Request(worker, self, self._change_failed)
        self.checking = Request(worker, self, self._change_failed)
        self.detail_request = DetailRequest(worker, self, self._detail_arrived, self._change_failed)
        worker.vault_changed.connect(self._vault_changed)

        self.view = QListView(self)
        self.view.setObjectName("directoryList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TeamTagDelegate(self.model, self.view))  # the team tag
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Directory entries, by name"))
        self.view.setToolTip(
            self.tr("Enter: edit · Delete: delete · Ctrl+D: favourite · Ctrl+C: copy first contact")
        )
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(16, 32, 16, 16)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_label)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")

        self.detail = DirectoryDetail(self)
        self.editor = DirectoryEditor(self)
        self.hint = QLabel(self.tr("Choose an entry to see everything about it."), self)
        self.hint.setObjectName("muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.right = QStackedWidget(self)
        for widget in (self.hint, self.detail, self.editor):
            self.right.addWidget(widget)

        self.splitter = page_layout.arrange(self)

        self.filters.changed.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_entry)
        self.import_button.clicked.connect(self.open_import_dialog)
        self.export_button.clicked.connect(self.open_export_dialog)
        self.model.results_arrived.connect(self._results_arrived)
        self.model.load_failed.connect(self._change_failed)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.view.activated.connect(lambda _: self.edit_selected())
        self.detail.copy_requested.connect(self.copy_value)
        self.detail.open_requested.connect(self.open_link)
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.delete_requested.connect(self.delete_selected)
        self.detail.favourite_toggled.connect(self.set_favourite)
        self.detail.checked_requested.connect(self.mark_checked)
        self.editor.save_requested.connect(self.save)
        self.editor.cancelled.connect(self.close_editor)
        self.notice.action_triggered.connect(self._notice_acted)
        self.notice.dismissed.connect(self._notice_dismissed)
        # Delete → "Entry deleted." with Undo (also Ctrl+Z) → back, and chosen again.
        self.trash = TrashUndo(
            worker,
            self,
            self.notice,
            trash=directory_ops.trash,
            restore=directory_ops.restore,
            on_trashed=self._trashed,
            on_restored=self._restored,
            on_failure=self._change_failed,
        )
        self.keys = DirectoryKeys(self)
        self.team_actions = TeamEntryActions(worker, self)  # team entries: share, keep a copy
        self._update_empty()

    # -- hooks ---------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.filters.vault_opened()
        self.apply_filters()

    def clear_content(self) -> None:
        """Drop every piece of content: rows, detail, form, search, and our clipboard copy."""
        self._active = False
        for request in (self.saving, self.favouring, self.checking):
            request.cancel()
        self.detail_request.cancel()
        self.team_actions.cancel()
        self._select_after_load = None
        self.trash.forget()
        self._fresh = None
        self._notice_action = None
        for dialog in (self.import_dialog, self.export_dialog):
            if dialog is not None:
                dialog.clear_content()
        self.clipboard.clear_if_ours()
        self.model.clear()
        self.detail.clear()
        self.editor.clear()
        self.filters.clear()
        self.notice.clear()
        self.count_label.setText("")
        self.empty_label.setText("")
        self._set_editing(False)
        self.right.setCurrentWidget(self.hint)

    def focus_first(self) -> None:
        self.focus_search()

    def _vault_changed(self, changes: VaultChanges, origin: object) -> None:
        """Entries changed elsewhere (Reach someone's favourites, an import, later sync):
        the list and its filter choices are read again, the chosen entry stays chosen
        and its detail is read fresh. An open form is left alone."""
        if not self._active or not changes.touches(DIRECTORY) or made_here(self, origin):
            return
        shown = self.detail_id()
        if shown is not None and shown in changes.ids_of(DIRECTORY) and not self.editor.is_open:
            self.detail_request.ask(shown)
        self.model.reload()
        self.filters.load_choices()

    # -- the list ------------------------------------------------------------------------

    def apply_filters(self) -> None:
        if self._active:
            self.model.set_filter(
                self.filters.current_filter(), open_now=self.filters.open_now_only()
            )

    def focus_search(self) -> None:
        if not self.editor.is_open:
            self.filters.focus_search()

    def focus_list(self) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def select_id(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def open_record(self, entry_id: str) -> None:
        """Every entry listed and ``entry_id`` chosen, its detail shown (Search everywhere).

        An open form stays as it is, so nothing she is typing is lost.
        """
        if not self._active or self.editor.is_open:
            return
        blocked = self.filters.search.blockSignals(True)
        self.filters.search.setText("")
        self.filters.search.blockSignals(blocked)
        self._select_after_load = entry_id
        self.filters.reset_filters()  # emits "changed": the list reloads and chooses it
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_support(self, language: str = "") -> None:
        """On screen, support and helplines in every language, entries in ``language`` first.

        For the app's support shortcuts ("See support in your directory"). The
        search is emptied and the category box shows "Support and helplines"
        (counselling, trauma care, peer support and helplines); nothing else
        is filtered, and "Clear filters" lists everything again.
        """
        self.show_requested.emit()
        if self._active:
            self.filters.show_support(language or None)  # emits "changed": the list reloads

    def show_entry(self, entry_id: str) -> None:
        """On screen, every entry listed and ``entry_id`` chosen (a link from another section)."""
        self.show_requested.emit()
        self.open_record(entry_id)

    def _results_arrived(self) -> None:
        wanted = self._select_after_load or self.detail_id()
        self._select_after_load = None
        if not (wanted and self.select_id(wanted)) and self.model.rowCount():
            self.select_id(self.model.ids()[0])
        if self.detail_id() != self.selected_id():
            self._show_selected()
        self._update_empty()
        self._say_if_hidden()

    def _say_if_hidden(self) -> None:
        """She just added or imported entries and her search or filters hide one: say so."""
        fresh, self._fresh = self._fresh, None
        if fresh is None:
            return
        ids, message = fresh
        hidden = directory_ops.hidden_fresh(ids, set(self.model.ids()), self.model.total)
        if not hidden or not self._active:
            return
        self.trash.forget()
        self.notice.show_notice(
            message, self.tr("Show all"), self.tr("Clear the search and filters to show it")
        )
        self._notice_action = lambda: self.open_record(hidden[0])

    def _notice_acted(self) -> None:
        action, self._notice_action = self._notice_action, None
        if action is not None:
            action()

    def _notice_dismissed(self) -> None:
        self._notice_action = None

    def detail_id(self) -> str | None:
        return self.detail.entry.id if self.detail.entry is not None else None

    def _show_selected(self) -> None:
        if self.editor.is_open:
            return
        entry_id = self.selected_id()
        if entry_id is None or not self._active:
            self.detail_request.cancel()
            self.detail.clear()
            self.right.setCurrentWidget(self.hint)
            return
        self.detail_request.ask(entry_id)

    def _detail_arrived(self, found: DirectoryEntry | None) -> None:
        if self.editor.is_open:
            return
        if found is None:
            self.detail.clear()
            self.right.setCurrentWidget(self.hint)
            return
        self.detail.show_entry(found)
        self.team_actions.ask(found.id)
        stops = self.detail.tab_stops()
        if stops:
            QWidget.setTabOrder(self.view, stops[0])  # from the list, Tab reaches Copy first
        self.right.setCurrentWidget(self.detail)

    def _update_empty(self) -> None:
        count, total = self.model.rowCount(), self.model.total
        if total > count:
            text = self.tr("Showing the first {shown} of %n entries.", "", total).format(
                shown=count
            )
        else:
            text = self.tr("%n entries", "", count)
        self.count_label.setText(text if self._active else "")
        if count or self.model.loading or not self._active:
            self.list_stack.setCurrentWidget(self.view)
            return
        why = directory_ops.empty_list(
            self.filters.current_filter(),
            self.filters.open_now_only(),
            self.filters.filters_active(),
        )
        self.empty_label.setText(empty_text(why))
        self.list_stack.setCurrentWidget(self.empty_label)

    # -- copying and opening ---------------------------------------------------------------

    def copy_value(self, value: str) -> None:
        self.clipboard.copy(value)
        seconds = max(1, self.clipboard.clear_after_ms // 1000)
        self.say(self.tr("Copied. The clipboard will be cleared in %n seconds.", "", seconds))

    def copy_first_contact(self) -> None:
        value = self.detail.first_contact()
        if value is not None and self.detail_id() == self.selected_id():
            self.copy_value(value)

    def open_link(self, url: str) -> None:
        ask_then_open(self, url)

    # -- changing --------------------------------------------------------------------------

    def new_entry(self) -> None:
        if not self._active or self.editor.is_open:
            return
        self._clear_notice()
        self._set_editing(True)
        self.editor.open_new()

    def edit_selected(self) -> None:
        if not self._active or self.editor.is_open or self.detail.entry is None:
            return
        if self.detail_id() != self.selected_id():
            return  # the detail of the chosen entry has not arrived yet
        self._clear_notice()
        self._set_editing(True)
        self.editor.open_entry(self.detail.entry)

    def close_editor(self) -> None:
        self.editor.clear()
        self._set_editing(False)
        self._show_selected()
        self.focus_list()

    def _set_editing(self, editing: bool) -> None:
        for widget in (self.filters, self.new_button, self.import_button, self.export_button,
                       self.view):  # fmt: skip
            widget.setEnabled(not editing)
        if editing:
            self.right.setCurrentWidget(self.editor)
        elif self.right.currentWidget() is self.editor:
            self.right.setCurrentWidget(self.hint)

    def save(self) -> None:
        if not self._active or not self.editor.is_open:
            return
        try:
            entry = self.editor.form_entry().validate()
        except DirectoryValueError as error:
            self.editor.show_error(error)
            return
        entry_id = self.editor.entry_id
        self.saving.run(
            bind(directory_ops.save, entry_id, entry),
            lambda saved: self._saved(saved, new=entry_id is None),
        )

    def _saved(self, entry_id: str, new: bool = False) -> None:
        self.editor.clear()
        self._set_editing(False)
        hidden = self.tr("Saved. Your search or filters hide it.")
        self._after_change(entry_id, fresh=([entry_id], hidden) if new else None)
        self.say(self.tr("Saved."))
        self.entry_saved.emit(entry_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, DirectoryValueError):
            self.editor.show_error(error)
        else:
            self.editor.show_message(
                self.tr("The entry could not be saved. {reason}").format(
                    reason=describe_error(error)
                )
            )

    def _after_change(self, select: str | None, fresh: tuple[list[str], str] | None = None) -> None:
        """Reload the list, then choose ``select``.

        ``fresh``: entries she just added or imported, and what to say if the
        list hides one. Filters a shortcut set are turned off first, so only
        her own search or filters can hide them.
        """
        self._select_after_load = select
        self._fresh = fresh
        self.detail_request.cancel()
        self.detail.clear()  # the fresh copy comes with the list
        if fresh and self.filters.clear_shortcut_filters():
            self.apply_filters()
        else:
            self.model.reload()
        self.filters.load_choices()

    def toggle_favourite(self) -> None:
        if self.detail.entry is not None and not self.editor.is_open:
            self.set_favourite(not self.detail.entry.entry.favourite)

    def set_favourite(self, on: bool) -> None:
        entry_id = self.detail_id()
        if entry_id is None or not self._active:
            return
        self.favouring.run(
            bind(directory_ops.set_favourite, entry_id, on), lambda _: self._after_change(entry_id)
        )

    def mark_checked(self) -> None:
        """Her "I checked this": today becomes her own last check of the shown entry."""
        entry_id = self.detail_id()
        if entry_id is None or not self._active or self.editor.is_open:
            return

        def done(_: None) -> None:
            self._after_change(entry_id)
            self.say(self.tr("Saved: you checked it today."))

        self.checking.run(bind(directory_ops.mark_checked, entry_id, date.today()), done)

    def delete_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None or not self._active or self.editor.is_open:
            return
        self._notice_action = None  # the notice's button is Undo from now on
        said = self.tr("Entry deleted.")
        team = self.detail.team if self.detail_id() == entry_id else None
        if team is not None and team.team is not None:  # it leaves the whole team's directory
            said = self.tr(
                "Deleted from the team “{team}”: at the team's next sync it leaves everyone's "
                "directory."
            ).format(team=her_words(team.team))
        words = TrashWords(said, self.tr("Undo"), self.tr("Undo: bring the entry back"))
        self.trash.trash(entry_id, words)

    def _trashed(self, entry_id: str) -> None:
        if not self._active:  # the vault locked before the answer came: nothing to offer
            self._clear_notice()
            return
        # The list still holds the entry: choose the one after it (else before it).
        self._after_change(directory_ops.next_selection(self.model.ids(), entry_id))
        self.notice.action.setToolTip(self.tr("Bring it back (Ctrl+Z)"))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restored(self, ids: list[str]) -> None:
        if self._active:
            self._after_change(ids[0])

    def undo(self) -> None:
        """Bring back the entry just deleted (the notice's Undo, Ctrl+Z)."""
        if self._active:
            self.trash.undo()

    # -- import and export -----------------------------------------------------------------

    def open_import_dialog(self) -> None:
        if not self._active or self.editor.is_open:
            return
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.worker, self)
            self.import_dialog.imported.connect(self._imported)
        self.import_dialog.start()

    def _imported(self, ids: list[str]) -> None:
        hidden = self.tr("%n entries imported. Your search or filters hide some of them.", "",
                         len(ids))  # fmt: skip
        self._after_change(ids[0] if ids else None, fresh=(ids, hidden) if ids else None)
        self.say(self.tr("%n entries imported.", "", len(ids)))

    def open_export_dialog(self) -> None:
        if not self._active or self.editor.is_open:
            return
        if self.export_dialog is None:
            self.export_dialog = DirectoryExportDialog(self.worker, self)
            self.export_dialog.exported.connect(self._exported)
        self.export_dialog.start()

    def _exported(self, path: Path, count: int) -> None:
        self.say(
            self.tr("%n entries exported to {file}. The file is not encrypted.", "", count).format(
                file=path.name
            )
        )

    # -- messages --------------------------------------------------------------------------

    def say(self, message: str) -> None:
        if self._active:
            self.notice.show_notice(message, "")
            self.trash.forget()
            self._notice_action = None

    def _change_failed(self, error: BaseException) -> None:
        self.say(describe_error(error))

    def _clear_notice(self) -> None:
        """The notice goes, and with it what its button offered (Undo, Show all)."""
        self.notice.clear()
        self.trash.forget()
        self._notice_action = None
