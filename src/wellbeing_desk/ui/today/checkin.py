"""The quick check-in: stress, mood, what she did for herself, one line. Enter saves.

Built for under ten seconds by keyboard alone: a digit sets the stress, Tab,
a digit sets the mood, Tab through the activities (Space chooses one), type a
line if she likes, Enter. A quiet "Saved." fades away and the card is ready
again. No counts, no streaks, no scores about her.
"""

from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import today as today_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.journal.scales import mood_scale, stress_scale
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.chips import ChipGroup
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.scale_input import CELL_HEIGHT
from wellbeing_desk.ui.widgets.status_label import FadingLabel
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import CareItem
from wellbeing_desk.vault.journal import CHECKIN, EntryInput

MAX_LINE_LENGTH = 500


class CheckInCard(QFrame):
    saved = Signal(str)  # the new entry's id
    lists_requested = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("card")
        self._saving = False
        self._saving_request = Request(worker, self, self._failed)  # a lock drops the answer

        title = heading(self.tr("Check in"), self, level=2)
        hint = QLabel(self.tr("Every part is optional. Enter saves."), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.stress = stress_scale(self)
        self.mood = mood_scale(self)
        self.activities = ChipGroup(self.tr("What I did for myself"), self)
        self.lists_button = QPushButton(self.tr("&Edit my lists…"), self)
        self.lists_button.setAccessibleName(self.tr("Edit my list of activities"))
        self.lists_button.setObjectName("link")
        self.lists_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.lists_button.clicked.connect(self.lists_requested)
        self.line = QLineEdit(self)
        self.line.setMaxLength(MAX_LINE_LENGTH)
        self.line.setPlaceholderText(self.tr("One line, if you like"))
        self.line.setAccessibleName(self.tr("One line about today"))
        self.save_button = QPushButton(self.tr("&Save check-in"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the check-in"))
        comfortable(self.save_button)
        self.status = FadingLabel(self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        activities_head = QHBoxLayout()
        activities_head.addWidget(
            self._caption(self.tr("What did you do for yourself?"), self.activities), 1
        )
        activities_head.addWidget(self.lists_button)
        # Compact, so Save shows without scrolling at 900×600 in every language: the hint
        # beside the title, and the line, "Saved." and Save on one row.
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(title, 0, Qt.AlignmentFlag.AlignBaseline)
        head.addWidget(hint, 1, Qt.AlignmentFlag.AlignBaseline)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.line, 1)
        bottom.addWidget(self.status)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 10, 22, 16)
        layout.setSpacing(5)
        layout.addLayout(head)
        layout.addSpacing(4)
        layout.addWidget(self._caption(self.tr("How stressed do you feel right now?"), self.stress))
        layout.addWidget(self.stress)
        layout.addSpacing(2)
        # The short mood scale sits beside its question: a row saved for Save's sake.
        mood_row = QHBoxLayout()
        mood_row.setSpacing(14)
        mood_caption = self._caption(self.tr("How is your mood?"), self.mood)
        mood_caption.setFixedHeight(CELL_HEIGHT + 4)  # level with the cells, not their anchors
        mood_row.addWidget(mood_caption, 0, Qt.AlignmentFlag.AlignTop)
        mood_row.addWidget(self.mood, 0, Qt.AlignmentFlag.AlignTop)
        mood_row.addStretch(1)
        layout.addLayout(mood_row)
        layout.addSpacing(2)
        layout.addLayout(activities_head)
        layout.addWidget(self.activities)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self._order_tabs()

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("fieldLabel")
        label.setBuddy(buddy)
        return label

    # -- content -----------------------------------------------------------------------

    def set_activities(self, items: list[CareItem]) -> None:
        """Her shown activities, in her order; chosen chips stay chosen."""
        self.activities.set_items(
            [(item.id, display_name(item)) for item in items if not item.hidden]
        )
        self._order_tabs()

    def _order_tabs(self) -> None:
        # Chips are made after the line: put them back where the eye expects them.
        chain = [
            self.stress, self.mood, *self.activities.chips(), self.line, self.save_button,
            self.lists_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def entry(self) -> EntryInput:
        return EntryInput(
            occurred_at=datetime.now(),
            kind=CHECKIN,
            stress=self.stress.score(),
            mood=self.mood.score(),
            item_ids=tuple(self.activities.checked_ids()),
            body=" ".join(self.line.text().split()),
        )

    def is_empty(self) -> bool:
        entry = self.entry()
        return entry.stress is None and entry.mood is None and not entry.item_ids and not entry.body

    def save(self) -> None:
        if self._saving:
            return
        if self.is_empty():
            self._show_error(self.tr("Choose a number, an activity or write a line first."))
            return
        entry = self.entry()
        self._saving = True
        self.save_button.setEnabled(False)
        self.error.setVisible(False)
        self._saving_request.run(bind(today_ops.add_checkin, entry), self._saved)

    def _saved(self, entry_id: str) -> None:
        self.reset()
        if self.status.is_showing():  # a second save while the first "Saved." shows
            when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.status.show_message(self.tr("Saved again at {time}.").format(time=when))
        else:
            self.status.show_message(self.tr("Saved."))
        self.stress.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(entry_id)

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._show_error(
            self.tr("The check-in could not be saved. {reason}").format(
                reason=describe_error(error)
            )
        )

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def reset(self) -> None:
        """Ready for the next check-in (her activities stay listed)."""
        self._saving = False
        self.save_button.setEnabled(True)
        self.stress.clear()
        self.mood.clear()
        self.activities.set_checked_ids(())
        self.line.setText("")
        self.error.setVisible(False)

    def clear(self) -> None:
        """Lock: drop everything, her activity names too."""
        self._saving_request.cancel()
        self.reset()
        self.activities.clear()
        self.status.clear_message()
        self.error.clear()
