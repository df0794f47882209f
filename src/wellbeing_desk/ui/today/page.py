"""Today: the quick check-in, the self-care plan in brief, a way to write more, a way to breathe."""

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import today as today_ops
from wellbeing_desk.ui.grounding import GroundingButton
from wellbeing_desk.ui.journal.lists_dialog import CareListsDialog
from wellbeing_desk.ui.reach import SHORTCUT as REACH_SHORTCUT
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.section_page import made_here
from wellbeing_desk.ui.today.checkin import CheckInCard
from wellbeing_desk.ui.today.follow_ups import FollowUpsCard
from wellbeing_desk.ui.today.plan_summary import PlanSummaryCard
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.change_feed import (
    CARE_ITEM,
    CARE_PLAN,
    DEBRIEF,
    EMERGENCY_CONTACT,
    FOLLOW_UP,
    NOTE,
    VaultChanges,
)

SIDE_BY_SIDE_ROOM = 18 + 80 + 20  # the gap, the page's margins, a scroll bar
TWO_COLUMNS_FROM = 820  # px of page width: the check-in and the side cards side by side


# What Today shows comes from these kinds of record.
SHOWN_KINDS = (CARE_ITEM, CARE_PLAN, EMERGENCY_CONTACT, FOLLOW_UP, DEBRIEF, NOTE)


class TodayPage(QWidget):
    open_plan_requested = Signal()
    write_entry_requested = Signal()
    open_source_requested = Signal(str, str)  # a follow-up's record: kind ("debrief", "note"), id
    reach_requested = Signal()  # "Reach someone now"
    emergency_people_requested = Signal()  # the reminder's "Add them": the plan's emergency part

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setStyleSheet(PAGE_STYLE)
        self._opened = False
        self._reading = Request(worker, self)  # the newest read of what Today shows wins
        worker.vault_changed.connect(self._vault_changed)

        self.title = heading(self.tr("Today"), self)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("muted")
        self.checkin = CheckInCard(worker, self)

        self.write_card = QFrame(self)
        self.write_card.setObjectName("card")
        write_title = heading(self.tr("Write more"), self.write_card, level=2)
        write_note = QLabel(
            self.tr("A full entry has room for sleep, energy, warning signs and your own words."),
            self.write_card,
        )
        write_note.setObjectName("muted")
        write_note.setWordWrap(True)
        self.write_button = QPushButton(self.tr("&Write a full entry"), self.write_card)
        self.write_button.setAccessibleName(self.tr("Write a full entry"))
        write_layout = QVBoxLayout(self.write_card)
        write_layout.setContentsMargins(24, 20, 24, 20)
        write_layout.setSpacing(10)
        write_layout.addWidget(write_title)
        write_layout.addWidget(write_note)
        write_layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.follow_ups = FollowUpsCard(worker, self)
        self.plan = PlanSummaryCard(self)  # made after the cards above it: Tab goes down
        self.grounding_button = GroundingButton(self)  # quiet, top right; last in Tab order
        self.reach_button = QPushButton(self.tr("&Reach someone now"), self)
        self.reach_button.setAccessibleName(self.tr("Reach someone now"))
        self.reach_button.setToolTip(
            self.tr(
                "Your people for an emergency, then support, with their numbers ({keys})"
            ).format(
                keys=QKeySequence(REACH_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.reach_button.setAutoDefault(False)
        self.reach_button.setMinimumHeight(34)
        # Only while she has not added anyone, until she closes it for good.
        self.reminder = NoticeBar(self)

        comfortable(self.write_button, self.plan.open_button)
        side = QVBoxLayout()
        side.setSpacing(18)
        side.addWidget(self.follow_ups)
        side.addWidget(self.write_card)
        side.addWidget(self.plan)
        side.addStretch(1)
        # Side by side when there is room; one column on a narrow window (900 px, Spanish).
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(18)
        columns.addWidget(self.checkin, 3, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(side, 2)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        # Tight at the top: at 900×600 Save must show without scrolling in every
        # language and with Noto Sans (taller lines) as well as DejaVu Sans.
        inner.setContentsMargins(40, 4, 40, 26)
        inner.setSpacing(6)
        header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setVerticalSpacing(6)
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.date_label, 1, 0)
        quick = QWidget(content)  # the two quick ways out wrap under each other if narrow
        quick_layout = FlowLayout(quick, spacing=8)
        quick_layout.addWidget(self.reach_button)
        quick_layout.addWidget(self.grounding_button)
        header.addWidget(quick, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        header.setColumnStretch(0, 1)
        inner.addLayout(header)
        inner.addWidget(self.reminder)
        inner.addLayout(columns)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its content takes the focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.checkin.lists_requested.connect(self.edit_lists)
        self.plan.open_plan_requested.connect(self.open_plan_requested)
        self.follow_ups.open_source_requested.connect(self.open_source_requested)
        self.write_button.clicked.connect(self.write_entry_requested)
        self.reach_button.clicked.connect(self.reach_requested)
        self.reminder.action_triggered.connect(self.emergency_people_requested)
        self.reminder.dismissed.connect(self._dismiss_reminder)
        self.write_button.setToolTip(self.tr("Write a full entry (Ctrl+N)"))
        new_entry = QShortcut(QKeySequence.StandardKey.New, self)
        new_entry.setContext(Qt.ShortcutContext.WindowShortcut)  # while Today is on screen
        new_entry.activated.connect(self.write_entry_requested)

    # -- hooks -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._opened = True
        self.refresh()

    def clear_content(self) -> None:
        self._opened = False
        self._reading.cancel()
        self.checkin.clear()
        self.plan.clear()
        self.follow_ups.clear()
        self.reminder.clear()
        self._show_draft(False)

    def refresh(self) -> None:
        """Read her activities, her plan and whether an unsaved entry waits."""
        if not self._opened:
            return
        self.date_label.setText(
            QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        )
        self._reading.run(today_ops.today_data, self._show)

    def _vault_changed(self, changes: VaultChanges, origin: object) -> None:
        """Something Today shows changed elsewhere while she looks (e.g. Reach someone
        added her first emergency person: the reminder goes). Hidden, it reads on show."""
        if self.isVisible() and changes.touches(*SHOWN_KINDS) and not made_here(self, origin):
            self.refresh()

    def _show(self, data: today_ops.TodayData) -> None:
        self.checkin.set_activities(data.activities)
        self.plan.set_plan(data.plan)
        self.follow_ups.set_items(data.follow_ups, data.today)
        self._show_draft(data.has_unsaved_entry)
        remind = data.show_reminder
        if remind and not self.reminder.isVisible():
            self.reminder.show_notice(
                self.tr(
                    "Who would you reach in a hard moment? Add two or three people now, "
                    "so their numbers are here even with no internet."
                ),
                self.tr("&Add my people"),
                self.tr("Add the people you would reach in an emergency"),
            )
            self.reminder.close_button.setToolTip(self.tr("Do not remind me again"))
            self.reminder.close_button.setAccessibleName(self.tr("Do not remind me again"))
        elif not remind:
            self.reminder.clear()

    def _dismiss_reminder(self) -> None:
        if self._opened:
            self.worker.submit(today_ops.dismiss_reminder, origin=self)

    def _show_draft(self, waiting: bool) -> None:
        if waiting:
            text = self.tr("&Continue your unsaved entry")
            name = self.tr("Continue your unsaved entry")
        else:
            text, name = self.tr("&Write a full entry"), self.tr("Write a full entry")
        self.write_button.setText(text)
        self.write_button.setAccessibleName(name)

    def focus_first(self) -> None:
        """After unlocking, the keyboard starts on the check-in's stress scale."""
        self.checkin.stress.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_lists(self) -> None:
        dialog = CareListsDialog(self.worker, self)
        dialog.lists_changed.connect(self.refresh)
        dialog.open()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side only when both columns fit whole (long translations need more).
        side = max(
            w.minimumSizeHint().width() for w in (self.follow_ups, self.write_card, self.plan)
        )
        needed = self.checkin.minimumSizeHint().width() + side + SIDE_BY_SIDE_ROOM
        wide = event.size().width() >= max(TWO_COLUMNS_FROM, needed)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the plan or her lists may have changed elsewhere
