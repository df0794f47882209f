"""A team's members: who is in it, and, for the person who created it, adding and removing.

Each member shows with the fingerprint of their member key, who created the
team, and which one is her. Adding takes the key the newcomer sent and the
name the team will know them by; before anything is written, the key's
fingerprint shows large, to be read aloud and compared group by group (a key
sent by message could have been swapped on the way). Removing says plainly
what it does and what it cannot undo. Both run on the database worker, as does
leaving the team on this computer (its entries leave her directory; nothing is
written to the target).
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import team as team_ops
from wellbeing_desk.ops.team import Newcomer, TeamMember, TeamRow, TeamsOverview
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.sync import team_words
from wellbeing_desk.ui.sync.code_view import grouped
from wellbeing_desk.ui.sync.team_dialogs import DIALOG_WIDTH, field
from wellbeing_desk.ui.widgets.bidi import her_words, left_to_right
from wellbeing_desk.ui.widgets.code_label import code_label
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker, Op

FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole


def remove_question(name: str) -> tuple[str, str]:
    """The removal's title and its plain sentence (also what the screenshots show)."""
    title = QCoreApplication.translate("TeamMembersDialog", "Remove {name}?").format(
        name=her_words(name)
    )
    text = QCoreApplication.translate(
        "TeamMembersDialog",
        "{name} will not receive anything written in the team from now on. What she "
        "already has stays with her: a removed member keeps what she already saw.",
    ).format(name=her_words(name))
    return title, text


def leave_question(team: str, *, created_it: bool) -> tuple[str, str]:
    """Leaving's title and what it does and does not do (also what the screenshots show)."""
    title = QCoreApplication.translate("TeamMembersDialog", "Leave {team}?").format(
        team=her_words(team)
    )
    text = QCoreApplication.translate(
        "TeamMembersDialog",
        "The team's entries, and your notes on them, leave your directory on this "
        "computer. Copies you kept as your own stay. Nothing is written to the team's "
        "folder or server: the team keeps what you shared, and only the person who "
        "created it can take you off its members.",
    )
    text += " " + QCoreApplication.translate(
        "TeamMembersDialog",
        "Any of them among your people for an emergency stays, as a copy of your own.",
    )
    if created_it:
        text += " " + QCoreApplication.translate(
            "TeamMembersDialog",
            "You created this team: once you leave, no one can add or remove its members.",
        )
    return title, text


def _with_cancel(dialog: QDialog, action: QPushButton) -> QDialogButtonBox:
    """Qt's own Cancel (its words, translated by Qt) beside ``action``, which accepts."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    box.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    for button in box.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
        comfortable(button)
    box.rejected.connect(dialog.reject)
    return box


def _dialog_buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    row.addStretch(1)
    for button in buttons:
        button.setAutoDefault(False)
        comfortable(button)
        row.addWidget(button)
    return row


class AddMemberDialog(QDialog):
    """Paste the key she was sent and type her name; ``newcomer`` once it reads."""

    def __init__(self, members: tuple[TeamMember, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Add a member")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(DIALOG_WIDTH)
        self._members = members
        self.newcomer: Newcomer | None = None
        self.key = QPlainTextEdit(self)
        self.key.setAccessibleName(self.tr("Their member key"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setFixedHeight(self.key.fontMetrics().lineSpacing() * 5 + 16)
        self.key.setTabChangesFocus(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Their name in the team"))
        self.problem = paragraph("", self)
        self.problem.setObjectName("error")
        self.problem.hide()
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setAccessibleName(self.tr("Next: compare the fingerprint"))
        buttons = _with_cancel(self, self.next_button)
        self.next_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(title, self, level=2))
        layout.addLayout(
            field(
                self,
                self.tr("Their member &key"),
                self.key,
                self.tr("Paste the key they sent you from “Your member key…”."),
            )
        )
        layout.addLayout(field(self, self.tr("Their na&me in the team"), self.name))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.read)  # it closes once the key reads

    def read(self) -> None:
        """Read the key (no vault needed); she compares its fingerprint next."""
        if not self.key.toPlainText().strip() or not self.name.text().strip():
            self._say(self.tr("Paste their member key and type their name first."))
            return
        try:
            newcomer = team_ops.read_member_key(self.key.toPlainText(), self.name.text())
        except ValueError as error:  # a typo in the key (crockford.CodeTextError)
            self._say(team_words.problem(error))
            self.key.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        known = next((m for m in self._members if m.fingerprint == newcomer.fingerprint), None)
        if known is not None:
            self._say(
                self.tr("That key is already in the team, as {name}.").format(
                    name=her_words(known.name)
                )
            )
            return
        self.newcomer = newcomer
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))


class ConfirmAddDialog(QDialog):
    """The newcomer's fingerprint, large, to compare aloud before she is added."""

    def __init__(self, newcomer: Newcomer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Add {name}?").format(name=her_words(newcomer.name))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.question = paragraph(
            self.tr(
                "Ask {name} to read you the fingerprint of her member key. Add her only "
                "if every group matches."
            ).format(name=her_words(newcomer.name)),
            self,
        )
        self.fingerprint = code_label(self, selectable=True)
        self.fingerprint.setText(newcomer.fingerprint)
        self.fingerprint.setAccessibleName(
            self.tr("Fingerprint: {fingerprint}").format(fingerprint=grouped(newcomer.fingerprint))
        )
        self.add_button = QPushButton(self.tr("&Add to the team"), self)
        self.add_button.setAccessibleName(
            self.tr("Add {name} to the team").format(name=her_words(newcomer.name))
        )
        buttons = _with_cancel(self, self.add_button)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter alone never adds: she compares first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading(title, self, level=2))
        layout.addWidget(self.question)
        layout.addWidget(self.fingerprint)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)


class TeamMembersDialog(QDialog):
    """``changed`` after a member was added or removed (the panel reads the teams again);
    ``left`` (the team's name) once she left the team on this computer."""

    changed = Signal()
    left = Signal(str)

    def __init__(self, worker: DatabaseWorker, row: TeamRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = row
        self._request = Request(worker, self)
        self.add_dialog: AddMemberDialog | None = None
        self.confirm_dialog: ConfirmAddDialog | None = None
        title = self.tr("Members of {team}").format(team=her_words(row.team))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(DIALOG_WIDTH)
        space_label = QLabel(self.tr("Team space id"), self)
        space_label.setObjectName("fieldLabel")
        self.space = QLineEdit(row.space, self)
        self.space.setReadOnly(True)
        self.space.setAccessibleName(self.tr("Team space id"))
        self.space.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        space_note = paragraph(
            self.tr("Each person you add types this id, and your fingerprint, to join."), self
        )
        space_note.setObjectName("muted")
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members"))
        self.members.setSpacing(4)
        self.outcome = paragraph("", self)
        self.outcome.hide()
        self.add_button = QPushButton(self.tr("&Add a member…"), self)
        self.add_button.setAccessibleName(self.tr("Add a member"))
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen member"))
        self.leave_button = QPushButton(self.tr("Lea&ve this team…"), self)
        self.leave_button.setAccessibleName(
            self.tr("Leave the team {team} on this computer").format(team=her_words(row.team))
        )
        close = QPushButton(self.tr("C&lose"), self)
        close.setAccessibleName(self.tr("Close"))
        buttons = _dialog_buttons(self.add_button, self.remove_button, close)
        buttons.insertStretch(3, 1)  # Close apart from what changes the team
        # On a row of its own, at the start: leaving is not a change to the members.
        leaving = QHBoxLayout()
        self.leave_button.setAutoDefault(False)
        comfortable(self.leave_button)
        leaving.addWidget(self.leave_button)
        leaving.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(title, self, level=2))
        layout.addWidget(space_label)
        layout.addWidget(self.space)
        layout.addWidget(space_note)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(leaving)
        layout.addLayout(buttons)
        for button in (self.add_button, self.remove_button):
            button.setVisible(row.admin)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.leave_button.clicked.connect(self.leave_team)
        self.members.currentItemChanged.connect(lambda *_: self._update())
        close.clicked.connect(self.accept)
        self._show_members(row)

    # -- adding ----------------------------------------------------------------------------

    def add_member(self) -> None:
        dialog = self.add_dialog = AddMemberDialog(self._row.members, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            self.add_dialog = None
            if result == QDialog.DialogCode.Accepted.value and dialog.newcomer is not None:
                self.confirm(dialog.newcomer)

        dialog.finished.connect(finished)
        dialog.open()

    def confirm(self, newcomer: Newcomer) -> None:
        dialog = self.confirm_dialog = ConfirmAddDialog(newcomer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            self.confirm_dialog = None
            if result == QDialog.DialogCode.Accepted.value:
                self._change(bind(team_ops.invite, self._row.space, newcomer))

        dialog.finished.connect(finished)
        dialog.open()

    # -- removing --------------------------------------------------------------------------

    def remove_member(self) -> None:
        member = self._chosen()
        if member is None or member.admin:
            return
        title, text = remove_question(member.name)
        if MessageBox.question(self, title, text) != Button.Yes:
            return
        self._change(bind(team_ops.remove, self._row.space, member.fingerprint))

    # -- leaving ---------------------------------------------------------------------------

    def leave_team(self) -> None:
        title, text = leave_question(self._row.team, created_it=self._row.admin)
        if MessageBox.question(self, title, text) != Button.Yes:
            return
        self._say("")
        self._set_busy(True)
        team = self._row.team
        self._request.run(
            bind(team_ops.leave, self._row.space), lambda _went: self._left(team), self._failed
        )

    def _left(self, team: str) -> None:
        self.left.emit(team)
        self.accept()

    # -- inside ----------------------------------------------------------------------------

    def _change(self, op: Op[TeamMember]) -> None:
        self._say("")
        self._set_busy(True)
        self._request.run(op, self._changed, self._failed)

    def _changed(self, member: TeamMember) -> None:
        self._request.run(team_ops.overview, lambda seen: self._reread(seen, member))
        self.changed.emit()

    def _reread(self, seen: TeamsOverview, member: TeamMember) -> None:
        self._set_busy(False)
        row = next((t for t in seen.teams if t.space == self._row.space), self._row)
        added = any(m.fingerprint == member.fingerprint for m in row.members)
        self._show_members(row)
        text = self.tr("{name} is in the team now.") if added else self.tr("{name} was removed.")
        self._say(text.format(name=her_words(member.name)))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(team_words.problem(error))

    def _show_members(self, row: TeamRow) -> None:
        self._row = row
        self.members.clear()
        for member in row.members:
            if member.admin and member.me:
                name = self.tr("{name} (created the team, you)").format(name=her_words(member.name))
            elif member.admin:
                name = self.tr("{name} (created the team)").format(name=her_words(member.name))
            elif member.me:
                name = self.tr("{name} (you)").format(name=her_words(member.name))
            else:
                name = member.name
            item = QListWidgetItem(f"{name}\n{left_to_right(member.fingerprint)}")
            item.setData(FINGERPRINT_ROLE, member.fingerprint)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{name}, {grouped(member.fingerprint)}"
            )
            self.members.addItem(item)
        self._update()

    def _chosen(self) -> TeamMember | None:
        item = self.members.currentItem()
        if item is None:
            return None
        wanted = item.data(FINGERPRINT_ROLE)
        return next((m for m in self._row.members if m.fingerprint == wanted), None)

    def _update(self) -> None:
        member = self._chosen()
        self.remove_button.setEnabled(member is not None and not member.admin)

    def _set_busy(self, busy: bool) -> None:
        self.add_button.setEnabled(not busy)
        self.leave_button.setEnabled(not busy)
        if busy:
            self.remove_button.setEnabled(False)
        else:
            self._update()

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setAccessibleName(text)
        self.outcome.setVisible(bool(text))

    def done(self, result: int) -> None:
        self._request.cancel()
        super().done(result)
