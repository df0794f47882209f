"""Settings → Backups: how often, how many to keep, where, "Back up now", how the last went.

Each change is stored in the vault (``ops.backups``) through the window's
``BackupController``; nothing here goes to QSettings. The folder is chosen in
Qt's own dialog, which keeps no history (``ui/sync/folder_chooser.py``).
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from wellbeing_desk.ops import backups as backup_ops
from wellbeing_desk.ops import bind
from wellbeing_desk.ops.backups import BackupSettings
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.sync.folder_chooser import ask_folder
from wellbeing_desk.ui.vault_care.backup_words import last_backup_line
from wellbeing_desk.ui.widgets.text import paragraph

if TYPE_CHECKING:
    from wellbeing_desk.ui.vault_care.backups import BackupController


class BackupSection(QFrame):
    """The card in Settings; shows what the controller says, asks it to store changes."""

    def __init__(self, controller: "BackupController", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(640)
        self._controller = controller

        self.schedule = QComboBox(self)
        self.schedule.setAccessibleName(self.tr("Back up automatically"))
        for value, label in (
            (backup_ops.OFF, self.tr("Off")),
            (backup_ops.DAILY, self.tr("Once a day")),
            (backup_ops.WEEKLY, self.tr("Once a week")),
        ):
            self.schedule.addItem(label, value)
        self.schedule.setMinimumWidth(220)
        schedule_note = paragraph(
            self.tr("An automatic backup is made after you unlock, at most one a day."), self
        )
        schedule_note.setObjectName("muted")

        self.keep = QSpinBox(self)
        self.keep.setRange(backup_ops.KEEP_MIN, backup_ops.KEEP_MAX)
        self.keep.setValue(backup_ops.DEFAULT_KEEP)
        self.keep.setKeyboardTracking(False)  # stored when she is done typing, not per digit
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        self.keep.setMinimumWidth(90)

        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setMinimumWidth(200)
        self.choose_button = QPushButton(self.tr("Ch&oose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.setAutoDefault(False)
        folder_row = QHBoxLayout()
        folder_row.setSpacing(8)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_note = paragraph(
            self.tr(
                "Beside the vault folder unless you choose another. A USB stick is a good "
                "choice: a backup on another drive survives a lost or broken computer."
            ),
            self,
        )
        folder_note.setObjectName("muted")

        self.back_up_button = QPushButton(self.tr("Back &up now"), self)
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.setAutoDefault(False)
        self.busy = QLabel(self.tr("Backing up…"), self)
        self.busy.setObjectName("muted")
        self.busy.setVisible(False)
        now_row = QHBoxLayout()
        now_row.setSpacing(10)
        now_row.addWidget(self.back_up_button)
        now_row.addWidget(self.busy)
        now_row.addStretch(1)
        self.last_backup = QLabel(self)
        self.last_backup.setWordWrap(True)
        self.last_backup.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        form = QFormLayout(self)
        form.setContentsMargins(24, 20, 24, 20)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(14)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Back up automatically"), self.schedule)
        form.addRow(schedule_note)
        form.addRow(self.tr("Backups to keep"), self.keep)
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow(folder_note)
        form.addRow(now_row)
        form.addRow(self.last_backup)
        form.addRow(self.error)

        self.schedule.currentIndexChanged.connect(self._on_schedule)
        self.keep.valueChanged.connect(self._on_keep)
        self.choose_button.clicked.connect(self.choose_folder)
        self.back_up_button.clicked.connect(controller.back_up_now)
        controller.status_changed.connect(self.show_status)
        controller.running_changed.connect(self._show_running)
        controller.failed.connect(self._show_error)
        self.show_status(controller.status)

    def title(self) -> str:
        return self.tr("Backups")

    # -- what the vault says -----------------------------------------------------

    def show_status(self, settings: BackupSettings | None) -> None:
        """The stored choices and the last result; ``None`` (locked): empty and disabled."""
        for widget in (self.schedule, self.keep, self.choose_button):
            widget.setEnabled(settings is not None)
        self.back_up_button.setEnabled(settings is not None and not self._controller.running)
        self.error.setVisible(False)
        if settings is None:
            self.folder.clear()
            self.last_backup.clear()
            return
        blocked = self.schedule.blockSignals(True)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(settings.schedule)))
        self.schedule.blockSignals(blocked)
        blocked = self.keep.blockSignals(True)
        self.keep.setValue(settings.keep)
        self.keep.blockSignals(blocked)
        self.folder.setText(str(settings.folder))
        self.folder.setCursorPosition(0)
        self.folder.setToolTip(str(settings.folder))
        self.last_backup.setText(last_backup_line(settings))
        self.last_backup.setObjectName("error" if settings.failing else "muted")
        self.last_backup.style().polish(self.last_backup)

    def reveal(self) -> None:
        """Scroll the page to this section and put the keyboard on "Back up now"."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self)
        self.back_up_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- her changes ---------------------------------------------------------------

    def choose_folder(self) -> None:
        ask_folder(self.window(), self.tr("Choose a folder for backups"), self.set_folder)

    def set_folder(self, folder: Path) -> None:
        self._controller.save(bind(backup_ops.set_folder, folder))

    def _on_schedule(self, index: int) -> None:
        self._controller.save(bind(backup_ops.set_schedule, str(self.schedule.itemData(index))))

    def _on_keep(self, keep: int) -> None:
        self._controller.save(bind(backup_ops.set_keep, keep))

    def _show_running(self, running: bool) -> None:
        self.busy.setVisible(running)
        self.back_up_button.setEnabled(not running and self._controller.status is not None)

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(describe_error(error))
        self.error.setVisible(True)
