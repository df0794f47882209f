"""What the Sync page asks of the vault: where sync stands, and one sync now.

Sync is off until she sets it up (through a folder or a WebDAV server), and
nothing leaves the computer unless it is on: ``overview`` says which, and
``sync_now`` sends and receives only when she asks. Both run on the
database worker, the only thread that holds the vault's connection; a sync
also reads and writes the target folder there, never on the GUI thread.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wellbeing_desk.ops.passphrase import check_passphrase
from wellbeing_desk.sync import vault_review, vault_sync
from wellbeing_desk.sync.engine import Progress, SyncReport
from wellbeing_desk.sync.errors import SyncError
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.self_check import SelfCheckResult, self_check
from wellbeing_desk.sync.target import Target
from wellbeing_desk.sync.target_errors import TargetError
from wellbeing_desk.sync.vault_review import Choice, ReviewItem
from wellbeing_desk.sync.vault_sync import (
    FolderMissingError,
    NotSetUpError,
    SyncStatus,
    TargetSpec,
)
from wellbeing_desk.vault import Vault

__all__ = [
    "Choice",
    "FolderMissingError",
    "ServerAddressError",
    "ServerDetails",
    "SideBySide",
    "SyncOutcome",
    "SyncOverview",
    "forget_device",
    "items_to_review",
    "join_folder",
    "join_webdav",
    "leave",
    "overview",
    "pairing_code",
    "resolve",
    "set_up_folder",
    "set_up_webdav",
    "side_by_side",
    "sync_now",
    "test_server",
]


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


def _never() -> bool:
    return False


def overview(vault: Vault) -> SyncOverview:
    conn = vault.connection()
    row = vault_sync.current_space(conn)
    if row is None:
        return NOT_SET_UP
    folder = row.target.location if row.target.type == "folder" else None
    return SyncOverview(vault_sync.status(conn), folder)


def sync_now(
    vault: Vault,
    confirm_removals: bool = False,
    cancelled: Callable[[], bool] = _never,
    progress: Callable[[Progress], None] | None = None,
) -> SyncOutcome:
    """Send this vault's changes, then receive and apply the other devices'.

    ``confirm_removals``: she saw what a paused sync would remove and said yes.
    ``cancelled`` is asked between files (Cancel, or the vault locking; thread-safe:
    the page sets it from the GUI thread). ``progress`` hears after each file, on the
    worker's thread. A missing folder is told apart (``vault_sync.FolderMissingError``)
    so the page can say so.
    """
    conn = vault.connection()
    row = vault_sync.current_space(conn)
    if row is None:
        raise NotSetUpError("this vault does not sync yet: set it up or join a space first")
    report = vault_sync.sync(
        conn, confirm_removals=confirm_removals, cancelled=cancelled, progress=progress
    )
    return SyncOutcome(report, overview(vault))


def set_up_folder(vault: Vault, folder: Path) -> str:
    """Sync through ``folder`` as the first device of a new space; the pairing code,
    shown to her once (and again later, after her passphrase)."""
    spec = TargetSpec.existing_folder(folder)
    return vault_sync.set_up(vault.connection(), spec).pairing_code


def join_folder(vault: Vault, folder: Path, pairing_code: str) -> None:
    """Join the space in ``folder`` with the code another of her devices showed."""
    spec = TargetSpec.existing_folder(folder)
    vault_sync.join(vault.connection(), spec, pairing_code)


class ServerAddressError(SyncError):
    """The server address cannot be used (not https, a password in it, a ?query)."""


@dataclass(frozen=True)
class ServerDetails:
    """A WebDAV server as she typed it; the password never shows in a repr or a log."""

    url: str
    user: str
    password: str = field(repr=False)
    ca_file: Path | None = None

    @property
    def spec(self) -> TargetSpec:
        return TargetSpec.webdav(self.url, self.user, self.ca_file)


def open_server(server: ServerDetails) -> Target:
    # Imported here: the network client loads only when she uses a server.
    from wellbeing_desk.sync.webdav_target import WebDavTarget

    try:
        return WebDavTarget(server.url, server.user, server.password, ca_file=server.ca_file)
    except ValueError as error:  # its words name no secret
        raise ServerAddressError(str(error)) from None


def close_target(target: Target) -> None:
    close = getattr(target, "close", None)
    if close is not None:
        close()


def test_server(_vault: Vault | None, server: ServerDetails) -> SelfCheckResult:
    """Run the self-check on the server (list, write, read back, refuse to overwrite).

    A step that failed because of the server (a wrong password, no such folder…)
    raises that error, so it can be said plainly; other failures are the result.
    """
    target = open_server(server)
    try:
        result = self_check(target)
    finally:
        close_target(target)
    if isinstance(result.error, TargetError):
        raise result.error
    return result


def set_up_webdav(
    vault: Vault, server: ServerDetails, params: PairingKdfParams | None = None
) -> str:
    """Sync through a WebDAV server as the first device of a new space; the pairing code.
    The password is kept in the vault, nowhere else."""
    target = open_server(server)
    try:
        new = vault_sync.set_up(
            vault.connection(), server.spec, target=target, params=params, secret=server.password
        )
    finally:
        close_target(target)
    return new.pairing_code


def join_webdav(vault: Vault, server: ServerDetails, pairing_code: str) -> None:
    """Join the space on a WebDAV server with the code another of her devices showed."""
    target = open_server(server)
    try:
        vault_sync.join(
            vault.connection(), server.spec, pairing_code, target=target, secret=server.password
        )
    finally:
        close_target(target)


def items_to_review(vault: Vault) -> list[ReviewItem]:
    return vault_review.review(vault.connection())


@dataclass(frozen=True)
class SideBySide:
    """A conflict copy beside its record: the two texts she chooses between."""

    item: ReviewItem
    record_text: str  # the version kept in the record
    copy_text: str  # the version that lost, kept as a copy


def side_by_side(vault: Vault, item: ReviewItem) -> SideBySide:
    """The two versions' texts (their bodies, joined), for a conflict copy."""
    conn = vault.connection()
    return SideBySide(
        item, vault_review.text_of(conn, item.of_id or ""), vault_review.text_of(conn, item.id)
    )


def resolve(vault: Vault, item_id: str, choice: Choice) -> None:
    vault_review.resolve(vault.connection(), item_id, choice)


def pairing_code(vault: Vault, passphrase: str) -> str:
    """The pairing code again, once her passphrase is checked (``WrongPassphraseError``)."""
    check_passphrase(vault, passphrase)
    return vault_sync.pairing_code(vault.connection())


def forget_device(vault: Vault, device: str) -> None:
    vault_sync.forget_device(vault.connection(), device)


def leave(vault: Vault) -> None:
    vault_sync.leave(vault.connection())
