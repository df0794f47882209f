"""What sync asks her to look at, and what she decides.

A conflict copy is the version of a record that lost to another written
without seeing it; a record "brought back" was removed on one device while
another changed it. Both are kept until she decides: keep both (the copy
stays a record of its own), keep the record (the copy goes to the trash), or
keep the copy's text (the record takes it; the copy, holding the text it
replaced, goes to the trash);
a record brought back is kept, or goes to the trash again. Her decision is
an edit like any other: it syncs, and the other devices stop asking.
"""

import json
from dataclasses import dataclass
from enum import Enum

from wellbeing_desk.sync.reindex import reindex
from wellbeing_desk.sync.vault_kinds import KINDS, TableKind
from wellbeing_desk.sync.vault_store import VaultSyncStore, decode_kept_state
from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import utc_now

CONFLICT_COPY = "conflict_copy"
BROUGHT_BACK = "brought_back"


class Choice(Enum):
    KEEP_BOTH = "keep_both"  # a conflict copy stays beside its record; or keep what came back
    KEEP_RECORD = "keep_record"  # the copy goes to the trash
    KEEP_COPY = "keep_copy"  # the record takes the copy's text; the copy goes to the trash
    REMOVE = "remove"  # a record brought back goes to the trash again


@dataclass(frozen=True)
class ReviewItem:
    id: str
    kind: str
    reason: str  # "conflict_copy": the version that lost, kept; "brought_back": removed
    # on one device while changed on another, so kept
    of_id: str | None  # a conflict copy's record
    title: str  # a short name for it (title, name, or the start of its text)
    noted_at: str


def review(conn: Connection) -> list[ReviewItem]:
    """Conflict copies and records brought back, newest first."""
    rows = conn.execute(
        # Only what she can still see: one resolved on another device is gone here too.
        "SELECT v.id, v.kind, v.reason, v.of_id, v.noted_at, r.state FROM sync_review v "
        "JOIN sync_record r ON r.id = v.id AND r.shown ORDER BY v.noted_at DESC, v.id"
    ).fetchall()
    return [
        ReviewItem(str(i), str(k), str(reason), of_id, _title(state), str(noted))
        for i, k, reason, of_id, noted, state in rows
    ]


def _title(state: str | None) -> str:
    if not state:
        return ""
    document = json.loads(state)
    fields = document.get("fields", {})
    for name in ("title", "name", "role", "value"):
        value = fields.get(name, [None])[0]
        if isinstance(value, str) and value.strip():
            return value.strip()[:80]
    for body in document.get("bodies", {}).values():
        text = str(body[0]).strip()
        if text:
            return " ".join(text.split())[:80]
    return ""


def resolve(conn: Connection, item_id: str, choice: Choice) -> None:
    """Carry out her decision on one item of ``review``; ``KeyError`` if it is not there,
    ``ValueError`` for a choice that does not fit the item."""
    row = conn.execute(
        "SELECT v.kind, v.reason, v.of_id, r.local_id FROM sync_review v "
        "JOIN sync_record r ON r.id = v.id WHERE v.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        raise KeyError(item_id)
    kind_name, reason, of_id, local_id = (str(row[0]), str(row[1]), row[2], str(row[3]))
    kind = KINDS.get(kind_name)
    if not isinstance(kind, TableKind):
        raise ValueError(f"records of kind {kind_name!a} are not reviewed")
    allowed = (
        {Choice.KEEP_BOTH, Choice.KEEP_RECORD, Choice.KEEP_COPY}
        if reason == CONFLICT_COPY
        else {Choice.KEEP_BOTH, Choice.REMOVE}
    )
    if choice not in allowed:
        raise ValueError(f"{choice.value} does not fit a {reason.replace('_', ' ')}")
    with write_transaction(conn):
        if reason == CONFLICT_COPY and choice is Choice.KEEP_BOTH:
            # A copy of its own now: it stops naming its record, and that syncs (so her
            # other devices stop asking too).
            VaultSyncStore(conn, _space(conn)).mark_not_a_copy(item_id)
        if choice is Choice.KEEP_COPY:
            if of_id is None:
                raise ValueError("this copy does not name its record")
            _take_text(conn, kind, item_id, str(of_id))
        if choice in (Choice.KEEP_RECORD, Choice.KEEP_COPY, Choice.REMOVE):
            _to_the_trash(conn, kind, local_id)
        conn.execute("DELETE FROM sync_review WHERE id = ?", (item_id,))


def text_of(conn: Connection, record_id: str) -> str:
    """A record's texts (its bodies, in name order) as synced: what a version says."""
    row = conn.execute("SELECT state FROM sync_record WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return ""
    return "\n\n".join(body.text for _, body in decode_kept_state(str(row[0])).bodies)


def _space(conn: Connection) -> str:
    row = conn.execute("SELECT space FROM sync_space").fetchone()
    if row is None:
        raise KeyError("no sync space")
    return str(row[0])


def _take_text(conn: Connection, kind: TableKind, copy_id: str, record_id: str) -> None:
    """The record and the copy swap texts (an edit of hers, stamped and synced): the
    record holds the version she chose, and the copy, about to go to the trash, the one
    it replaces, so that one can still be restored from the trash."""
    bodies = list(kind.bodies)
    if not bodies:
        return
    columns = ", ".join(bodies)
    texts: dict[str, tuple[object, ...]] = {}
    for record in (record_id, copy_id):
        row = conn.execute(f"SELECT {columns} FROM {kind.table} WHERE id = ?", (record,))
        found = row.fetchone()
        if found is None:
            raise KeyError(record)
        texts[record] = tuple(found)
    assignments = ", ".join(f"{name} = ?" for name in bodies)
    now = utc_now()
    for target, source in ((record_id, copy_id), (copy_id, record_id)):
        conn.execute(
            f"UPDATE {kind.table} SET {assignments}, updated_at = ? WHERE id = ?",
            (*texts[source], now, target),
        )
        reindex(conn, kind.kind, target)


def _to_the_trash(conn: Connection, kind: TableKind, local_id: str) -> None:
    """To the trash like any deletion of hers (restorable); the rest follows by sync."""
    if not any(column.name == "deleted_at" for column in kind.columns):
        raise ValueError(f"records of kind {kind.kind!a} have no trash")
    now = utc_now()
    conn.execute(
        f"UPDATE {kind.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
        (now, now, local_id),
    )
    reindex(conn, kind.kind, local_id)
