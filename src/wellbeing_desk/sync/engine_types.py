"""What the sync engine works with and gives back: a space's keys, cursors, a file in
flight, the ``SyncStore`` a device's data is seen through, a merged file, the report
and progress of a sync (``engine.py`` runs one)."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from wellbeing_desk.sync.errors import ChainBrokenError, SyncError, TamperedFileError
from wellbeing_desk.sync.merge import Record
from wellbeing_desk.sync.sealing import FileKind, file_hash, open_sealed, seal


@dataclass(frozen=True)
class SpaceKeys:
    """Where this device writes, and the key every file of the space is sealed with.

    A team space seals differently (a key per epoch, every file signed by its
    member): ``team_sealing.TeamKeys`` overrides ``seal_file`` and ``open_file``.
    """

    space: str
    device: str
    root_key: bytes

    def seal_file(self, kind: FileKind, seq: int, prev: bytes, payload: bytes) -> bytes:
        """One of this device's files, sealed."""
        return seal(self.root_key, kind, self.space, self.device, seq, prev, payload)

    def open_file(
        self, data: bytes, kind: FileKind, device: str, seq: int, prev: bytes | None
    ) -> bytes:
        """The payload of ``device``'s file ``seq``, checked (``sealing.open_sealed``)."""
        return open_sealed(
            self.root_key,
            data,
            expect_kind=kind,
            expect_space=self.space,
            expect_device=device,
            expect_seq=seq,
            expect_prev=prev,
        )


@dataclass(frozen=True)
class Cursor:
    """The last file applied from one device: its number and its hash (for the chain)."""

    seq: int
    hash: bytes


@dataclass(frozen=True)
class InFlight:
    """A file sealed but not yet known to be on the target."""

    seq: int
    # The sealed bytes, or ``None`` where a store keeps only their hash (after a crash the
    # file is looked for on the target: there and the same, it is sent; not there, its
    # records are sealed again under the same number).
    data: bytes | None
    records: tuple[Record, ...]
    hash: bytes  # ``file_hash`` of the sealed bytes, as the next file's chain names it

    def is_this(self, data: bytes) -> bool:
        """Whether ``data``, found on the target, is this very file."""
        return file_hash(data) == self.hash


class SyncStore(Protocol):
    """What the engine needs of this device's own data."""

    def pending(self, limit: int) -> list[Record]:
        """Up to ``limit`` records changed here since they were last sent (their synced
        state now), in a stable order."""
        ...

    def record(self, record_id: str) -> Record | None: ...

    def payload(self, records: Sequence[Record]) -> bytes:
        """The changeset payload for ``records`` (``changeset.encode_records``; a store
        that keeps records encoded may join what it keeps)."""
        ...

    def own_log(self) -> Cursor | None:
        """This device's last file known to be on the target."""
        ...

    def in_flight(self) -> InFlight | None: ...

    def begin_send(self, sending: InFlight) -> None:
        """Keep a sealed file (or its hash) before it is written."""
        ...

    def finish_send(self, sent: InFlight, written: Cursor) -> None:
        """The file is on the target: its records are sent unless changed meanwhile."""
        ...

    def cursor(self, device: str) -> Cursor | None: ...

    def cursors(self) -> dict[str, Cursor]:
        """Every other device's cursor."""
        ...

    def all_records(self) -> list[Record]:
        """Every record here, removals included (what a snapshot holds)."""
        ...

    def snapshot_files(self) -> int:
        """How many files this device had written and read when it last wrote a snapshot."""
        ...

    def snapshot_written(self, files: int) -> None: ...

    def apply_snapshot(self, cursors: dict[str, Cursor], merged: "MergedFile") -> None:
        """Store a snapshot's merged records and move each device's cursor up to the
        snapshot's (never back), all or nothing; ``ValueError`` as ``apply``."""
        ...

    def count_shown(self, kind: str) -> int:
        """How many records of ``kind`` are here, not removed and not in the trash (for the
        removal guard)."""
        ...

    def forgotten(self) -> set[str]:
        """Devices she forgot: their files are not read any more."""
        ...

    def apply(self, device: str, cursor: Cursor, merged: "MergedFile") -> None:
        """Store a file's merged records and move ``device``'s cursor, all or nothing.

        ``ValueError`` when a record does not fit what this device keeps (nothing of
        the file is applied).

        The conflict copies made here are this device's to send as well: the
        version that lost may exist nowhere else.
        """
        ...


@dataclass(frozen=True)
class MergedFile:
    """A received file merged with what is here."""

    records: tuple[Record, ...]  # its records, merged
    copies: tuple[Record, ...]  # conflict copies made here, merged with any already here
    resurrected: tuple[str, ...]  # ids brought back by a change a removal had not seen


@dataclass
class SyncReport:
    sent: int = 0  # records
    received: int = 0  # records read from other devices
    files_applied: int = 0
    conflicts: int = 0  # conflict copies made
    resurrected: int = 0  # records removed on one side and changed unseen on another
    waiting: list[str] = field(default_factory=list)  # devices stopped at a gap or a partial file
    alerts: list[str] = field(default_factory=list)  # files not used, and why (plain words)
    newer_format: bool = False  # a device writes a newer format: update before syncing
    held: list[str] = field(default_factory=list)  # devices whose next file is stamped days ahead
    paused: bool = False  # it would remove many records: nothing more applied until confirmed
    snapshot_from: str | None = None  # a new device: started from this device's snapshot
    snapshot_written: bool = False
    would_remove: dict[str, int] = field(default_factory=dict)  # by kind, when paused
    cancelled: bool = False  # stopped between two files: each file is applied whole or not
    # Of the alerts, files changed by someone without the key, or out of their chain
    # (replayed, reordered, rolled back): said as such to her.
    tampered: int = 0
    # This device's own files in the folder went back to an older state: everything was
    # sent again under a new device id (``vault_sync``).
    rolled_back: bool = False

    def refuse(self, path: str, error: SyncError) -> None:
        """A file not used, and why."""
        self.alerts.append(f"{path}: {error}")
        if isinstance(error, TamperedFileError | ChainBrokenError):
            self.tampered += 1


@dataclass(frozen=True)
class Progress:
    """Where a sync is, for a progress line: files sent, files read."""

    sent_files: int
    read_files: int
