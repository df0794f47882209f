"""The Sync page's team spaces: her teams, syncing one, and the ways in.

Shown whether or not her own sync is set up: a team space is its own place,
shared with other people, holding only the directory entries she shares with
the team. Each team is a card (its name, how many members, her role, the last
sync, "Sync team" and "Members…"); under them, creating a team, joining one,
and her member key. A team sync runs on the database worker like her own,
with its progress relayed to the GUI thread and Cancel asked between files;
one team syncs at a time. Being removed from a team is said calmly on its card.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import team as team_ops
from wellbeing_desk.ops.team import TeamRow, TeamsOverview, TeamSyncOutcome
from wellbeing_desk.sync.errors import RemovedFromTeamError
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.sync import team_words
from wellbeing_desk.ui.sync.progress_relay import ProgressRelay, SyncRun
from wellbeing_desk.ui.sync.status_view import CARD_WIDTH, local_time
from wellbeing_desk.ui.sync.team_dialogs import CreateTeamDialog, JoinTeamDialog, MemberKeyDialog
from wellbeing_desk.ui.sync.team_members import TeamMembersDialog
from wellbeing_desk.ui.widgets.bidi import her_words
from wellbeing_desk.ui.widgets.capped_row import capped_row
from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


class TeamCard(QFrame):
    """One team: ``sync_requested(space, confirm_removals)``, ``members_requested(space)``."""

    sync_requested = Signal(str, bool)
    cancel_requested = Signal()
    members_requested = Signal(str)

    def __init__(self, row: TeamRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self.row = row
        self.title = heading("", self, level=2)
        self.details = paragraph("", self)
        self.details.setObjectName("muted")
        self.message = paragraph("", self)  # the last sync, or being removed
        self.problem = paragraph("", self)
        self.problem.setObjectName("error")
        # No Alt keys: every card has these buttons, and a window's keys must be unique.
        self.sync_button = QPushButton(self.tr("Sync team"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.apply_button = QPushButton(self.tr("Apply anyway"), self)
        self.members_button = QPushButton(self.tr("Members…"), self)
        self.busy_label = QLabel("", self)
        self.busy_label.setObjectName("muted")
        self.busy_label.setWordWrap(True)
        buttons = FlowLayout(spacing=12)  # wraps when the buttons' words are long
        for button in (
            self.sync_button,
            self.cancel_button,
            self.apply_button,
            self.members_button,
        ):
            button.setProperty("perRow", True)  # its accessible name names the team
            button.setAutoDefault(False)
            comfortable(button)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        for widget in (self.title, self.details, self.message, self.problem):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.busy_label)
        self.sync_button.clicked.connect(lambda: self.sync_requested.emit(self.row.space, False))
        self.apply_button.clicked.connect(lambda: self.sync_requested.emit(self.row.space, True))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.members_button.clicked.connect(lambda: self.members_requested.emit(self.row.space))
        self.apply_button.hide()
        self.show_row(row)
        self.set_busy(False, others_busy=False)
        _say(self.problem, "")

    def show_row(self, row: TeamRow) -> None:
        self.row = row
        _say(self.title, row.team)
        members = self.tr("%n members", "", len(row.members))
        role = self.tr("You created it") if row.admin else self.tr("You are a member")
        last = (
            self.tr("Last synced {when}").format(when=local_time(row.last_sync_at))
            if row.last_sync_at
            else self.tr("Not synced yet")
        )
        _say(self.details, " · ".join((members, role, last)))
        self.sync_button.setAccessibleName(
            self.tr("Sync the team {team}").format(team=her_words(row.team))
        )
        self.members_button.setAccessibleName(
            self.tr("Members of the team {team}").format(team=her_words(row.team))
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel the team sync"))
        self.apply_button.setAccessibleName(
            self.tr("Apply the team sync anyway, with its removals")
        )
        if row.removed:
            _say(self.message, team_words.removed_sentence())
        self.sync_button.setEnabled(not row.removed)

    def set_busy(self, busy: bool, others_busy: bool) -> None:
        """``busy``: this team syncs; ``others_busy``: another does (one at a time)."""
        self.sync_button.setEnabled(not busy and not others_busy and not self.row.removed)
        self.apply_button.setEnabled(not busy and not others_busy)
        self.members_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        _say(self.busy_label, self.tr("Syncing…") if busy else "")


class TeamPanel(QWidget):
    """``TeamPanel(worker, clipboard, parent)``: the section under her own sync."""

    changed = Signal()  # a team was created, joined or synced

    def __init__(
        self, worker: DatabaseWorker, clipboard: ClipboardGuard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._clipboard = clipboard
        self._opened = False
        self._overview: TeamsOverview | None = None
        self._cards: dict[str, TeamCard] = {}
        self._rows: dict[str, QHBoxLayout] = {}  # each card's row in ``cards``
        self._run: SyncRun | None = None
        self._runs = 0
        self._syncing: str | None = None  # the space syncing now
        self._reading = Request(worker, self)
        self._sync_request = Request(worker, self)
        self._relay = ProgressRelay(self)
        self._relay.moved.connect(self._progressed)
        self._words = team_words.TeamSummary(self)
        self.dialog: QDialog | None = None  # the dialog open now, one at a time

        self.title = heading(self.tr("Team spaces"), self, level=2)
        self.intro = paragraph(
            self.tr(
                "A team space shares the directory entries you choose with the people in "
                "your team, through a folder or a server you all use. It is separate from "
                "syncing your own devices."
            ),
            self,
        )
        self.none_yet = paragraph(self.tr("You are not in any team space yet."), self)
        self.none_yet.setObjectName("muted")
        self.cards = QVBoxLayout()
        self.cards.setSpacing(12)
        self.create_button = QPushButton(self.tr("Be&gin a team space…"), self)
        self.create_button.setAccessibleName(self.tr("Create a team space"))
        self.join_button = QPushButton(self.tr("Jo&in a team space…"), self)
        self.join_button.setAccessibleName(self.tr("Join a team space"))
        self.key_button = QPushButton(self.tr("Your member &key…"), self)
        self.key_button.setAccessibleName(self.tr("Show your member key"))
        actions = FlowLayout(spacing=12)  # wraps when the buttons' words are long
        for button in (self.create_button, self.join_button, self.key_button):
            button.setAutoDefault(False)
            comfortable(button)
            actions.addWidget(button)
        self.result = paragraph("", self)
        self.problem = paragraph("", self)
        self.problem.setObjectName("error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(capped_row(self.intro))
        self.intro.setMaximumWidth(CARD_WIDTH)
        layout.addWidget(self.none_yet)
        layout.addLayout(self.cards)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.problem)
        self.create_button.clicked.connect(self.open_create)
        self.join_button.clicked.connect(self.open_join)
        self.key_button.clicked.connect(self.show_member_key)
        self._clear_messages()
        self._enable(False)

    # -- hooks (the page calls them) -----------------------------------------------------

    def vault_opened(self) -> None:
        self._opened = True
        self._enable(True)
        self.refresh()

    def clear_content(self) -> None:
        """Locking: a team sync stops after its file; dialogs close; nothing stays shown."""
        self._opened = False
        if self._run is not None:
            self._run.cancel()
            self._run = None
        self._syncing = None
        for request in (self._reading, self._sync_request):
            request.cancel()
        if self.dialog is not None:
            self.dialog.reject()  # a server's password is emptied with it
        self.dialog = None
        self._overview = None
        self._show_teams(())
        self._clear_messages()
        self._enable(False)

    def refresh(self) -> None:
        if self._opened and self._syncing is None and self._reading.available:
            self._reading.run(team_ops.overview, self._show_overview)

    # -- syncing -------------------------------------------------------------------------

    def sync_team(self, space: str, confirm_removals: bool = False) -> None:
        card = self._cards.get(space)
        if not self._opened or self._syncing is not None or card is None:
            return
        self._clear_messages()
        _say(card.message, "")
        _say(card.problem, "")
        card.apply_button.hide()
        self._runs += 1
        run = self._run = SyncRun(self._runs)
        self._set_syncing(space)
        self._sync_request.run(
            bind(
                team_ops.sync_now,
                space,
                confirm_removals=confirm_removals,
                cancelled=run.asked_to_stop,
                progress=self._relay.reporter(run.number),
            ),
            self._synced,
            lambda error: self._sync_failed(space, error),
        )

    def cancel_sync(self) -> None:
        if self._run is not None and not self._run.cancelled and self._syncing is not None:
            self._run.cancel()
            card = self._cards[self._syncing]
            card.cancel_button.setEnabled(False)
            _say(card.busy_label, self.tr("Stopping after this file…"))

    def _progressed(self, run: int, sent_files: int, read_files: int) -> None:
        current = self._run
        if current is None or current.number != run or current.cancelled or not self._syncing:
            return
        sent = self.tr("Sent %n files", "", sent_files)
        text = self.tr("{sent}, read %n…", "", read_files).format(sent=sent)
        _say(self._cards[self._syncing].busy_label, text)

    def _synced(self, outcome: TeamSyncOutcome) -> None:
        self._run = None
        self._set_syncing(None)
        card = self._cards.get(outcome.team.space)
        if card is not None:
            card.show_row(outcome.team)
            _say(card.message, self._words.summary(outcome.report))
            card.apply_button.setVisible(outcome.report.paused)
        self.changed.emit()
        self.refresh()

    def _sync_failed(self, space: str, error: BaseException) -> None:
        self._run = None
        self._set_syncing(None)
        card = self._cards.get(space)
        if card is None:
            return
        if isinstance(error, RemovedFromTeamError):
            _say(card.message, team_words.removed_sentence())
        else:
            _say(card.problem, team_words.problem(error))
        self.refresh()

    def _set_syncing(self, space: str | None) -> None:
        self._syncing = space
        for key, card in self._cards.items():
            card.set_busy(key == space, others_busy=space is not None and key != space)

    # -- dialogs -------------------------------------------------------------------------

    def open_create(self) -> None:
        if self._opened and self.dialog is None:
            self._open(CreateTeamDialog(self._worker, self.window()))

    def open_join(self) -> None:
        if self._opened and self.dialog is None:
            self._open(JoinTeamDialog(self._worker, self.window()))

    def show_member_key(self) -> None:
        seen = self._overview
        if not self._opened or self.dialog is not None or seen is None:
            return
        if seen.key_text is None or seen.fingerprint is None:  # made on first ask: a write
            if self._reading.available:
                self._reading.run(team_ops.member_key, self._key_made)
            return
        dialog = MemberKeyDialog(seen.key_text, seen.fingerprint, self._clipboard, self.window())
        self._open(dialog)

    def _key_made(self, overview: team_ops.TeamsOverview) -> None:
        self._show_overview(overview)
        if overview.key_text is not None:
            self.show_member_key()

    def open_members(self, space: str) -> None:
        card = self._cards.get(space)
        if self._opened and self.dialog is None and card is not None:
            dialog = TeamMembersDialog(self._worker, card.row, self.window())
            dialog.changed.connect(self.refresh)
            dialog.left.connect(self._left)
            self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, CreateTeamDialog | JoinTeamDialog):
            dialog.made.connect(self._made)

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.finished.connect(finished)
        dialog.open()

    def _made(self, row: TeamRow) -> None:
        self._clear_messages()
        text = (
            self.tr("The team space “{team}” is ready. Add each person from “Members…”.")
            if row.admin
            else self.tr("You joined “{team}”. Press “Sync team” to receive its entries.")
        )
        _say(self.result, text.format(team=her_words(row.team)))
        self.changed.emit()
        self.refresh()

    def _left(self, team: str) -> None:
        self._clear_messages()
        text = self.tr(
            "You left “{team}” on this computer. Its entries left your directory; copies "
            "you kept as your own stay."
        )
        _say(self.result, text.format(team=her_words(team)))
        self.changed.emit()
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def _show_overview(self, seen: TeamsOverview) -> None:
        self._overview = seen
        self._show_teams(seen.teams)

    def _show_teams(self, rows: tuple[TeamRow, ...]) -> None:
        kept = {row.space for row in rows}
        for space in [s for s in self._cards if s not in kept]:
            card = self._cards.pop(space)
            self.cards.removeItem(self._rows.pop(space))
            card.deleteLater()
        for row in rows:
            shown = self._cards.get(row.space)
            if shown is not None:
                shown.show_row(row)
                continue
            card = TeamCard(row, self)
            card.sync_requested.connect(self.sync_team)
            card.cancel_requested.connect(self.cancel_sync)
            card.members_requested.connect(self.open_members)
            self._cards[row.space] = card
            self._rows[row.space] = capped_row(card)
            self.cards.addLayout(self._rows[row.space])
        self.none_yet.setVisible(self._opened and not rows)
        self._set_syncing(self._syncing)

    def _enable(self, opened: bool) -> None:
        for button in (self.create_button, self.join_button, self.key_button):
            button.setEnabled(opened)

    def _clear_messages(self) -> None:
        _say(self.result, "")
        _say(self.problem, "")
