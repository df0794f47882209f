"""How the dialog tests open each team-space dialog (``test_shortcuts_any_dialog.OPENERS``)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from wellbeing_desk.ops.team import Newcomer
from wellbeing_desk.sync.team_identity import MemberIdentity
from wellbeing_desk.sync.team_sync import TeamMember, TeamRow
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.sync.team_dialogs import (
    CreateTeamDialog,
    JoinTeamDialog,
    MemberKeyDialog,
    TeamPlaceDialog,
)
from wellbeing_desk.ui.sync.team_members import (
    AddMemberDialog,
    ConfirmAddDialog,
    TeamMembersDialog,
)

FINGERPRINT = "7K3M-9QX2-ABCD-EFGH-JKMN"


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _team() -> TeamRow:
    members = (
        TeamMember("Rosa", FINGERPRINT, admin=True, me=True),
        TeamMember("Ana", "PQRS-TVWX-YZ01-2345-6789", admin=False, me=False),
    )
    return TeamRow(
        "0" * 32, "Red de cuidado", "1" * 32, True, 1, False, TargetSpec("folder", "/x"),
        None, None, members,
    )  # fmt: skip


def _newcomer() -> Newcomer:
    return Newcomer(MemberIdentity.generate().public(), "Ana")


TEAM_OPENERS: dict[type[QWidget], tuple[Callable[[MainWindow], QWidget | None], ...]] = {
    TeamPlaceDialog: (lambda window: _open(CreateTeamDialog(window.worker, window)),),
    CreateTeamDialog: (lambda window: _open(CreateTeamDialog(window.worker, window)),),
    JoinTeamDialog: (lambda window: _open(JoinTeamDialog(window.worker, window)),),
    MemberKeyDialog: (
        lambda window: _open(MemberKeyDialog("0" * 104, FINGERPRINT, window.clipboard, window)),
    ),
    TeamMembersDialog: (lambda window: _open(TeamMembersDialog(window.worker, _team(), window)),),
    AddMemberDialog: (lambda window: _open(AddMemberDialog(_team().members, window)),),
    ConfirmAddDialog: (lambda window: _open(ConfirmAddDialog(_newcomer(), window)),),
}
