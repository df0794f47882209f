"""Today: the quick check-in, the self-care plan in brief, a way to write more, a way to breathe."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.grounding import GroundingButton
from wellbeing_desk.ui.journal.editor_state import DRAFT_KIND
from wellbeing_desk.ui.journal.lists_dialog import CareListsDialog
from wellbeing_desk.ui.today.checkin import CheckInCard
from wellbeing_desk.ui.today.follow_ups import FollowUpsCard
from wellbeing_desk.ui.today.plan_summary import PlanSummaryCard
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY


def _today_data(vault: Vault) -> tuple[Any, ...]:
    today = date.today()
    return (
        vault.care_items.items(ACTIVITY),
        vault.care_plan.get(),
        vault.drafts.get(DRAFT_KIND) is not None,
        vault.follow_ups.due(today),
        today,
    )


class TodayPage(QWidget):
    open_plan_requested = Signal()
    write_entry_requested = Signal()
    entry_saved = Signal(str)  # a check-in was saved: its id
    open_source_requested = Signal(str, str)  # a follow-up's record: kind ("debrief", "note"), id

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setStyleSheet(PAGE_STYLE)
        self._opened = False
        self._generation = 0

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
        self.write_button = QPushButton(self.tr("Write a full entry"), self.write_card)
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

        comfortable(self.write_button, self.plan.open_button)
        side = QVBoxLayout()
        side.setSpacing(18)
        side.addWidget(self.follow_ups)
        side.addWidget(self.write_card)
        side.addWidget(self.plan)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(self.checkin, 3, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(side, 2)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(40, 26, 40, 26)
        inner.setSpacing(6)
        header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setVerticalSpacing(6)
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.date_label, 1, 0)
        header.addWidget(self.grounding_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        header.setColumnStretch(0, 1)
        inner.addLayout(header)
        inner.addSpacing(10)
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

        self.checkin.saved.connect(self.entry_saved)
        self.checkin.lists_requested.connect(self.edit_lists)
        self.plan.open_plan_requested.connect(self.open_plan_requested)
        self.follow_ups.open_source_requested.connect(self.open_source_requested)
        self.write_button.clicked.connect(self.write_entry_requested)
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
        self._generation += 1
        self.checkin.clear()
        self.plan.clear()
        self.follow_ups.clear()
        self._show_draft(False)

    def refresh(self) -> None:
        """Read her activities, her plan and whether an unsaved entry waits."""
        if not self._opened:
            return
        self.date_label.setText(
            QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        )
        generation = self._generation
        self.worker.submit(_today_data, lambda data: self._show(generation, data))

    def _show(self, generation: int, data: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return
        activities, plan, has_draft, follow_ups, today = data
        self.checkin.set_activities(activities)
        self.plan.set_plan(plan)
        self.follow_ups.set_items(follow_ups, today)
        self._show_draft(has_draft)

    def _show_draft(self, waiting: bool) -> None:
        text = self.tr("Continue your unsaved entry") if waiting else self.tr("Write a full entry")
        self.write_button.setText(text)
        self.write_button.setAccessibleName(text)

    def focus_first(self) -> None:
        """After unlocking, the keyboard starts on the check-in's stress scale."""
        self.checkin.stress.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_lists(self) -> None:
        dialog = CareListsDialog(self.worker, self)
        dialog.lists_changed.connect(self.refresh)
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the plan or her lists may have changed elsewhere
