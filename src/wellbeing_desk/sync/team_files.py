"""A team space on a target: creating it, adding and removing members, joining, and
reading its newest roster.

    wellbeing-desk/<space>/format                          "wellbeing-desk-team 1"
    wellbeing-desk/<space>/team/admin.key                  the creator's public keys
    wellbeing-desk/<space>/team/roster/<version>.wbr       signed rosters, sealed
    wellbeing-desk/<space>/keys/<epoch>/<member>.wbk        the epoch's key, per member
    wellbeing-desk/<space>/log/<member>/…, snap/<member>/…  as in a personal space

The creator's public keys are the only plaintext besides the format marker:
a joining member checks them against the fingerprint the creator read to
her, and pins them. A roster is sealed with its epoch's team key (the
target learns no names) and signed by the creator. Keys and roster are
written in that order, so a member who sees a roster finds her key beside it.

A new member is given the key of every epoch so far, so she reads the whole
history; a removed member gets no key of the epochs after her removal, so
nothing written from then on opens for her. Write-once like everything on a
target: nothing here is ever overwritten.
"""

import re
from dataclasses import dataclass, field, replace

from wellbeing_desk.sync import names
from wellbeing_desk.sync.errors import (
    FingerprintMismatchError,
    FormatTooNewError,
    NotATeamSpaceError,
    NotInvitedError,
    RemovedFromTeamError,
    SyncError,
    TamperedFileError,
    TeamKeyMissingError,
    TruncatedFileError,
    WrongMemberKeyError,
)
from wellbeing_desk.sync.sealing import (
    NO_PREVIOUS,
    FileKind,
    file_hash,
    open_sealed,
    read_header,
    seal,
)
from wellbeing_desk.sync.target import Target
from wellbeing_desk.sync.team_identity import KEY_BYTES, MemberIdentity, MemberKey
from wellbeing_desk.sync.team_keys import new_team_key, unwrap_team_key, wrap_team_key
from wellbeing_desk.sync.team_roster import (
    Roster,
    SignedRoster,
    open_roster,
    sign_roster,
)

TEAM_MARKER = b"wellbeing-desk-team 1\n"
_TEAM_MARKER = re.compile(rb"wellbeing-desk-team ([1-9][0-9]{0,8})\n")
ROSTER_EXTENSION = ".wbr"
WRAPPED_KEY_EXTENSION = ".wbk"
SIGNATURE_BYTES = 64
_HEX16 = re.compile(r"[0-9a-f]{16}")
_MAX_ROSTER_VERSION = 2**62  # a name above it is nobody's roster: it cannot push ours off the end


# -- paths -------------------------------------------------------------------------------


def admin_key_path(space: str) -> str:
    return f"{names.space_folder(space)}/team/admin.key"


def roster_folder(space: str) -> str:
    return f"{names.space_folder(space)}/team/roster"


def roster_path(space: str, version: int) -> str:
    return f"{roster_folder(space)}/{names.check_seq(version):016x}{ROSTER_EXTENSION}"


def keys_root(space: str) -> str:
    return f"{names.space_folder(space)}/keys"


def key_folder(space: str, epoch: int) -> str:
    if isinstance(epoch, bool) or not 0 <= epoch < 2**32:
        raise ValueError(f"not a key epoch: {epoch!r}")
    return f"{keys_root(space)}/{epoch:016x}"


def wrapped_key_path(space: str, epoch: int, device: str) -> str:
    return f"{key_folder(space, epoch)}/{names.check_id(device)}{WRAPPED_KEY_EXTENSION}"


def _parse_hex16(name: object, extension: str = "") -> int | None:
    """The number of a name we write (16 hex digits and ``extension``), else ``None``."""
    if not isinstance(name, str) or len(name) != 16 + len(extension):
        return None
    if not name.endswith(extension) or _HEX16.fullmatch(name[:16]) is None:
        return None
    return int(name[:16], 16)


# -- what a member knows of a team -------------------------------------------------------


@dataclass(frozen=True)
class TeamState:
    space: str
    admin: MemberKey  # pinned when she created or joined
    roster: Roster  # the newest signed roster she has opened
    roster_hash: bytes  # of that roster's sealed file: the next version follows it
    keys: dict[int, bytes] = field(default_factory=dict)  # every epoch's key she was given
    signed: SignedRoster | None = None  # ``roster`` as its creator signed it (kept in the vault)

    @property
    def epoch(self) -> int:
        return self.roster.epoch

    @property
    def team_key(self) -> bytes:
        return self.keys[self.roster.epoch]


@dataclass(frozen=True)
class Refreshed:
    state: TeamState
    alerts: tuple[str, ...] = ()  # rosters and keys not used, and why


def create_team(target: Target, me: MemberIdentity, team: str, my_name: str) -> TeamState:
    """A new team space with ``me`` as its creator (admin) and only member."""
    space = names.new_space_id()
    admin = me.public()
    roster = Roster.new(bytes.fromhex(space), admin, my_name, team)
    key = new_team_key()
    target.create(names.format_path(space), TEAM_MARKER)
    target.create(admin_key_path(space), admin.signing + admin.agreement)
    start = TeamState(space, admin, roster, NO_PREVIOUS, {0: key})
    _write_wrapped(target, start, 0, key, admin)
    roster, digest, signed = _write_roster(target, start, roster, me, key)
    return replace(start, roster=roster, roster_hash=digest, signed=signed)


def add_member(
    target: Target, state: TeamState, admin: MemberIdentity, member: MemberKey, name: str
) -> TeamState:
    """``member`` may write from the next roster on, and reads every epoch's files."""
    roster = state.roster.with_member(member, name)
    for epoch, key in sorted(state.keys.items()):  # re-added: the epochs she missed too
        _write_wrapped(target, state, epoch, key, member)
    roster, digest, signed = _write_roster(target, state, roster, admin, state.team_key)
    return replace(state, roster=roster, roster_hash=digest, signed=signed)


def remove_member(
    target: Target, state: TeamState, admin: MemberIdentity, member: MemberKey
) -> TeamState:
    """A new roster without ``member`` and a new team key for those who remain: what is
    written from now on is closed to her. What she already saw stays with her."""
    roster = state.roster.without_member(member)
    key = new_team_key()
    for remaining in roster.members:
        _write_wrapped(target, state, roster.epoch, key, remaining.key)
    keys = {**state.keys, roster.epoch: key}
    roster, digest, signed = _write_roster(target, replace(state, keys=keys), roster, admin, key)
    return replace(state, roster=roster, roster_hash=digest, keys=keys, signed=signed)


def join_team(target: Target, space: str, me: MemberIdentity, admin_fingerprint: str) -> Refreshed:
    """Join ``space``: its creator's key must have the fingerprint she was given; her
    keys are those addressed to her; the roster must list her."""
    names.check_id(space)
    try:
        marker = target.read(names.format_path(space))
        admin_raw = target.read(admin_key_path(space))
    except FileNotFoundError:
        raise NotATeamSpaceError(
            "there is no team space with that id here, or it has not been copied here whole"
        ) from None
    check_team_marker(marker)
    if len(admin_raw) != 2 * KEY_BYTES:
        raise TamperedFileError("the team space's creator key is damaged")
    admin = MemberKey(admin_raw[:KEY_BYTES], admin_raw[KEY_BYTES:])
    if not admin.has_fingerprint(admin_fingerprint):
        raise FingerprintMismatchError(
            f"the team space was created by the key with fingerprint {admin.fingerprint()}, "
            "not the one you were given: check with the person who invited you. "
            "Nothing was joined."
        )
    alerts: list[str] = []
    keys = _my_keys(target, space, me, {}, alerts)
    if not keys:
        raise NotInvitedError(
            "no team key in this space is addressed to you yet: ask the person who created "
            "the team to add you with your member key"
        )
    placeholder = Roster(bytes.fromhex(space), 0, 0, admin, ())
    return refresh(target, TeamState(space, admin, placeholder, NO_PREVIOUS, keys), me, alerts)


def refresh(
    target: Target, state: TeamState, me: MemberIdentity, alerts: list[str] | None = None
) -> Refreshed:
    """The newest roster the creator signed, and any new keys addressed to ``me``.

    ``RemovedFromTeamError`` when that roster no longer lists her;
    ``TeamKeyMissingError`` when it is sealed with a key she was not given.
    """
    alerts = [] if alerts is None else alerts
    keys = _my_keys(target, state.space, me, state.keys, alerts)
    state = replace(state, keys=keys)
    folder = roster_folder(state.space)
    newer = sorted(
        (v for v in (_parse_hex16(n, ROSTER_EXTENSION) for n in target.list_names(folder)) if v),
        reverse=True,
    )
    for version in (v for v in newer if v > state.roster.version):
        try:
            opened = _open_roster(target, state, version, me)
        except (TruncatedFileError, FileNotFoundError):
            continue  # still arriving: an older one, or the next sync
        except (TeamKeyMissingError, RemovedFromTeamError):
            if version == newer[0]:
                raise
            continue
        except SyncError as error:
            alerts.append(f"{roster_path(state.space, version)}: {error}")
            continue
        roster, digest, signed = opened
        if not roster.has(me.public()):
            raise RemovedFromTeamError(
                f"the team {roster.team!r} no longer lists you: you were removed from it. "
                "What you already have stays here; nothing new reaches you."
            )
        fresh = replace(state, roster=roster, roster_hash=digest, signed=signed)
        return Refreshed(fresh, tuple(alerts))
    if not state.roster.members:
        raise NotInvitedError("the team's roster has not reached this place whole yet")
    return Refreshed(state, tuple(alerts))


def check_team_marker(data: bytes) -> None:
    """A team space's marker; a newer one is ``FormatTooNewError``."""
    if data == TEAM_MARKER:
        return
    if data == names.FORMAT_MARKER:
        raise NotATeamSpaceError("that is a personal sync space, not a team space")
    found = _TEAM_MARKER.fullmatch(data) if len(data) <= 64 else None
    if found is not None and int(found.group(1)) > 1:
        raise FormatTooNewError(
            f"this team space was written in format {int(found.group(1))}; "
            "update Wellbeing Desk to use it"
        )
    raise NotATeamSpaceError("that space's format file is not one Wellbeing Desk writes")


# -- inside ------------------------------------------------------------------------------


def _write_wrapped(
    target: Target, state: TeamState, epoch: int, key: bytes, member: MemberKey
) -> None:
    space = bytes.fromhex(state.space)
    path = wrapped_key_path(state.space, epoch, member.device_in(space))
    folder, name = path.rsplit("/", 1)
    if name in target.list_names(folder):
        return  # she has had this epoch's key before (a member re-added)
    target.create(path, wrap_team_key(key, space, epoch, member))


def _write_roster(
    target: Target, state: TeamState, roster: Roster, admin: MemberIdentity, key: bytes
) -> tuple[Roster, bytes, SignedRoster]:
    """Seal and write ``roster`` (signed by ``admin``): the roster as written, the hash of
    its file, and it signed.

    A member holds the team key and could write a file under the next version's name
    first (refused by everyone: the creator did not sign it); the roster then takes the
    first version after every name in the folder, so no one can stop the creator."""
    listed = [
        _parse_hex16(n, ROSTER_EXTENSION) for n in target.list_names(roster_folder(state.space))
    ]
    taken = [v for v in listed if v is not None and v < _MAX_ROSTER_VERSION]
    roster = replace(roster, version=max([roster.version, *(v + 1 for v in taken)]))
    signed = sign_roster(roster, admin)
    data = seal(
        key,
        FileKind.ROSTER,
        state.space,
        state.admin.device_in(bytes.fromhex(state.space)),
        roster.version,
        state.roster_hash,
        signed.signature + signed.payload,
        roster.epoch,
    )
    target.create(roster_path(state.space, roster.version), data)
    return roster, file_hash(data), signed


def _open_roster(
    target: Target, state: TeamState, version: int, me: MemberIdentity
) -> tuple[Roster, bytes, SignedRoster]:
    data = target.read(roster_path(state.space, version))
    header = read_header(data)
    key = state.keys.get(header.epoch)
    if key is None and _others_have_keys(target, state, header.epoch, me):
        raise RemovedFromTeamError(
            "the team's creator gave everyone else a new team key, and none to you: you "
            "were removed from the team. What you already have stays here; nothing new "
            "reaches you."
        )
    if key is None:
        raise TeamKeyMissingError(
            "the team's newest roster is sealed with a team key not given to you: you may "
            "have been removed from the team, or its files are still arriving"
        )
    payload = open_sealed(
        key,
        data,
        expect_kind=FileKind.ROSTER,
        expect_space=state.space,
        expect_device=state.admin.device_in(bytes.fromhex(state.space)),
        expect_seq=version,
        expect_prev=None,  # a member may not have seen every version between
    )
    signed = SignedRoster(bytes(payload[SIGNATURE_BYTES:]), bytes(payload[:SIGNATURE_BYTES]))
    roster = open_roster(signed, state.admin, bytes.fromhex(state.space), state.roster.version)
    if roster.version != version or roster.epoch != header.epoch:
        raise TamperedFileError("the team roster is not what its name says: not used")
    return roster, file_hash(data), signed


def _others_have_keys(target: Target, state: TeamState, epoch: int, me: MemberIdentity) -> bool:
    """Whether the epoch's keys were written for others and not for ``me`` (the creator
    writes every key before the roster that needs it)."""
    wrapped = [
        name
        for name in target.list_names(key_folder(state.space, epoch))
        if name.endswith(WRAPPED_KEY_EXTENSION) and names.is_id(name[: -len(WRAPPED_KEY_EXTENSION)])
    ]
    mine = me.public().device_in(bytes.fromhex(state.space)) + WRAPPED_KEY_EXTENSION
    return bool(wrapped) and mine not in wrapped


def _my_keys(
    target: Target, space: str, me: MemberIdentity, known: dict[int, bytes], alerts: list[str]
) -> dict[int, bytes]:
    """``known`` and every other epoch's key addressed to ``me``."""
    keys = dict(known)
    mine = me.public().device_in(bytes.fromhex(space))
    for epoch in (_parse_hex16(n) for n in target.list_folders(keys_root(space))):
        if epoch is None or epoch in keys or epoch >= 2**32:
            continue
        path = wrapped_key_path(space, epoch, mine)
        try:
            keys[epoch] = unwrap_team_key(target.read(path), bytes.fromhex(space), epoch, me)
        except FileNotFoundError:
            continue  # not addressed to her (before she joined, or after she left)
        except WrongMemberKeyError as error:
            alerts.append(f"{path}: {error}")
    return keys
