"""Small additions to the application's style for the journal and Today pages.

Only palette roles, so light, dark and high-contrast palettes all work.
Set on a page's root widget; it applies to the widgets inside it.
"""

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QToolButton

BUTTON_HEIGHT = 34

PAGE_STYLE = """
QLabel#fieldLabel { font-weight: 600; }
QPushButton#link {
    border: none;
    background: transparent;
    color: palette(link);
    padding: 4px 2px;
    text-decoration: underline;
}
QPushButton#link:focus { border: 2px solid palette(highlight); border-radius: 4px; }
QListView#journalList {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
    padding: 2px;
}
QListView#journalList:focus { border: 1px solid palette(highlight); }
"""


def comfortable(*buttons: QAbstractButton) -> None:
    """Give buttons the same easy-to-hit height as the rest of the app."""
    for button in buttons:
        button.setMinimumHeight(BUTTON_HEIGHT)


def name_inner_parts(widget: QAbstractSpinBox | QLineEdit, clear_name: str = "") -> None:
    """Screen readers reach a spin box's own text field, and a line edit's clear button."""
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(widget.accessibleName())
    else:
        for button in widget.findChildren(QToolButton):
            button.setAccessibleName(clear_name)
