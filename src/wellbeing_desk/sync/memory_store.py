"""The ``SyncStore`` protocol in memory: one device's records, outbox and cursors.

For tests and the state machine that plays several devices against one
target; the vault's store keeps the same things in SQLCipher tables.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from wellbeing_desk.sync.changeset import encode_records
from wellbeing_desk.sync.clock import HybridClock
from wellbeing_desk.sync.engine import Cursor, InFlight, MergedFile
from wellbeing_desk.sync.merge import Record


@dataclass
class MemoryStore:
    records: dict[str, Record] = field(default_factory=dict)
    outbox: set[str] = field(default_factory=set)  # ids changed here since last sent
    cursors_by_device: dict[str, Cursor] = field(default_factory=dict)
    own: Cursor | None = None
    flight: InFlight | None = None
    snapped: int = 0
    clock: HybridClock | None = None  # stamps records brought back (``Record.brought_back``)
    forgotten_devices: set[str] = field(default_factory=set)

    def put(self, record: Record) -> None:
        """A change made here (an edit, a removal)."""
        self.records[record.id] = record
        self.outbox.add(record.id)

    # The protocol.

    def pending(self, limit: int) -> list[Record]:
        return [self.records[record_id] for record_id in sorted(self.outbox)[:limit]]

    def payload(self, records: Sequence[Record]) -> bytes:
        return encode_records(records)

    def record(self, record_id: str) -> Record | None:
        return self.records.get(record_id)

    def own_log(self) -> Cursor | None:
        return self.own

    def in_flight(self) -> InFlight | None:
        return self.flight

    def begin_send(self, sending: InFlight) -> None:
        self.flight = sending

    def finish_send(self, sent: InFlight, written: Cursor) -> None:
        self.own = written
        self.flight = None
        for record in sent.records:
            if self.records.get(record.id) == record:  # not changed again meanwhile
                self.outbox.discard(record.id)

    def cursor(self, device: str) -> Cursor | None:
        return self.cursors_by_device.get(device)

    def cursors(self) -> dict[str, Cursor]:
        return dict(self.cursors_by_device)

    def all_records(self) -> list[Record]:
        return list(self.records.values())

    def snapshot_files(self) -> int:
        return self.snapped

    def snapshot_written(self, files: int) -> None:
        self.snapped = files

    def apply_snapshot(self, cursors: dict[str, Cursor], merged: MergedFile) -> None:
        self._apply_records(merged)
        for device, cursor in cursors.items():
            here = self.cursors_by_device.get(device)
            if here is None or here.seq < cursor.seq:
                self.cursors_by_device[device] = cursor

    def forgotten(self) -> set[str]:
        return set(self.forgotten_devices)

    def count_shown(self, kind: str) -> int:
        return sum(1 for r in self.records.values() if r.kind == kind and r.shown)

    def apply(self, device: str, cursor: Cursor, merged: MergedFile) -> None:
        self._apply_records(merged)
        self.cursors_by_device[device] = cursor

    def _apply_records(self, merged: MergedFile) -> None:
        for incoming in merged.records:
            record = incoming
            if record.id in merged.resurrected and self.clock is not None:
                record = record.brought_back(self.clock.tick())
                self.outbox.add(record.id)
            self.records[record.id] = record
        for copy in merged.copies:
            self.records[copy.id] = copy
            self.outbox.add(copy.id)
