"""A passphrase strength meter: a bar coloured by level, and always a sentence.

The judging itself (zxcvbn with the UI languages' words, the length floor)
lives in ``wellbeing_desk.passphrase_strength``, which the CLI shares.
"""

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing_desk.passphrase_strength import (
    MIN_LENGTH,
    STRONG_ENOUGH,
    Strength,
    estimate,
    warm_up,
)
from wellbeing_desk.ui.application import is_dark
from wellbeing_desk.ui.delays import STRENGTH_WARM_UP_DELAY_MS

__all__ = ["LEVEL_COLOURS", "MIN_LENGTH", "STRONG_ENOUGH", "Strength", "StrengthMeter", "estimate"]

# Level 0..4: red, orange, amber, yellow-green, green as (light palette, dark palette).
# Each keeps 3:1 contrast with the card behind it; the sentence below says the same in words.
LEVEL_COLOURS = (
    ("#b3261e", "#ff8a80"),
    ("#c2500a", "#ffab5e"),
    ("#a07800", "#f2d04b"),
    ("#5b8a00", "#bcd95a"),
    ("#2e7d32", "#7fd18b"),
)


def level_colour(level: int, palette: QPalette) -> QColor:
    light, dark = LEVEL_COLOURS[max(0, min(level, len(LEVEL_COLOURS) - 1))]
    return QColor(dark if is_dark(palette) else light)


class _Bar(QWidget):
    """Four rounded segments; the filled ones take the level's colour."""

    SEGMENTS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filled = 0
        self.level = 0
        self.setMinimumHeight(8)

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    @property
    def colour(self) -> QColor:
        return level_colour(self.level, self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 6.0
        width = (self.width() - gap * (self.SEGMENTS - 1)) / self.SEGMENTS
        height = float(self.height())
        on = self.colour
        off = self.palette().color(QPalette.ColorRole.Mid)
        off.setAlpha(110)
        for i in range(self.SEGMENTS):
            painter.setBrush(on if i < self.filled else off)
            rect = QRectF(i * (width + gap), 0.0, width, height)
            painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.end()


class StrengthMeter(QWidget):
    """Shows how hard a passphrase would be to guess, in words and as a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength = Strength(0, too_short=True)
        self.bar = _Bar(self)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setObjectName("hint")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self._warmed = False
        self.update_for("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:  # zxcvbn loads while she reads, not on her first key press
            self._warmed = True
            QTimer.singleShot(STRENGTH_WARM_UP_DELAY_MS, warm_up)

    def update_for(self, passphrase: str) -> Strength:
        self.strength = estimate(passphrase)
        level = self.strength.level
        # One segment at least, so even the weakest shows its colour.
        self.bar.filled = max(1, level) if passphrase else 0
        self.bar.level = level
        self.bar.update()
        text = self.verdict(self.strength) if passphrase else ""
        self.label.setText(text)
        # Two lines kept free (in the styled font): the form does not jump as she types.
        self.label.setMinimumHeight(2 * self.label.fontMetrics().lineSpacing())
        self.bar.setAccessibleDescription(text)
        return self.strength

    def too_short_text(self) -> str:
        return self.tr(
            "Too short: use at least %n characters. A few words only you know work well.",
            "",
            MIN_LENGTH,
        )

    def verdict(self, strength: Strength) -> str:
        if strength.too_short:
            return self.too_short_text()
        verdicts = (
            self.tr("Very weak: this would be guessed almost at once."),
            self.tr("Weak: this could be guessed quickly."),
            self.tr("Fair, but still guessable. A few more words would help."),
            self.tr("Strong."),
            self.tr("Very strong."),
        )
        return verdicts[max(0, min(strength.score, 4))]
