"""Today's notice while backups fail: the reason, "Back up now" and "Open settings".

Not a dialog and not dismissable: it stays, calm and small, until a backup
succeeds (or the vault locks), and never takes the focus on its own.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.ops.backups import BackupSettings
from wellbeing_desk.ui.vault_care.backup_words import notice_line
from wellbeing_desk.ui.widgets.notice_bar import NOTICE_STYLE


class BackupNotice(QFrame):
    """``show_failure(settings)``; ``clear()`` once a backup worked."""

    back_up_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(NOTICE_STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QLabel(self.tr("Backing up…"), self)
        self.busy.setObjectName("muted")
        self.busy.setVisible(False)
        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.setAutoDefault(False)
        self.settings_button = QPushButton(self.tr("Open backup settings"), self)
        self.settings_button.setAccessibleName(self.tr("Open backup settings"))
        self.settings_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.back_up_button.clicked.connect(self.back_up_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.setVisible(False)

    def show_failure(self, settings: BackupSettings) -> None:
        text = notice_line(settings)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(True)

    def set_running(self, running: bool) -> None:
        self.busy.setVisible(running)
        self.back_up_button.setEnabled(not running)

    def clear(self) -> None:
        """Hidden and emptied (a backup worked, or the vault locked)."""
        self.setVisible(False)
        self.label.clear()
        self.label.setAccessibleName("")
        self.set_running(False)
