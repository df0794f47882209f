"""The ``SyncStore`` of a vault: its records' synced state, its outbox and its cursors.

Stamping is lazy. Triggers mark a record's outbox row ``dirty`` on any write
(``vault/sync_tables.py``); ``capture`` later reads the record's rows, compares
them with its synced state and gives each changed field and body a new stamp,
whose wall time is the time of her last write to it (not of the sync), so the
later of two edits wins however late either device syncs. A record gone from
its table is removed with the stamps of what this device had seen.

Applying a file happens in one transaction with the triggers paused: each
record is merged once more with the state here (an edit made since the engine
read it is kept: merging is idempotent and order-free), stored, and written to
its rows; conflict copies made here go into the outbox (the losing version
may exist nowhere else) and, like records brought back, into ``sync_review``.
"""

import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from wellbeing_desk.sync.changeset import (
    decode_kept_record,
    decode_records,
    encode_payload,
    encode_record,
)
from wellbeing_desk.sync.clock import HybridClock, Stamp, is_too_far_ahead, wall_clock_ms
from wellbeing_desk.sync.engine import Cursor, InFlight, MergedFile
from wellbeing_desk.sync.merge import CONFLICT_OF, Body, Field, Merged, Record, merge
from wellbeing_desk.sync.names import check_id
from wellbeing_desk.sync.sealing import file_hash
from wellbeing_desk.sync.vault_kinds import KINDS, WRITE_ORDER, Kind, Projection
from wellbeing_desk.vault.change_feed import DIRECTORY
from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import utc_now
from wellbeing_desk.vault.sync_tables import set_applying


@dataclass(frozen=True)
class Captured:
    changed: int  # records whose state got new stamps
    pending: int  # records waiting to be sent


@dataclass(frozen=True)
class StoreTables:
    """The tables a kind of space keeps its sync state in (``vault/sync_tables.py``,
    ``vault/team_tables.py``)."""

    space: str
    outbox: str
    record: str
    cursor: str
    review: str
    waiting: str
    # Team tables hold every team space's rows: each outbox, record, review and waiting
    # row names its space (the personal space is one, so its rows do not).
    scoped: bool = False

    def beside_the_space(self) -> tuple[str, ...]:
        """The tables of a space's sync state other than its own row (which they name)."""
        return (self.outbox, self.record, self.cursor, self.review, self.waiting)


PERSONAL_TABLES = StoreTables(
    "sync_space", "sync_outbox", "sync_record", "sync_cursor", "sync_review", "sync_waiting_link"
)


@dataclass(frozen=True)
class _BoundTables:
    """``StoreTables`` for one space: the names, and the SQL that keeps to that space."""

    tables: StoreTables
    space_id: str  # checked: 32 hex digits, so it is written into the SQL as it is

    def __getattr__(self, name: str) -> str:
        return str(getattr(self.tables, name))

    def scope(self, alias: str = "") -> str:
        """`` AND space = '…'`` where rows of several spaces share a table."""
        if not self.tables.scoped:
            return ""
        return f" AND {alias + '.' if alias else ''}space = '{self.space_id}'"

    @property
    def space_column(self) -> str:
        return "space, " if self.tables.scoped else ""

    @property
    def space_value(self) -> str:
        return f"'{self.space_id}', " if self.tables.scoped else ""


class VaultSyncStore:
    """One vault's side of a sync in ``space``, on one connection (the caller's thread)."""

    TABLES = PERSONAL_TABLES
    KINDS: Mapping[str, Kind] = KINDS

    def __init__(
        self, conn: Connection, space: str, now_ms: Callable[[], int] = wall_clock_ms
    ) -> None:
        self._conn = conn
        self._space = space
        self._t = _BoundTables(self.TABLES, check_id(space))
        self._now_ms = now_ms
        row = conn.execute(f"SELECT device, clock FROM {self._t.space} WHERE space = ?", (space,))
        found = row.fetchone()
        if found is None:
            raise KeyError(space)
        self.device = str(found[0])
        after = Stamp.parse(found[1]) if found[1] else None
        self._clock = HybridClock(self.device, now_ms, after)
        # The synced states ``pending`` read, as kept: a file's payload and the check
        # that a sent record has not changed since use them without encoding again.
        self._kept: dict[str, str] = {}
        # The states ``pending`` just stamped, by sync id (two batches at most): sent
        # as they are, neither read back nor decoded again.
        self._fresh: dict[str, tuple[str, Record]] = {}
        self._links_waiting = False  # whether a link waits for its record (while applying)

    # -- her changes -----------------------------------------------------------------------

    def capture(self) -> Captured:
        """Stamp every change written since the last capture, in one transaction."""
        _, changed = self._capture_dirty(None)
        pending = self._conn.execute(
            f"SELECT count(*) FROM {self._t.outbox} WHERE unsent = 1{self._t.scope()}"
        ).fetchone()
        return Captured(changed, int(pending[0]))

    def _capture_dirty(self, limit: int | None) -> tuple[int, int]:
        """Stamp the first ``limit`` records written since the last capture (in the
        outbox's order), or all, in one transaction: how many it looked at, and how many
        got new stamps. With a limit, the states it stamped stay at hand (``_fresh``)."""
        conn = self._conn
        with write_transaction(conn):
            dirty = conn.execute(
                f"SELECT kind, id, changed_ms FROM {self._t.outbox} "
                f"WHERE dirty = 1{self._t.scope()} ORDER BY kind, id LIMIT ?",
                (-1 if limit is None else limit,),
            ).fetchall()
            gone: list[tuple[str, str]] = []
            kept: list[tuple[Any, ...]] = []
            marked: list[tuple[int, str, str]] = []
            read = self._read_now([(str(kind), str(local_id)) for kind, local_id, _ in dirty])
            for kind_name, local_id, changed_ms in dirty:
                key = (str(kind_name), str(local_id))
                stamped = self._restamped(read[key], int(changed_ms))
                if stamped is None:
                    gone.append(key)
                    continue
                if stamped.changed and stamped.record is not None:
                    row = self._state_row(stamped.record, key[1])
                    kept.append(row)
                    if limit is not None:
                        self._fresh[stamped.record.id] = (row[-1], stamped.record)
                marked.append((int(stamped.changed), *key))
            # One statement per table for the whole batch: most of capture's cost was
            # one statement per record and table.
            conn.executemany(f"DELETE FROM {self._t.outbox} WHERE kind = ? AND id = ?", gone)
            conn.executemany(self._store_sql, kept)
            conn.executemany(
                f"UPDATE {self._t.outbox} SET dirty = 0, unsent = unsent OR ? "
                "WHERE kind = ? AND id = ?",
                marked,
            )
            conn.execute(f"DELETE FROM {self._t.outbox} WHERE dirty = 0 AND unsent = 0")
            self._save_clock()
        return len(dirty), len(kept)

    def _capture_one(self, kind_name: str, local_id: str, changed_ms: int) -> None:
        """Stamp one record's changes now (inside the caller's transaction)."""
        conn = self._conn
        key = (kind_name, local_id)
        stamped = self._restamped(self._read_now([key])[key], changed_ms)
        if stamped is None:
            conn.execute(
                f"DELETE FROM {self._t.outbox} WHERE kind = ? AND id = ?", (kind_name, local_id)
            )
            return
        if stamped.changed and stamped.record is not None:
            self._store(stamped.record, local_id)
        conn.execute(
            f"UPDATE {self._t.outbox} SET dirty = 0, unsent = unsent OR ? "
            "WHERE kind = ? AND id = ?",
            (int(stamped.changed), kind_name, local_id),
        )
        conn.execute(
            f"DELETE FROM {self._t.outbox} WHERE kind = ? AND id = ? AND dirty = 0 AND unsent = 0",
            (kind_name, local_id),
        )

    def _read_now(self, keys: Sequence[tuple[str, str]]) -> "dict[tuple[str, str], _Read | None]":
        """Records by (kind, local id): each one's synced state and rows now, read a kind at
        a time (a few statements for a batch, not a few for each record); ``None`` for a
        record that does not sync in this space."""
        read: dict[tuple[str, str], _Read | None] = {}
        by_kind: dict[str, list[str]] = {}
        for kind_name, local_id in keys:
            kind = self.KINDS.get(kind_name)
            if kind is None or not kind.syncs(local_id) or not self._belongs_here(kind, local_id):
                read[(kind_name, local_id)] = None
            else:
                by_kind.setdefault(kind_name, []).append(local_id)
        for kind_name, local_ids in by_kind.items():
            kind = self.KINDS[kind_name]
            sync_ids = {local_id: kind.sync_id(local_id) for local_id in local_ids}
            states = self._states(list(sync_ids.values()))
            synced = {i: _projection(kind, states.get(sync_ids[i])) for i in local_ids}
            rows = kind.read_many(self._conn, synced)
            for local_id in local_ids:
                sync_id = sync_ids[local_id]
                read[(kind_name, local_id)] = _Read(
                    kind, sync_id, states.get(sync_id), rows[local_id]
                )
        return read

    def _restamped(self, read: "_Read | None", changed_ms: int) -> "_Restamped | None":
        """A record's synced state with her changes stamped; ``None`` if the record does
        not sync in this space (its outbox row is dropped)."""
        if read is None:
            return None
        after = self._stamped(read.kind, read.sync_id, read.before, read.current, changed_ms)
        if after is None or after == read.before:
            return _Restamped(read.before, changed=False)
        return _Restamped(after, changed=True)

    def _stamped(
        self,
        kind: Kind,
        sync_id: str,
        before: Record | None,
        current: Projection | None,
        changed_ms: int,
    ) -> Record | None:
        if current is None:  # gone from its table: removed for good here
            if before is None or not before.alive:
                return before
            return before.removed_at(self._clock.tick(changed_ms))
        base = before if before is not None else Record(kind.kind, sync_id)
        fields = base.field_map()  # a removed record holds none: all come back stamped
        bodies = base.body_map()
        stamp: Stamp | None = None
        for name, value in current.fields.items():
            old = fields.get(name)
            if old is None or old.value != value:
                stamp = stamp or self._clock.tick(changed_ms)
                fields[name] = Field(value, stamp)
        for name, text in current.bodies.items():
            old_body = bodies.get(name)
            if old_body is None or old_body.text != text:
                stamp = stamp or self._clock.tick(changed_ms)
                bodies[name] = old_body.replaced_by(text, stamp) if old_body else Body(text, stamp)
        if stamp is None:
            return before
        return Record.of(base.kind, base.id, fields, bodies, base.removal)

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
                fresh = (state, _trusted_state(state))
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
                yield _trusted_state(state)

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
        return [_trusted_state(str(state)) for (state,) in rows]

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

    def _belongs_here(self, kind: Kind, local_id: str) -> bool:
        """Whether the record with this local id is this space's: a team's directory
        entries are the team space's alone, never sent here nor written from here."""
        if kind.kind != DIRECTORY:
            return True
        row = self._conn.execute(
            "SELECT team_space FROM directory_entry WHERE id = ?", (local_id,)
        ).fetchone()
        return row is None or row[0] is None

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
        missing = kind.write(self._conn, local_id, _projection(kind, record) or _EMPTY)
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

    def _state(self, sync_id: str) -> Record | None:
        state = self._state_text(sync_id)
        return None if state is None else _trusted_state(state)

    def _states(self, sync_ids: Sequence[str]) -> dict[str, Record]:
        """The synced states kept for these ids (an id with none is left out)."""
        states: dict[str, Record] = {}
        for start in range(0, len(sync_ids), 500):
            chunk = sync_ids[start : start + 500]
            rows = self._conn.execute(
                f"SELECT id, state FROM {self._t.record} "
                f"WHERE id IN ({', '.join('?' * len(chunk))}){self._t.scope()}",
                chunk,
            )
            states.update((str(sync_id), _trusted_state(str(state))) for sync_id, state in rows)
        return states

    def _state_text(self, sync_id: str) -> str | None:
        row = self._conn.execute(
            f"SELECT state FROM {self._t.record} WHERE id = ?{self._t.scope()}", (sync_id,)
        )
        found = row.fetchone()
        return None if found is None else str(found[0])

    def _store(self, record: Record, local_id: str) -> None:
        """Keep a record's synced state (checked: never keep what no device could read)."""
        self._conn.execute(self._store_sql, self._state_row(record, local_id))

    @property
    def _store_sql(self) -> str:
        return (
            f"INSERT INTO {self._t.record}({self._t.space_column}id, kind, local_id, alive, "
            f"shown, state) VALUES ({self._t.space_value}?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
            "local_id = excluded.local_id, alive = excluded.alive, shown = excluded.shown, "
            "state = excluded.state"
        )

    @staticmethod
    def _state_row(record: Record, local_id: str) -> tuple[str, str, str, int, int, str]:
        """The parameters of ``_store_sql`` for a record; the last is its state as kept."""
        return (
            record.id,
            record.kind,
            local_id,
            int(record.alive),
            int(record.shown),
            encode_record(record),
        )

    def _space_row(self, columns: str) -> tuple[Any, ...]:
        row = self._conn.execute(
            f"SELECT {columns} FROM {self._t.space} WHERE space = ?", (self._space,)
        ).fetchone()
        if row is None:
            raise KeyError(self._space)
        return tuple(row)

    def _save_clock(self) -> None:
        self._conn.execute(
            f"UPDATE {self._t.space} SET clock = ? WHERE space = ?",
            (self._clock.tick().encode(), self._space),
        )


_EMPTY = Projection({}, {})


@dataclass(frozen=True)
class _Read:
    """A record as capture finds it: its kind, sync id, synced state and rows now."""

    kind: Kind
    sync_id: str
    before: Record | None
    current: Projection | None  # None: gone from its table


@dataclass(frozen=True)
class _Restamped:
    record: Record | None  # None: gone from its table, and never synced
    changed: bool  # whether it got new stamps (then it is kept and sent)


def decode_kept_state(text: str) -> Record:
    """A record's synced state as this vault keeps it (see ``_trusted_state``)."""
    return _trusted_state(text)


def _trusted_state(text: str) -> Record:
    """A synced state this vault wrote (checked when kept; damage inside the encrypted
    database is caught by SQLCipher's page checks before it is read)."""
    try:
        return decode_kept_record(text)
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"the synced state of a record is damaged: {error!r}") from None


def _projection(kind: Kind, record: Record | None) -> Projection | None:
    """The values of a record's state that its rows hold (fields a newer version added,
    and a conflict copy's note of its record, stay in the state only)."""
    if record is None or not record.alive:
        return None
    known = {c.name for c in kind.columns} | {getattr(kind, "key_column", "")}
    known |= {linked.name for linked in getattr(kind, "linked", ())}
    fields = {name: f.value for name, f in record.fields if name in known}
    bodies = {name: b.text for name, b in record.bodies if name in getattr(kind, "bodies", ())}
    return Projection(fields, bodies)


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
