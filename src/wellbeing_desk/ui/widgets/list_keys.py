"""Keyboard plumbing shared by the pages with a searchable list (journal, notes, directory).

Shortcuts on a page part fire whenever that part is on screen (window
context); on the list view, only while it has the focus (widget context), so
Delete in a text field never deletes a record. Down in the search field
moves to the list, as in a combo box.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def add_shortcut(keys: Any, slot: Callable[[], object], on: QWidget, *, window: bool) -> QShortcut:
    """A shortcut on ``on``: window-wide while it shows, or only while it has the focus."""
    shortcut = QShortcut(QKeySequence(keys), on)
    shortcut.setContext(
        Qt.ShortcutContext.WindowShortcut if window else Qt.ShortcutContext.WidgetShortcut
    )
    shortcut.activated.connect(slot)
    return shortcut


def is_down_key(event: QEvent) -> bool:
    """Whether ``event`` is a press of Down (from the search field: go to the list)."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Down
    )
