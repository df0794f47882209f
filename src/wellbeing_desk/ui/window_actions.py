"""The main window's actions: how one is made, and whether a page keeps Ctrl+F for itself.

The words and the slots stay with the window (``MainWindow._make_actions``);
this is the mechanism every action shares.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def make_action(
    window: QWidget,
    text: str,
    shortcut: QKeySequence,
    slot: Callable[[], object],
    *,
    app_wide: bool = False,
) -> QAction:
    """An action of ``window`` with its key; ``app_wide``: no dialog can block the key."""
    from wellbeing_desk.ui import app_shortcuts  # made after the first paint, with its filter

    action = QAction(text, window)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    if app_wide:  # not even a modal dialog, file dialog or message box blocks the key
        app_shortcuts.register(action)
    return action


def retire(actions: list[QAction]) -> None:
    """No key of these works any more (the window is closing)."""
    from wellbeing_desk.ui import app_shortcuts

    for action in actions:
        action.setEnabled(False)
        app_shortcuts.unregister(action)


def page_has_own_find(root: QWidget | None) -> bool:
    """Whether a page on screen under ``root`` binds Find (Ctrl+F) to its own search field."""
    if root is None:
        return False
    finds = QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    for shortcut in root.findChildren(QShortcut):
        widget = shortcut.parent()
        if (
            shortcut.isEnabled()
            and shortcut.key() in finds
            and isinstance(widget, QWidget)
            and widget.isVisible()
        ):
            return True
    return False
