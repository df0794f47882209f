"""The two states of the Sync page's card: off (and how to turn it on), or where it stands.

``SyncOffCard`` says that sync is optional and off and that nothing leaves
this computer; for now it is set up from the command line (the set-up
screens come in the next version), so the command is there to copy.
``SyncStatusCard`` shows the folder, this device, the other devices, the
last sync, what waits to be sent and what needs review.
"""

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from wellbeing_desk.sync.vault_sync import SyncStatus
from wellbeing_desk.ui.widgets.dates import short_date_time
from wellbeing_desk.ui.widgets.text import paragraph

SHORT_ID = 8  # a device id's first characters: enough to tell devices apart
SET_UP_COMMAND = "wellbeing-desk-cli sync setup --folder PATH"
JOIN_COMMAND = "wellbeing-desk-cli sync join --folder PATH"
CARD_WIDTH = 640


def local_time(stamp: str) -> str:
    """A stored UTC time stamp as a short date and time in her locale and time zone."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return short_date_time(
        QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
    )


def _command_field(name: str, parent: QWidget) -> QLineEdit:
    """A command to copy: read-only, reachable by Tab, named for screen readers."""
    field = QLineEdit(parent)
    field.setReadOnly(True)
    field.setAccessibleName(name)
    return field


class SyncOffCard(QFrame):
    """Sync is off: what that means, and how it is turned on for now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self.message = paragraph(
            self.tr(
                "Sync is optional, and it is off for this vault. Nothing leaves this "
                "computer unless you set it up."
            ),
            self,
        )
        how = paragraph(
            self.tr(
                "With sync, two of your vaults (on a laptop and a desktop, say) share "
                "their records through a folder you choose, such as a USB stick or a "
                "shared folder. Everything is encrypted before it is written there."
            ),
            self,
        )
        how.setObjectName("muted")
        steps = paragraph(
            self.tr(
                "For now, sync is set up from the command line. On this computer, "
                "set it up with a folder:"
            ),
            self,
        )
        self.set_up_command = _command_field(self.tr("Command to set up sync"), self)
        join = paragraph(self.tr("Then, on the other computer, join with the code it shows:"), self)
        self.join_command = _command_field(self.tr("Command to join sync"), self)
        later = paragraph(
            self.tr("Screens to set up and join sync here come in the next version."), self
        )
        later.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        for widget in (self.message, how, steps, self.set_up_command, join):
            layout.addWidget(widget)
        layout.addWidget(self.join_command)
        layout.addWidget(later)
        self.show_commands()

    def show_commands(self) -> None:
        """Write the commands again: locking empties every text field in the window."""
        for field, command in (
            (self.set_up_command, SET_UP_COMMAND),
            (self.join_command, JOIN_COMMAND),
        ):
            field.setText(command)
            field.setCursorPosition(0)


class SyncStatusCard(QFrame):
    """Where sync stands for this vault; ``show_status`` fills it, ``clear`` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self.folder = QLineEdit(self)  # a long path scrolls inside it, and can be copied
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.device = self._value()
        self.last_sync = self._value()
        self.pending = self._value()
        self.review = self._value()
        self.devices = self._value()
        form = QFormLayout(self)
        form.setContentsMargins(24, 20, 24, 20)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(self.tr("Sync folder"), self.folder), self.folder)
        form.addRow(self._label(self.tr("This device")), self.device)
        form.addRow(self._label(self.tr("Last sync")), self.last_sync)
        form.addRow(self._label(self.tr("Waiting to send")), self.pending)
        form.addRow(self._label(self.tr("Needs review")), self.review)
        form.addRow(self._label(self.tr("Other devices")), self.devices)

    def _value(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _label(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("fieldLabel")
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def show_status(self, status: SyncStatus, folder: str | None) -> None:
        self.folder.setText(folder or status.target)
        self.folder.setCursorPosition(0)
        self.device.setText(status.device[:SHORT_ID])
        self.last_sync.setText(
            local_time(status.last_sync_at) if status.last_sync_at else self.tr("Not yet")
        )
        self.pending.setText(
            self.tr("%n changes", "", status.pending) if status.pending else self.tr("Nothing")
        )
        if status.needs_review:
            self.review.setText(
                self.tr(
                    "%n items: copies kept from a conflict, or records brought back. "
                    "The screen to review them comes in the next version.",
                    "",
                    status.needs_review,
                )
            )
        else:
            self.review.setText(self.tr("Nothing"))
        lines = [
            self.tr("{device}: last file applied {when}").format(
                device=seen.device[:SHORT_ID], when=local_time(seen.last_applied_at)
            )
            for seen in status.devices
        ]
        self.devices.setText(
            "\n".join(lines) if lines else self.tr("Nothing received from another device yet")
        )
        for value in (self.device, self.last_sync, self.pending, self.review, self.devices):
            value.setAccessibleName(value.text())

    def clear(self) -> None:
        self.folder.clear()
        for value in (self.device, self.last_sync, self.pending, self.review, self.devices):
            value.clear()
            value.setAccessibleName("")
