"""The banner over every page while the vault is open read-only, and why.

Two reasons, never confused: the vault is read-only *here* (a write-protected
drive, a read-only folder: nothing is wrong with it, so no backup is
suggested), or damage was found (then the check and backups are offered).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.vault.access import DAMAGED, READ_ONLY_HERE

BANNER_STYLE = """
QFrame#vaultBanner {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-left: 4px solid palette(highlight);
    border-radius: 8px;
}
"""


class VaultBanner(QFrame):
    """``show_reason(READ_ONLY_HERE | DAMAGED | None)``; ``check_requested`` for "Check now"."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.reason: str | None = None
        self.title = QLabel(self)
        self.title.setObjectName("brand")  # the app's bold label style
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setVisible(False)
        self.check_button = QPushButton(self.tr("Check the vault"), self)
        self.check_button.setAccessibleName(self.tr("Check the vault for damage"))
        self.check_button.setToolTip(
            self.tr("Reads every part of the vault and reports damage; changes nothing")
        )
        self.check_button.clicked.connect(self._on_check)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.message)
        text.addWidget(self.result)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(12)
        layout.addLayout(text, 1)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        self.show_reason(None)

    def show_reason(self, reason: str | None) -> None:
        """Say why the vault is read-only (``None`` hides the banner)."""
        self.reason = reason
        self._set_result("")
        self.check_button.setEnabled(True)
        if reason == READ_ONLY_HERE:
            title = self.tr("Read-only here")
            message = self.tr(
                "This vault is read-only here: it is on a write-protected drive or in a "
                "folder you cannot change. You can read, search and export everything, "
                "but changes can't be saved. Nothing is wrong with the vault. To make "
                "changes, copy the vault folder to a place you can write and open it there."
            )
        elif reason == DAMAGED:
            title = self.tr("Damage found: open read-only")
            message = self.tr(
                "Wellbeing Desk found damage in this vault, so it is open read-only: "
                "changes can't be saved until a check passes. You can still read and export "
                "what is readable. Check it here, or with “wellbeing-desk-cli check”. If the "
                "check finds damage, restore your most recent backup copy of the vault folder."
            )
        else:
            title = message = ""
        self.title.setText(title)
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.setAccessibleName(title)
        self.check_button.setVisible(reason == DAMAGED)
        self.setVisible(reason is not None)

    def show_check_result(self, sound: bool) -> None:
        self.check_button.setEnabled(True)
        if sound:
            self._set_result(
                self.tr(
                    "The check found no damage. Lock and unlock Wellbeing Desk to save "
                    "changes again."
                )
            )
        else:
            self._set_result(
                self.tr(
                    "The check found damage. Restore your most recent backup copy of the "
                    "vault folder; until then nothing is saved to this one."
                )
            )

    def show_check_failed(self, reason: str) -> None:
        self.check_button.setEnabled(True)
        self._set_result(reason)

    def clear(self) -> None:
        """On lock: nothing of this vault stays on screen."""
        self.show_reason(None)

    def _on_check(self) -> None:
        self.check_button.setEnabled(False)
        self._set_result("")
        self.check_requested.emit()

    def _set_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.setVisible(bool(text))
