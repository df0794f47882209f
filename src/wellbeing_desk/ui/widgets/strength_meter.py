"""A passphrase strength meter (zxcvbn) drawn with palette colours only."""

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from zxcvbn import zxcvbn

STRONG_ENOUGH = 3  # zxcvbn scores run 0..4; below this a passphrase needs an override
MAX_SCORED_LENGTH = 72  # zxcvbn refuses longer input (and slows down on it)
_APP_WORDS = ["wellbeing", "desk", "wellbeing desk", "bienestar"]


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4

    @property
    def weak(self) -> bool:
        return self.score < STRONG_ENOUGH


def estimate(passphrase: str) -> Strength:
    """zxcvbn's 0..4 score (the first 72 characters are plenty to judge)."""
    if not passphrase:
        return Strength(0)
    result = zxcvbn(passphrase[:MAX_SCORED_LENGTH], user_inputs=_APP_WORDS)
    return Strength(int(result["score"]))


class _Bar(QWidget):
    """Four rounded segments; filled ones use the palette's highlight colour."""

    SEGMENTS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filled = 0
        self.setMinimumHeight(8)

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 6.0
        width = (self.width() - gap * (self.SEGMENTS - 1)) / self.SEGMENTS
        height = float(self.height())
        palette = self.palette()
        on = palette.color(QPalette.ColorRole.Highlight)
        off = palette.color(QPalette.ColorRole.Mid)
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
        self.strength = Strength(0)
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
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        self.strength = estimate(passphrase)
        self.bar.filled = self.strength.score if passphrase else 0
        self.bar.update()
        text = self.verdict(self.strength.score) if passphrase else ""
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        return self.strength

    def verdict(self, score: int) -> str:
        verdicts = (
            self.tr("Very weak: this would be guessed almost at once."),
            self.tr("Weak: this could be guessed quickly."),
            self.tr("Fair, but still guessable. A few more words would help."),
            self.tr("Strong."),
            self.tr("Very strong."),
        )
        return verdicts[max(0, min(score, 4))]
