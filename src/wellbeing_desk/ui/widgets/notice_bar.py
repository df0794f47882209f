"""A calm, non-modal bar with one sentence and one action ("… Undo")."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

NOTICE_STYLE = """
QFrame#noticeBar {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
}
"""


class NoticeBar(QFrame):
    """``show_notice(text, action_text)``; ``action_triggered`` when its button is pressed.

    It hides itself after ``timeout_ms`` (0 keeps it) and never takes focus on
    its own, so it never interrupts typing.
    """

    action_triggered = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, timeout_ms: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(NOTICE_STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action = QPushButton(self)
        self.action.clicked.connect(self.action_triggered)
        self.action.setAccessibleName(self.tr("Act on this message"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._timeout_ms = timeout_ms
        self.setVisible(False)

    def show_notice(self, text: str, action_text: str, action_name: str = "") -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.action.setText(action_text)
        self.action.setAccessibleName(action_name or action_text or self.tr("Act on this message"))
        self.action.setVisible(bool(action_text))
        self.setVisible(True)
        if self._timeout_ms:
            self._timer.start(self._timeout_ms)

    def dismiss(self) -> None:
        was_visible = self.isVisible()
        self.clear()
        if was_visible:
            self.dismissed.emit()

    def clear(self) -> None:
        """Hide and forget the sentence (on lock too)."""
        self._timer.stop()
        self.setVisible(False)
        self.label.setText("")
        self.label.setAccessibleName("")
