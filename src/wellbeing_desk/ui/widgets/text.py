"""Small text helpers: headings and calm paragraphs sized from the app font."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

_HEADING_SCALE = {1: 1.6, 2: 1.25}


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * _HEADING_SCALE.get(level, 1.0))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def selectable_text(parent: QWidget) -> QLabel:
    """A wrapping label for her words: plain text (never markup), selectable to copy."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
