"""What locking does to widgets: close every dialog, empty every text field.

Pattern: KeePassXC ``DatabaseWidget::lock``. Locking never waits on a
question: visible dialogs are rejected, not asked. Pages clear their own
content first (``clear_content``); ``clear_text_inputs`` is the safety net
for any text widget a page forgot.
"""

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

MAX_POPUPS = 16  # popups open over popups (a submenu); a bound, in case one will not close


def close_dialogs() -> int:
    """Close open popups and reject every visible top-level dialog; returns how many dialogs.

    A popup (a menu, a combo box's or a completer's list) may show names; one
    in its own event loop (``QMenu.exec``) returns once closed.
    """
    for _ in range(MAX_POPUPS):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            closed += 1
    return closed


def clear_text_inputs(root: QWidget) -> None:
    """Empty every text input under ``root``, including its undo history."""
    for edit in root.findChildren(QLineEdit):
        if isinstance(edit.parent(), QAbstractSpinBox | QComboBox):
            continue  # a spin box's or combo box's own editor shows a setting, not content
        edit.setText("")  # unlike clear(), setText drops the undo history
        edit.setModified(False)
    for text_edit in root.findChildren(QTextEdit):
        text_edit.clear()
        text_edit.document().clearUndoRedoStacks()
    for plain in root.findChildren(QPlainTextEdit):
        plain.clear()
        plain.document().clearUndoRedoStacks()
