"""A code she copies by hand (a pairing code, a recovery code): large, fixed-width, spaced."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

CODE_SCALE = 1.5  # beside the app font: easy to copy by hand, one line at 900 px


def code_label(parent: QWidget, *, selectable: bool) -> QLabel:
    """Plain text (never markup); ``selectable`` lets a mouse select it (the pairing code)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        if selectable
        else Qt.TextInteractionFlag.NoTextInteraction
    )
    label.setWordWrap(True)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(parent.font().pointSizeF() * CODE_SCALE)
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    return label
