"""The unlock screen: one passphrase field, one button, one clear message."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.ui.unlock.frame import LockScreenFrame, busy_row, error_label
from wellbeing_desk.ui.widgets.passphrase_field import PassphraseField


class UnlockPage(QWidget):
    """Emits ``unlock_requested(passphrase)``; the window does the unlocking."""

    unlock_requested = Signal(str)
    help_requested = (
        Signal()
    )  # "Need help now?": public lines and grounding, nothing from the vault

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = LockScreenFrame(
            self.tr("Welcome back"),
            self.tr("Wellbeing Desk is locked. Enter your passphrase to open your vault."),
            self,
        )
        self.passphrase_label = QLabel(self.tr("Passphrase"), self.frame)
        self.passphrase = PassphraseField(self.tr("Passphrase"), self.frame)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.error = error_label(self.frame)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self.frame)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setMinimumHeight(36)
        self.busy, _ = busy_row(self.tr("Unlocking… this takes a moment."), self.frame)
        self.help_button = QPushButton(self.tr("&Need help now?"), self.frame)
        self.help_button.setAccessibleName(self.tr("Need help now? Public lines and grounding"))
        self.help_button.setToolTip(
            self.tr("Public lines that answer at any hour, and breathing and grounding (Ctrl+G)")
        )
        self.help_button.setFlat(True)
        self.help_button.setAutoDefault(False)

        body = self.frame.body
        body.addWidget(self.passphrase_label)
        body.addWidget(self.passphrase)
        body.addWidget(self.error)
        body.addSpacing(6)
        body.addWidget(self.unlock_button)
        body.addWidget(self.busy)
        body.addSpacing(10)
        body.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._links = QHBoxLayout()  # "Forgot your passphrase?", "Restore a backup…"
        self._links.setSpacing(4)
        body.addLayout(self._links)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)

        self.unlock_button.clicked.connect(self._submit)
        self.help_button.clicked.connect(self.help_requested)
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase.textChanged.connect(self._on_text_changed)
        self._busy = False
        self._on_text_changed("")

    def add_link(self, button: QPushButton) -> None:
        """A quiet way out under the form (a flat button that opens its own dialog)."""
        button.setParent(self.frame)
        button.setFlat(True)
        button.setAutoDefault(False)
        if self._links.count() == 0:
            self._links.addStretch(1)
        else:
            self._links.takeAt(self._links.count() - 1)  # the closing stretch
        self._links.addWidget(button)
        self._links.addStretch(1)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.set_busy(busy)
        self.unlock_button.setEnabled(not busy and bool(self.passphrase.text()))
        self.busy.setVisible(busy)
        if busy:
            self.error.setVisible(False)

    def show_error(self, message: str) -> None:
        """One message, the field emptied and focused for another try."""
        self.set_busy(False)
        self.passphrase.clear()
        self.error.setText(message)
        self.error.setVisible(True)
        self.passphrase.edit.setAccessibleDescription(message)
        self.passphrase.setFocus()

    def reset(self) -> None:
        """Back to an empty, ready page (after unlocking, after locking)."""
        self.set_busy(False)
        self.clear_content()
        self.error.clear()
        self.error.setVisible(False)
        self.passphrase.edit.setAccessibleDescription("")

    def clear_content(self) -> None:
        self.passphrase.clear()
        self.unlock_button.setEnabled(False)

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus()

    def _on_text_changed(self, text: str) -> None:
        self.unlock_button.setEnabled(bool(text) and not self._busy)

    def _submit(self) -> None:
        passphrase = self.passphrase.text()
        if self._busy or not passphrase:
            return
        self.set_busy(True)
        self.unlock_requested.emit(passphrase)
