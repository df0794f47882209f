"""Search everywhere: one field over the journal, debriefs, directory and notes.

``open_search(parent, worker, on_open)`` opens the palette over ``parent``'s
window (Ctrl+K, and Ctrl+F on pages without a search of their own), or
brings the open one forward. She types; 150 ms after she stops, the search
runs on the database worker (never on the GUI thread) and the results come
back grouped by section. Up and Down move through the results (the section
headings are skipped), Enter opens the chosen one in its page
(``on_open(section, record_id)``) and closes the palette; Esc closes it and
gives the focus back to the widget that had it.

It is not modal, so Lock (Ctrl+L) and panic keep working. Locking closes it
like every dialog (``locking.close_dialogs``); closing, for any reason,
empties the field and the results and drops answers still on their way.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.search.delegate import SearchResultDelegate
from wellbeing_desk.ui.search.model import SearchResultModel
from wellbeing_desk.ui.shortcut_keys import SEARCH
from wellbeing_desk.ui.widgets.floating import give_focus_back, open_window
from wellbeing_desk.ui.widgets.page_style import name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker

SHORTCUT = SEARCH
OpenRecord = Callable[[str, str], None]  # (section, record id)

PALETTE_STYLE = """
SearchPalette { border: 1px solid palette(mid); }
QLineEdit#searchEverywhere { padding: 8px 10px; font-size: 12pt; }
QListView#searchResults {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
    padding: 2px;
}
QListView#searchResults:focus { border: 1px solid palette(highlight); }
"""


class SearchPalette(QDialog):
    """The search field, a line of status, and the results grouped by section."""

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget | None = None,
        *,
        on_open: OpenRecord | None = None,
        return_focus_to: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_open = on_open
        self._return_focus = return_focus_to
        self._open_when_ready = False
        self.setWindowTitle(self.tr("Search everywhere"))
        self.setAccessibleName(self.tr("Search everywhere"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(PALETTE_STYLE)
        self.setMinimumSize(480, 360)
        self.resize(640, 540)

        self.model = SearchResultModel(worker, self)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchEverywhere")
        self.field.setPlaceholderText(self.tr("Search your journal, debriefs, directory and notes"))
        self.field.setAccessibleName(self.tr("Search everywhere"))
        self.field.setAccessibleDescription(
            self.tr("Up and Down choose a result, Enter opens it, Esc closes.")
        )
        self.field.setClearButtonEnabled(True)
        name_inner_parts(self.field, self.tr("Clear the search"))
        self.field.setMinimumHeight(38)

        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchResultDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Results, grouped by section"))

        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.status.setContentsMargins(16, 32, 16, 16)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.status)
        self.body.addWidget(self.view)
        self.hint = QLabel(
            self.tr("Up and Down choose a result, Enter opens it, Esc closes."), self
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.setSpacing(10)
        layout.addWidget(self.field)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._text_changed)
        self.model.results_arrived.connect(self._results_arrived)
        self.model.search_failed.connect(self._search_failed)
        self.view.clicked.connect(self._clicked)
        self.field.installEventFilter(self)
        self.view.installEventFilter(self)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_field)
        self._show_status()
        layout.activate()

    # -- her keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched not in (self.field, self.view)
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return False
        other = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if other:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            moved = self.choose_next(1 if key == Qt.Key.Key_Down else -1)
            if not moved and watched is self.view and key == Qt.Key.Key_Up:
                self.focus_field()  # Up from the first result goes back to the field
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        text = event.text()
        if watched is self.view and text.isprintable() and text.strip():
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.field.insert(text)  # typing in the list goes on in the field
            return True
        return False

    def choose_next(self, step: int) -> bool:
        """Choose the next (+1) or previous (-1) result, skipping the section headings."""
        current = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        row = self.model.next_hit(current, step)
        if row >= 0:
            self._choose(row)
        return row >= 0

    def open_current(self) -> None:
        """Open the chosen result in its page and close; a search still to come opens its first."""
        if self._timer.isActive() or self.model.loading:
            self._open_when_ready = True
            if self._timer.isActive():
                self.search_now()
            return
        index = self.view.currentIndex()
        hit = self.model.hit(index.row()) if index.isValid() else None
        if hit is None:
            return
        on_open, self._on_open = self._on_open, None
        self._return_focus = None  # the page she opens takes the focus
        self.accept()
        if on_open is not None:
            on_open(hit.section, hit.id)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    # -- searching ------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        self.model.search(self.field.text())

    def _text_changed(self, text: str) -> None:
        self._open_when_ready = False
        if text.strip():
            self._timer.start()
        else:
            self.search_now()  # an empty field shows the empty state at once

    def _results_arrived(self) -> None:
        first = self.model.first_hit()
        if first >= 0:
            self._choose(first)
        self._show_status()
        if self._open_when_ready:
            self._open_when_ready = False
            if first >= 0:
                self.open_current()

    def _search_failed(self, error: BaseException) -> None:
        self._open_when_ready = False
        self.status.setText(describe_error(error))
        self.body.setCurrentWidget(self.status)

    def _show_status(self) -> None:
        if self.model.rowCount():
            self.body.setCurrentWidget(self.view)
            return
        if self.model.query:
            text = self.tr("Nothing matches. Try other words, or fewer of them.")
        else:
            text = self.tr("Type to search your journal, debriefs, directory and notes.")
        self.status.setText(text)
        self.body.setCurrentWidget(self.status)

    def _choose(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not self.model.is_heading(index.row()):
            self._choose(index.row())
            self.open_current()

    # -- closing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closed by her, by Esc, by opening a result or by locking: forget every word."""
        self.clear()
        super().done(result)
        self._give_focus_back()

    def clear(self) -> None:
        self._timer.stop()
        self._open_when_ready = False
        self.model.clear()
        blocked = self.field.blockSignals(True)
        self.field.setText("")  # unlike clear(), setText drops the undo history
        self.field.blockSignals(blocked)
        self.status.setText("")

    def _give_focus_back(self) -> None:
        target, self._return_focus = self._return_focus, None
        give_focus_back(target)


def open_palette() -> SearchPalette | None:
    """The search palette if one is open."""
    return open_window(SearchPalette)


def open_search(
    parent: QWidget, worker: DatabaseWorker, on_open: OpenRecord | None = None
) -> SearchPalette:
    """Open Search everywhere over ``parent``'s window, or bring the open one forward.

    The widget that has the focus now gets it back when she closes it with Esc.
    """
    palette = open_palette()
    if palette is None:
        window = parent.window()
        palette = SearchPalette(
            worker, window, on_open=on_open, return_focus_to=QApplication.focusWidget()
        )
        frame = window.geometry()
        width = min(palette.width(), max(palette.minimumWidth(), frame.width() - 80))
        palette.resize(width, palette.height())
        palette.move(frame.x() + (frame.width() - width) // 2, frame.y() + 56)
        palette.show()
    elif not palette.isActiveWindow():
        palette.raise_()  # open, perhaps behind the main window
    palette.activateWindow()
    palette.focus_field()
    return palette
