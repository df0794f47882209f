"""Merging two versions of one record, the same on every device, losing no text.

A record as sync sees it: named fields (titles, tags, dates, flags, the trash
mark …), each with the hybrid-logical-clock stamp of its last change, and
named bodies (journal, debrief and note texts), each with its stamp and its
history — the stamps of the versions it replaced, newest first. Removal for
good (emptying the trash) leaves a ``Removal``: its stamp and the stamps of
what the remover had seen — never the text, which goes.

The rules (SYNC.md, "Merge"):

- A field: the later stamp wins (last writer wins, per field).
- A body: a version whose history holds the other's stamp replaced it
  knowingly, so it wins (fast-forward). Otherwise the two were written
  without seeing each other: the later stamp wins and the other becomes a
  conflict copy, a record of its own whose id is derived from the record, the
  body and the losing stamp (``conflict_copy_id``), so every device that sees
  the same two versions makes the same copy — and when copies made on two
  devices meet, they merge like any record.
- Removal: what two removals saw is joined. A record holding a change that
  no remover had seen (an edit made meanwhile on another device) is alive
  again, and said to be (``Merged.resurrected``) so she can review it;
  otherwise its content is dropped. The device that brings a record back
  stamps the fields the removers had seen anew (``Record.brought_back``):
  a device that merged the removal first dropped them, one that merged the
  change first kept them, and only fresh stamps make the two agree.

The record ``merge`` returns does not depend on the order versions arrive
in (but for a record brought back, whose seen fields the stores stamp anew);
conflict copies are records too, so once every device has every record
(copies included) all hold the same ones (``tests/sync/test_merge.py``
checks this with random histories on three devices).
"""

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from wellbeing_desk.sync.clock import Stamp

HISTORY_LENGTH = 64  # ancestors a body remembers; older ones only risk an extra copy
# Versions of one body a removal remembers seeing, the newest kept (joined removals add
# up); a version forgotten only risks bringing a removed record back, never a loss.
MAX_SEEN_STAMPS = 1_000
CONFLICT_OF = "conflict_of"  # the field a conflict copy names its record in
TRASH_FIELD = "deleted_at"  # set: in the trash (there to restore, but not shown)
_COPY_NAMESPACE = uuid.UUID("5b0e6d1c-6a0f-4d47-9a55-2f6f2c6a9d11")


@dataclass(frozen=True)
class Field:
    value: Any  # a JSON value
    stamp: Stamp


@dataclass(frozen=True)
class Body:
    text: str
    stamp: Stamp
    history: tuple[Stamp, ...] = ()  # the versions it replaced, newest first

    def replaced_by(self, text: str, stamp: Stamp) -> "Body":
        """The next version of this body, written at ``stamp`` by someone who saw this one."""
        if stamp <= self.stamp:
            raise ValueError("a new version needs a later stamp")
        return Body(text, stamp, ((self.stamp, *self.history))[:HISTORY_LENGTH])

    def descends_from(self, other: "Body") -> bool:
        return other.stamp in self.history


@dataclass(frozen=True)
class Removal:
    """A removal for good: when, and which versions the remover had seen (stamps only)."""

    stamp: Stamp
    fields: tuple[tuple[str, Stamp], ...] = ()  # each field's latest stamp seen
    bodies: tuple[tuple[str, tuple[Stamp, ...]], ...] = ()  # each body's versions seen

    @classmethod
    def of(cls, record: "Record", stamp: Stamp) -> "Removal":
        """Removing ``record`` as it is here, at ``stamp``."""
        fields = tuple((name, field.stamp) for name, field in record.fields)
        bodies = tuple((name, _newest({body.stamp, *body.history})) for name, body in record.bodies)
        return cls(stamp, fields, bodies)

    def saw_field(self, name: str, stamp: Stamp) -> bool:
        seen = dict(self.fields).get(name)
        return seen is not None and stamp <= seen

    def saw_body(self, name: str, body: Body) -> bool:
        return body.stamp in dict(self.bodies).get(name, ())

    def joined(self, other: "Removal") -> "Removal":
        """What either remover saw, at the later stamp."""
        fields = dict(self.fields)
        for name, stamp in other.fields:
            fields[name] = max(stamp, fields.get(name, stamp))
        bodies = {name: set(seen) for name, seen in self.bodies}
        for name, seen in other.bodies:
            bodies.setdefault(name, set()).update(seen)
        return Removal(
            max(self.stamp, other.stamp),
            tuple(sorted(fields.items())),
            tuple(sorted((name, _newest(seen)) for name, seen in bodies.items())),
        )


@dataclass(frozen=True)
class Record:
    """One record's synced state; ``fields`` and ``bodies`` are sorted by name."""

    kind: str
    id: str
    fields: tuple[tuple[str, Field], ...] = ()
    bodies: tuple[tuple[str, Body], ...] = ()
    removal: Removal | None = None

    @classmethod
    def of(
        cls,
        kind: str,
        record_id: str,
        fields: Mapping[str, Field] | None = None,
        bodies: Mapping[str, Body] | None = None,
        removal: Removal | None = None,
    ) -> "Record":
        return cls(
            kind,
            record_id,
            tuple(sorted((fields or {}).items())),
            tuple(sorted((bodies or {}).items())),
            removal,
        )

    def field_map(self) -> dict[str, Field]:
        return dict(self.fields)

    def body_map(self) -> dict[str, Body]:
        return dict(self.bodies)

    def latest_change(self) -> Stamp | None:
        stamps = [f.stamp for _, f in self.fields] + [b.stamp for _, b in self.bodies]
        return max(stamps, default=None)

    @property
    def alive(self) -> bool:
        """Not removed, or holding a change its removers had not seen."""
        removal = self.removal
        if removal is None:
            return True
        return any(not removal.saw_field(n, f.stamp) for n, f in self.fields) or any(
            not removal.saw_body(n, b) for n, b in self.bodies
        )

    @property
    def shown(self) -> bool:
        """Alive and not in the trash: what she sees in her lists."""
        trashed = self.field_map().get(TRASH_FIELD)
        return self.alive and (trashed is None or trashed.value is None)

    def with_field(self, name: str, value: Any, stamp: Stamp) -> "Record":
        fields = self.field_map()
        fields[name] = Field(value, stamp)
        return replace(self, fields=tuple(sorted(fields.items())))

    def with_body(self, name: str, text: str, stamp: Stamp) -> "Record":
        bodies = self.body_map()
        current = bodies.get(name)
        bodies[name] = current.replaced_by(text, stamp) if current else Body(text, stamp)
        return replace(self, bodies=tuple(sorted(bodies.items())))

    def brought_back(self, stamp: Stamp) -> "Record":
        """This record came back here (removed on one device, changed unseen on another):
        the fields its removers had seen are stamped anew, as they are here, and it leaves
        the trash. Devices that merged the removal and the change in different orders hold
        different values for those fields (one had them dropped with the removal); fresh
        stamps make the later device's values win everywhere, so all agree again."""
        removal = self.removal
        if removal is None:
            return self
        record = self
        for name, field in self.fields:
            if removal.saw_field(name, field.stamp):
                value = None if name == TRASH_FIELD else field.value
                record = record.with_field(name, value, stamp)
        return record

    def removed_at(self, stamp: Stamp) -> "Record":
        """Removed for good here: what it held goes, what was seen of it stays."""
        removal = Removal.of(self, stamp)
        if self.removal is not None:
            removal = removal.joined(self.removal)
        return Record(self.kind, self.id, removal=removal)


@dataclass(frozen=True)
class Merged:
    record: Record
    copies: tuple[Record, ...] = ()  # conflict copies, sorted by id
    resurrected: bool = False  # removed on one side, changed unseen on the other


def merge(local: Record | None, remote: Record) -> Merged:
    """``remote`` applied to ``local`` (``None``: not known here yet)."""
    if local is None:
        return Merged(remote)
    if (local.kind, local.id) != (remote.kind, remote.id):
        raise ValueError("only two versions of the same record merge")
    fields = _merge_fields(local.field_map(), remote.field_map())
    bodies: dict[str, Body] = {}
    losers: list[tuple[str, Body]] = []
    for name in sorted(set(local.body_map()) | set(remote.body_map())):
        winner, loser = _merge_body(local.body_map().get(name), remote.body_map().get(name))
        bodies[name] = winner
        if loser is not None:
            losers.append((name, loser))
    removal = _joined(local.removal, remote.removal)
    record = Record.of(local.kind, local.id, fields, bodies, removal)
    if not record.alive:  # every version in it was seen by a remover: it goes
        return Merged(Record(local.kind, local.id, removal=removal))
    copies = tuple(
        sorted((conflict_copy(record, name, loser) for name, loser in losers), key=_by_id)
    )
    resurrected = removal is not None and not (local.alive and remote.alive)
    return Merged(record, copies, resurrected)


def merge_all(records: Iterable[Record]) -> dict[str, Record]:
    """Every version given, merged by id, copies included (what a new device starts from)."""
    merged: dict[str, Record] = {}
    pending = list(records)
    while pending:
        incoming = pending.pop()
        result = merge(merged.get(incoming.id), incoming)
        merged[incoming.id] = result.record
        pending.extend(result.copies)
    return merged


def conflict_copy_id(record_id: str, body: str, loser: Stamp) -> str:
    """The same on every device that sees the same two versions."""
    return str(uuid.uuid5(_COPY_NAMESPACE, f"{record_id}/{body}/{loser.encode()}"))


def conflict_copy(record: Record, body: str, loser: Body) -> Record:
    """A record of its own holding the losing version, beside the fields as merged."""
    fields = record.field_map()
    fields[CONFLICT_OF] = Field(record.id, loser.stamp)
    copy_id = conflict_copy_id(record.id, body, loser.stamp)
    return Record.of(record.kind, copy_id, fields, {body: loser})


def _merge_fields(local: Mapping[str, Field], remote: Mapping[str, Field]) -> dict[str, Field]:
    merged: dict[str, Field] = {}
    for name in set(local) | set(remote):
        a, b = local.get(name), remote.get(name)
        if a is not None and b is not None:
            merged[name] = _later_field(a, b)
        else:
            kept = a or b
            assert kept is not None
            merged[name] = kept
    return merged


def _later_field(a: Field, b: Field) -> Field:
    if a.stamp != b.stamp:
        return a if a.stamp > b.stamp else b
    # One stamp, two values cannot come from one device; decide the same way everywhere.
    return a if _canonical(a.value) >= _canonical(b.value) else b


def _merge_body(local: Body | None, remote: Body | None) -> tuple[Body, Body | None]:
    """The body kept, and a losing version that must become a conflict copy (or ``None``)."""
    if local is None or remote is None:
        kept = local or remote
        assert kept is not None
        return kept, None
    if local.stamp == remote.stamp:
        same = local if (local.text, local.history) >= (remote.text, remote.history) else remote
        return same, None
    if remote.descends_from(local):
        return remote, None
    if local.descends_from(remote):
        return local, None
    winner, loser = (local, remote) if local.stamp > remote.stamp else (remote, local)
    return winner, loser


def _newest(stamps: set[Stamp]) -> tuple[Stamp, ...]:
    """At most ``MAX_SEEN_STAMPS``, the newest, in order: the same whatever order they came."""
    return tuple(sorted(stamps)[-MAX_SEEN_STAMPS:])


def _joined(a: Removal | None, b: Removal | None) -> Removal | None:
    if a is None or b is None:
        return a or b
    return a.joined(b)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _by_id(record: Record) -> str:
    return record.id
