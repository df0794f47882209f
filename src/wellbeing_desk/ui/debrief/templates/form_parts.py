"""The small widgets the template editor's forms are made of, built the same way each time."""

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from wellbeing_desk.ui.widgets.page_style import comfortable


def text_edit(parent: QWidget, name: str, height: int) -> QPlainTextEdit:
    """A few lines of text; Tab moves on (a template's texts hold no tabs)."""
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


def field_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldLabel")
    label.setBuddy(buddy)
    return label


def button(parent: QWidget, text: str, name: str) -> QPushButton:
    """A button that Enter in the form never presses (Enter saves the template)."""
    made = QPushButton(text, parent)
    made.setAccessibleName(name)
    made.setAutoDefault(False)
    comfortable(made)
    return made
