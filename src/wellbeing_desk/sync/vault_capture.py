"""Stamping her changes: lazily, a batch at a time.

Triggers mark a record's outbox row ``dirty`` on any write
(``vault/sync_tables.py``); capture later reads the record's rows, compares
them with its synced state and gives each changed field and body a new stamp,
whose wall time is the time of her last write to it (not of the sync), so the
later of two edits wins however late either device syncs. A record gone from
its table is removed with the stamps of what this device had seen. Records are
read a kind at a time, a batch in a few statements.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from wellbeing_desk.sync.clock import Stamp, wall_clock_ms
from wellbeing_desk.sync.kind_rows import Projection
from wellbeing_desk.sync.merge import Body, Field, Record
from wellbeing_desk.sync.store_state import KeptStates, projection
from wellbeing_desk.sync.vault_kinds import Kind
from wellbeing_desk.vault.connection import Connection, write_transaction


@dataclass(frozen=True)
class Captured:
    changed: int  # records whose state got new stamps
    pending: int  # records waiting to be sent


class CapturingStore(KeptStates):
    """``KeptStates`` that stamps her changes into them."""

    def __init__(
        self, conn: Connection, space: str, now_ms: Callable[[], int] = wall_clock_ms
    ) -> None:
        super().__init__(conn, space, now_ms)
        # The states ``pending`` just stamped, by sync id (two batches at most): sent
        # as they are, neither read back nor decoded again.
        self._fresh: dict[str, tuple[str, Record]] = {}

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
            synced = {i: projection(kind, states.get(sync_ids[i])) for i in local_ids}
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
