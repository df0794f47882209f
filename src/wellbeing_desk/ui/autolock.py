"""Auto-lock after a period without input: one app-wide event filter.

Pattern: KeePassXC ``InactivityTimer``. The filter sits on the
``QApplication`` so every key press, click or wheel turn in any window
counts as activity. Time comes from an injectable clock (a callable returning
monotonic seconds) so tests can move time forward instead of waiting.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

Clock = Callable[[], float]

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
CHECK_INTERVAL_MS = 1000


class InactivityTimer(QObject):
    """Emits ``inactive`` once when no input arrived for ``timeout`` seconds."""

    inactive = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout: float | None = None
        self._active = False
        self._installed = False
        self._last_activity = clock()
        self._ticker = QTimer(self)
        self._ticker.setInterval(CHECK_INTERVAL_MS)
        self._ticker.timeout.connect(self.check)

    # -- configuration -----------------------------------------------------------

    @property
    def timeout(self) -> float | None:
        """Seconds of inactivity before locking, or ``None`` for never."""
        return self._timeout

    def set_timeout(self, seconds: float | None) -> None:
        self._timeout = seconds if seconds and seconds > 0 else None
        self._update_ticker()

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        """Begin counting (when the vault is unlocked); installs the filter once."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._active = True
        self._last_activity = self._clock()
        self._update_ticker()

    def stop(self) -> None:
        """Stop counting (when locked) and take the filter off the application."""
        self._active = False
        self._ticker.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    # -- the work ----------------------------------------------------------------

    def idle_seconds(self) -> float:
        return self._clock() - self._last_activity

    def check(self) -> bool:
        """Emit ``inactive`` (and stop) if idle for too long; True when it fired."""
        if not self._active or self._timeout is None:
            return False
        if self.idle_seconds() < self._timeout:
            return False
        self._active = False
        self._ticker.stop()
        self.inactive.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in ACTIVITY_EVENTS:
            self._last_activity = self._clock()
        return False

    def _update_ticker(self) -> None:
        if self._active and self._timeout is not None:
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()
