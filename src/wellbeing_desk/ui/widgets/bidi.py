"""Text that must read left to right inside a right-to-left (Arabic) window.

A phone number in an Arabic sentence reads backwards without help: by the
Unicode bidi rules its digit groups become Arabic numbers, laid out right to
left ("+52 55 1234" shows as "1234 55 52+"). Numbers, phone numbers, e-mail
addresses and URLs are isolated as left-to-right runs (LRI … PDI) where they
sit in a sentence, and a label that holds only such a value is laid out left
to right. Nothing changes in a left-to-right window.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"
FIRST_STRONG_ISOLATE = "\u2068"


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def left_to_right(text: str) -> str:
    """``text`` as a left-to-right island in a right-to-left window (invisible marks around it).

    Left to right, a sentence already reads it forwards: the text is returned as it is.
    """
    if not right_to_left():
        return text
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def her_words(text: str) -> str:
    """A name she wrote (any script), inside a sentence of a right-to-left window: isolated,
    its direction taken from its first letter (FSI … PDI), so "«Red de cuidado»" keeps its
    quotes around it. Left to right, it is returned as it is."""
    if not right_to_left():
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def show_left_to_right(label: QLabel) -> None:
    """A label holding one value (a phone number, an address): laid out left to right.

    No marks are added, so selecting and copying the text gives the value as it is;
    in a right-to-left window it stays on the label's leading (right) side.
    """
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if right_to_left():
        label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        )
