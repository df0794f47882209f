"""Small shared pieces of the debrief pages: her language, dates, a readable column, style."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.languages import primary_subtag
from wellbeing_desk.ui.interface_language import ui_language
from wellbeing_desk.ui.widgets.text import format_day

READABLE_WIDTH = 700  # about 70 characters of body text

DEBRIEF_STYLE = """
QFrame#debriefRow {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
}
QLabel#eventMark {
    border: 1px solid palette(mid);
    border-radius: 10px;
    padding: 3px 10px;
    color: palette(placeholder-text);
}
QFrame#supportPanel {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 14px;
}
QFrame#gentleBox {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 14px;
}
QPlainTextEdit, QLineEdit#answerLine {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
    padding: 4px 6px;
}
QPlainTextEdit:focus { border: 1px solid palette(highlight); }
QListWidget#suggestions {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}
QListWidget#suggestions:focus { border: 1px solid palette(highlight); }
QListWidget#suggestions::item { padding: 4px 6px; }
"""


def debrief_language() -> str:
    """The interface language as a primary subtag ("en", "es"): for templates and the directory."""
    return primary_subtag(ui_language()) or "en"


def local_date(stamp: str | None) -> str:
    """A stored UTC time stamp as a date in her locale ("3 May 2026"); "" if there is none."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return ""
    return format_day(moment.date())


def readable_scroll(parent: QWidget, width: int = READABLE_WIDTH) -> tuple[QScrollArea, QWidget]:
    """A frameless scroll area holding one centred column at most ``width`` wide.

    Returns the scroll area and the column to lay the content into.
    """
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    holder = QWidget(scroll)
    row = QHBoxLayout(holder)
    row.setContentsMargins(32, 24, 32, 24)
    row.setSpacing(0)
    column = QWidget(holder)
    column.setMaximumWidth(width)
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    scroll.setWidget(holder)
    return scroll, column


def column_layout(column: QWidget, spacing: int = 10) -> QVBoxLayout:
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


def discard(widget: QWidget) -> None:
    """Hide and delete a widget, blanking its words at once (deletion waits for the loop)."""
    for item in (widget, *widget.findChildren(QWidget)):
        if isinstance(item, QLabel | QAbstractButton):
            item.setText("")
        item.setAccessibleName("")
        item.setAccessibleDescription("")
        item.setToolTip("")
    widget.hide()
    widget.deleteLater()


def empty_layout(layout: QLayout) -> None:
    """Discard every widget in ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            discard(widget)


def page_with_footer(
    page: QWidget,
    scroll: QScrollArea,
    start: QAbstractButton,
    end: QAbstractButton,
    *,
    beside_start: QAbstractButton | None = None,
) -> None:
    """The page's scrolling column above a row of buttons, one at each end."""
    buttons = QHBoxLayout()
    buttons.setContentsMargins(32, 6, 32, 18)
    buttons.setSpacing(8)
    buttons.addWidget(start)
    if beside_start is not None:
        buttons.addWidget(beside_start)
    buttons.addStretch(1)
    buttons.addWidget(end)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(scroll, 1)
    layout.addLayout(buttons)


def row_layout(row: QWidget, title: QLabel, details: QLabel, *buttons: QAbstractButton) -> None:
    """A debrief's row: its title over its details, its buttons at the end."""
    text = QVBoxLayout()
    text.setSpacing(2)
    text.addWidget(title)
    text.addWidget(details)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(16, 10, 12, 10)
    layout.setSpacing(8)
    layout.addLayout(text, 1)
    for button in buttons:
        layout.addWidget(button)
