"""What the team spaces say: one calm sentence per kind of trouble, and a sync's summary.

Shared by the team panel and its dialogs. The sync's own English messages are
for the command line; here each error type gets its own translated sentence,
and a server's trouble is said as the place form says it (``server_form.py``).
"""

from PySide6.QtCore import QCoreApplication, QObject

from wellbeing_desk.ops.sync import ServerAddressError
from wellbeing_desk.ops.team import FingerprintTextError, SpaceIdError
from wellbeing_desk.sync.errors import (
    FingerprintMismatchError,
    FormatTooNewError,
    NoSpaceError,
    NotATeamSpaceError,
    NotInvitedError,
    NotTeamAdminError,
    RemovedFromTeamError,
    SyncError,
    TeamKeyMissingError,
)
from wellbeing_desk.sync.target_errors import TargetError
from wellbeing_desk.sync.team_sync import TeamSyncReport
from wellbeing_desk.sync.vault_sync import FolderMissingError, PlaceNotUsableError
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.sync.server_form import PlaceForm
from wellbeing_desk.vault.crockford import CodeTextError


def removed_sentence() -> str:
    return QCoreApplication.translate(
        "TeamSync",
        "You are no longer in this team: the person who created it removed you. What you "
        "already received stays in this vault; nothing new arrives.",
    )


def problem(error: BaseException, place: PlaceForm | None = None) -> str:
    """Why a team step did not work; ``place``: the form the server was typed in."""
    server_trouble = TargetError | ServerAddressError | PlaceNotUsableError
    if place is not None and isinstance(error, server_trouble):
        return place.problem_text(error)
    if isinstance(error, RemovedFromTeamError):
        return removed_sentence()
    said = _joining_problem(error)
    return said if said is not None else _place_problem(error)


def _joining_problem(error: BaseException) -> str | None:
    """What she typed or was given (an id, a fingerprint, a key), or None."""
    if isinstance(error, FolderMissingError):
        return QCoreApplication.translate(
            "TeamSync", "That folder is not there. Is the drive connected? Nothing was changed."
        )
    if isinstance(error, SpaceIdError):
        return QCoreApplication.translate(
            "TeamSync",
            "That is not a team space id: it has 32 letters and digits. Check it with the "
            "person who created the team.",
        )
    if isinstance(error, FingerprintTextError):
        return QCoreApplication.translate(
            "TeamSync",
            "A fingerprint has 20 letters and digits, in five groups of four. Check what "
            "you typed.",
        )
    if isinstance(error, FingerprintMismatchError):
        return QCoreApplication.translate(
            "TeamSync",
            "That fingerprint does not match the person who created this team space: it "
            "may be another team's space. Check each group again with that person. "
            "Nothing was joined.",
        )
    if isinstance(error, NotInvitedError):
        return QCoreApplication.translate(
            "TeamSync",
            "You have not been added to that team yet. Send your member key to the person "
            "who created it, and join once they have added you.",
        )
    if isinstance(error, NoSpaceError | NotATeamSpaceError):
        return QCoreApplication.translate(
            "TeamSync",
            "There is no team space with that id there. Check the id, and that you chose "
            "the place the team uses. Nothing was changed.",
        )
    return None


def _place_problem(error: BaseException) -> str:
    """The team's place, its keys and its format."""
    if isinstance(error, TeamKeyMissingError):
        return QCoreApplication.translate(
            "TeamSync",
            "This vault has not received the team's newest key yet. Sync again a little "
            "later, or ask the person who created the team to sync.",
        )
    if isinstance(error, NotTeamAdminError):
        return QCoreApplication.translate(
            "TeamSync", "Only the person who created the team adds and removes members."
        )
    if isinstance(error, CodeTextError):
        return QCoreApplication.translate(
            "TeamSync",
            "That member key has a typo or is cut short. Check it against the key you "
            "were sent, or ask for it again.",
        )
    if isinstance(error, FormatTooNewError):
        return QCoreApplication.translate(
            "TeamSync",
            "That team space was made by a newer version of Wellbeing Desk. Update this "
            "one, then try again.",
        )
    if isinstance(error, PlaceNotUsableError):
        return QCoreApplication.translate(
            "TeamSync",
            "That place cannot be used for a team: files could not be written and read "
            "back there safely. Nothing was changed.",
        )
    if isinstance(error, TargetError):
        return QCoreApplication.translate(
            "TeamSync",
            "The team's server could not be used just now. Check your connection and try "
            "again a little later.",
        )
    if isinstance(error, SyncError):
        return QCoreApplication.translate(
            "TeamSync",
            "Something in the team's place could not be read. Nothing in this vault was "
            "lost; you can try again.",
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "TeamSync",
            "The team's folder could not be read or written. Check that it is there and "
            "that you are allowed to write to it.",
        )
    return describe_error(error)


class TeamSummary(QObject):
    """A team sync's summary (a class: lupdate reads plural messages only from ``tr``)."""

    def summary(self, report: TeamSyncReport) -> str:
        """ "Sent 3 changes, received 5." and only what else matters."""
        if report.removed:
            return removed_sentence()
        sent = self.tr("Sent %n changes", "", report.sent)
        parts = [self.tr("{sent}, received %n.", "", report.received).format(sent=sent)]
        if report.cancelled:
            parts = [self.tr("Stopped. What came in is saved; the rest comes next time.")]
        if report.members_changed:
            parts.append(self.tr("The team's members changed."))
        if report.paused:
            parts.append(
                self.tr(
                    "Paused: this sync would remove %n entries that were deleted for good in "
                    "the team. Apply it anyway?",
                    "",
                    sum(report.would_remove.values()),
                )
            )
        if report.newer_format:
            parts.append(
                self.tr(
                    "Someone in the team uses a newer version of Wellbeing Desk: update this "
                    "one to receive those changes.",
                )
            )
        if report.alerts:
            parts.append(
                self.tr(
                    "%n files in the team's place could not be used; nothing in them was applied.",
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
