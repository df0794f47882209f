"""What the Sync page's team spaces ask of the vault: her teams, her member key, and
creating, joining, adding, removing and syncing a team.

A team keeps directory entries together over the sync engine (``sync/team_sync.py``).
Each function runs on the database worker, the only thread that holds the vault's
connection; a team's folder or server is read and written there too, never on the
GUI thread. Reading a member key she pasted needs no vault (``read_member_key``):
the page shows its fingerprint for her to compare aloud before ``invite`` adds her.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from wellbeing_desk.ops.sync import ServerDetails, close_target, open_server
from wellbeing_desk.sync import names, team_sync
from wellbeing_desk.sync.engine import Progress
from wellbeing_desk.sync.errors import SyncError
from wellbeing_desk.sync.target import Target
from wellbeing_desk.sync.team_identity import FINGERPRINT_SYMBOLS, MemberKey
from wellbeing_desk.sync.team_sync import TeamMember, TeamRow, TeamSyncReport
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault import Vault

__all__ = [
    "FingerprintTextError",
    "Newcomer",
    "SpaceIdError",
    "TeamMember",
    "TeamRow",
    "TeamSyncOutcome",
    "TeamsOverview",
    "create_folder",
    "create_webdav",
    "invite",
    "join_folder",
    "join_webdav",
    "overview",
    "read_member_key",
    "remove",
    "sync_now",
]


class SpaceIdError(SyncError):
    """What she typed is not a team space id (32 letters and digits, 0-9 and a-f)."""


class FingerprintTextError(SyncError):
    """What she typed is not a fingerprint (20 letters and digits, in groups of four)."""


@dataclass(frozen=True)
class TeamsOverview:
    """Her teams, and her member key (made the first time it is asked for)."""

    teams: tuple[TeamRow, ...]
    key_text: str | None  # what she sends a team's creator (None: not made yet)
    fingerprint: str | None  # what they read to each other


@dataclass(frozen=True)
class Newcomer:
    """A member key she pasted, with the name the team will know her by."""

    key: MemberKey
    name: str

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint()


@dataclass(frozen=True)
class TeamSyncOutcome:
    report: TeamSyncReport
    team: TeamRow  # where the team stands after the sync


def _never() -> bool:
    return False


def overview(vault: Vault) -> TeamsOverview:
    """Her teams, and her key if she has one: reading never writes (a read-only vault)."""
    conn = vault.connection()
    key = team_sync.existing_member_key(conn)
    if key is None:
        return TeamsOverview(tuple(team_sync.teams(conn)), None, None)
    return TeamsOverview(tuple(team_sync.teams(conn)), key.to_text(), key.fingerprint())


def member_key(vault: Vault) -> TeamsOverview:
    """The overview with her member key, made now if she has none (the one write here)."""
    team_sync.my_member_key(vault.connection())
    return overview(vault)


# -- creating and joining ----------------------------------------------------------------


def create_folder(vault: Vault, folder: Path, team_name: str, my_name: str) -> TeamRow:
    """A new team space in ``folder``, with her as its creator and only member."""
    spec = TargetSpec.existing_folder(folder)
    return team_sync.create(vault.connection(), spec, _named(team_name), _named(my_name))


def create_webdav(vault: Vault, server: ServerDetails, team_name: str, my_name: str) -> TeamRow:
    """A new team space on a WebDAV server; its password is kept in the vault only."""
    with _server(server) as target:
        return team_sync.create(
            vault.connection(),
            server.spec,
            _named(team_name),
            _named(my_name),
            target=target,
            secret=server.password,
        )


def join_folder(vault: Vault, folder: Path, space: str, admin_fingerprint: str) -> TeamRow:
    """Join the team space ``space`` in ``folder``; its creator read her the fingerprint."""
    spec = TargetSpec.existing_folder(folder)
    return team_sync.join(
        vault.connection(), spec, space_id(space), fingerprint_text(admin_fingerprint)
    )


def join_webdav(vault: Vault, server: ServerDetails, space: str, admin_fingerprint: str) -> TeamRow:
    with _server(server) as target:
        return team_sync.join(
            vault.connection(),
            server.spec,
            space_id(space),
            fingerprint_text(admin_fingerprint),
            target=target,
            secret=server.password,
        )


def space_id(text: str) -> str:
    """The space id she typed or pasted, or ``SpaceIdError``."""
    cleaned = "".join(text.split()).lower()
    if not names.is_id(cleaned):
        raise SpaceIdError("a team space id is 32 letters and digits (0-9, a-f)")
    return cleaned


def fingerprint_text(text: str) -> str:
    """The fingerprint she typed, as ``XXXX-XXXX-XXXX-XXXX-XXXX``, or ``FingerprintTextError``."""
    symbols = "".join(c for c in text.upper() if c.isalnum())
    if len(symbols) != FINGERPRINT_SYMBOLS:
        raise FingerprintTextError("a fingerprint is 20 letters and digits")
    return "-".join(symbols[i : i + 4] for i in range(0, FINGERPRINT_SYMBOLS, 4))


# -- members -----------------------------------------------------------------------------


def read_member_key(key_text: str, name: str) -> Newcomer:
    """The key she pasted (``crockford.CodeTextError`` for a typo), for her to compare its
    fingerprint aloud before adding her. Needs no vault: it runs where she pasted it."""
    return Newcomer(MemberKey.from_text(key_text.strip()), _named(name))


def invite(vault: Vault, space: str, newcomer: Newcomer) -> TeamMember:
    """Add her to the team (only its creator can: ``NotTeamAdminError``)."""
    return team_sync.invite(vault.connection(), space, newcomer.key, newcomer.name)


def remove(vault: Vault, space: str, fingerprint: str) -> TeamMember:
    """Remove the member with ``fingerprint``: nothing written from now on reaches her."""
    return team_sync.remove(vault.connection(), space, fingerprint)


def leave(vault: Vault, space: str) -> int:
    """Leave the team on this computer: its entries leave her directory (copies she kept
    stay) and nothing is written to the target; how many entries went."""
    return team_sync.leave(vault.connection(), space)


# -- syncing -----------------------------------------------------------------------------


def sync_now(
    vault: Vault,
    space: str,
    confirm_removals: bool = False,
    cancelled: Callable[[], bool] = _never,
    progress: Callable[[Progress], None] | None = None,
) -> TeamSyncOutcome:
    """Send and receive the team's entries (as ``ops.sync.sync_now``: ``cancelled`` is
    asked between files, ``progress`` hears on the worker's thread)."""
    conn = vault.connection()
    report = team_sync.sync(
        conn, space, confirm_removals=confirm_removals, cancelled=cancelled, progress=progress
    )
    return TeamSyncOutcome(report, team_sync.team(conn, space))


# -- inside ------------------------------------------------------------------------------


def _named(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValueError("a name cannot be empty")
    return name


@contextmanager
def _server(server: ServerDetails) -> Iterator[Target]:
    target = open_server(server)
    try:
        yield target
    finally:
        close_target(target)
