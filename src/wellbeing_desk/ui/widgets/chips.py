"""Chips: a wrapping row of checkable buttons for choosing several things at once.

Each chip is a tab stop and toggles with Space (it is a checkable button, so
screen readers announce it as such); the arrow keys also move between chips.
A chip is as wide as its name with the tick, so the tick appearing moves
nothing under the cursor; a long name wraps onto a second line rather than
widening the page.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy

CHECK_MARK = "✓ "
MAX_CHIP_TEXT_WIDTH = 300  # px; a longer name wraps onto more lines instead of widening the page

CHIP_STYLE = """
QPushButton#chip {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 12px;
    padding: 3px 12px;
}
QPushButton#chip:hover { border-color: palette(highlight); }
QPushButton#chip:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
QPushButton#chip:focus { border: 2px solid palette(highlight); padding: 2px 11px; }
QPushButton#chip:checked:focus { border: 2px solid palette(window-text); }
"""


class ChipGroup(QWidget):
    """``set_items([(id, label), …])``, then ``checked_ids()``; ``changed`` on every toggle."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(expanding_width_policy())
        self.setStyleSheet(CHIP_STYLE)
        self._layout = FlowLayout(self, spacing=6)
        self._chips: dict[str, QPushButton] = {}
        self._labels: dict[str, str] = {}
        self._lines: dict[str, list[str]] = {}

    # -- content -----------------------------------------------------------------------

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """Show these chips in this order; chips that stay keep their checked state."""
        if list(items) == list(self._labels.items()):
            return  # unchanged: keep the very same buttons (and the focus on one)
        checked = set(self.checked_ids())
        self.clear()
        for item_id, label in items:
            chip = QPushButton(self)
            chip.setObjectName("chip")
            chip.setProperty("textIsData", True)  # her list's words: no Alt key
            chip.setCheckable(True)
            chip.setAccessibleName(label)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setChecked(item_id in checked)
            chip.toggled.connect(lambda on, chip=chip, item_id=item_id: self._on_toggled(chip, on))
            chip.installEventFilter(self)
            self._chips[item_id] = chip
            self._labels[item_id] = label
            self._lines[item_id] = wrapped(label, chip.fontMetrics())
            # Room for the tick from the start: ticking never re-flows the chips.
            chip.setText(as_button_text(CHECK_MARK + "\n".join(self._lines[item_id])))
            chip.setMinimumWidth(chip.sizeHint().width())
            self._show_mark(chip, item_id)
            self._layout.addWidget(chip)
            chip.setVisible(True)  # at once, so Tab finds it straight away
        self.updateGeometry()

    def clear(self) -> None:
        """Remove every chip (nothing of them stays in the widget tree)."""
        for chip in self._chips.values():
            self._layout.removeWidget(chip)
            chip.hide()
            chip.setText("")  # blank at once: deletion waits for the event loop
            chip.setAccessibleName("")
            chip.deleteLater()
        self._chips.clear()
        self._labels.clear()
        self._lines.clear()

    def item_ids(self) -> list[str]:
        return list(self._chips)

    def chip(self, item_id: str) -> QPushButton:
        return self._chips[item_id]

    def chips(self) -> list[QPushButton]:
        return list(self._chips.values())

    def checked_ids(self) -> list[str]:
        return [item_id for item_id, chip in self._chips.items() if chip.isChecked()]

    def set_checked_ids(self, ids: Iterable[str]) -> None:
        """Check exactly these chips, without emitting ``changed``."""
        wanted = set(ids)
        for item_id, chip in self._chips.items():
            blocked = chip.blockSignals(True)
            chip.setChecked(item_id in wanted)
            chip.blockSignals(blocked)
            self._show_mark(chip, item_id)

    # -- internals -------------------------------------------------------------------

    def _on_toggled(self, chip: QPushButton, _on: bool) -> None:
        for item_id, known in self._chips.items():
            if known is chip:
                self._show_mark(chip, item_id)
        self.changed.emit()

    def _show_mark(self, chip: QPushButton, item_id: str) -> None:
        label = "\n".join(self._lines[item_id])
        chip.setText(as_button_text(CHECK_MARK + label if chip.isChecked() else label))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                step = -step
            chips = self.chips()
            if step and watched in chips:
                index = chips.index(watched)
                target = chips[max(0, min(len(chips) - 1, index + step))]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False


def as_button_text(words: str) -> str:
    """Her words on a button: "Tea & cake" shows its "&" instead of underlining "c"."""
    return words.replace("&", "&&")


def wrapped(label: str, metrics: QFontMetrics, width: int = MAX_CHIP_TEXT_WIDTH) -> list[str]:
    """The chip's name in lines no wider than ``width`` (with the tick), broken between words."""
    lines: list[str] = []
    for word in label.split():
        if lines and metrics.horizontalAdvance(f"{CHECK_MARK}{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [label]
