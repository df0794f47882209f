"""Her other devices in this sync: when a file from each was last applied, and "Forget…".

One row per device this vault reads from (forgotten ones are not listed).
A device is named by the first characters of its id, the same the command
line shows. The view only asks; the page confirms and forgets on the worker.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.sync.vault_sync import DeviceSeen
from wellbeing_desk.ui.sync.status_view import CARD_WIDTH, SHORT_ID, local_time
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph


class DevicesView(QFrame):
    """``show_devices(devices)``; ``forget_requested(device_id)`` from a row's button."""

    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self.title = heading(self.tr("Other devices"), self, level=2)
        self.empty = paragraph(self.tr("Nothing received from another device yet."), self)
        self.empty.setObjectName("muted")
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(8)
        self.rows: list[tuple[QLabel, QPushButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows_box)

    def show_devices(self, devices: tuple[DeviceSeen, ...]) -> None:
        self.clear()
        for seen in devices:
            self._add_row(seen)
        self.empty.setVisible(not devices)

    def clear(self) -> None:
        while self._rows_box.count():
            item = self._rows_box.takeAt(0)
            row = item.layout() if item is not None else None
            if row is not None:
                while row.count():
                    child = row.takeAt(0)
                    widget = child.widget() if child is not None else None
                    if widget is not None:
                        widget.hide()
                        widget.deleteLater()
                row.deleteLater()
        self.rows.clear()
        self.empty.show()

    def _add_row(self, seen: DeviceSeen) -> None:
        name = seen.device[:SHORT_ID]
        text = self.tr("{device}: last file applied {when}").format(
            device=name, when=local_time(seen.last_applied_at)
        )
        label = paragraph(text, self)
        button = QPushButton(self.tr("&Forget…"), self)
        button.setAccessibleName(self.tr("Forget device {device}").format(device=name))
        button.setProperty("perRow", True)  # one per device: Tab reaches each
        button.setAutoDefault(False)
        comfortable(button)
        button.clicked.connect(lambda: self.forget_requested.emit(seen.device))
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(label, 1)
        row.addWidget(button)
        self._rows_box.addLayout(row)
        self.rows.append((label, button))
