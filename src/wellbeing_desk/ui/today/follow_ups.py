"""Follow-ups that are due, on the Today page: tick one when it is done, open where it came from.

A ticked item stays in view (struck through) until the page is read again, so
a slip of the keyboard is undone by ticking it off again.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import today as today_ops
from wellbeing_desk.ui.widgets.text import format_day, heading
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.follow_ups import FollowUp


class FollowUpRow(QWidget):
    """A box to tick, her words beside it (wrapping, so a long one never widens the page)."""

    def __init__(self, item: FollowUp, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.check = QCheckBox(self)
        self.check.setAccessibleName(self.tr("Done: {text}").format(text=item.text))
        self.text_label = _TickingLabel(item.text, self.check, self)
        due = item.due_date
        if due is not None and due < today:
            origin = self.tr("From “{title}”, planned for {date}").format(
                title=item.source_title, date=format_day(due)
            )
        else:
            origin = self.tr("From “{title}”, for today").format(title=item.source_title)
        self.origin = QLabel(origin, self)
        self.origin.setObjectName("muted")
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.origin.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setFlat(True)
        self.open_button.setAccessibleName(
            self.tr("Open the note “{title}”").format(title=item.source_title)
            if item.source_kind == "note"
            else self.tr("Open the debrief “{title}”").format(title=item.source_title)
        )
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.text_label)
        text.addWidget(self.origin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_done(self, done: bool) -> None:
        font = self.text_label.font()
        font.setStrikeOut(done)
        self.text_label.setFont(font)


class _TickingLabel(QLabel):
    """Her words; a click on them ticks the box, as a check box's own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mouseReleaseEvent(event)


class FollowUpsCard(QFrame):
    """Hidden when nothing is due. ``set_items`` shows; ``clear`` forgets (on lock)."""

    open_source_requested = Signal(str, str)  # source kind, source id

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("card")
        self.rows: list[FollowUpRow] = []
        self._today: date | None = None
        self.note = QLabel(self.tr("Things you planned. Take them one at a time."), self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.list = QVBoxLayout()
        self.list.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Follow-ups for today"), self, level=2))
        layout.addWidget(self.note)
        layout.addLayout(self.list)
        self.hide()

    def set_items(self, items: list[FollowUp], today: date) -> None:
        if self.rows and [row.item for row in self.rows] == items and self._today == today:
            return  # read again, nothing changed: keep the rows (and the focus on one)
        self.clear()
        self._today = today
        for item in items:
            row = FollowUpRow(item, today, self)
            row.check.toggled.connect(lambda done, r=row: self._set_done(r, done))
            row.open_button.clicked.connect(
                lambda _=False, i=item: self.open_source_requested.emit(i.source_kind, i.source_id)
            )
            self.list.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(items))

    def clear(self) -> None:
        self._today = None
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.hide()

    def _set_done(self, row: FollowUpRow, done: bool) -> None:
        row.show_done(done)
        item = row.item
        self.worker.submit(
            bind(today_ops.set_follow_up_done, item.source_id, item.item_id, done), origin=self
        )
