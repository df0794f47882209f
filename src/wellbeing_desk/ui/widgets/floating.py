"""Windows that float over the main window (grounding, Search everywhere).

There is at most one of each: opening it again brings the open one forward,
so both need to find it. On closing, the widget that had the focus before it
opened gets the focus back, unless it has gone (deleted or hidden) meanwhile.
"""

from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

WindowT = TypeVar("WindowT", bound=QWidget)


def open_window(kind: type[WindowT]) -> WindowT | None:
    """The visible top-level window of this class, if one is open."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def give_focus_back(target: QWidget | None) -> None:
    """Focus ``target`` in its window again, if it still exists and shows."""
    if target is None or not shiboken6.isValid(target) or not target.isVisible():
        return
    target.window().activateWindow()
    target.setFocus(Qt.FocusReason.OtherFocusReason)
