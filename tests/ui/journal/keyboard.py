"""Typing like a person: every key goes to whichever widget has the focus."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, *keys: Qt.Key | str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press each key (a ``Qt.Key`` or a one-character string) in the focused widget."""
    for key in keys:
        if isinstance(key, str):
            lines = key.split("\n")  # QTest cannot type a newline character: press Return
            for number, line in enumerate(lines):
                if line:
                    qtbot.keyClicks(focused(), line)
                if number < len(lines) - 1:
                    qtbot.keyClick(focused(), Qt.Key.Key_Return)
        else:
            qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has the focus (fails after ``limit`` presses)."""
    for _ in range(limit):
        if focused() is target or target.isAncestorOf(focused()):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")
