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
``open_record``. Filters are always visible in the filter bar, and an entry
she adds or imports is never hidden by a filter a shortcut set: those are
turned off first, and if her own search or filters hide it she is told, with
a button that shows everything.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.delays import UNDO_TIMEOUT_MS
from wellbeing_desk.ui.directory.detail import DirectoryDetail
from wellbeing_desk.ui.directory.editor import DirectoryEditor
from wellbeing_desk.ui.directory.export_dialog import DirectoryExportDialog
from wellbeing_desk.ui.directory.filter_bar import DirectoryFilterBar
from wellbeing_desk.ui.directory.import_dialog import ImportDialog
from wellbeing_desk.ui.directory.model import DirectoryListModel, IdRole
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.widgets.clipboard_guard import CLEAR_AFTER_MS, ClipboardGuard
from wellbeing_desk.ui.widgets.list_keys import add_shortcut, is_down_key
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import SUPPORT, DirectoryEntry, DirectoryFilter
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

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget | None = None,
        clear_clipboard_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
        self._detail_generation = 0
        self._detail_request: str | None = None  # the id whose detail is on its way
        self._select_after_load: str | None = None
        self._undo_ids: list[str] = []
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

        self.view = QListView(self)
        self.view.setObjectName("directoryList")
        self.view.setModel(self.model)
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

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 520])

        # The actions stand in a column beside the filters, so long (Spanish)
        # labels never squeeze them at the window's smallest width.
        actions = QVBoxLayout()
        actions.setSpacing(6)
        for button in (self.new_button, self.import_button, self.export_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(self.new_button.sizeHint().width())
            actions.addWidget(button)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.filters, 1)
        top.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self.filters.changed.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_entry)
        self.import_button.clicked.connect(self.open_import_dialog)
        self.export_button.clicked.connect(self.open_export_dialog)
        self.model.results_arrived.connect(self._results_arrived)
        self.model.load_failed.connect(lambda error: self.say(describe_error(error)))
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
        self.notice.dismissed.connect(self._forget_undo)
        # On the page: whenever it is on screen; on the view: when it has the focus.
        add_shortcut(QKeySequence.StandardKey.New, self.new_entry, self, window=True)
        add_shortcut(QKeySequence.StandardKey.Find, self.focus_search, self, window=True)
        add_shortcut(QKeySequence.StandardKey.Undo, self.undo, self.view, window=False)
        add_shortcut(QKeySequence("Ctrl+D"), self.toggle_favourite, self, window=True)
        add_shortcut(QKeySequence(Qt.Key.Key_Delete), self.delete_selected, self.view, window=False)
        add_shortcut(
            QKeySequence.StandardKey.Copy, self.copy_first_contact, self.view, window=False
        )
        self.filters.search.installEventFilter(self)
        self._update_empty()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filters.search and is_down_key(event) and self.model.rowCount():
            self.focus_list()
            return True
        return False

    # -- hooks ---------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.filters.vault_opened()
        self.apply_filters()

    def clear_content(self) -> None:
        """Drop every piece of content: rows, detail, form, search, and our clipboard copy."""
        self._active = False
        self._detail_generation += 1
        self._detail_request = None
        self._select_after_load = None
        self._undo_ids = []
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
        """Support and helplines in every language, entries in ``language`` first.

        For the app's support shortcuts ("See support in your directory"). The
        search is emptied and the category box shows "Support and helplines"
        (counselling, trauma care, peer support and helplines); nothing else
        is filtered, and "Clear filters" lists everything again.
        """
        if self._active:
            self.filters.show_support(language or None)  # emits "changed": the list reloads

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
        if fresh is None or self.model.total > self.model.rowCount():
            return  # a long list is cut, not filtered: nothing to say
        ids, message = fresh
        shown = set(self.model.ids())
        hidden = [entry_id for entry_id in ids if entry_id not in shown]
        if not hidden or not self._active:
            return
        self._undo_ids = []
        self.notice.show_notice(
            message, self.tr("Show all"), self.tr("Clear the search and filters to show it")
        )
        self._notice_action = lambda: self.open_record(hidden[0])

    def _notice_acted(self) -> None:
        action, self._notice_action = self._notice_action, None
        if action is not None:
            action()

    def detail_id(self) -> str | None:
        return self.detail.entry.id if self.detail.entry is not None else None

    def _show_selected(self) -> None:
        if self.editor.is_open:
            return
        entry_id = self.selected_id()
        if entry_id is not None and entry_id == self._detail_request:
            return  # already asked for
        self._detail_generation += 1
        self._detail_request = entry_id
        if entry_id is None or not self._active:
            self.detail.clear()
            self.right.setCurrentWidget(self.hint)
            return
        generation = self._detail_generation
        self.worker.submit(
            lambda vault: vault.directory.get(entry_id),
            lambda found: self._detail_arrived(generation, found),
            lambda error: self.say(describe_error(error)),
        )

    def _detail_arrived(self, generation: int, found: DirectoryEntry | None) -> None:
        if generation != self._detail_generation or self.editor.is_open:
            return
        self._detail_request = None
        if found is None:
            self.detail.clear()
            self.right.setCurrentWidget(self.hint)
            return
        self.detail.show_entry(found)
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
        where = self.filters.current_filter()
        if where == DirectoryFilter(category=SUPPORT, first_language=where.first_language) and (
            not self.filters.open_now_only()
        ):
            message = self.tr(
                "You have not added a counsellor or helpline you trust yet. Add one in your "
                "language, so it is here offline when you need it."
            )
        elif where.text or self.filters.filters_active():
            message = self.tr("Nothing matches. Try other words, or clear the filters.")
        else:
            message = self.tr(
                "Your directory is empty. Add the people and organisations you can turn to "
                "with “New entry”."
            )
        self.empty_label.setText(message)
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
        answer = MessageBox.question(
            self,
            self.tr("Open outside Wellbeing Desk?"),
            self.tr(
                "This opens {address} in your browser or e-mail program. It goes out over "
                "the internet, and whoever runs it can see a visit from this connection. "
                "Open it?"
            ).format(address=url),
        )
        if answer == Button.Yes:
            QDesktopServices.openUrl(QUrl(url))

    # -- changing --------------------------------------------------------------------------

    def new_entry(self) -> None:
        if not self._active or self.editor.is_open:
            return
        self.notice.clear()
        self._set_editing(True)
        self.editor.open_new()

    def edit_selected(self) -> None:
        if not self._active or self.editor.is_open or self.detail.entry is None:
            return
        if self.detail_id() != self.selected_id():
            return  # the detail of the chosen entry has not arrived yet
        self.notice.clear()
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

        def write(vault: Vault) -> str:
            if entry_id is None:
                return vault.directory.add(entry)
            vault.directory.update(entry_id, entry)
            return entry_id

        self.worker.submit(
            write, lambda saved: self._saved(saved, new=entry_id is None), self._save_failed
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
        self._detail_generation += 1
        self._detail_request = None
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
        self.worker.submit(
            lambda vault: vault.directory.set_favourite(entry_id, on),
            lambda _: self._after_change(entry_id),
            lambda error: self.say(describe_error(error)),
        )

    def mark_checked(self) -> None:
        """Her "I checked this": today becomes her own last check of the shown entry."""
        entry_id = self.detail_id()
        if entry_id is None or not self._active or self.editor.is_open:
            return
        today = date.today()

        def write(vault: Vault) -> None:
            found = vault.directory.get(entry_id)
            if found is None:
                raise KeyError(entry_id)
            vault.directory.update(entry_id, replace(found.entry, last_checked=today))

        def done(_: None) -> None:
            self._after_change(entry_id)
            self.say(self.tr("Saved: you checked it today."))

        self.worker.submit(write, done, lambda error: self.say(describe_error(error)))

    def delete_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None or not self._active or self.editor.is_open:
            return
        row = self.view.currentIndex().row()
        self.worker.submit(
            lambda vault: vault.directory.delete(entry_id),
            lambda _: self._deleted(entry_id, row),
            lambda error: self.say(describe_error(error)),
        )

    def _deleted(self, entry_id: str, row: int) -> None:
        ids = self.model.ids()
        following = [i for i in ids[row + 1 :] + ids[:row][::-1] if i != entry_id]
        self._after_change(following[0] if following else None)
        self._undo_ids = [entry_id]
        self.notice.show_notice(
            self.tr("Entry deleted."), self.tr("Undo"), self.tr("Undo: bring the entry back")
        )
        self.notice.action.setToolTip(self.tr("Bring it back (Ctrl+Z)"))
        self._notice_action = self.undo
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        ids, self._undo_ids = list(self._undo_ids), []
        if not ids or not self._active:
            return
        self.notice.clear()

        def restore(vault: Vault) -> None:
            for entry_id in ids:
                vault.directory.restore(entry_id)

        self.worker.submit(
            restore,
            lambda _: self._after_change(ids[0]),
            lambda error: self.say(describe_error(error)),
        )

    def _forget_undo(self) -> None:
        self._undo_ids = []
        self._notice_action = None

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
            self._undo_ids = []
            self._notice_action = None
