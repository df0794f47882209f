"""Sync: set it up or join from here, then sync, see the devices, show the code, leave.

Off, the page says so calmly (nothing leaves this computer) and offers the
two ways in, through a folder (a USB stick, a synced folder) or a WebDAV
server (``server_form.py``, which can test the server first): set up sync,
which shows the pairing code once, or join another device's sync with the
same place and that code. The server's password is never kept by the page:
the backend keeps it in the vault, and the field is emptied once used, when
the join form closes, and on lock. On, it shows the folder, the last sync and what
waits, syncs when she asks (with a progress line and Cancel), lists the
other devices (each can be forgotten), shows the pairing code again after
her passphrase, and leaves sync.

Everything that touches the vault or the folder runs on the database worker
(the folder may be a slow USB stick). A sync's progress crosses to the GUI
thread by a queued signal (``progress_relay.py``); Cancel, and locking,
set the run's stop switch, which the sync asks between files: the file
being applied finishes whole, the lock's own job runs right after it. What
a sync applies reaches the other pages as any write does (``vault_changed``).
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
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
from wellbeing_desk.sync.errors import (
    FormatTooNewError,
    NoSpaceError,
    PairingCodeError,
    SyncError,
    WrongPairingCodeError,
)
from wellbeing_desk.sync.target_errors import TargetError
from wellbeing_desk.sync.vault_sync import AlreadySetUpError, NotSetUpError, PlaceNotUsableError
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.motion import reduce_motion
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.settings.confirm import ConfirmPassphraseDialog
from wellbeing_desk.ui.sync.code_view import CodeCard
from wellbeing_desk.ui.sync.devices_view import DevicesView
from wellbeing_desk.ui.sync.folder_chooser import ask_folder
from wellbeing_desk.ui.sync.join_form import JoinForm
from wellbeing_desk.ui.sync.progress_relay import ProgressRelay, SyncRun
from wellbeing_desk.ui.sync.server_form import PlaceForm
from wellbeing_desk.ui.sync.status_view import CARD_WIDTH, SHORT_ID, SyncOffCard, SyncStatusCard
from wellbeing_desk.ui.sync.team_panel import TeamPanel
from wellbeing_desk.ui.widgets.capped_row import capped_row
from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.page_scroll import scroll_page
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import change_feed as kinds

SHORTCUT = "F5"  # "refresh" on most desktops; free in the app (see help_dialog)


class SyncPage(QWidget):
    """``SyncPage(worker, parent, clipboard)``: ``clipboard`` is the window's guard."""

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget | None = None,
        clipboard: ClipboardGuard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self._worker = worker
        self._opened = False
        self._syncing = False
        self._is_set_up = False
        self._needs_review = 0
        self._runs = 0
        self._run: SyncRun | None = None
        self._reading = Request(worker, self)  # where sync stands: the newest read wins
        self._sync_request = Request(worker, self)
        self._change = Request(worker, self)  # set up, join, forget, leave, show the code
        self._server_test = Request(worker, self)  # "Test the server"
        self._through_server = False  # the set-up or join under way goes through a server
        self._relay = ProgressRelay(self)
        self._relay.moved.connect(self._progressed)
        # The window's guard empties the clipboard on lock; a page built alone brings its own.
        self._clipboard = clipboard if clipboard is not None else ClipboardGuard(self)
        self.passphrase_dialog: ConfirmPassphraseDialog | None = None

        content = QWidget(self)
        self.title = heading(self.tr("Sync"), content)
        self.code_card = CodeCard(self._clipboard, content)
        self.place = PlaceForm(content)
        self.off_card = SyncOffCard(content)
        self.join_form = JoinForm(content)
        self.status_card = SyncStatusCard(content)
        self.teams = TeamPanel(worker, self._clipboard, content)  # with or without her sync

        self.sync_button = QPushButton(self.tr("&Sync now"), content)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.sync_button.setToolTip(
            self.tr("Send this vault's changes and receive the others' ({keys})").format(keys=keys)
        )
        self.cancel_button = QPushButton(self.tr("Ca&ncel"), content)
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.busy_bar = QProgressBar(content)  # no steps to count: it only shows it works
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Syncing"))
        self.busy_label = QLabel(self.tr("Syncing…"), content)  # then what it sent and read
        self.busy_label.setObjectName("muted")
        self.busy_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.sync_button)
        actions.addWidget(self.cancel_button)
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
        paused_layout = QVBoxLayout(self.paused)
        paused_layout.setContentsMargins(24, 20, 24, 20)
        paused_layout.setSpacing(12)
        paused_layout.addWidget(self.paused_question)
        paused_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.devices_view = DevicesView(content)
        self.review_button = QPushButton(self.tr("&Review…"), content)
        self.review_button.setAccessibleName(self.tr("Review what sync kept aside"))
        self.show_code_button = QPushButton(self.tr("Show the pairing &code…"), content)
        self.show_code_button.setAccessibleName(self.tr("Show the pairing code"))
        self.leave_button = QPushButton(self.tr("Lea&ve sync…"), content)
        self.leave_button.setAccessibleName(self.tr("Leave sync"))
        manage = QHBoxLayout()
        manage.setSpacing(12)
        for button in (self.review_button, self.show_code_button, self.leave_button):
            manage.addWidget(button)
        manage.addStretch(1)
        for button in (
            self.sync_button,
            self.cancel_button,
            self.apply_button,
            self.review_button,
            self.show_code_button,
            self.leave_button,
        ):
            button.setAutoDefault(False)
            comfortable(button)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(44, 40, 44, 40)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addLayout(capped_row(self.code_card))
        layout.addWidget(self.place)
        layout.addLayout(capped_row(self.off_card))
        layout.addLayout(capped_row(self.join_form))
        layout.addLayout(capped_row(self.status_card))
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.problem)
        layout.addLayout(capped_row(self.paused))
        layout.addLayout(capped_row(self.devices_view))
        layout.addLayout(manage)
        layout.addWidget(self.teams)
        layout.addStretch(1)
        scroll_page(self, content)

        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.apply_button.clicked.connect(self.apply_anyway)
        self.off_card.set_up_button.clicked.connect(self.set_up)
        self.off_card.join_button.clicked.connect(self.open_join_form)
        self.join_form.join_requested.connect(self._join)
        self.join_form.join_server_requested.connect(self._join_server)
        self.place.server_choice.toggled.connect(self._place_chosen)
        self.place.test_requested.connect(self.test_server)
        self.join_form.closed.connect(self._join_closed)
        self.code_card.done.connect(self._code_done)
        self.devices_view.forget_requested.connect(self.forget_device)
        self.review_button.clicked.connect(self.open_review)
        self.show_code_button.clicked.connect(self.show_pairing_code)
        self.leave_button.clicked.connect(self.leave)
        shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while Sync is on screen
        shortcut.activated.connect(self.sync_now)
        self._set_busy(False)
        self._clear_messages()  # the paused card too: it showed, empty, until the first lock
        self._show_overview(sync_ops.NOT_SET_UP)

    # -- hooks -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._opened = True
        self.refresh()
        self.teams.vault_opened()

    def clear_content(self) -> None:
        """The vault is locking: a sync under way stops after its current file."""
        self._opened = False
        if self._run is not None:
            self._run.cancel()  # the worker finishes this file; the lock's job runs next
            self._run = None
        for request in (self._reading, self._sync_request, self._change, self._server_test):
            request.cancel()
        self._set_busy(False)
        self.off_card.set_busy(False)
        self.code_card.clear()
        self.join_form.clear()
        self.join_form.hide()
        self.place.clear()  # the password first of all
        self.off_card.show()
        self.status_card.clear()
        self.devices_view.clear()
        self._clear_messages()
        self._show_overview(sync_ops.NOT_SET_UP)
        self.teams.clear_content()

    def focus_first(self) -> None:
        for button in (self.code_card.copy_button, self.sync_button):
            if button.isVisibleTo(self):
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.off_card.set_up_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read where sync stands (a sync under way reads it again when it ends)."""
        if self._opened and self._reading.available:
            self._reading.run(sync_ops.overview, self._show_overview)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._syncing:
            self.refresh()  # records written elsewhere wait to be sent
        self.teams.refresh()

    # -- syncing -----------------------------------------------------------------------

    def sync_now(self) -> None:
        self._start(confirm_removals=False)

    def apply_anyway(self) -> None:
        """She saw what the paused sync would remove and goes on."""
        self._start(confirm_removals=True)

    def cancel_sync(self) -> None:
        """Stop between two files: what came in is kept, the rest comes next time."""
        if self._run is not None and not self._run.cancelled:
            self._run.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.busy_label, self.tr("Stopping after this file…"))

    def _start(self, confirm_removals: bool) -> None:
        if not self._opened or self._syncing or not self.sync_button.isVisibleTo(self):
            return
        self._clear_messages()
        self._runs += 1
        run = self._run = SyncRun(self._runs)
        self._set_busy(True)
        self._sync_request.run(
            bind(
                sync_ops.sync_now,
                confirm_removals=confirm_removals,
                cancelled=run.asked_to_stop,
                progress=self._relay.reporter(run.number),
            ),
            self._synced,
            self._failed,
        )

    def _progressed(self, run: int, sent_files: int, read_files: int) -> None:
        current = self._run
        if current is None or current.number != run or current.cancelled:
            return  # an earlier sync's late news, or "Stopping…" says enough
        sent = self.tr("Sent %n files", "", sent_files)
        self._say(self.busy_label, self.tr("{sent}, read %n…", "", read_files).format(sent=sent))

    def _synced(self, outcome: sync_ops.SyncOutcome) -> None:
        self._run = None
        self._set_busy(False)
        self._show_overview(outcome.overview)
        report = outcome.report
        if report.paused:
            self.paused_question.setText(self._paused_question(report))
            self.paused_question.setAccessibleName(self.paused_question.text())
            self.paused.show()
        self._say(self.result, self._summary(report, outcome.needs_review))

    def _failed(self, error: BaseException) -> None:
        self._run = None
        self._set_busy(False)
        self._say(self.problem, self._problem(error))
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self._syncing = busy
        self.sync_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy)
        for button in (self.show_code_button, self.leave_button):
            button.setEnabled(not busy)
        self.review_button.setEnabled(not busy and self._needs_review > 0)
        self.devices_view.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.busy_bar.setVisible(busy and not reduce_motion())  # still: the words say it
        if busy:
            self._say(self.busy_label, self.tr("Syncing…"))
        else:
            self._say(self.busy_label, "")

    # -- setting up and joining --------------------------------------------------------

    def set_up(self) -> None:
        """Choose the place, then make this vault the first device syncing there."""
        if not self._opened or self._is_set_up:
            return
        if self.place.uses_server:
            self._set_up_on_server()
            return
        ask_folder(self.window(), self.tr("Choose the folder to sync through"), self._set_up_in)

    def _set_up_in(self, folder: Path) -> None:
        if not self._opened:
            return
        self._clear_messages()
        self.join_form.hide()
        self.off_card.set_busy(True)
        self._through_server = False
        self._change.run(
            bind(sync_ops.set_up_folder, folder), self._was_set_up, self._set_up_failed
        )

    def _set_up_on_server(self) -> None:
        self._clear_messages()
        server = self._server_or_say()
        if server is None:
            return
        self.join_form.hide()
        self.off_card.set_busy(True)
        self.place.set_busy(True)
        self._through_server = True
        self._change.run(
            bind(sync_ops.set_up_webdav, server), self._was_set_up, self._set_up_failed
        )

    def _server_or_say(self) -> sync_ops.ServerDetails | None:
        """The server she typed, or a word (and the first empty field) if one is missing."""
        server = self.place.details()
        if server is None:
            self._say(
                self.problem,
                self.tr("Fill in the server address, the user name and the password first."),
            )
            for field in (self.place.address, self.place.user, self.place.password):
                if not field.text().strip():
                    field.setFocus(Qt.FocusReason.OtherFocusReason)
                    break
        return server

    def test_server(self, server: sync_ops.ServerDetails) -> None:
        """Run the self-check on the server, on the worker (it may take a while)."""
        if not self._opened:
            self.place.set_busy(False)
            return
        self._server_test.run(
            bind(sync_ops.test_server, server), self.place.show_tested, self.place.show_test_failed
        )

    def _place_chosen(self, server: bool) -> None:
        self.join_form.set_needs_folder(not server)

    def _was_set_up(self, code: str) -> None:
        self.off_card.set_busy(False)
        self.place.clear()  # the password is in the vault now, nowhere else
        self.code_card.show_code(code)
        self._say(
            self.result,
            self.tr("Sync is set up. Nothing was sent yet: press “Sync now” when you are ready."),
        )
        self.refresh()

    def _set_up_failed(self, error: BaseException) -> None:
        self.off_card.set_busy(False)
        self.place.set_busy(False)
        self._say(self.problem, self._place_problem(error))
        self.refresh()

    def open_join_form(self) -> None:
        if self._opened and not self._is_set_up:
            self._clear_messages()
            self.off_card.hide()  # the form says what it needs; the page stays short
            self.join_form.open_form()

    def _join(self, folder: Path, code: str) -> None:
        if not self._opened:
            return
        self.join_form.set_busy(True)
        self.off_card.set_busy(True)
        self._through_server = False
        self._change.run(bind(sync_ops.join_folder, folder, code), self._joined, self._join_failed)

    def _join_server(self, code: str) -> None:
        if not self._opened:
            return
        server = self._server_or_say()
        if server is None:
            return
        self.join_form.set_busy(True)
        self.off_card.set_busy(True)
        self.place.set_busy(True)
        self._through_server = True
        self._change.run(bind(sync_ops.join_webdav, server, code), self._joined, self._join_failed)

    def _joined(self, _: object) -> None:
        self.off_card.set_busy(False)
        self.place.clear()
        self.join_form.clear()
        self.join_form.hide()
        self._say(
            self.result,
            self.tr(
                "Joined. Press “Sync now” to send what this vault has and receive "
                "what your other devices sent."
            ),
        )
        self.refresh()

    def _join_failed(self, error: BaseException) -> None:
        self.off_card.set_busy(False)
        self.join_form.set_busy(False)
        self.place.set_busy(False)
        self.join_form.show_problem(self._place_problem(error))
        self.join_form.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _join_closed(self) -> None:
        self.place.forget_password()
        self.off_card.setVisible(not self._is_set_up)
        self.off_card.join_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- managing ----------------------------------------------------------------------

    def show_pairing_code(self) -> None:
        """Her passphrase first: whoever has the code and the folder reads what is synced."""
        if not self._opened or not self._is_set_up or self.passphrase_dialog is not None:
            return
        dialog = ConfirmPassphraseDialog(
            self.tr("Type your passphrase to see the pairing code."), self.window()
        )
        self.passphrase_dialog = dialog

        def finished(result: int) -> None:
            passphrase, dialog.entered = dialog.entered, ""
            self.passphrase_dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted.value or not passphrase or not self._opened:
                return
            self._clear_messages()
            self._change.run(
                bind(sync_ops.pairing_code, passphrase),
                self.code_card.show_code,
                self._code_refused,
            )

        dialog.finished.connect(finished)
        dialog.open()

    def _code_refused(self, error: BaseException) -> None:
        self.code_card.clear()
        self._say(self.problem, describe_error(error))

    def _code_done(self) -> None:
        target = self.sync_button if self._is_set_up else self.off_card.set_up_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_device(self, device: str) -> None:
        if not self._opened or self._syncing:
            return
        name = device[:SHORT_ID]
        answer = MessageBox.question(
            self.window(),
            self.tr("Forget this device?"),
            self.tr(
                "This vault stops reading the sync files of device {device}. That device "
                "keeps everything that was synced before, and it can still read the folder "
                "with the pairing code. To shut it out, leave sync on your other devices "
                "and set up a new sync in a new folder."
            ).format(device=name),
        )
        if answer != Button.Yes:
            return
        self._clear_messages()
        self._change.run(bind(sync_ops.forget_device, device), lambda _: self._forgot(name))

    def _forgot(self, name: str) -> None:
        self._say(self.result, self.tr("Device {device} is forgotten here.").format(device=name))
        self.refresh()

    def leave(self) -> None:
        if not self._opened or self._syncing or not self._is_set_up:
            return
        answer = MessageBox.question(
            self.window(),
            self.tr("Leave sync?"),
            self.tr(
                "This vault stops sending and receiving. Everything stays on this "
                "computer; what was already sent stays in the folder for your other devices."
            ),
        )
        if answer != Button.Yes:
            return
        self._clear_messages()
        self._change.run(sync_ops.leave, self._left)

    def _left(self, _: object) -> None:
        self.code_card.clear()
        self.devices_view.clear()
        self._show_overview(sync_ops.NOT_SET_UP)
        self._say(self.result, self.tr("This vault does not sync any more."))
        self.off_card.set_up_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    def open_review(self) -> None:
        """The review screen, built only when she asks for it."""
        if not self._opened or self._needs_review == 0:
            return
        from wellbeing_desk.ui.sync.review_dialog import (  # type: ignore[import-not-found, unused-ignore]
            SyncReviewDialog,
        )

        dialog = SyncReviewDialog(self._worker, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    # -- showing -----------------------------------------------------------------------

    def _show_overview(self, overview: sync_ops.SyncOverview) -> None:
        set_up = overview.set_up
        self._is_set_up = set_up
        if set_up:
            self.join_form.hide()
            self.place.clear()
        self.place.setVisible(not set_up)
        self.off_card.setVisible(not set_up and self.join_form.isHidden())
        self.status_card.setVisible(set_up)
        self.devices_view.setVisible(set_up)
        for button in (
            self.sync_button,
            self.review_button,
            self.show_code_button,
            self.leave_button,
        ):
            button.setVisible(set_up)
        status = overview.status
        self._needs_review = status.needs_review if status is not None else 0
        self.review_button.setEnabled(not self._syncing and self._needs_review > 0)
        if status is not None:
            self.status_card.show_status(status, overview.folder)
            self.devices_view.show_devices(status.devices)

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
        if report.cancelled:
            parts = [self.tr("Stopped. What came in is saved; the rest comes next time.")]
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
        if report.tampered:
            parts.append(
                self.tr(
                    "%n files in the sync place were changed by someone without the key, "
                    "or are out of order; they were not used, and nothing in them was applied.",
                    "",
                    report.tampered,
                )
            )
        if len(report.alerts) > report.tampered:
            parts.append(
                self.tr(
                    "%n files in the sync folder could not be used; nothing in them was applied.",
                    "",
                    len(report.alerts) - report.tampered,
                )
            )
        if report.rolled_back:
            parts.append(
                self.tr(
                    "This device's files in the sync place went back to an older copy, so "
                    "everything here was sent again: nothing is missing."
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

    def _place_problem(self, error: BaseException) -> str:
        """Why setting up or joining did not work, said for a server or a folder."""
        server_trouble = (TargetError, sync_ops.ServerAddressError, PlaceNotUsableError)
        if self._through_server and isinstance(error, server_trouble):
            return self.place.problem_text(error)
        if self._through_server and isinstance(error, NoSpaceError):
            return self.tr(
                "There is no sync on that server yet. Fill in the server your other device "
                "syncs through, or set up sync there first. Nothing was changed."
            )
        if self._through_server and isinstance(error, WrongPairingCodeError):
            return self.tr(
                "That code does not open the sync on that server. Check that it is the "
                "code your other device showed. Nothing was changed."
            )
        return self._folder_problem(error)

    def _folder_problem(self, error: BaseException) -> str:
        """Why setting up or joining did not work; nothing in the vault changed either way."""
        if isinstance(error, PairingCodeError):
            return self.tr(
                "That code has a typo: check each group against the code your other "
                "device shows. Nothing was changed."
            )
        if isinstance(error, WrongPairingCodeError):
            return self.tr(
                "That code does not open the sync in this folder. Check that it is the "
                "code your other device showed for this folder. Nothing was changed."
            )
        if isinstance(error, NoSpaceError):
            return self.tr(
                "There is no sync in that folder yet. Choose the folder your other device "
                "syncs through, or set up sync there first. Nothing was changed."
            )
        if isinstance(error, sync_ops.FolderMissingError):
            return self.tr("That folder is not there. Is the drive connected? Nothing was changed.")
        if isinstance(error, FormatTooNewError):
            return self.tr(
                "That sync was set up by a newer version of Wellbeing Desk. Update this "
                "one, then try again. Nothing was changed."
            )
        if isinstance(error, AlreadySetUpError):
            return self.tr("This vault already syncs.")
        if isinstance(error, PlaceNotUsableError):
            return self.tr(
                "That folder cannot be used for sync: files could not be written and read "
                "back there safely (is it write-protected, or full?). Nothing was changed."
            )
        if isinstance(error, SyncError):
            return self.tr(
                "Something in that folder could not be read. Nothing was changed; "
                "you can try again."
            )
        if isinstance(error, OSError):
            return self.tr(
                "That folder could not be used. Check that it is there and that you are "
                "allowed to write to it. Nothing was changed."
            )
        return describe_error(error)
