"""Team spaces for a vault: create one, invite and remove members, join, sync.

The one place that ties a vault's team tables (``vault/team_tables.py``), its
member identity and a target to the team files (``team_files.py``) and the
engine. Like ``vault_sync``, nothing here runs unless she asked, and each
call works on the caller's connection and thread.

A team sync first reads the team's newest roster and any new key addressed
to her (a removal she must follow, a member added), then runs the engine
with the team's keys (``TeamKeys``: every file signed, checked against the
roster) and the team's store (``TeamSyncStore``: directory entries only).
"""

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from wellbeing_desk.sync import names
from wellbeing_desk.sync.clock import wall_clock_ms
from wellbeing_desk.sync.engine import (
    Progress,
    SyncReport,
    receive_from,
    sync_now,
    write_snapshot,
)
from wellbeing_desk.sync.errors import (
    NotTeamAdminError,
    RemovedFromTeamError,
    SyncError,
)
from wellbeing_desk.sync.target import Target
from wellbeing_desk.sync.team_files import (
    TeamState,
    add_member,
    create_team,
    join_team,
    refresh,
    remove_member,
)
from wellbeing_desk.sync.team_identity import KEY_BYTES, MemberIdentity, MemberKey
from wellbeing_desk.sync.team_roster import Roster, RosterMember, SignedRoster, open_roster
from wellbeing_desk.sync.team_sealing import TeamKeys
from wellbeing_desk.sync.team_store import TEAM_TABLES, TeamSyncStore
from wellbeing_desk.sync.vault_sync import TargetSpec, check_it_works, target_for
from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.directory import DIRECTORY_LIFECYCLE
from wellbeing_desk.vault.records import utc_now
from wellbeing_desk.vault.sync_tables import set_applying
from wellbeing_desk.vault.team_entries import keep_her_people

_SIGNATURE = 64


class NoSuchTeamError(SyncError):
    """This vault is in no team space with that id."""


@dataclass(frozen=True)
class TeamMember:
    name: str
    fingerprint: str
    admin: bool  # created the team: adds and removes members
    me: bool


@dataclass(frozen=True)
class TeamRow:
    space: str
    team: str
    device: str
    admin: bool  # she created it
    epoch: int
    removed: bool  # the newest roster no longer lists her
    target: TargetSpec
    last_sync_at: str | None
    last_report: dict[str, Any] | None
    members: tuple[TeamMember, ...] = field(default=())


@dataclass
class TeamSyncReport(SyncReport):
    removed: bool = False  # she is no longer on the team's roster: nothing was synced
    members_changed: bool = False  # a newer roster arrived (someone added or removed)


# -- her member identity -----------------------------------------------------------------


def my_identity(conn: Connection) -> MemberIdentity:
    """Her member keys, made the first time a team needs them (kept inside the vault)."""
    row = conn.execute("SELECT signing, agreement FROM team_identity").fetchone()
    if row is not None:
        return MemberIdentity(bytes(row[0]), bytes(row[1]))
    made = MemberIdentity.generate()
    with write_transaction(conn):
        conn.execute(
            "INSERT INTO team_identity(only, signing, agreement, created_at) VALUES (1, ?, ?, ?)",
            (made.signing_private, made.agreement_private, utc_now()),
        )
    return made


def existing_member_key(conn: Connection) -> MemberKey | None:
    """Her member key if she has made one, without making it (a read-only vault reads)."""
    row = conn.execute("SELECT signing, agreement FROM team_identity").fetchone()
    return None if row is None else MemberIdentity(bytes(row[0]), bytes(row[1])).public()


def my_member_key(conn: Connection) -> MemberKey:
    """What she gives a team's creator to be added (its fingerprint is read aloud)."""
    return my_identity(conn).public()


# -- the teams she is in -----------------------------------------------------------------


def teams(conn: Connection) -> list[TeamRow]:
    rows = conn.execute("SELECT space FROM team_space ORDER BY team COLLATE NOCASE, space")
    return [team(conn, str(space)) for (space,) in rows.fetchall()]


def team(conn: Connection, space: str) -> TeamRow:
    row = conn.execute(
        "SELECT team, device, epoch, removed, target, last_sync_at, last_report "
        "FROM team_space WHERE space = ?",
        (space,),
    ).fetchone()
    if row is None:
        raise NoSuchTeamError("this vault is in no team space with that id (see 'team list')")
    state = _load(conn, space)
    mine = existing_member_key(conn)  # a vault in a team has one: it created or joined
    members = tuple(
        TeamMember(m.name, m.key.fingerprint(), m.key == state.admin, m.key == mine)
        for m in state.roster.members
    )
    return TeamRow(
        space,
        str(row[0]),
        str(row[1]),
        state.admin == mine,
        int(row[2]),
        bool(row[3]),
        TargetSpec.from_json(str(row[4])),
        row[5],
        json.loads(row[6]) if row[6] else None,
        members,
    )


def find_team(conn: Connection, space: str | None) -> str:
    """The space she named, or her only team's; ``NoSuchTeamError`` otherwise."""
    if space is not None:
        team(conn, space)
        return space
    found = [str(s) for (s,) in conn.execute("SELECT space FROM team_space")]
    if len(found) != 1:
        raise NoSuchTeamError(
            "this vault is in no team space yet"
            if not found
            else "this vault is in several team spaces; name one with --team ID"
        )
    return found[0]


# -- creating, joining -------------------------------------------------------------------


def create(
    conn: Connection,
    spec: TargetSpec,
    team_name: str,
    my_name: str,
    *,
    target: Target | None = None,
    secret: str | None = None,
) -> TeamRow:
    """A new team space on the target, with her as its creator and only member."""
    me = my_identity(conn)
    with target_for(target, spec, secret) as opened:
        check_it_works(opened)
        state = create_team(opened, me, team_name, my_name)
    _keep(conn, state, spec, secret, new=True)
    return team(conn, state.space)


def join(
    conn: Connection,
    spec: TargetSpec,
    space: str,
    admin_fingerprint: str,
    *,
    target: Target | None = None,
    secret: str | None = None,
) -> TeamRow:
    """Join a team space she was added to: its creator's key must have the fingerprint
    the creator read to her."""
    if conn.execute("SELECT 1 FROM team_space WHERE space = ?", (space,)).fetchone():
        raise SyncError("this vault is already in that team space")
    me = my_identity(conn)
    with target_for(target, spec, secret) as opened:
        check_it_works(opened)
        joined = join_team(opened, space, me, admin_fingerprint)
    _keep(conn, joined.state, spec, secret, new=True)
    return team(conn, space)


# -- members -----------------------------------------------------------------------------


def invite(
    conn: Connection,
    space: str,
    member: MemberKey,
    name: str,
    *,
    target: Target | None = None,
) -> TeamMember:
    """Add ``member`` (her public key; compare its fingerprint with her first). Only the
    team's creator adds members."""
    me, state, spec, secret = _as_admin(conn, space)
    with target_for(target, spec, secret) as opened:
        state = refresh(opened, state, me).state
        state = add_member(opened, state, me, member, name)
    _keep(conn, state, spec, secret)
    added = next(m for m in state.roster.members if m.key == member)
    return TeamMember(added.name, member.fingerprint(), admin=False, me=False)


def remove(
    conn: Connection,
    space: str,
    fingerprint: str,
    *,
    target: Target | None = None,
    now_ms: Callable[[], int] = wall_clock_ms,
) -> TeamMember:
    """Remove the member with ``fingerprint``: a new team key for those who remain, and a
    fresh snapshot of the team's directory under it. She keeps what she already saw."""
    me, state, spec, secret = _as_admin(conn, space)
    with target_for(target, spec, secret) as opened:
        state = refresh(opened, state, me).state
        leaving = _member_with(state.roster, fingerprint)
        if leaving.key == state.admin:
            raise SyncError("the team's creator cannot be removed")
        state = remove_member(opened, state, me, leaving.key)
        _keep(conn, state, spec, secret)
        _sync_opened(conn, opened, space, now_ms, {})
        keys, store = _engine_parts(conn, space, now_ms)
        write_snapshot(opened, keys, store)
    return TeamMember(leaving.name, leaving.key.fingerprint(), admin=False, me=False)


# What this vault keeps of a team space, besides its entries (``vault/team_tables.py``).
# Everything this vault holds of a team space: its key epochs, its sync state, and last
# the space's own row.
_TEAM_STATE_TABLES = ("team_key", *TEAM_TABLES.beside_the_space(), TEAM_TABLES.space)


def leave(conn: Connection, space: str) -> int:
    """She leaves the team on this computer: the team's entries leave her directory (copies
    she kept as hers stay; they are hers), and so does all this vault knew of the space
    (its keys, roster, cursors, changes not sent yet). Nothing is written to the target:
    the team keeps what she shared, and only its creator can take her off the roster.
    Those of its entries among her people for an emergency stay, as her own copies first.
    How many of the team's entries went. Her member key stays (it is hers, for any team)."""
    team(conn, space)  # NoSuchTeamError
    keep_her_people(conn, space)  # her copies, and her list, sync to her own devices
    with write_transaction(conn):
        set_applying(conn, True)  # nothing of this is a change to send anywhere
        try:
            entries = [
                str(entry_id)
                for (entry_id,) in conn.execute(
                    "SELECT id FROM directory_entry WHERE team_space = ?", (space,)
                ).fetchall()
            ]
            for entry_id in entries:
                DIRECTORY_LIFECYCLE.purge(conn, entry_id)
            # A tombstone tells her own devices a record of hers went: these never were.
            conn.executemany("DELETE FROM tombstone WHERE id = ?", [(e,) for e in entries])
            for table in _TEAM_STATE_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE space = ?", (space,))
        finally:
            set_applying(conn, False)
    return len(entries)


def _member_with(roster: Roster, fingerprint: str) -> RosterMember:
    for member in roster.members:
        if member.key.has_fingerprint(fingerprint):
            return member
    raise SyncError("no member of this team has that fingerprint (see 'team members')")


# -- syncing -----------------------------------------------------------------------------


def sync(
    conn: Connection,
    space: str,
    *,
    confirm_removals: bool = False,
    target: Target | None = None,
    now_ms: Callable[[], int] = wall_clock_ms,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[Progress], None] | None = None,
) -> TeamSyncReport:
    """One explicit team sync: the newest roster, then send and receive the team's entries."""
    row = team(conn, space)
    options: dict[str, Any] = {
        "confirm_removals": confirm_removals,
        "now_ms": now_ms,
        "cancelled": cancelled,
    }
    if progress is not None:
        options["progress"] = progress
    with target_for(target, row.target, _secret(conn, space)) as opened:
        report = _sync_opened(conn, opened, space, now_ms, options)
    with write_transaction(conn):
        conn.execute(
            "UPDATE team_space SET last_sync_at = ?, last_report = ? WHERE space = ?",
            (utc_now(), json.dumps(asdict(report), sort_keys=True), space),
        )
    return report


def _sync_opened(
    conn: Connection,
    opened: Target,
    space: str,
    now_ms: Callable[[], int],
    options: dict[str, Any],
) -> TeamSyncReport:
    me = my_identity(conn)
    state = _load(conn, space)
    report = TeamSyncReport()
    try:
        refreshed = refresh(opened, state, me)
    except RemovedFromTeamError:
        with write_transaction(conn):
            conn.execute("UPDATE team_space SET removed = 1 WHERE space = ?", (space,))
        report.removed = True
        return report
    report.members_changed = refreshed.state.roster.version != state.roster.version
    report.alerts.extend(refreshed.alerts)
    _keep(conn, refreshed.state)
    keys, store = _engine_parts(conn, space, now_ms)
    _catch_up_own_files(conn, opened, keys, store, report)
    done = sync_now(opened, keys, store, **options)
    for name, value in asdict(done).items():
        setattr(report, name, value if name != "alerts" else report.alerts + value)
    return report


def _catch_up_own_files(
    conn: Connection, opened: Target, keys: TeamKeys, store: TeamSyncStore, report: SyncReport
) -> None:
    """Her folder holds files after the last this vault wrote: the vault was restored
    from a backup (or copied) and its earlier self wrote on. Her folder's id comes from
    her key, so this vault cannot take another: it reads those files like another
    member's (they are hers, signed by her key) and writes on after them."""
    folder = names.log_folder(keys.space, keys.device)
    listed = [s for s in map(names.parse_log_name, opened.list_names(folder)) if s]
    own = store.own_log()
    if max(listed, default=0) <= (own.seq if own else 0):
        return
    flight = store.in_flight()
    if flight is not None and max(listed) == flight.seq:
        path = names.log_path(keys.space, keys.device, flight.seq)
        if flight.is_this(opened.read(path)):
            return  # this vault's own write, not yet noted: the engine finishes it
    with write_transaction(conn):
        if own is not None:
            conn.execute(
                "INSERT OR REPLACE INTO team_cursor(space, device, seq, hash, applied_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (keys.space, keys.device, own.seq, own.hash, utc_now()),
            )
    receive_from(opened, keys, store, keys.device, report)
    caught = store.cursor(keys.device)
    with write_transaction(conn):
        conn.execute(
            "DELETE FROM team_cursor WHERE space = ? AND device = ?", (keys.space, keys.device)
        )
        if caught is not None:
            conn.execute(
                "UPDATE team_space SET own_seq = ?, own_hash = ?, flight_seq = NULL, "
                "flight_data = NULL, flight_records = NULL WHERE space = ?",
                (caught.seq, caught.hash, keys.space),
            )


def _engine_parts(
    conn: Connection, space: str, now_ms: Callable[[], int]
) -> tuple[TeamKeys, TeamSyncStore]:
    state = _load(conn, space)
    store = TeamSyncStore(conn, space, now_ms)
    keys = TeamKeys(
        space,
        store.device,
        state.team_key,
        epoch=state.epoch,
        epoch_keys=dict(state.keys),
        me=my_identity(conn),
        roster=state.roster,
    )
    return keys, store


# -- kept in the vault -------------------------------------------------------------------


def _as_admin(conn: Connection, space: str) -> tuple[MemberIdentity, TeamState, TargetSpec, Any]:
    row = team(conn, space)
    if not row.admin:
        raise NotTeamAdminError(
            "only the member who created the team space adds and removes members"
        )
    return my_identity(conn), _load(conn, space), row.target, _secret(conn, space)


def _secret(conn: Connection, space: str) -> str | None:
    row = conn.execute("SELECT target_secret FROM team_space WHERE space = ?", (space,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _load(conn: Connection, space: str) -> TeamState:
    row = conn.execute(
        "SELECT admin_key, roster, roster_hash FROM team_space WHERE space = ?", (space,)
    ).fetchone()
    if row is None:
        raise NoSuchTeamError("this vault is in no team space with that id")
    raw_admin, signed, digest = bytes(row[0]), bytes(row[1]), bytes(row[2])
    admin = MemberKey(raw_admin[:KEY_BYTES], raw_admin[KEY_BYTES:])
    roster = open_roster(
        SignedRoster(signed[_SIGNATURE:], signed[:_SIGNATURE]), admin, bytes.fromhex(space)
    )
    keys = {
        int(epoch): bytes(key)
        for epoch, key in conn.execute("SELECT epoch, key FROM team_key WHERE space = ?", (space,))
    }
    kept = SignedRoster(signed[_SIGNATURE:], signed[:_SIGNATURE])
    return TeamState(space, admin, roster, digest, keys, kept)


def _keep(
    conn: Connection,
    state: TeamState,
    spec: TargetSpec | None = None,
    secret: str | None = None,
    *,
    new: bool = False,
) -> None:
    """Keep what she now knows of the team (a new team: with where it syncs)."""
    roster = state.roster
    if state.signed is None:
        raise ValueError("a team state to keep carries its signed roster")
    signed = state.signed.signature + state.signed.payload
    space = state.space
    me = my_member_key(conn)
    with write_transaction(conn):
        if new:
            assert spec is not None
            conn.execute(
                "INSERT INTO team_space(space, device, team, admin_key, roster, roster_version, "
                "roster_hash, epoch, target, target_secret, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    space,
                    me.device_in(bytes.fromhex(space)),
                    roster.team,
                    state.admin.signing + state.admin.agreement,
                    signed,
                    roster.version,
                    state.roster_hash,
                    roster.epoch,
                    spec.to_json(),
                    secret,
                    utc_now(),
                ),
            )
        else:
            conn.execute(
                "UPDATE team_space SET team = ?, roster = ?, roster_version = ?, "
                "roster_hash = ?, epoch = ?, removed = 0 WHERE space = ? AND roster_version <= ?",
                (
                    roster.team,
                    signed,
                    roster.version,
                    state.roster_hash,
                    roster.epoch,
                    space,
                    roster.version,
                ),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO team_key(space, epoch, key) VALUES (?, ?, ?)",
            [(space, epoch, key) for epoch, key in state.keys.items()],
        )
