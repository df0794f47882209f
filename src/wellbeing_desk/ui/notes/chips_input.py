"""Removable chips: a name (or a link) with a small "×" beside it, in a wrapping row.

Used for a note's tags and the people who took part. Each chip's parts are
tab stops with their own accessible names ("Remove the tag “care”").
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy

CHIPS_STYLE = """
QFrame#removableChip {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 13px;
}
QFrame#removableChip QLabel { padding: 0 2px 0 4px; }
QFrame#removableChip QToolButton {
    border: none;
    border-radius: 9px;
    padding: 0 5px;
    min-width: 18px;
    min-height: 18px;
}
QFrame#removableChip QToolButton:hover { background: palette(midlight); }
QFrame#removableChip QToolButton:focus { border: 2px solid palette(highlight); }
QFrame#removableChip QPushButton#link {
    border: none;
    background: transparent;
    color: palette(link);
    text-decoration: underline;
    padding: 0 2px 0 4px;
}
QFrame#removableChip QPushButton#link:focus { border: 2px solid palette(highlight); }
"""


class RemovableChip(QFrame):
    remove_clicked = Signal()
    link_clicked = Signal()

    def __init__(
        self,
        text: str,
        remove_name: str,
        parent: QWidget,
        *,
        link_name: str = "",
        link_tip: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("removableChip")
        self.link: QPushButton | None = None
        self.label: QLabel | None = None
        self.name = text
        if link_name:
            self.link = QPushButton(text, self)
            self.link.setObjectName("link")
            self.link.setCursor(Qt.CursorShape.PointingHandCursor)
            self.link.setAccessibleName(link_name)
            self.link.setToolTip(link_tip)
            self.link.clicked.connect(self.link_clicked)
        else:
            self.label = QLabel(text, self)
            self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setAccessibleName(remove_name)
        self.remove.setToolTip(remove_name)
        self.remove.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove.clicked.connect(self.remove_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 4, 3)
        row.setSpacing(2)
        for part in (self.link, self.label):
            if part is not None:
                row.addWidget(part)
        row.addWidget(self.remove)

    def focusables(self) -> list[QWidget]:
        return [w for w in (self.link, self.remove) if w is not None]

    def blank(self) -> None:
        """Forget the text at once (deletion waits for the event loop)."""
        for widget in (self.link, self.label):
            if widget is not None:
                widget.setText("")
                widget.setAccessibleName("")
        self.remove.setAccessibleName("")
        self.remove.setToolTip("")
        self.name = ""


class ChipRow(QWidget):
    """A wrapping row of ``RemovableChip``; ``rebuild`` replaces them all."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(expanding_width_policy())
        self.setStyleSheet(CHIPS_STYLE)
        self._flow = FlowLayout(self, spacing=6)
        self.chips: list[RemovableChip] = []

    def rebuild(self, make: Callable[[QWidget], list[RemovableChip]]) -> None:
        self.clear()
        for chip in make(self):
            self._flow.addWidget(chip)
            self.chips.append(chip)
            chip.setVisible(True)  # at once, so Tab finds it straight away
        self.setVisible(bool(self.chips))
        self.updateGeometry()

    def focusables(self) -> list[QWidget]:
        return [w for chip in self.chips for w in chip.focusables()]

    def clear(self) -> None:
        for chip in self.chips:
            self._flow.removeWidget(chip)
            chip.hide()
            chip.blank()
            chip.setParent(None)
            chip.deleteLater()
        self.chips = []
        self.setVisible(False)
