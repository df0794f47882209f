"""Each kind of record in the vault as sync sees it: which rows make it, and how to read
and write them.

A record's rows become named fields and bodies (``merge.Record``): a table's
columns, its linked rows as one field each (tags and facets as lists, contacts
and participants as canonical JSON text), and its long texts as bodies, which
merge without losing a version. Writing does the reverse for a record received
from another device, then rebuilds what the app derives from the rows (the
search index, follow-ups: ``reindex``).

Values from another device are hostile until written: every value's type is
checked here, and the tables' own constraints check ranges; a value that does
not fit raises ``ValueError`` and the whole file is refused (nothing of it is
applied). Values no device of this version writes (a field from a newer
version) stay in the synced state and are passed on, never written to a row.

A link to a record not here yet (an activity made on another device whose file
has not arrived) cannot be written while the database checks its links; it is
kept in the synced state (``read`` puts it back) so that no device drops it.
"""

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from wellbeing_desk.sync.kind_rows import (
    Column,
    Linked,
    LinkedList,
    LinkedRows,
    Projection,
    columns_of,
    in_chunks,
    present_ids,
    text_value,
)
from wellbeing_desk.sync.reindex import reindex
from wellbeing_desk.vault import change_feed as kinds
from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.debriefs import DEBRIEF_LIFECYCLE
from wellbeing_desk.vault.directory import DIRECTORY_LIFECYCLE
from wellbeing_desk.vault.journal import JOURNAL_LIFECYCLE
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.notes import NOTE_LIFECYCLE

# Settings that are hers rather than this device's (the rest stay on each device).
SYNCED_SETTINGS = frozenset({"today.emergency_reminder_dismissed"})
_DERIVED_IDS = uuid.UUID("0d7c2f5e-93a1-4c1e-8f0b-6f1f3c6b2a44")
_RECORD_COLUMNS = columns_of("created_at", "updated_at", deleted_at="text?")


@dataclass(frozen=True)
class TableKind:
    """A kind kept in one table keyed by ``id`` (most kinds)."""

    kind: str
    table: str
    columns: tuple[Column, ...]
    bodies: tuple[str, ...] = ()
    linked: tuple[Linked, ...] = ()
    has_seq: bool = False
    lifecycle: RecordLifecycle | None = None
    # Columns that must stay unique among live rows (a clash gets a deterministic suffix).
    unique_live: str | None = None
    key_column: str = "id"
    # Local ids that are not random (plan sections, settings): the sync id is derived.
    derived_ids: bool = False
    only_keys: frozenset[str] | None = None  # rows that sync (settings); others stay here
    after_write: Callable[[Connection, str], None] | None = None

    # -- ids -----------------------------------------------------------------------------

    def syncs(self, local_id: str) -> bool:
        return self.only_keys is None or local_id in self.only_keys

    def sync_id(self, local_id: str) -> str:
        if not self.derived_ids:
            return local_id
        return str(uuid.uuid5(_DERIVED_IDS, f"{self.kind}/{local_id}"))

    def local_id(self, sync_id: str, fields: Mapping[str, Any]) -> str:
        if not self.derived_ids:
            return sync_id
        local = fields.get(self.key_column)
        if not isinstance(local, str) or self.sync_id(local) != sync_id:
            raise ValueError("a record's key does not match its id")
        return local

    def local_ids(self, conn: Connection) -> list[str]:
        rows = conn.execute(f"SELECT {self.key_column} FROM {self.table}")
        return [str(key) for (key,) in rows if self.syncs(str(key))]

    # -- rows ----------------------------------------------------------------------------

    def _names(self) -> list[str]:
        return [c.name for c in self.columns] + list(self.bodies)

    def read(self, conn: Connection, local_id: str, synced: Projection | None) -> Projection | None:
        return self.read_many(conn, {local_id: synced})[local_id]

    def read_many(
        self, conn: Connection, synced: Mapping[str, Projection | None]
    ) -> dict[str, Projection | None]:
        """Records' rows by local id (``None``: no row), each given its synced state: a
        few statements for many records, not a few for each."""
        names = self._names()
        select = ", ".join([self.key_column, *names, *(["seq"] if self.has_seq else [])])
        rows: dict[str, Sequence[Any]] = {}
        for chunk in in_chunks(list(synced)):
            found = conn.execute(
                f"SELECT {select} FROM {self.table} "
                f"WHERE {self.key_column} IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            rows.update((str(row[0]), row[1:]) for row in found)
        keys = {local_id: row[-1] if self.has_seq else local_id for local_id, row in rows.items()}
        linked_values = {
            linked.name: linked.read_many(conn, [keys[i] if linked.by_seq else i for i in rows])
            for linked in self.linked
        }
        projections: dict[str, Projection | None] = dict.fromkeys(synced)
        for local_id, row in rows.items():
            values = dict(zip(names, row, strict=False))
            fields = {c.name: c.from_row(values[c.name]) for c in self.columns}
            if self.derived_ids:
                fields[self.key_column] = local_id
            for linked in self.linked:
                key = keys[local_id] if linked.by_seq else local_id
                fields[linked.name] = linked_values[linked.name][key]
            _keep_links_not_here(conn, self, fields, synced[local_id])
            bodies = {name: str(values[name]) for name in self.bodies}
            projections[local_id] = Projection(fields, bodies)
        return projections

    def write(self, conn: Connection, local_id: str, record: Projection) -> set[str]:
        """Write the record's rows (adding them or replacing them); ``ValueError`` if a
        value does not fit. Returns the ids it links to that are not here yet."""
        missing: set[str] = set()
        columns = [c for c in self.columns if c.name in record.fields or not c.optional]
        values: dict[str, Any] = {}
        for column in columns:
            if column.name not in record.fields:
                raise ValueError(f"{self.kind}: {column.name} is missing")
            value = column.to_row(record.fields[column.name])
            if (
                column.refers_to
                and value is not None
                and not present_ids(conn, column.refers_to, [value])
            ):
                missing.add(value)
                value = None  # not here yet: kept in the synced state
            values[column.name] = value
        for body in self.bodies:
            values[body] = text_value(record.bodies.get(body, ""), optional=False)
        if self.unique_live is not None:
            values[self.unique_live] = _unclashed(conn, self, local_id, values)
        names = [self.key_column, *values]
        assignments = ", ".join(f"{name} = excluded.{name}" for name in values)
        seq_names, seq_marks = ("seq, ", "?, ") if self.has_seq else ("", "")
        seq_value: tuple[int, ...] = ()
        new = False  # known only where rows have a seq (the kinds with linked rows)
        if self.has_seq:
            seq, new = _seq_for(conn, self.table, local_id)
            seq_value = (seq,)
        conn.execute(
            f"INSERT INTO {self.table}({seq_names}{', '.join(names)}) "
            f"VALUES ({seq_marks}{', '.join('?' * len(names))}) "
            f"ON CONFLICT({self.key_column}) DO UPDATE SET {assignments}",
            (*seq_value, local_id, *values.values()),
        )
        key: object = seq_value[0] if self.has_seq else local_id
        for linked in self.linked:
            value = record.fields.get(linked.name, [] if isinstance(linked, LinkedList) else "[]")
            # A new row has no linked rows yet: each linked table refers to its record's
            # row, removed with it (ON DELETE CASCADE; test_vault_kinds_sync checks).
            missing |= linked.write(conn, key if linked.by_seq else local_id, value, new=new)
        reindex(conn, self.kind, local_id, seq_value[0] if self.has_seq else None)
        if self.after_write is not None:
            self.after_write(conn, local_id)
        return missing

    def remove(self, conn: Connection, local_id: str) -> None:
        """Removed for good by another device: its rows, index entry and drafts go."""
        if self.lifecycle is not None:
            self.lifecycle.purge(conn, local_id)
            return
        if self.kind == kinds.CARE_ITEM:  # links from journal entries stay in their synced state
            conn.execute("DELETE FROM journal_entry_item WHERE item_id = ?", (local_id,))
        if self.kind == kinds.NOTE_CONTEXT:
            conn.execute(
                "UPDATE dialogue_note SET context_id = NULL WHERE context_id = ?", (local_id,)
            )
        conn.execute(f"DELETE FROM {self.table} WHERE {self.key_column} = ?", (local_id,))


def _keep_links_not_here(
    conn: Connection, kind: TableKind, fields: dict[str, Any], synced: Projection | None
) -> None:
    """Links the synced state holds to records not here yet: still hers, put back."""
    if synced is None:
        return
    for linked in kind.linked:
        if isinstance(linked, LinkedList) and linked.refers_to is not None:
            held = synced.fields.get(linked.name)
            if isinstance(held, list):
                missing = set(held) - present_ids(conn, linked.refers_to, held)
                fields[linked.name] = sorted(set(fields[linked.name]) | missing)
    for column in kind.columns:
        if column.refers_to is not None and fields.get(column.name) is None:
            held = synced.fields.get(column.name)
            if isinstance(held, str) and not present_ids(conn, column.refers_to, [held]):
                fields[column.name] = held


def _seq_for(conn: Connection, table: str, local_id: str) -> tuple[int, bool]:
    """The row's seq, and whether the row is new (then the next free seq)."""
    row = conn.execute(f"SELECT seq FROM {table} WHERE id = ?", (local_id,)).fetchone()
    if row is not None:
        return int(row[0]), False
    next_seq = conn.execute(f"SELECT coalesce(max(seq), 0) + 1 FROM {table}").fetchone()
    return int(next_seq[0]), True


def _unclashed(conn: Connection, kind: TableKind, local_id: str, values: dict[str, Any]) -> Any:
    """Two devices made two live templates with one template id: the later id gets a suffix
    (the same on every device, since it depends only on the two records)."""
    column = kind.unique_live
    assert column is not None
    value = values[column]
    if values.get("deleted_at") is not None:
        return value
    clash = conn.execute(
        f"SELECT id FROM {kind.table} WHERE {column} = ? AND deleted_at IS NULL AND id != ?",
        (value, local_id),
    ).fetchone()
    if clash is None or str(clash[0]) > local_id:
        if clash is not None:  # the other one is the later: it moves aside
            conn.execute(
                f"UPDATE {kind.table} SET {column} = ? WHERE id = ?",
                (f"{value}-{str(clash[0])[:8]}", clash[0]),
            )
        return value
    return f"{value}-{local_id[:8]}"


# -- follow-ups: each one's done state is a record; the rows follow their debrief or note ---


@dataclass(frozen=True)
class FollowUpKind:
    kind: str = kinds.FOLLOW_UP
    table: str = "follow_up"
    columns: tuple[Column, ...] = field(
        default=(Column("source_id"), Column("item_id"), Column("done_at", optional=True))
    )

    def syncs(self, local_id: str) -> bool:
        return True

    def sync_id(self, local_id: str) -> str:
        return str(uuid.uuid5(_DERIVED_IDS, f"{self.kind}/{local_id}"))

    def local_id(self, sync_id: str, fields: Mapping[str, Any]) -> str:
        source, item = fields.get("source_id"), fields.get("item_id")
        if not isinstance(source, str) or not isinstance(item, str):
            raise ValueError("a follow-up names its record and item")
        local = f"{source}/{item}"
        if self.sync_id(local) != sync_id:
            raise ValueError("a follow-up's key does not match its id")
        return local

    def local_ids(self, conn: Connection) -> list[str]:
        rows = conn.execute("SELECT source_id || '/' || item_id FROM follow_up")
        return [str(key) for (key,) in rows]

    def read_many(
        self, conn: Connection, synced: Mapping[str, Projection | None]
    ) -> dict[str, Projection | None]:
        return {local_id: self.read(conn, local_id, held) for local_id, held in synced.items()}

    def read(self, conn: Connection, local_id: str, synced: Projection | None) -> Projection | None:
        source, _, item = local_id.partition("/")
        row = conn.execute(
            "SELECT done_at FROM follow_up WHERE source_id = ? AND item_id = ?", (source, item)
        ).fetchone()
        if row is None:
            return None
        return Projection({"source_id": source, "item_id": item, "done_at": row[0]}, {})

    def write(self, conn: Connection, local_id: str, record: Projection) -> set[str]:
        """Only whether it is done: the follow-up itself comes with its record (if not
        here yet, ``follow_ups_done_again`` writes this once it is)."""
        source, _, item = local_id.partition("/")
        done = text_value(record.fields.get("done_at"), optional=True)
        conn.execute(
            "UPDATE follow_up SET done_at = ? WHERE source_id = ? AND item_id = ?",
            (done, source, item),
        )
        return set()

    def remove(self, conn: Connection, local_id: str) -> None:
        """Nothing: a follow-up's row goes when its record changes."""


def follow_ups_done_again(conn: Connection, source_id: str) -> None:
    """After a debrief or note is written from sync, its follow-ups are rebuilt: write back
    whether each is done, from the synced state."""
    rows = conn.execute(
        "SELECT local_id, state FROM sync_record WHERE kind = ? AND local_id >= ? "
        "AND local_id < ? AND alive = 1",
        (kinds.FOLLOW_UP, f"{source_id}/", f"{source_id}0"),
    ).fetchall()
    for local_id, state in rows:
        fields = json.loads(state).get("fields", {})
        done = fields.get("done_at", [None])[0]
        source, _, item = str(local_id).partition("/")
        conn.execute(
            "UPDATE follow_up SET done_at = ? WHERE source_id = ? AND item_id = ?",
            (done if isinstance(done, str) else None, source, item),
        )


Kind = TableKind | FollowUpKind


def _care_list(kind: str, table: str) -> TableKind:
    """Her lists (activities, warning signs, note contexts): one shape of table."""
    columns = columns_of("list", starter_key="text?", name="text?", position="int", hidden="int")
    return TableKind(kind, table, _RECORD_COLUMNS + columns)


_DIRECTORY_TEXTS = (
    "kind",
    "name",
    "organisation",
    "description",
    "secure_route",
    "hours",
    "time_zone",
    "cost",
    "who_qualifies",
    "experienced",
    "safety_notes",
    "notes",
    "source",
    "source_urls",
    "edited_fields",
    "search_extra",
)

KINDS: dict[str, Kind] = {
    kind.kind: kind
    for kind in (
        _care_list(kinds.CARE_ITEM, "care_item"),
        _care_list(kinds.NOTE_CONTEXT, "note_context"),
        TableKind(
            kinds.DIRECTORY,
            "directory_entry",
            _RECORD_COLUMNS
            + columns_of(
                *_DIRECTORY_TEXTS, last_checked="text?", starter_key="text?", favourite="int"
            ),
            linked=(
                LinkedList("categories", "directory_category", "entry_seq", "category", True),
                LinkedList("languages", "directory_language", "entry_seq", "tag", True),
                LinkedList("regions", "directory_region", "entry_seq", "code", True),
                LinkedRows(
                    "contacts", "directory_contact", "entry_seq", ("type", "value", "label")
                ),
            ),
            has_seq=True,
            lifecycle=DIRECTORY_LIFECYCLE,
        ),
        TableKind(
            kinds.JOURNAL,
            "journal_entry",
            _RECORD_COLUMNS
            + columns_of(
                "occurred_at",
                "kind",
                stress="int?",
                mood="int?",
                energy="int?",
                sleep_hours="decimal?",
            ),
            bodies=("body",),
            linked=(
                LinkedList(
                    "items", "journal_entry_item", "entry_id", "item_id", refers_to="care_item"
                ),
                LinkedList("tags", "journal_entry_tag", "entry_id", "tag"),
            ),
            has_seq=True,
            lifecycle=JOURNAL_LIFECYCLE,
        ),
        TableKind(
            kinds.CARE_PLAN,
            "care_plan_section",
            _RECORD_COLUMNS,
            bodies=("body",),
            derived_ids=True,
        ),
        TableKind(
            kinds.EMERGENCY_CONTACT,
            "emergency_contact",
            _RECORD_COLUMNS + columns_of("role", "entry_id", position="int"),
        ),
        TableKind(
            kinds.DEBRIEF,
            "debrief",
            _RECORD_COLUMNS
            + columns_of(
                "template_id",
                "title",
                "status",
                finished_at="text?",
                distress_start="int?",
                distress_end="int?",
            ),
            bodies=("template", "state"),
            has_seq=True,
            lifecycle=DEBRIEF_LIFECYCLE,
            after_write=follow_ups_done_again,
        ),
        TableKind(
            kinds.DEBRIEF_TEMPLATE,
            "debrief_template",
            _RECORD_COLUMNS + columns_of("template_id", "title"),
            bodies=("body",),
            unique_live="template_id",
        ),
        TableKind(
            kinds.NOTE,
            "dialogue_note",
            _RECORD_COLUMNS
            + columns_of("title", "occurred_on", "takeaways", "follow_ups")
            + (Column("context_id", optional=True, refers_to="note_context"),),
            bodies=("body",),
            linked=(
                LinkedRows(
                    "participants",
                    "note_participant",
                    "note_seq",
                    ("name", "directory_id"),
                    optional=frozenset({"directory_id"}),
                ),
                LinkedList("tags", "note_tag", "note_seq", "tag", True),
            ),
            has_seq=True,
            lifecycle=NOTE_LIFECYCLE,
            after_write=follow_ups_done_again,
        ),
        TableKind(
            kinds.SETTING,
            "vault_setting",
            columns_of("value", "updated_at"),
            key_column="key",
            derived_ids=True,
            only_keys=SYNCED_SETTINGS,
        ),
        FollowUpKind(),
    )
}


def _team_directory() -> TableKind:
    """A team's directory entries: her notes on them, her favourites and a starter's
    bookkeeping stay hers (never sent; a record from the team never writes them)."""
    directory = KINDS[kinds.DIRECTORY]
    assert isinstance(directory, TableKind)
    hers = {"notes", "favourite", "starter_key", "edited_fields"}
    return replace(directory, columns=tuple(c for c in directory.columns if c.name not in hers))


# What a team space holds: directory entries, and nothing else.
TEAM_KINDS: dict[str, Kind] = {kinds.DIRECTORY: _team_directory()}

# Written first within a file: the kinds others link to.
WRITE_ORDER = {
    kind: rank
    for rank, kind in enumerate(
        (kinds.CARE_ITEM, kinds.NOTE_CONTEXT, kinds.DIRECTORY, kinds.DEBRIEF, kinds.NOTE)
    )
}
TRASH_FIELD = "deleted_at"
