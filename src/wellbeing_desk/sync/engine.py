"""One explicit sync: send this device's changes, then receive and merge everyone else's.

The engine knows the target (``Target``), the space's keys and a ``SyncStore``:
what this device holds (``VaultSyncStore``; ``MemoryStore`` in tests), all
declared in ``engine_types.py``. It never
decides a merge itself (``merge.py``) nor how a file is sealed
(``sealing.py``); it keeps the order that makes a sync safe to interrupt:

- Sending: each file is noted in the store before it is written
  (``InFlight``). A store that keeps its sealed bytes has a retry after a crash
  or a lost answer write the very same bytes (the target accepts an identical
  file as already there); the vault keeps only their hash, and the file is
  looked for on the target: there and the same, it is sent; not there, its
  records go in the next file, under the same number.
- Receiving: each other device's files are read in sequence from the one
  after its cursor. A missing number or a file still arriving stops that
  device there (it is read next time; nothing is skipped). A file changed by
  someone without the key, or one that does not follow the one before it
  (replayed, reordered, rolled back), is not used: it is reported and that
  device stops there. Merging a file and moving that device's cursor past it
  happen in one ``SyncStore.apply`` (one transaction in the vault), so a file
  is applied exactly once.
- Guards: a file stamped more than a day ahead of this clock is held (a
  device with a wrong clock must not win every merge for days); a sync that
  would remove for good more than a quarter of a kind she sees here, or more
  than 50 records, pauses
  before applying and goes on only when she confirms (``confirm_removals``).
"""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wellbeing_desk.sync import names
from wellbeing_desk.sync.changeset import decode_records
from wellbeing_desk.sync.clock import Stamp, is_too_far_ahead, wall_clock_ms
from wellbeing_desk.sync.collector import collector_paused
from wellbeing_desk.sync.engine_types import (
    Cursor,
    InFlight,
    MergedFile,
    Progress,
    SpaceKeys,
    SyncReport,
    SyncStore,
)
from wellbeing_desk.sync.errors import (
    DeviceIdTakenError,
    FormatTooNewError,
    SyncError,
    TruncatedFileError,
)
from wellbeing_desk.sync.merge import Merged, Record, merge
from wellbeing_desk.sync.sealing import NO_PREVIOUS, FileKind, file_hash
from wellbeing_desk.sync.snapshot import SnapshotPart, decode_part, encode_part
from wellbeing_desk.sync.target import Target, join_path
from wellbeing_desk.sync.target_errors import TargetError

# Where the rest of sync has always found them (declared in ``engine_types.py``).
__all__ = [
    "REMOVAL_COUNT",
    "REMOVAL_SHARE",
    "Cursor",
    "InFlight",
    "MergedFile",
    "Progress",
    "SpaceKeys",
    "SyncReport",
    "SyncStore",
    "receive",
    "receive_from",
    "send",
    "start_from_snapshot",
    "sync_now",
    "write_snapshot",
    "write_snapshot_if_due",
]

# The removal guard (SYNC.md): more than this share of a kind, or this many records.
REMOVAL_SHARE = 0.25
REMOVAL_COUNT = 50


def _never() -> bool:
    return False


def _nowhere(progress: Progress) -> None:
    """No one to tell."""


@dataclass
class _Guards:
    now_ms: Callable[[], int]
    confirm_removals: bool
    removals: Counter[str] = field(default_factory=Counter)  # by kind, this sync so far
    cancelled: Callable[[], bool] = _never  # asked between files
    progress: Callable[[Progress], None] = _nowhere
    sent_files: int = 0
    read_files: int = 0

    def stop_here(self, report: SyncReport) -> bool:
        """Whether to stop before the next file (she cancelled, or the vault is locking)."""
        if self.cancelled():
            report.cancelled = True
        return report.cancelled

    def sent_one(self) -> None:
        self.sent_files += 1
        self.progress(Progress(self.sent_files, self.read_files))

    def read_one(self) -> None:
        self.read_files += 1
        self.progress(Progress(self.sent_files, self.read_files))


def sync_now(
    target: Target,
    keys: SpaceKeys,
    store: SyncStore,
    *,
    confirm_removals: bool = False,
    now_ms: Callable[[], int] = wall_clock_ms,
    cancelled: Callable[[], bool] = _never,
    progress: Callable[[Progress], None] = _nowhere,
) -> SyncReport:
    """Send, then receive: one explicit sync.

    ``confirm_removals``: she has seen what the last, paused sync would remove
    and said yes (``sync now --yes``). ``cancelled`` is asked before each file:
    a sync stops between files, never inside one, so nothing is half-applied.
    ``progress`` hears after each file sent or read.
    """
    report = SyncReport()
    guards = _Guards(now_ms, confirm_removals, cancelled=cancelled, progress=progress)
    with collector_paused():
        send(target, keys, store, report, guards)
        if not report.cancelled:
            receive(target, keys, store, report, guards)
        if not (report.paused or report.cancelled):
            write_snapshot_if_due(target, keys, store, report)
    return report


def send(
    target: Target,
    keys: SpaceKeys,
    store: SyncStore,
    report: SyncReport,
    guards: _Guards | None = None,
) -> None:
    guards = guards or _Guards(wall_clock_ms, confirm_removals=False)
    unfinished = store.in_flight()
    if unfinished is not None and _finish_in_flight(target, keys, store, unfinished):
        report.sent += len(unfinished.records)
        guards.sent_one()
    sent: set[str] = set()
    while True:  # a batch at a time: memory stays bounded however many records changed
        fresh = [r for r in store.pending(BATCH_RECORDS) if r.id not in sent]
        if not fresh:
            return
        for batch in _batches(fresh):
            if guards.stop_here(report):
                return
            _send_file(target, keys, store, batch)
            report.sent += len(batch)
            sent.update(record.id for record in batch)
            guards.sent_one()


def _send_file(
    target: Target, keys: SpaceKeys, store: SyncStore, batch: tuple[Record, ...]
) -> None:
    last = store.own_log()
    seq = (last.seq if last else 0) + 1
    previous = last.hash if last else NO_PREVIOUS
    data = keys.seal_file(FileKind.CHANGESET, seq, previous, store.payload(batch))
    sending = InFlight(seq, data, batch, file_hash(data))
    store.begin_send(sending)
    _write(target, keys, store, sending, data)


# A file's share of records and of text (well under a file's limits, so that one
# file is quick to read back on a small machine).
BATCH_RECORDS = 1_000
BATCH_CHARS = 8_000_000


def _batches(records: Sequence[Record]) -> list[tuple[Record, ...]]:
    batches: list[tuple[Record, ...]] = []
    batch: list[Record] = []
    chars = 0
    for record in records:
        size = sum(len(body.text) for _, body in record.bodies) + 200 * len(record.fields)
        if batch and (len(batch) >= BATCH_RECORDS or chars + size > BATCH_CHARS):
            batches.append(tuple(batch))
            batch, chars = [], 0
        batch.append(record)
        chars += size
    if batch:
        batches.append(tuple(batch))
    return batches


def _finish_in_flight(
    target: Target, keys: SpaceKeys, store: SyncStore, unfinished: InFlight
) -> bool:
    """A file sealed by a sync that stopped: written now (or found written); whether it
    is on the target. One kept only by its hash and not there is left: its records are
    still unsent, and the next file, under the same number, holds them."""
    if unfinished.data is not None:
        _write(target, keys, store, unfinished, unfinished.data)
        return True
    path = names.log_path(keys.space, keys.device, unfinished.seq)
    try:
        found = target.read(path)
    except FileNotFoundError:
        return False
    if not unfinished.is_this(found):
        raise _device_id_taken(path)
    store.finish_send(unfinished, Cursor(unfinished.seq, unfinished.hash))
    return True


def _write(
    target: Target, keys: SpaceKeys, store: SyncStore, sending: InFlight, data: bytes
) -> None:
    """Write ``sending``'s sealed bytes, ``data``, and note it sent."""
    path = names.log_path(keys.space, keys.device, sending.seq)
    try:
        target.create(path, data)
    except FileExistsError:
        raise _device_id_taken(path) from None
    store.finish_send(sending, Cursor(sending.seq, sending.hash))


def _device_id_taken(path: str) -> DeviceIdTakenError:
    return DeviceIdTakenError(
        f"{path} was written by another vault with this device's id (a restored "
        "backup or a copied vault); nothing was overwritten"
    )


def receive(
    target: Target,
    keys: SpaceKeys,
    store: SyncStore,
    report: SyncReport,
    guards: _Guards | None = None,
) -> None:
    guards = guards or _Guards(wall_clock_ms, confirm_removals=False)
    if not store.cursors():  # a new device: start from the fullest snapshot, if any
        start_from_snapshot(target, keys, store, report, guards)
    root = names.log_root(keys.space)
    forgotten = store.forgotten()
    for device in names.devices_in(target.list_folders(root)):
        if device == keys.device or device in forgotten:
            continue
        if report.paused or guards.stop_here(report):
            return
        _receive_device(target, keys, store, device, report, guards)


def receive_from(
    target: Target, keys: SpaceKeys, store: SyncStore, device: str, report: SyncReport
) -> None:
    """Read and apply ``device``'s files after its cursor, as ``receive`` does for each."""
    _receive_device(target, keys, store, device, report, _Guards(wall_clock_ms, False))


def _receive_device(
    target: Target,
    keys: SpaceKeys,
    store: SyncStore,
    device: str,
    report: SyncReport,
    guards: _Guards,
) -> None:
    folder = names.log_folder(keys.space, device)
    listed = {seq for seq in map(names.parse_log_name, target.list_names(folder)) if seq}
    cursor = store.cursor(device)
    while True:
        seq = (cursor.seq if cursor else 0) + 1
        if seq in listed and guards.stop_here(report):
            return
        if seq not in listed:
            if any(later > seq for later in listed):
                report.waiting.append(device)  # a gap: the missing file may still arrive
            return
        path = join_path(folder, names.log_name(seq))
        try:
            data = target.read(path)
            payload = keys.open_file(
                data, FileKind.CHANGESET, device, seq, cursor.hash if cursor else NO_PREVIOUS
            )
            records = decode_records(payload)
        except (TruncatedFileError, FileNotFoundError):
            report.waiting.append(device)  # still arriving: read it next time
            return
        except FormatTooNewError:
            report.newer_format = True
            return
        except TargetError:
            raise  # the target itself failed (a password, a timeout): the sync stops, said once
        except SyncError as error:  # changed, replayed, out of its chain, malformed: never used
            report.refuse(path, error)
            return
        if any(is_too_far_ahead(s, guards.now_ms()) for r in records for s in _stamps(r)):
            report.held.append(device)  # its clock is days ahead: applied once ours catches up
            return
        merged = _merge_file(store, records)
        if merged is None:
            report.alerts.append(f"{path}: its records do not fit together; it was not used")
            return
        if not _removals_allowed(store, merged, guards, report):
            return
        cursor = Cursor(seq, file_hash(data))
        try:
            store.apply(device, cursor, merged)
        except ValueError as error:
            report.alerts.append(f"{path}: {error}; it was not used")
            return
        report.files_applied += 1
        guards.read_one()
        report.received += len(records)
        report.conflicts += len(merged.copies)
        report.resurrected += len(merged.resurrected)


def _stamps(record: Record) -> list[Stamp]:
    stamps = [f.stamp for _, f in record.fields] + [b.stamp for _, b in record.bodies]
    return stamps + ([record.removal.stamp] if record.removal is not None else [])


def _removals_allowed(
    store: SyncStore, merged: MergedFile, guards: _Guards, report: SyncReport
) -> bool:
    """Whether this file's removals, with those applied this sync, stay under the guard."""
    # Records she sees that would go for good. Moves to the trash do not count: they
    # stay in her trash, to restore; nor do removals of what is in the trash here.
    removed = Counter(r.kind for r in merged.records if not r.alive and _shown_here(store, r.id))
    if not removed or guards.confirm_removals:
        guards.removals.update(removed)
        return True
    total = guards.removals + removed
    for kind, count in total.items():
        shown = store.count_shown(kind) + guards.removals[kind]  # as it was before this sync
        if count > REMOVAL_COUNT or count > REMOVAL_SHARE * shown:
            report.paused = True
            report.would_remove = dict(total)
            return False
    guards.removals = total
    return True


def _shown_here(store: SyncStore, record_id: str) -> bool:
    here = store.record(record_id)
    return here is not None and here.shown


def _merge_file(store: SyncStore, records: Sequence[Record]) -> MergedFile | None:
    """A file's records merged with those here; ``None`` for a file no device writes
    (one record twice, or one id of two kinds)."""
    if len({r.id for r in records}) != len(records):
        return None
    merged: dict[str, Record] = {}
    copies: dict[str, Record] = {}
    resurrected: list[str] = []

    def here(record_id: str) -> Record | None:
        return copies.get(record_id) or merged.get(record_id) or store.record(record_id)

    for incoming in records:
        local = here(incoming.id)
        if local is not None and local.kind != incoming.kind:
            return None
        result: Merged = merge(local, incoming)
        merged[incoming.id] = result.record
        if result.resurrected:
            resurrected.append(incoming.id)
        pending = list(result.copies)
        while pending:  # a copy already here (made earlier) merges with the new one
            copy = pending.pop()
            again = merge(here(copy.id), copy)
            copies[copy.id] = again.record
            pending.extend(again.copies)
    return MergedFile(tuple(merged.values()), tuple(copies.values()), tuple(resurrected))


# --- snapshots ------------------------------------------------------------------------------

# A device writes a snapshot once it has written and read this many files since its last.
SNAPSHOT_EVERY = 100


def _files_known(store: SyncStore) -> int:
    own = store.own_log()
    return sum(c.seq for c in store.cursors().values()) + (own.seq if own else 0)


def write_snapshot_if_due(
    target: Target, keys: SpaceKeys, store: SyncStore, report: SyncReport
) -> None:
    known = _files_known(store)
    if known - store.snapshot_files() >= SNAPSHOT_EVERY:
        write_snapshot(target, keys, store)
        store.snapshot_written(known)
        report.snapshot_written = True


def write_snapshot(target: Target, keys: SpaceKeys, store: SyncStore) -> None:
    """Every record here and every cursor, in parts; then this device's older snapshots go."""
    cursors = {device: (c.seq, c.hash) for device, c in store.cursors().items()}
    own = store.own_log()
    if own is not None:
        cursors[keys.device] = (own.seq, own.hash)
    batches = _batches(store.all_records()) or [()]
    folder = names.snapshot_folder(keys.space, keys.device)
    older = sorted(s for s in map(names.parse_snapshot_name, target.list_names(folder)) if s)
    base = (older[-1] if older else 0) + 1
    previous = NO_PREVIOUS
    for part, batch in enumerate(batches):
        data = keys.seal_file(
            FileKind.SNAPSHOT,
            base + part,
            previous,
            encode_part(part, len(batches), cursors, batch),
        )
        target.create(names.snapshot_path(keys.space, keys.device, base + part), data)
        previous = file_hash(data)
    for seq in older:  # a whole newer one is there: the older ones are only in the way
        target.delete(names.snapshot_path(keys.space, keys.device, seq))


def start_from_snapshot(
    target: Target, keys: SpaceKeys, store: SyncStore, report: SyncReport, guards: _Guards
) -> None:
    """Apply the snapshot that covers most, and start each device's log after it."""
    candidates: list[tuple[int, str, int, int]] = []  # (files covered, device, base, last)
    forgotten = store.forgotten()
    for device in names.devices_in(target.list_folders(names.snapshot_root(keys.space))):
        if device == keys.device or device in forgotten:
            continue
        found = _latest_whole_snapshot(target, keys, device, report)
        if found is not None:
            candidates.append(found)
    if not candidates:
        return
    _, device, base, last = max(candidates)
    parts = _read_snapshot(target, keys, device, base, last, report)
    if parts is None:
        return
    records = [record for part in parts for record in part.records]
    if any(is_too_far_ahead(s, guards.now_ms()) for r in records for s in _stamps(r)):
        report.held.append(device)  # read from the logs instead, which hold it the same way
        return
    merged = _merge_file(store, records)
    if merged is None:
        report.alerts.append(f"the snapshot of {device}: its records do not fit together")
        return
    if not _removals_allowed(store, merged, guards, report):
        return
    cursors = {
        other: Cursor(seq, digest)
        for other, (seq, digest) in parts[0].cursors.items()
        if other != keys.device
    }
    try:
        store.apply_snapshot(cursors, merged)
    except ValueError as error:
        report.alerts.append(f"the snapshot of {device}: {error}; it was not used")
        return
    report.snapshot_from = device
    report.received += len(records)
    report.conflicts += len(merged.copies)
    report.resurrected += len(merged.resurrected)


def _latest_whole_snapshot(
    target: Target, keys: SpaceKeys, device: str, report: SyncReport
) -> tuple[int, str, int, int] | None:
    """(files it covers, device, first and last number) of ``device``'s newest snapshot, if
    all its parts are there; ``None`` otherwise (still being written, or damaged)."""
    folder = names.snapshot_folder(keys.space, device)
    listed = {s for s in map(names.parse_snapshot_name, target.list_names(folder)) if s}
    if not listed:
        return None
    last = max(listed)
    opened = _open_snapshot_part(target, keys, device, last, None, report)
    if opened is None:
        return None
    part, _ = opened
    base = last - part.part
    if part.part != part.parts - 1 or not all(s in listed for s in range(base, last + 1)):
        return None
    return sum(seq for seq, _ in part.cursors.values()), device, base, last


def _open_snapshot_part(
    target: Target,
    keys: SpaceKeys,
    device: str,
    seq: int,
    previous: bytes | None,
    report: SyncReport,
) -> tuple[SnapshotPart, bytes] | None:
    """One part and its bytes; ``None`` if it is still arriving, newer, or not as written
    (that last one said in ``report``)."""
    path = names.snapshot_path(keys.space, device, seq)
    try:
        data = target.read(path)
        payload = keys.open_file(data, FileKind.SNAPSHOT, device, seq, previous)
        return decode_part(payload), data
    except (TruncatedFileError, FileNotFoundError, FormatTooNewError):
        return None
    except TargetError:
        raise
    except SyncError as error:
        report.refuse(path, error)
        return None


def _read_snapshot(
    target: Target, keys: SpaceKeys, device: str, base: int, last: int, report: SyncReport
) -> list[SnapshotPart] | None:
    parts: list[SnapshotPart] = []
    previous = NO_PREVIOUS
    for seq in range(base, last + 1):
        opened = _open_snapshot_part(target, keys, device, seq, previous, report)
        if opened is None:
            return None  # read from the logs instead
        part, data = opened
        path = names.snapshot_path(keys.space, device, seq)
        if (
            part.part != seq - base
            or part.parts != last - base + 1
            or (parts and part.cursors != parts[0].cursors)
        ):
            report.alerts.append(f"{path}: its parts do not fit together; it was not used")
            return None
        parts.append(part)
        previous = file_hash(data)
    return parts
