"""Sync: whether this vault syncs, where it stands, and "Sync now".

A minimal page until the set-up, join and review screens arrive: off, it
says so calmly (nothing leaves this computer); on, it shows the folder, the
devices, the last sync and what waits, and syncs when she asks. The sync
runs on the database worker (it reads and writes the folder, which may be a
slow USB stick); the page shows that it is busy, then one line of what
happened, a question when the removal guard paused it, or what went wrong.
What a sync applies reaches the other pages as any write does: the worker
announces it (``vault_changed``) and they refresh.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import sync as sync_ops
from wellbeing_desk.sync.engine import SyncReport
from wellbeing_desk.sync.errors import SyncError
from wellbeing_desk.sync.vault_sync import NotSetUpError
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.motion import reduce_motion
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.sync.status_view import CARD_WIDTH, SyncOffCard, SyncStatusCard
from wellbeing_desk.ui.widgets.page_scroll import scroll_page
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import change_feed as kinds

SHORTCUT = "F5"  # "refresh" on most desktops; free in the app (see help_dialog)


class SyncPage(QWidget):
    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self._opened = False
        self._syncing = False
        self._reading = Request(worker, self)  # where sync stands: the newest read wins
        self._sync_request = Request(worker, self)

        content = QWidget(self)
        self.title = heading(self.tr("Sync"), content)
        self.off_card = SyncOffCard(content)
        self.status_card = SyncStatusCard(content)

        self.sync_button = QPushButton(self.tr("&Sync now"), content)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.sync_button.setToolTip(
            self.tr("Send this vault's changes and receive the others' ({keys})").format(keys=keys)
        )
        self.sync_button.setAutoDefault(False)
        self.busy_bar = QProgressBar(content)  # no steps to count: it only shows it works
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Syncing"))
        self.busy_label = QLabel(self.tr("Syncing…"), content)
        self.busy_label.setObjectName("muted")
        comfortable(self.sync_button)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.sync_button)
        actions.addWidget(self.busy_bar)
        actions.addWidget(self.busy_label)
        actions.addStretch(1)

        self.result = paragraph("", content)  # one line: what the last sync did
        self.problem = paragraph("", content)  # what went wrong, in plain words
        self.problem.setObjectName("error")
        self.paused = QFrame(content)  # the removal guard's question
        self.paused.setObjectName("card")
        self.paused.setMaximumWidth(CARD_WIDTH)
        self.paused_question = paragraph("", self.paused)
        self.apply_button = QPushButton(self.tr("&Apply anyway"), self.paused)
        self.apply_button.setAccessibleName(self.tr("Apply the sync anyway, with its removals"))
        self.apply_button.setAutoDefault(False)
        comfortable(self.apply_button)
        paused_layout = QVBoxLayout(self.paused)
        paused_layout.setContentsMargins(24, 20, 24, 20)
        paused_layout.setSpacing(12)
        paused_layout.addWidget(self.paused_question)
        paused_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeading)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(44, 40, 44, 40)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.off_card)
        layout.addWidget(self.status_card)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.problem)
        layout.addWidget(self.paused)
        layout.addStretch(1)
        scroll_page(self, content)

        self.sync_button.clicked.connect(self.sync_now)
        self.apply_button.clicked.connect(self.apply_anyway)
        shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while Sync is on screen
        shortcut.activated.connect(self.sync_now)
        self._show_overview(sync_ops.NOT_SET_UP)

    # -- hooks -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._opened = True
        self.off_card.show_commands()
        self.refresh()

    def clear_content(self) -> None:
        self._opened = False
        self._reading.cancel()
        self._sync_request.cancel()
        self._set_busy(False)
        self.status_card.clear()
        self._clear_messages()
        self._show_overview(sync_ops.NOT_SET_UP)

    def focus_first(self) -> None:
        if self.sync_button.isVisibleTo(self):
            self.sync_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.off_card.set_up_command.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read where sync stands (a sync under way reads it again when it ends)."""
        if self._opened and self._reading.available:
            self._reading.run(sync_ops.overview, self._show_overview)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._syncing:
            self.refresh()  # records written elsewhere wait to be sent

    # -- syncing -----------------------------------------------------------------------

    def sync_now(self) -> None:
        self._start(confirm_removals=False)

    def apply_anyway(self) -> None:
        """She saw what the paused sync would remove and goes on."""
        self._start(confirm_removals=True)

    def _start(self, confirm_removals: bool) -> None:
        if not self._opened or self._syncing or not self.sync_button.isVisibleTo(self):
            return
        self._clear_messages()
        self._set_busy(True)
        self._sync_request.run(
            bind(sync_ops.sync_now, confirm_removals=confirm_removals),
            self._synced,
            self._failed,
        )

    def _synced(self, outcome: sync_ops.SyncOutcome) -> None:
        self._set_busy(False)
        self._show_overview(outcome.overview)
        report = outcome.report
        if report.paused:
            self.paused_question.setText(self._paused_question(report))
            self.paused_question.setAccessibleName(self.paused_question.text())
            self.paused.show()
        self._say(self.result, self._summary(report, outcome.needs_review))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(self.problem, self._problem(error))
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self._syncing = busy
        self.sync_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy and not reduce_motion())  # still: the words say it
        self.busy_label.setVisible(busy)

    # -- showing -----------------------------------------------------------------------

    def _show_overview(self, overview: sync_ops.SyncOverview) -> None:
        self.off_card.setVisible(not overview.set_up)
        self.status_card.setVisible(overview.set_up)
        self.sync_button.setVisible(overview.set_up)
        if overview.status is not None:
            self.status_card.show_status(overview.status, overview.folder)

    def _clear_messages(self) -> None:
        for label in (self.result, self.problem, self.paused_question):
            self._say(label, "")
        self.paused.hide()

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    def _summary(self, report: SyncReport, needs_review: int) -> str:
        """ "Sent 3 changes, received 5. 1 needs review." and only what else matters."""
        sent = self.tr("Sent %n changes", "", report.sent)
        parts = [self.tr("{sent}, received %n.", "", report.received).format(sent=sent)]
        if needs_review:
            parts.append(self.tr("%n needs review.", "", needs_review))
        if report.paused:
            parts.append(self.tr("Paused before removing records."))
        if report.newer_format:
            parts.append(
                self.tr(
                    "Another device uses a newer version of Wellbeing Desk: "
                    "update this one to receive its changes."
                )
            )
        if report.alerts:
            parts.append(
                self.tr(
                    "%n files in the sync folder could not be used; nothing in them was applied.",
                    "",
                    len(report.alerts),
                )
            )
        if report.held:
            parts.append(
                self.tr(
                    "Changes from %n devices wait: their clock is days ahead of this one.",
                    "",
                    len(report.held),
                )
            )
        return " ".join(parts)

    def _paused_question(self, report: SyncReport) -> str:
        names = self._kind_names()
        counts = ", ".join(
            self.tr("{kind}: {count}").format(kind=names.get(kind, kind), count=count)
            for kind, count in sorted(report.would_remove.items())
        )
        total = sum(report.would_remove.values())
        return self.tr(
            "This sync would remove %n records from this vault ({counts}): they were "
            "deleted for good on another device. That is a lot at once, so nothing was "
            "removed yet. Apply the sync anyway?",
            "",
            total,
        ).format(counts=counts)

    def _kind_names(self) -> dict[str, str]:
        return {
            kinds.JOURNAL: self.tr("journal entries"),
            kinds.CARE_ITEM: self.tr("self-care list items"),
            kinds.CARE_PLAN: self.tr("self-care plan sections"),
            kinds.DIRECTORY: self.tr("directory entries"),
            kinds.DEBRIEF: self.tr("debriefs"),
            kinds.DEBRIEF_TEMPLATE: self.tr("debrief templates"),
            kinds.FOLLOW_UP: self.tr("follow-ups"),
            kinds.NOTE: self.tr("dialogue notes"),
            kinds.NOTE_CONTEXT: self.tr("note contexts"),
            kinds.EMERGENCY_CONTACT: self.tr("emergency contacts"),
            kinds.SETTING: self.tr("settings"),
        }

    def _problem(self, error: BaseException) -> str:
        """One calm sentence; the sync's own English messages are for the command line."""
        if isinstance(error, sync_ops.FolderMissingError):
            return self.tr(  # the folder itself shows above, in full
                "The sync folder is not there. Is the drive connected? "
                "Nothing was sent or received."
            )
        if isinstance(error, NotSetUpError):
            return self.tr("This vault does not sync any more.")
        if isinstance(error, SyncError):
            return self.tr(
                "Sync could not finish: something in the sync folder could not be read. "
                "Nothing in this vault was lost; you can try again."
            )
        if isinstance(error, OSError):
            return self.tr(
                "Sync could not read or write the sync folder. Check that it is there "
                "and that you are allowed to write to it."
            )
        return describe_error(error)
