"""The ``SyncStore`` protocol in memory: one device's records, outbox and cursors.

For tests and the state machine that plays several devices against one
target; the vault's store keeps the same things in SQLCipher tables.
"""

from dataclasses import dataclass, field

from wellbeing_desk.sync.engine import Cursor, InFlight, MergedFile
from wellbeing_desk.sync.merge import Record


@dataclass
class MemoryStore:
    records: dict[str, Record] = field(default_factory=dict)
    outbox: set[str] = field(default_factory=set)  # ids changed here since last sent
    cursors: dict[str, Cursor] = field(default_factory=dict)
    own: Cursor | None = None
    flight: InFlight | None = None

    def put(self, record: Record) -> None:
        """A change made here (an edit, a removal)."""
        self.records[record.id] = record
        self.outbox.add(record.id)

    # The protocol.

    def pending(self) -> list[Record]:
        return [self.records[record_id] for record_id in sorted(self.outbox)]

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
        return self.cursors.get(device)

    def count_alive(self, kind: str) -> int:
        return sum(1 for r in self.records.values() if r.kind == kind and r.alive)

    def apply(self, device: str, cursor: Cursor, merged: MergedFile) -> None:
        for record in merged.records:
            self.records[record.id] = record
        for copy in merged.copies:
            self.records[copy.id] = copy
            self.outbox.add(copy.id)
        self.cursors[device] = cursor
