"""Sync for a vault: set it up, join a space, sync now, and say where things stand.

The one place that ties a vault (its ``sync_space`` row, ``VaultSyncStore``)
to a target and the engine; the CLI and the app's worker call these with the
vault's connection, on the thread that owns it. Nothing here runs unless she
asked: setting up or joining turns change tracking on, and only ``sync``
reads or writes the target.
"""

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from wellbeing_desk.sync import names
from wellbeing_desk.sync.clock import wall_clock_ms
from wellbeing_desk.sync.engine import Progress, SpaceKeys, SyncReport, sync_now
from wellbeing_desk.sync.errors import DeviceIdTakenError, NoSpaceError, SyncError
from wellbeing_desk.sync.folder_target import FolderTarget
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.self_check import self_check
from wellbeing_desk.sync.space import NewSpace, join_space, set_up_space, spaces_on
from wellbeing_desk.sync.target import Target
from wellbeing_desk.sync.target_errors import TargetError
from wellbeing_desk.sync.vault_kinds import KINDS
from wellbeing_desk.sync.vault_store import VaultSyncStore
from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import utc_now
from wellbeing_desk.vault.sync_tables import set_tracking


class AlreadySetUpError(SyncError):
    """This vault already syncs in a space."""


class NotSetUpError(SyncError):
    """This vault does not sync yet."""


class PlaceNotUsableError(SyncError):
    """The place failed the self-check: it cannot list, write, read back, or it would
    overwrite a file. ``step`` names what failed."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(f"this place cannot be used for sync: {message}")
        self.step = step


class FolderMissingError(SyncError):
    """The sync folder is not there (a drive not connected, a folder moved)."""

    def __init__(self, folder: str) -> None:
        super().__init__(f"the sync folder {folder} is not there (is the drive connected?)")
        self.folder = folder


@dataclass(frozen=True)
class TargetSpec:
    """Where a space lives: a folder (a USB stick, a Syncthing or Nextcloud folder) or a
    WebDAV server (its address, the user name, and a CA file she trusts, if any; the
    password or app token is kept apart, in the vault: ``sync_space.target_secret``)."""

    type: str
    location: str
    user: str = ""
    ca_file: str = ""

    @classmethod
    def webdav(cls, url: str, user: str, ca_file: Path | None = None) -> "TargetSpec":
        return cls(
            "webdav", url, user, str(Path(ca_file).expanduser().resolve()) if ca_file else ""
        )

    @classmethod
    def folder(cls, path: Path) -> "TargetSpec":
        return cls("folder", str(Path(path).expanduser().resolve()))

    @classmethod
    def existing_folder(cls, path: Path) -> "TargetSpec":
        """A folder that is there now; ``SyncError`` in plain words if not."""
        spec = cls.folder(path)
        _check_folder(spec)
        return spec

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "TargetSpec":
        data = json.loads(text)
        return cls(
            str(data["type"]),
            str(data["location"]),
            str(data.get("user", "")),
            str(data.get("ca_file", "")),
        )

    def describe(self) -> str:
        if self.type == "folder":
            return f"folder {self.location}"
        return f"WebDAV {self.location} as {self.user}" if self.user else self.location


def open_target(spec: TargetSpec, secret: str | None = None) -> Target:
    """The target ``spec`` names (``secret``: the WebDAV password or app token)."""
    if spec.type == "webdav":
        # Imported here: the network client loads only for a sync over WebDAV.
        from wellbeing_desk.sync.webdav_target import WebDavTarget

        try:
            return WebDavTarget(
                spec.location,
                spec.user,
                secret or "",
                ca_file=Path(spec.ca_file) if spec.ca_file else None,
            )
        except ValueError as error:  # an address it will not use (not https, a password in it)
            raise SyncError(str(error)) from None
    if spec.type != "folder":
        raise SyncError(f"this version cannot sync through {spec.type!a}")
    _check_folder(spec)
    return FolderTarget(Path(spec.location))


@contextmanager
def target_for(given: Target | None, spec: TargetSpec, secret: str | None) -> Iterator[Target]:
    """``given`` (a caller's own target), or the one ``spec`` names, closed afterwards."""
    if given is not None:
        yield given
        return
    opened = open_target(spec, secret)
    try:
        yield opened
    finally:
        close = getattr(opened, "close", None)  # a server's connections; a folder has none
        if close is not None:
            close()


def _check_folder(spec: TargetSpec) -> None:
    if not Path(spec.location).is_dir():
        raise FolderMissingError(spec.location)


@dataclass(frozen=True)
class SpaceRow:
    space: str
    device: str
    root_key: bytes
    target: TargetSpec
    last_sync_at: str | None
    last_report: dict[str, Any] | None


def current_space(conn: Connection) -> SpaceRow | None:
    row = conn.execute(
        "SELECT space, device, root_key, target, last_sync_at, last_report FROM sync_space"
    ).fetchone()
    if row is None:
        return None
    return SpaceRow(
        str(row[0]),
        str(row[1]),
        bytes(row[2]),
        TargetSpec.from_json(str(row[3])),
        row[4],
        json.loads(row[5]) if row[5] else None,
    )


def set_up(
    conn: Connection,
    spec: TargetSpec,
    *,
    target: Target | None = None,
    params: PairingKdfParams | None = None,
    secret: str | None = None,
) -> NewSpace:
    """Make this vault the first device of a new space on the target; nothing is sent yet.
    ``secret``: the WebDAV password or app token, kept in the vault."""
    _refuse_second_space(conn)
    with target_for(target, spec, secret) as opened:
        check_it_works(opened)
        new = set_up_space(opened, params)
    _start(conn, new.keys, spec, new.pairing_code, secret)
    return new


def join(
    conn: Connection,
    spec: TargetSpec,
    pairing_code: str,
    *,
    space: str | None = None,
    target: Target | None = None,
    secret: str | None = None,
) -> SpaceKeys:
    """Join the space on the target (the only one there, or ``space``) with its pairing code."""
    _refuse_second_space(conn)
    with target_for(target, spec, secret) as opened:
        check_it_works(opened)
        keys = _join_opened(opened, space, pairing_code)
    _start(conn, keys, spec, pairing_code, secret)
    return keys


def check_it_works(target: Target) -> None:
    """Before she trusts a place with her vault: it lists, writes, reads back and refuses
    to overwrite (``self_check``), or she is told which of those it cannot do."""
    result = self_check(target)
    if isinstance(result.error, TargetError):
        raise result.error  # the server's own trouble (a password, a timeout), said as such
    if result.failed_step is not None:
        raise PlaceNotUsableError(result.failed_step, result.message)


def _join_opened(opened: Target, space: str | None, pairing_code: str) -> SpaceKeys:
    """The space's keys, opened with the code (the only space there, unless named)."""
    if space is None:
        found = spaces_on(opened)
        if not found:
            raise NoSpaceError("there is no sync space in that place yet: set one up first")
        if len(found) > 1:
            raise NoSpaceError(
                "there are several sync spaces in that place; name one: " + ", ".join(found)
            )
        space = found[0]
    return join_space(opened, space, pairing_code)


def _secret(conn: Connection) -> str | None:
    row = conn.execute("SELECT target_secret FROM sync_space").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _refuse_second_space(conn: Connection) -> None:
    if current_space(conn) is not None:
        raise AlreadySetUpError("this vault already syncs; leave that space first")


def _start(
    conn: Connection, keys: SpaceKeys, spec: TargetSpec, pairing_code: str, secret: str | None
) -> None:
    """Keep the space in the vault, turn change tracking on, and queue every record: the
    first sync sends all she has (and receives all the others have: a union)."""
    with write_transaction(conn):
        conn.execute(
            "INSERT INTO sync_space(space, device, root_key, target, target_secret, "
            "pairing_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                keys.space,
                keys.device,
                keys.root_key,
                spec.to_json(),
                secret,
                pairing_code,
                utc_now(),
            ),
        )
        set_tracking(conn, True)
        now = wall_clock_ms()
        for kind in KINDS.values():
            conn.executemany(
                "INSERT OR IGNORE INTO sync_outbox(kind, id, changed_ms) VALUES (?, ?, ?)",
                [(kind.kind, local_id, now) for local_id in kind.local_ids(conn)],
            )


def leave(conn: Connection) -> None:
    """This vault stops syncing: its records stay here as they are, change tracking stops,
    and what it knew of the space (key, cursors, pending changes) goes. What it sent stays
    on the target for the other devices."""
    if current_space(conn) is None:
        raise NotSetUpError("this vault does not sync")
    with write_transaction(conn):
        set_tracking(conn, False)
        for table in (
            "sync_space",
            "sync_cursor",
            "sync_outbox",
            "sync_record",
            "sync_review",
            "sync_waiting_link",
        ):
            conn.execute(f"DELETE FROM {table}")


def sync(
    conn: Connection,
    *,
    confirm_removals: bool = False,
    target: Target | None = None,
    now_ms: Callable[[], int] = wall_clock_ms,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[Progress], None] | None = None,
) -> SyncReport:
    """One explicit sync: send this vault's changes, receive and apply everyone else's.

    ``cancelled`` is asked between files (she pressed Cancel, or the vault is locking):
    what was applied stays applied, whole; the rest comes next time."""
    row = current_space(conn)
    if row is None:
        raise NotSetUpError("this vault does not sync yet: set it up or join a space first")
    options: dict[str, Any] = {
        "confirm_removals": confirm_removals,
        "now_ms": now_ms,
        "cancelled": cancelled,
    }
    if progress is not None:
        options["progress"] = progress
    with target_for(target, row.target, _secret(conn)) as opened:
        report = _sync_with(conn, opened, row, now_ms, options)
    with write_transaction(conn):
        conn.execute(
            "UPDATE sync_space SET last_sync_at = ?, last_report = ? WHERE space = ?",
            (utc_now(), json.dumps(asdict(report), sort_keys=True), row.space),
        )
    return report


def _sync_with(
    conn: Connection,
    target: Target,
    row: "SpaceRow",
    now_ms: Callable[[], int],
    options: dict[str, Any],
) -> SyncReport:
    store = VaultSyncStore(conn, row.space, now_ms)
    keys = SpaceKeys(row.space, store.device, row.root_key)
    rolled_back = _own_files_gone(target, keys, store)
    if rolled_back or _another_vault_writes_as(target, keys, store):
        keys, store = _new_device_id(conn, keys, now_ms, send_all_again=rolled_back)
    try:
        report = sync_now(target, keys, store, **options)
    except DeviceIdTakenError:
        keys, store = _new_device_id(conn, keys, now_ms)
        report = sync_now(target, keys, store, **options)
    report.rolled_back = rolled_back
    return report


ROLLED_BACK = (
    "this device's files in the sync folder went back to an older state (a folder restored "
    "from a backup?); everything in this vault was sent again, so nothing is missing"
)


def _own_files_gone(target: Target, keys: SpaceKeys, store: VaultSyncStore) -> bool:
    """This device's last file is not in the folder: the folder was rolled back (or files
    deleted). The others may be stuck waiting for the missing numbers, which cannot be
    written again as they were; so this vault takes a new id and sends all it has."""
    own = store.own_log()
    if own is None:
        return False
    folder = names.log_folder(keys.space, keys.device)
    return names.log_name(own.seq) not in target.list_names(folder)


def _another_vault_writes_as(target: Target, keys: SpaceKeys, store: VaultSyncStore) -> bool:
    """Files in this device's folder that this vault did not write: a copy of this vault
    (restored from a backup, or copied whole) syncs under the same device id."""
    folder = names.log_folder(keys.space, keys.device)
    listed = [s for s in map(names.parse_log_name, target.list_names(folder)) if s is not None]
    own = store.own_log()
    newest = max(listed, default=0)
    if newest <= (own.seq if own else 0):
        return False
    flight = store.in_flight()
    if flight is not None and newest == flight.seq:
        path = names.log_path(keys.space, keys.device, flight.seq)
        try:
            return not flight.is_this(target.read(path))
        except FileNotFoundError:
            return False
    return True


def _new_device_id(
    conn: Connection, keys: SpaceKeys, now_ms: Callable[[], int], *, send_all_again: bool = False
) -> tuple[SpaceKeys, VaultSyncStore]:
    """This vault takes a new device id; the old id's files (the other copy's, and this
    one's before it was copied) are read like any other device's, from where this one
    stopped writing them. What was being sent goes again under the new id
    (``send_all_again``: every record, removals too)."""
    store = VaultSyncStore(conn, keys.space, now_ms)
    own = store.own_log()
    device = names.new_device_id()
    with write_transaction(conn):
        if own is not None:
            conn.execute(
                "INSERT OR REPLACE INTO sync_cursor(space, device, seq, hash, applied_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (keys.space, keys.device, own.seq, own.hash, utc_now()),
            )
        conn.execute(
            "UPDATE sync_space SET device = ?, own_seq = NULL, own_hash = NULL, "
            "flight_seq = NULL, flight_data = NULL, flight_records = NULL "
            "WHERE space = ?",
            (device, keys.space),
        )
        if send_all_again:
            conn.execute(
                "INSERT INTO sync_outbox(kind, id, changed_ms, dirty, unsent) "
                "SELECT kind, local_id, ?, 0, 1 FROM sync_record WHERE true "
                "ON CONFLICT(kind, id) DO UPDATE SET unsent = 1",
                (now_ms(),),
            )
    return SpaceKeys(keys.space, device, keys.root_key), VaultSyncStore(conn, keys.space, now_ms)


@dataclass(frozen=True)
class DeviceSeen:
    device: str
    files: int  # files applied from it
    last_applied_at: str  # when this vault last applied one of its files


@dataclass(frozen=True)
class SyncStatus:
    target: str
    space: str
    device: str
    devices: tuple[DeviceSeen, ...]
    last_sync_at: str | None
    pending: int  # records changed here and not yet sent (some may turn out unchanged)
    needs_review: int


def status(conn: Connection) -> SyncStatus:
    row = current_space(conn)
    if row is None:
        raise NotSetUpError("this vault does not sync yet: set it up or join a space first")
    devices = tuple(
        DeviceSeen(str(device), int(seq), str(applied))
        for device, seq, applied in conn.execute(
            "SELECT device, seq, applied_at FROM sync_cursor WHERE space = ? AND NOT forgotten "
            "ORDER BY applied_at DESC",
            (row.space,),
        )
    )
    pending = conn.execute(
        "SELECT count(*) FROM sync_outbox WHERE dirty = 1 OR unsent = 1"
    ).fetchone()
    review = conn.execute(
        "SELECT count(*) FROM sync_review v JOIN sync_record r ON r.id = v.id AND r.shown"
    ).fetchone()
    return SyncStatus(
        row.target.describe(),
        row.space,
        row.device,
        devices,
        row.last_sync_at,
        int(pending[0]),
        int(review[0]),
    )


def pairing_code(conn: Connection) -> str:
    """The space's pairing code, to join another device (the caller asks her passphrase
    first: whoever has the code and the target can read what is synced)."""
    row = conn.execute("SELECT pairing_code FROM sync_space").fetchone()
    if row is None:
        raise NotSetUpError("this vault does not sync")
    return str(row[0] or "")


def forget_device(conn: Connection, device: str) -> None:
    """Stop reading ``device``'s files (a laptop lost or given away). It still holds the
    key to what was synced; leaving sync and setting up a new space is what shuts it out."""
    row = current_space(conn)
    if row is None:
        raise NotSetUpError("this vault does not sync")
    names.check_id(device)
    if device == row.device:
        raise SyncError("this device cannot forget itself; leave sync instead")
    with write_transaction(conn):
        conn.execute(
            "INSERT INTO sync_cursor(space, device, seq, hash, applied_at, forgotten) "
            "VALUES (?, ?, 0, ?, ?, 1) ON CONFLICT(space, device) DO UPDATE SET forgotten = 1",
            (row.space, device, bytes(32), utc_now()),
        )
