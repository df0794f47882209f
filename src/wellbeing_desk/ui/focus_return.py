"""Where the keyboard was when the app locked, given back after unlocking.

Locking empties every widget (``locking.py``); the editors keep her text in
an encrypted draft and reopen it after unlocking, then put the focus on
their first field. Without this, the next words she types after unlocking
land there, or in Today's check-in. ``FocusMemory`` remembers, at lock
time, only *which* widget had the focus, its section, and where the text
cursor stood (a number, never content). Once the pages have reloaded from
the vault (the worker is idle), the focus goes back to that widget if its
page showed it again; otherwise the page's own first field has it.

Locking from Today is not remembered: unlocking lands on the check-in.
"""

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QWidget

from wellbeing_desk.ui.worker import DatabaseWorker

HOME_SECTION = "today"


class FocusMemory(QObject):
    """``remember(section, focus)`` at lock; ``restore(...)`` after unlock."""

    def __init__(self, worker: DatabaseWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._section: str | None = None
        self._widget: QWidget | None = None
        self._cursor: int | None = None
        self._waiting = False
        self._on_idle: Callable[[], None] | None = None
        worker.busy_changed.connect(self._busy_changed)

    @property
    def section(self) -> str | None:
        return self._section

    def remember(self, section: str, focus: QWidget | None, within: QWidget) -> None:
        """The section she was in and ``focus`` if it lies inside ``within`` (the workspace)."""
        self.forget()
        if section == HOME_SECTION:
            return
        self._section = section
        if focus is not None and within.isAncestorOf(focus) and focus.isVisible():
            self._widget = focus
            self._cursor = _cursor_position(focus)

    def forget(self) -> None:
        self._section = None
        self._widget = None
        self._cursor = None
        self._waiting = False
        self._on_idle = None

    def restore(self, show_section: Callable[[str], None], fallback: Callable[[], None]) -> None:
        """Show her section (and tab) now; the widget gets the focus once the pages reloaded.

        ``fallback`` gives the page's first field the focus when the widget is not shown again.
        """
        section, widget, cursor = self._section, self._widget, self._cursor
        self.forget()
        if section is None:
            fallback()
            return
        show_section(section)
        if widget is not None and shiboken6.isValid(widget):
            _show_tabs_of(widget)
        fallback()
        if widget is None:
            return

        def give_back() -> None:
            if not shiboken6.isValid(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if cursor is not None:
                _set_cursor_position(widget, cursor)

        self._on_idle = give_back
        self._waiting = True
        self._check_idle()

    # -- internals -------------------------------------------------------------------

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._waiting:
            # A result's callback runs right after this signal and may ask for more:
            # look again once it has.
            QTimer.singleShot(0, self._check_idle)

    def _check_idle(self) -> None:
        if not self._waiting or self._worker.busy:
            return
        action, self._on_idle = self._on_idle, None
        self._waiting = False
        if action is not None:
            action()


def _show_tabs_of(widget: QWidget) -> None:
    """Make every tab page that holds ``widget`` the current one."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    parent.setCurrentIndex(index)
                    break
        parent = parent.parentWidget()


def _cursor_position(widget: QWidget) -> int | None:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.textCursor().position()
    return None


def _set_cursor_position(widget: QWidget, position: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(position, len(widget.text())))
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        cursor = widget.textCursor()
        end = max(0, widget.document().characterCount() - 1)
        cursor.setPosition(min(position, end), QTextCursor.MoveMode.MoveAnchor)
        widget.setTextCursor(cursor)
