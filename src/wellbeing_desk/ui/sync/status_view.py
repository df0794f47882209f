"""The two states of the Sync page's card: off (and how to turn it on), or where it stands.

``SyncOffCard`` says that sync is optional and off and that nothing leaves
this computer, and offers the two ways in: set up sync here, or join the
sync another of her devices set up. ``SyncStatusCard`` shows the folder,
this device, the last sync, what waits to be sent and what needs review
(the other devices have their own view, ``devices_view.py``).
"""

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.sync.vault_sync import SyncStatus
from wellbeing_desk.ui.widgets.dates import short_date_time
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import paragraph

SHORT_ID = 8  # a device id's first characters: enough to tell devices apart
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


class SyncOffCard(QFrame):
    """Sync is off: what that means, and the two ways to turn it on."""

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
                "their records through a place you choose: a folder such as a USB stick "
                "or a shared folder, or a WebDAV server such as Nextcloud. Everything is "
                "encrypted before it is written there."
            ),
            self,
        )
        how.setObjectName("muted")
        steps = paragraph(
            self.tr(
                "Set it up on one device: it gives you a pairing code. Then, on the "
                "other device, join through the same place with that code."
            ),
            self,
        )
        self.set_up_button = QPushButton(self.tr("Set &up sync…"), self)
        self.set_up_button.setAccessibleName(self.tr("Set up sync through the place chosen above"))
        self.join_button = QPushButton(self.tr("&Join another device's sync…"), self)
        self.join_button.setAccessibleName(self.tr("Join another device's sync"))
        buttons = FlowLayout(spacing=12)  # wraps when the buttons' words are long
        for button in (self.set_up_button, self.join_button):
            button.setAutoDefault(False)
            comfortable(button)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        for widget in (self.message, how, steps):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def set_busy(self, busy: bool) -> None:
        self.set_up_button.setEnabled(not busy)
        self.join_button.setEnabled(not busy)


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
                    "Review them with “Review…” below.",
                    "",
                    status.needs_review,
                )
            )
        else:
            self.review.setText(self.tr("Nothing"))
        for value in (self.device, self.last_sync, self.pending, self.review):
            value.setAccessibleName(value.text())

    def clear(self) -> None:
        self.folder.clear()
        for value in (self.device, self.last_sync, self.pending, self.review):
            value.clear()
            value.setAccessibleName("")
