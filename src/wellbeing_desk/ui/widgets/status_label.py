"""A quiet confirmation ("Saved.") that stays a moment, then fades away.

A message given while one still shows is blanked for a blink first, so a
second "Saved" is seen as new, not as the old one staying.
"""

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

HOLD_MS = 2200
FADE_MS = 900
BLINK_MS = 140


class FadingLabel(QLabel):
    """``show_message(text)`` shows ``text``, holds it, fades it out and empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("muted")
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(1.0)
        self.setGraphicsEffect(self._effect)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._fade)
        self._animation = QPropertyAnimation(self._effect, b"opacity", self)
        self._animation.setDuration(FADE_MS)
        self._animation.setStartValue(1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._animation.finished.connect(self.clear_message)
        self._blink = QTimer(self)
        self._blink.setSingleShot(True)
        self._pending: tuple[str, int] = ("", HOLD_MS)
        self._blink.timeout.connect(lambda: self._show(*self._pending))
        self.flashes = 0  # how many times a message was shown afresh

    def is_showing(self) -> bool:
        return bool(self.text()) or self._blink.isActive()

    def show_message(self, text: str, hold_ms: int = HOLD_MS) -> None:
        self._animation.stop()
        self._effect.setOpacity(1.0)
        self.flashes += 1
        self._blink.stop()
        if self.text():  # one is still showing: a blink, then the new one
            self.setText("")
            self._pending = (text, hold_ms)
            self._blink.start(BLINK_MS)
            return
        self._show(text, hold_ms)

    def _show(self, text: str, hold_ms: int) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self._hold.start(hold_ms)

    def clear_message(self) -> None:
        self._blink.stop()
        self._hold.stop()
        self._animation.stop()
        self.setText("")
        self.setAccessibleName("")
        self._effect.setOpacity(1.0)

    def _fade(self) -> None:
        self._animation.start()
