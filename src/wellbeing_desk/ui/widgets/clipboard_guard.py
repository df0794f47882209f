"""Copying a secret-ish value (a phone number, an e-mail address) and taking it back.

``ClipboardGuard.copy(text)`` puts ``text`` on the clipboard together with the
hints that ask clipboard managers not to keep it in their history (KDE's
``x-kde-passwordManagerHint``, macOS's concealed type, Windows' "exclude from
monitoring"). After ``clear_after_ms`` — and whenever ``clear_if_ours()`` is
called, as locking does — the clipboard is emptied, but only if it still
holds exactly what we put there: something she copied since is left alone.

Tests pass a short or long ``clear_after_ms`` and call ``expire_now()``
instead of waiting.
"""

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"
CONCEALED_HINTS = {
    KDE_HINT: b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",  # macOS (nspasteboard.org)
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
}


class ClipboardGuard(QObject):
    """One value on the clipboard at a time, cleared after a while or on demand."""

    copied = Signal()
    cleared = Signal()  # the clipboard was emptied by us

    def __init__(
        self,
        parent: QObject | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
        clipboard: QClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._value: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    @property
    def pending(self) -> bool:
        """True while something we copied may still be on the clipboard."""
        return self._value is not None

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in CONCEALED_HINTS.items():
            mime.setData(kind, QByteArray(value))
        self._value = text
        self._board().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._timer.start()
        self.copied.emit()

    def holds_ours(self) -> bool:
        return self._value is not None and self._board().text(QClipboard.Mode.Clipboard) == (
            self._value
        )

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what we copied; forget it either way."""
        self._timer.stop()
        ours = self.holds_ours()
        self._value = None
        if ours:
            self._board().clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        return ours

    def expire_now(self) -> None:
        """Tests: what the timer does when ``clear_after_ms`` has passed."""
        if self._timer.isActive():
            self._timer.stop()
            self.clear_if_ours()

    def _board(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()
