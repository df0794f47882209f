"""The Directory page's team actions: whose the shown entry is, sharing, keeping a copy.

Once the detail of an entry is shown, ``ask`` reads whose it is
(``ops.team_directory.entry_team``) and the detail says it. "Share with a
team…" asks first (``ShareWithTeamDialog``, which names the team) and then
writes a copy of her entry into that team; "Keep a copy as mine" writes her
own copy of a team's entry at once (nothing is lost or sent by it). After
either, the new copy is chosen in the list and the page says where it is.
Her own entry is never moved into a team: both only ever add a copy.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from wellbeing_desk.ops import bind, team_directory
from wellbeing_desk.ops.team_directory import EntryTeam, ShareTarget, TeamRemovedError
from wellbeing_desk.ui.directory.share_dialog import ShareWithTeamDialog
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.bidi import her_words
from wellbeing_desk.ui.worker import DatabaseWorker

if TYPE_CHECKING:  # the page imports this module
    from wellbeing_desk.ui.directory.page import DirectoryPage


class TeamEntryActions(QObject):
    """Reads whose the shown entry is; shares her entry or keeps a copy of a team's."""

    def __init__(self, worker: DatabaseWorker, page: "DirectoryPage") -> None:
        super().__init__(page)
        self._page = page
        self._reading = Request(worker, page, lambda _: None)  # no team info: no team actions
        self._changing = Request(worker, page, self._failed)
        self.dialog: ShareWithTeamDialog | None = None
        page.detail.share_requested.connect(self.share)
        page.detail.keep_copy_requested.connect(self.keep_copy)

    def ask(self, entry_id: str) -> None:
        """Read whose ``entry_id`` is (the detail has just shown it)."""
        self._reading.run(bind(team_directory.entry_team, entry_id), self._page.detail.show_team)

    def cancel(self) -> None:
        """Drop every answer on its way and close the question (on lock)."""
        self._reading.cancel()
        self._changing.cancel()
        if self.dialog is not None:
            self.dialog.reject()

    # -- sharing ---------------------------------------------------------------------------

    def share(self) -> None:
        """Ask which team and whether to share; a copy of her entry goes only on "Share"."""
        team = self._shown_team()
        if team is None or team.is_teams or not team.share_into or self.dialog is not None:
            return
        found = self._page.detail.entry
        assert found is not None  # _shown_team checked it
        dialog = ShareWithTeamDialog(found.entry.name, team.share_into, self._page.window())
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted.value and self._still_shown(found.id):
                self._share(found.id, dialog.chosen())

        dialog.finished.connect(finished)
        dialog.open()

    def _share(self, entry_id: str, target: ShareTarget) -> None:
        page = self._page

        def shared(new_id: str) -> None:
            hidden = self.tr("Shared. Your search or filters hide the team's copy.")
            page._after_change(new_id, fresh=([new_id], hidden))
            page.say(
                self.tr(
                    "Shared a copy with the team “{team}”; it reaches everyone at the team's "
                    "next sync. Your own entry stays as it is."
                ).format(team=her_words(target.team))
            )

        self._changing.run(bind(team_directory.share, entry_id, target.space), shared)

    # -- keeping a copy --------------------------------------------------------------------

    def keep_copy(self) -> None:
        """Her own copy of the shown team entry, chosen in the list once it is written."""
        team = self._shown_team()
        if team is None or not team.is_teams:
            return
        page = self._page

        def kept(new_id: str) -> None:
            hidden = self.tr("Copy kept. Your search or filters hide it.")
            page._after_change(new_id, fresh=([new_id], hidden))
            page.say(
                self.tr(
                    "Your own copy is in your directory, chosen now (it has no team tag). "
                    "The team's entry stays as it is."
                )
            )

        self._changing.run(bind(team_directory.keep_copy, team.entry_id), kept)

    # -- helpers ---------------------------------------------------------------------------

    def _shown_team(self) -> EntryTeam | None:
        """Whose the shown entry is, if known and the page can act on it now."""
        page = self._page
        detail = page.detail
        if detail.entry is None or detail.team is None or page.editor.is_open:
            return None
        if not self._still_shown(detail.entry.id):
            return None
        return detail.team

    def _still_shown(self, entry_id: str) -> bool:
        page = self._page
        return page.detail_id() == entry_id and not page.editor.is_open

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, TeamRemovedError):
            self._page.say(self.tr("You are no longer in that team, so nothing was shared."))
        else:
            self._page.say(describe_error(error))
