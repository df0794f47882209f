"""A rating scale (0–10, 1–5 …) you choose from by typing its digit.

Drawn as a row of numbered cells with a short anchor under each end
("0 calm … 10 the most stressed I have felt"). Keyboard: a digit chooses
directly ("1" then "0" quickly gives 10), the arrow keys step, Home/End jump to the ends,
Backspace or Delete clears it. It is a ``QSlider`` underneath, so screen
readers announce a slider with a value. Nothing chosen is allowed: its value
is then one below the lowest (``score()`` returns ``None``).
"""

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QSlider, QWidget

CELL_HEIGHT = 34
CELL_GAP = 6
MIN_CELL_WIDTH = 24
CELL_TEXT_ROOM = 8  # px beside a cell's number, clear of its rounded corners
TWO_DIGIT_MS = 1000


class ScaleInput(QSlider):
    """``score()`` is an int in ``[low, high]`` or ``None``; ``score_changed`` tells."""

    score_changed = Signal(object)

    def __init__(
        self,
        low: int,
        high: int,
        accessible_name: str,
        anchors: tuple[str, str] = ("", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.low, self.high = low, high
        self.anchors = anchors
        self.setRange(low - 1, high)
        self.setValue(low - 1)
        self.setPageStep(2)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)
        self._typed = QElapsedTimer()
        self._typed_one = False
        self.valueChanged.connect(self._on_value_changed)
        self._describe()

    # -- value -------------------------------------------------------------------------

    def score(self) -> int | None:
        value = self.value()
        return None if value < self.low else value

    def set_score(self, score: int | None) -> None:
        self.setValue(self.low - 1 if score is None else max(self.low, min(self.high, score)))
        self.update()

    def clear(self) -> None:
        self.set_score(None)

    def _on_value_changed(self, _value: int) -> None:
        self._describe()
        self.score_changed.emit(self.score())

    def _describe(self) -> None:
        # A screen reader hears the slider's value; "nothing chosen" needs words.
        scale = " … ".join(anchor for anchor in self.anchors if anchor)
        if self.score() is None:
            scale = self.tr("Nothing chosen yet. {scale}").format(scale=scale)
        self.setAccessibleDescription(scale)

    # -- size --------------------------------------------------------------------------

    def _count(self) -> int:
        return self.high - self.low + 1

    def _anchor_height(self) -> int:
        return QFontMetrics(self.font()).height() + 4 if any(self.anchors) else 0

    def sizeHint(self) -> QSize:
        count = self._count()
        return QSize(count * 38 + (count - 1) * CELL_GAP, CELL_HEIGHT + self._anchor_height() + 4)

    def minimumSizeHint(self) -> QSize:
        # Each cell holds its widest number clear of the rounded corners ("10" was cut),
        # and the two anchors fit side by side under the row.
        count = self._count()
        metrics = QFontMetrics(self.font())
        cell = max(MIN_CELL_WIDTH, metrics.horizontalAdvance(str(self.high)) + CELL_TEXT_ROOM)
        width = count * cell + (count - 1) * CELL_GAP + 4
        anchors = sum(metrics.horizontalAdvance(anchor) for anchor in self.anchors)
        if all(self.anchors):
            anchors += 2 * CELL_GAP + 4
        return QSize(max(width, anchors), CELL_HEIGHT + self._anchor_height() + 4)

    def _cell_rect(self, index: int) -> QRectF:
        count = self._count()
        width = min(56.0, (self.width() - 4 - CELL_GAP * (count - 1)) / count)
        x = 2 + index * (width + CELL_GAP)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = self.width() - x - width
        return QRectF(x, 2, width, CELL_HEIGHT)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        enabled = self.isEnabled()
        chosen = self.score()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for index in range(self._count()):
            value = self.low + index
            rect = self._cell_rect(index)
            selected = value == chosen
            border = highlight if selected else palette.color(QPalette.ColorRole.Mid)
            fill = highlight if selected else palette.color(QPalette.ColorRole.Base)
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            color = palette.color(text_role if enabled else QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        if self.hasFocus():
            first, last = self._cell_rect(0), self._cell_rect(self._count() - 1)
            ring = first.united(last).adjusted(-2, -2, 2, 2)
            pen = painter.pen()
            pen.setColor(highlight)
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, 10, 10)
        if any(self.anchors):
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            span = self._cell_rect(0).united(self._cell_rect(self._count() - 1))
            row = QRectF(span.left(), CELL_HEIGHT + 6, span.width(), self._anchor_height())
            start, end = self.anchors
            leading = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
            trailing = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(row, leading, start)
            painter.drawText(row, trailing, end)
        painter.end()

    # -- input -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        current = self.score()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward = (Qt.Key.Key_Left if rtl else Qt.Key.Key_Right, Qt.Key.Key_Up)
        backward = (Qt.Key.Key_Right if rtl else Qt.Key.Key_Left, Qt.Key.Key_Down)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and len(text) == 1 and text.isdigit():
            self._type_digit(int(text))
        elif key in forward and plain:
            self.set_score(self.low if current is None else min(self.high, current + 1))
        elif key in backward and plain:
            self.set_score(self.low if current is None else max(self.low, current - 1))
        elif key == Qt.Key.Key_Home and plain:
            self.set_score(self.low)
        elif key == Qt.Key.Key_End and plain:
            self.set_score(self.high)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and plain:
            self.set_score(None)
        else:
            event.ignore()  # Tab, Enter, shortcuts … belong to others
            return
        event.accept()

    def _type_digit(self, digit: int) -> None:
        interval = max(QApplication.keyboardInputInterval(), TWO_DIGIT_MS)
        if (
            self._typed_one
            and self._typed.isValid()
            and self._typed.elapsed() <= interval
            and self.low <= digit + 10 <= self.high
        ):
            self.set_score(10 + digit)
            self._typed_one = False
            return
        self._typed_one = digit == 1
        self._typed.start()
        if self.low <= digit <= self.high:
            self.set_score(digit)

    def _value_at(self, x: float) -> int | None:
        for index in range(self._count()):
            rect = self._cell_rect(index).adjusted(-CELL_GAP / 2, 0, CELL_GAP / 2, 0)
            if rect.left() <= x <= rect.right():
                return self.low + index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        value = self._value_at(event.position().x())
        if value is not None:
            # A click on the chosen cell clears it: nothing has to be answered.
            self.set_score(None if value == self.score() else value)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            value = self._value_at(event.position().x())
            if value is not None:
                self.set_score(value)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling the page must never change a rating
