"""What the Sync page asks of the vault: where sync stands, and one sync now.

Sync is off until she sets it up (from the command line, for now), and
nothing leaves the computer unless it is on: ``overview`` says which, and
``sync_now`` sends and receives only when she asks. Both run on the
database worker, the only thread that holds the vault's connection; a sync
also reads and writes the target folder there, never on the GUI thread.
"""

from dataclasses import dataclass

from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.engine import SyncReport
from wellbeing_desk.sync.vault_sync import FolderMissingError, NotSetUpError, SyncStatus
from wellbeing_desk.vault import Vault

__all__ = ["FolderMissingError", "SyncOutcome", "SyncOverview", "overview", "sync_now"]


@dataclass(frozen=True)
class SyncOverview:
    """Where sync stands: ``status`` is None while this vault does not sync."""

    status: SyncStatus | None
    folder: str | None  # the folder it syncs through (a path), when it is a folder

    @property
    def set_up(self) -> bool:
        return self.status is not None


@dataclass(frozen=True)
class SyncOutcome:
    """One sync's report and where things stand after it."""

    report: SyncReport
    overview: SyncOverview  # its status counts every record waiting for review

    @property
    def needs_review(self) -> int:
        status = self.overview.status
        return status.needs_review if status is not None else 0


NOT_SET_UP = SyncOverview(None, None)


def overview(vault: Vault) -> SyncOverview:
    conn = vault.connection()
    row = vault_sync.current_space(conn)
    if row is None:
        return NOT_SET_UP
    folder = row.target.location if row.target.type == "folder" else None
    return SyncOverview(vault_sync.status(conn), folder)


def sync_now(vault: Vault, confirm_removals: bool = False) -> SyncOutcome:
    """Send this vault's changes, then receive and apply the other devices'.

    ``confirm_removals``: she saw what a paused sync would remove and said yes.
    A missing folder is told apart (``vault_sync.FolderMissingError``) so the page can
    say so.
    """
    conn = vault.connection()
    row = vault_sync.current_space(conn)
    if row is None:
        raise NotSetUpError("this vault does not sync yet: set it up or join a space first")
    report = vault_sync.sync(conn, confirm_removals=confirm_removals)
    return SyncOutcome(report, overview(vault))
