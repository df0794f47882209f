"""What a sync store keeps in the vault: the tables of its kind of space, and each
record's synced state (fields with their stamps, bodies with their histories).

``KeptStates`` is the base of ``VaultSyncStore`` (``vault_store.py``): the
space's row and clock, and reading and keeping states, checked when kept so
that no device is ever sent what it could not read.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wellbeing_desk.sync.changeset import decode_kept_record, encode_record
from wellbeing_desk.sync.clock import HybridClock, Stamp, wall_clock_ms
from wellbeing_desk.sync.kind_rows import Projection
from wellbeing_desk.sync.merge import Record
from wellbeing_desk.sync.names import check_id
from wellbeing_desk.sync.vault_kinds import KINDS, Kind
from wellbeing_desk.vault.change_feed import DIRECTORY
from wellbeing_desk.vault.connection import Connection


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
class BoundTables:
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


class KeptStates:
    """A space's row, its clock and its records' synced states, on one connection."""

    TABLES = PERSONAL_TABLES
    KINDS: Mapping[str, Kind] = KINDS

    def __init__(
        self, conn: Connection, space: str, now_ms: Callable[[], int] = wall_clock_ms
    ) -> None:
        self._conn = conn
        self._space = space
        self._t = BoundTables(self.TABLES, check_id(space))
        self._now_ms = now_ms
        row = conn.execute(f"SELECT device, clock FROM {self._t.space} WHERE space = ?", (space,))
        found = row.fetchone()
        if found is None:
            raise KeyError(space)
        self.device = str(found[0])
        after = Stamp.parse(found[1]) if found[1] else None
        self._clock = HybridClock(self.device, now_ms, after)

    def _belongs_here(self, kind: Kind, local_id: str) -> bool:
        """Whether the record with this local id is this space's: a team's directory
        entries are the team space's alone, never sent here nor written from here."""
        if kind.kind != DIRECTORY:
            return True
        row = self._conn.execute(
            "SELECT team_space FROM directory_entry WHERE id = ?", (local_id,)
        ).fetchone()
        return row is None or row[0] is None

    def _state(self, sync_id: str) -> Record | None:
        state = self._state_text(sync_id)
        return None if state is None else trusted_state(state)

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
            states.update((str(sync_id), trusted_state(str(state))) for sync_id, state in rows)
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


def decode_kept_state(text: str) -> Record:
    """A record's synced state as this vault keeps it (see ``_trusted_state``)."""
    return trusted_state(text)


def trusted_state(text: str) -> Record:
    """A synced state this vault wrote (checked when kept; damage inside the encrypted
    database is caught by SQLCipher's page checks before it is read)."""
    try:
        return decode_kept_record(text)
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"the synced state of a record is damaged: {error!r}") from None


def projection(kind: Kind, record: Record | None) -> Projection | None:
    """The values of a record's state that its rows hold (fields a newer version added,
    and a conflict copy's note of its record, stay in the state only)."""
    if record is None or not record.alive:
        return None
    known = {c.name for c in kind.columns} | {getattr(kind, "key_column", "")}
    known |= {linked.name for linked in getattr(kind, "linked", ())}
    fields = {name: f.value for name, f in record.fields if name in known}
    bodies = {name: b.text for name, b in record.bodies if name in getattr(kind, "bodies", ())}
    return Projection(fields, bodies)
