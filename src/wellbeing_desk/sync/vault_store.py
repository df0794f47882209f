"""The ``SyncStore`` of a vault: its records' synced state, its outbox and its cursors.

Her changes are stamped as ``vault_capture.py`` says, into the states
``store_state.py`` keeps. Sending notes each file in flight by its hash and a
digest of each record's state (never a second copy of her text).

Applying a file happens in one transaction with the triggers paused: each
record is merged once more with the state here (an edit made since the engine
read it is kept: merging is idempotent and order-free), stored, and written to
its rows; conflict copies made here go into the outbox (the losing version
may exist nowhere else) and, like records brought back, into ``sync_review``.
"""

import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

import sqlcipher3

from wellbeing_desk.sync.changeset import decode_records, encode_payload, encode_record
from wellbeing_desk.sync.clock import Stamp, is_too_far_ahead, wall_clock_ms
from wellbeing_desk.sync.engine import Cursor, InFlight, MergedFile
from wellbeing_desk.sync.kind_rows import Projection
from wellbeing_desk.sync.merge import CONFLICT_OF, Merged, Record, merge
from wellbeing_desk.sync.sealing import file_hash
from wellbeing_desk.sync.store_state import (
    PERSONAL_TABLES,
    StoreTables,
    decode_kept_state,
    projection,
    trusted_state,
)
from wellbeing_desk.sync.vault_capture import Captured, CapturingStore
from wellbeing_desk.sync.vault_kinds import WRITE_ORDER, Kind
from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import utc_now
from wellbeing_desk.vault.sync_tables import set_applying

# Where other modules have always found them.
__all__ = ["PERSONAL_TABLES", "Captured", "StoreTables", "VaultSyncStore", "decode_kept_state"]


class VaultSyncStore(CapturingStore):
    """One vault's side of a sync in ``space``, on one connection (the caller's thread)."""

    def __init__(
        self, conn: Connection, space: str, now_ms: Callable[[], int] = wall_clock_ms
    ) -> None:
        super().__init__(conn, space, now_ms)
        # The synced states ``pending`` read, as kept: a file's payload and the check
        # that a sent record has not changed since use them without encoding again.
        self._kept: dict[str, str] = {}
        self._links_waiting = False  # whether a link waits for its record (while applying)

    # -- the SyncStore protocol ------------------------------------------------------------

    def pending(self, limit: int) -> list[Record]:
        # Stamped a batch at a time, until a batch waits to be sent (or nothing is left):
        # memory stays bounded, and what was just stamped is sent without reading it back.
        self._fresh.clear()
        while True:
            looked_at, _ = self._capture_dirty(limit)
            waiting = self._conn.execute(
                f"SELECT count(*) FROM {self._t.outbox} WHERE unsent = 1{self._t.scope()}"
            ).fetchone()
            if looked_at < limit or int(waiting[0]) >= limit:
                break
        ids = self._conn.execute(
            # The outbox first: a sync with nothing to send reads no record.
            f"SELECT r.id FROM {self._t.outbox} o CROSS JOIN {self._t.record} r "
            "ON r.kind = o.kind AND r.local_id = o.id WHERE o.unsent = 1 "
            f"{self._t.scope('o')} ORDER BY o.kind, o.id LIMIT ?",
            (limit,),
        ).fetchall()
        records = []
        self._kept.clear()
        for (sync_id,) in ids:
            fresh = self._fresh.get(str(sync_id))
            if fresh is None:  # stamped by an earlier capture (a sync that stopped)
                state = self._state_text(str(sync_id))
                if state is None:
                    continue
                fresh = (state, trusted_state(state))
            self._kept[fresh[1].id] = fresh[0]
            records.append(fresh[1])
        self._fresh.clear()
        return records

    def payload(self, records: Sequence[Record]) -> bytes:
        return encode_payload([self._encoded(record) for record in records])

    def _encoded(self, record: Record) -> str:
        kept = self._kept.get(record.id)
        return kept if kept is not None else encode_record(record)

    def record(self, record_id: str) -> Record | None:
        return self._state(record_id)

    def own_log(self) -> Cursor | None:
        row = self._space_row("own_seq, own_hash")
        return None if row[0] is None else Cursor(int(row[0]), bytes(row[1]))

    def in_flight(self) -> InFlight | None:
        seq, data, kept = self._space_row("flight_seq, flight_data, flight_records")
        if seq is None:
            return None
        if data is not None:  # kept whole by an earlier version, with the states it holds
            whole = tuple(decode_records(bytes(kept)))
            self._kept = {record.id: encode_record(record) for record in whole}
            return InFlight(int(seq), bytes(data), whole, file_hash(bytes(data)))
        flight = json.loads(bytes(kept))
        records = tuple(self._unchanged_since(flight["records"]))
        return InFlight(int(seq), None, records, bytes.fromhex(flight["file"]))

    def begin_send(self, sending: InFlight) -> None:
        # Not the sealed bytes, nor the states they hold (a second and third copy of her
        # text, written, freed and zeroed for every file): the file's hash, and each
        # record's with a digest of its state as sealed. After a crash, the file is
        # looked for on the target (``engine._finish_in_flight``).
        flight = {
            "file": sending.hash.hex(),
            "records": [[r.id, _digest(self._encoded(r))] for r in sending.records],
        }
        with write_transaction(self._conn):
            self._conn.execute(
                f"UPDATE {self._t.space} SET flight_seq = ?, flight_data = NULL, "
                "flight_records = ? WHERE space = ?",
                (sending.seq, json.dumps(flight, separators=(",", ":")).encode(), self._space),
            )

    def _unchanged_since(self, sealed: list[list[str]]) -> Iterator[Record]:
        """The records of a file in flight whose state has not changed since it was
        sealed: sent once the file is found on the target (any other goes again later)."""
        self._kept.clear()
        for sync_id, digest in sealed:
            state = self._state_text(str(sync_id))
            if state is not None and _digest(state) == digest:
                self._kept[str(sync_id)] = state
                yield trusted_state(state)

    def finish_send(self, sent: InFlight, written: Cursor) -> None:
        conn = self._conn
        with write_transaction(conn):
            conn.execute(
                f"UPDATE {self._t.space} SET own_seq = ?, own_hash = ?, flight_seq = NULL, "
                "flight_data = NULL, flight_records = NULL WHERE space = ?",
                (written.seq, written.hash, self._space),
            )
            # Sent unless its state changed meanwhile (then it goes again next time).
            conn.executemany(
                f"UPDATE {self._t.outbox} SET unsent = 0 WHERE unsent = 1 AND (kind, id) IN ("
                f"SELECT kind, local_id FROM {self._t.record} WHERE id = ? AND state = ?)",
                [(record.id, self._encoded(record)) for record in sent.records],
            )
            conn.execute(f"DELETE FROM {self._t.outbox} WHERE dirty = 0 AND unsent = 0")

    def cursor(self, device: str) -> Cursor | None:
        row = self._conn.execute(
            f"SELECT seq, hash FROM {self._t.cursor} WHERE space = ? AND device = ?",
            (self._space, device),
        ).fetchone()
        return None if row is None else Cursor(int(row[0]), bytes(row[1]))

    def cursors(self) -> dict[str, Cursor]:
        rows = self._conn.execute(
            f"SELECT device, seq, hash FROM {self._t.cursor} WHERE space = ? AND NOT forgotten",
            (self._space,),
        )
        return {str(device): Cursor(int(seq), bytes(digest)) for device, seq, digest in rows}

    def all_records(self) -> list[Record]:
        self.capture()
        rows = self._conn.execute(
            f"SELECT state FROM {self._t.record} WHERE 1{self._t.scope()} ORDER BY id"
        )
        return [trusted_state(str(state)) for (state,) in rows]

    def snapshot_files(self) -> int:
        return int(self._space_row("snapshot_files")[0])

    def snapshot_written(self, files: int) -> None:
        with write_transaction(self._conn):
            self._conn.execute(
                f"UPDATE {self._t.space} SET snapshot_files = ? WHERE space = ?",
                (files, self._space),
            )

    def apply_snapshot(self, cursors: dict[str, Cursor], merged: MergedFile) -> None:
        self._apply(merged, cursors)

    def forgotten(self) -> set[str]:
        rows = self._conn.execute(
            f"SELECT device FROM {self._t.cursor} WHERE space = ? AND forgotten", (self._space,)
        )
        return {str(device) for (device,) in rows}

    def count_shown(self, kind: str) -> int:
        row = self._conn.execute(
            f"SELECT count(*) FROM {self._t.record} WHERE kind = ? AND shown = 1{self._t.scope()}",
            (kind,),
        ).fetchone()
        return int(row[0])

    def apply(self, device: str, cursor: Cursor, merged: MergedFile) -> None:
        self._apply(merged, {device: cursor})

    def _apply(self, merged: MergedFile, cursors: dict[str, Cursor]) -> None:
        """Merge and write the records, and move the cursors on (never back): one
        transaction, with the outbox's triggers paused."""
        conn = self._conn
        with write_transaction(conn):
            set_applying(conn, True)
            try:
                try:
                    self._apply_records(merged)
                except sqlcipher3.IntegrityError as error:  # a value the tables refuse
                    raise ValueError(f"a record does not fit this vault ({error})") from None
                for device, cursor in cursors.items():
                    conn.execute(
                        f"INSERT INTO {self._t.cursor}(space, device, seq, hash, applied_at) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(space, device) DO UPDATE SET "
                        "seq = excluded.seq, hash = excluded.hash, "
                        "applied_at = excluded.applied_at WHERE excluded.seq > seq",
                        (self._space, device, cursor.seq, cursor.hash, utc_now()),
                    )
                self._save_clock()
            finally:
                set_applying(conn, False)

    def mark_not_a_copy(self, copy_id: str) -> None:
        """A conflict copy she keeps as a record of its own (inside her transaction): it
        stops naming its record, stamped like any change, and is sent."""
        state = self._state(copy_id)
        if state is None or CONFLICT_OF not in state.field_map():
            raise KeyError(copy_id)
        row = self._conn.execute(
            f"SELECT kind, local_id FROM {self._t.record} WHERE id = ?", (copy_id,)
        ).fetchone()
        self._store(state.with_field(CONFLICT_OF, None, self._clock.tick()), str(row[1]))
        self._send_as_well(str(row[0]), str(row[1]))
        self._save_clock()

    # -- applying --------------------------------------------------------------------------

    def _apply_records(self, merged: MergedFile) -> None:
        brought_back = set(merged.resurrected)
        copies_made = {copy.id for copy in merged.copies}
        pending = deque(
            sorted(
                [*merged.records, *merged.copies],
                key=lambda r: (WRITE_ORDER.get(r.kind, len(WRITE_ORDER)), r.id),
            )
        )
        # Asked once a file, not once a record (most files meet neither).
        any_dirty = self._conn.execute(f"SELECT 1 FROM {self._t.outbox} WHERE dirty = 1 LIMIT 1")
        dirty_here = any_dirty.fetchone() is not None
        self._links_waiting = (
            self._conn.execute(f"SELECT 1 FROM {self._t.waiting} LIMIT 1").fetchone() is not None
        )
        now = self._now_ms()
        while pending:
            incoming = pending.popleft()
            kind = self.KINDS.get(incoming.kind)
            if kind is None:
                raise ValueError(f"a record of an unknown kind ({incoming.kind!a})")
            local_id = self._local_id(kind, incoming)
            if not self._belongs_here(kind, local_id):
                raise ValueError(f"a record has the id of one kept in another space ({kind.kind})")
            if dirty_here:
                self._capture_if_dirty(kind, local_id)
            result: Merged = merge(self._state(incoming.id), incoming)
            record = result.record
            back = result.resurrected or incoming.id in brought_back
            if back:  # fields stamped anew, so every device ends with the same ones
                record = record.brought_back(self._clock.tick())
                self._send_as_well(kind.kind, local_id)
            self._store(record, local_id)
            if record.alive:
                self._write(kind, local_id, record)
                self._written(kind, local_id)
                if self._links_waiting:
                    self._write_links_waiting_for(local_id)
            else:
                kind.remove(self._conn, local_id)
            seen = [stamp for stamp in _stamps(record) if not is_too_far_ahead(stamp, now)]
            if seen:
                self._clock.observe(max(seen))
            self._ask_her(record, back=back, copy_made_here=incoming.id in copies_made)
            if incoming.id in copies_made:
                self._send_as_well(kind.kind, local_id)
            for copy in result.copies:  # made here, again: merged, kept, sent, shown
                copies_made.add(copy.id)
                pending.append(copy)

    def _written(self, kind: Kind, local_id: str) -> None:
        """After a record from another device is written to its rows (a team marks it)."""

    def _ask_her(self, record: Record, *, back: bool, copy_made_here: bool) -> None:
        """What she is asked to look at: a record brought back, a conflict copy made here
        (asked no more once kept as a record of its own, on any device)."""
        if back:
            self._note_review(record, "brought_back")
        if not _still_a_copy(record):
            # Only a copy ever names its record: one kept as her own, or removed, is
            # asked no more (a record that never was one has no question to drop).
            if not record.alive or CONFLICT_OF in record.field_map():
                self._conn.execute(
                    f"DELETE FROM {self._t.review} WHERE id = ? AND reason = 'conflict_copy'",
                    (record.id,),
                )
        elif copy_made_here:
            self._note_review(record, "conflict_copy")

    def _write(self, kind: Kind, local_id: str, record: Record) -> None:
        missing = kind.write(self._conn, local_id, projection(kind, record) or _EMPTY)
        if missing:
            self._links_waiting = True
            self._conn.executemany(
                f"INSERT OR IGNORE INTO {self._t.waiting}({self._t.space_column}target, kind, "
                "local_id) "
                f"VALUES ({self._t.space_value}?, ?, ?)",
                [(target, kind.kind, local_id) for target in sorted(missing)],
            )

    def _write_links_waiting_for(self, target: str) -> None:
        """Records written before ``target`` arrived: written again, now with their link."""
        waiting = self._conn.execute(
            f"DELETE FROM {self._t.waiting} WHERE target = ? RETURNING kind, local_id", (target,)
        ).fetchall()
        for kind_name, local_id in waiting:
            kind = self.KINDS[str(kind_name)]
            row = self._conn.execute(
                f"SELECT id FROM {self._t.record} WHERE kind = ? AND local_id = ?",
                (kind.kind, local_id),
            ).fetchone()
            if row is None:
                continue
            self._capture_if_dirty(kind, str(local_id))
            state = self._state(str(row[0]))
            if state is not None and state.alive:
                self._write(kind, str(local_id), state)

    def _local_id(self, kind: Kind, record: Record) -> str:
        if record.alive:
            fields = {name: f.value for name, f in record.fields}
            return kind.local_id(record.id, fields)
        row = self._conn.execute(
            f"SELECT local_id FROM {self._t.record} WHERE id = ?", (record.id,)
        ).fetchone()
        if row is not None:
            return str(row[0])
        try:
            return kind.local_id(record.id, {})
        except ValueError:
            return record.id  # removed, never here: nothing of it to find

    def _capture_if_dirty(self, kind: Kind, local_id: str) -> None:
        row = self._conn.execute(
            f"SELECT changed_ms FROM {self._t.outbox} WHERE kind = ? AND id = ? AND dirty = 1",
            (kind.kind, local_id),
        ).fetchone()
        if row is not None:
            self._capture_one(kind.kind, local_id, int(row[0]))

    def _send_as_well(self, kind: str, local_id: str) -> None:
        self._conn.execute(
            f"INSERT INTO {self._t.outbox}({self._t.space_column}kind, id, changed_ms, dirty, "
            "unsent) "
            f"VALUES ({self._t.space_value}?, ?, ?, 0, 1) "
            "ON CONFLICT(kind, id) DO UPDATE SET unsent = 1",
            (kind, local_id, self._now_ms()),
        )

    def _note_review(self, record: Record, reason: str) -> None:
        conflict_of = record.field_map().get(CONFLICT_OF)
        self._conn.execute(
            f"INSERT OR IGNORE INTO {self._t.review}({self._t.space_column}id, kind, reason, "
            "of_id, "
            f"noted_at) VALUES ({self._t.space_value}?, ?, ?, ?, ?)",
            (
                record.id,
                record.kind,
                reason,
                conflict_of.value if conflict_of is not None else None,
                utc_now(),
            ),
        )

    # -- state -----------------------------------------------------------------------------


_EMPTY = Projection({}, {})


def _digest(state: str) -> str:
    return hashlib.sha256(state.encode()).hexdigest()


def _still_a_copy(record: Record) -> bool:
    named = record.field_map().get(CONFLICT_OF)
    return named is not None and named.value is not None


def _stamps(record: Record) -> Iterable[Stamp]:
    yield from (f.stamp for _, f in record.fields)
    yield from (b.stamp for _, b in record.bodies)
    if record.removal is not None:
        yield record.removal.stamp
