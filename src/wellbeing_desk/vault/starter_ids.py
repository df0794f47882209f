"""Stable ids for starter records: the same starter has the same id in every vault.

Sync merges records by id, and a person's first sync unions the records of
two vaults. Starter records (the starter activities and warning signs, the
starter note contexts and the starter directory) are made in every new
vault; with random ids each vault would bring its own copy of every starter.
So a starter's id is a name-based UUID (version 5) of what it is, under
``STARTER_NAMESPACE``:

    care_item/<list>/<key>     (list: "activity" or "warning_sign")
    note_context/<key>
    directory_entry/<key>

The namespace and these names must never change: vaults on her other
devices hold ids made from them.

``give_starters_stable_ids`` moves the starters of a vault made before this
(random ids) onto their stable ids, with every reference to them.
"""

import uuid

from wellbeing_desk.vault.connection import Connection

# Fixed for good (see above); made once with uuid4.
STARTER_NAMESPACE = uuid.UUID("1cbea38a-fac2-4fe3-8bc2-67e9cbdf1286")

# The starter tables, and the (table, column) pairs that hold an id of one of their rows.
_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "care_item": (("journal_entry_item", "item_id"),),
    "note_context": (("dialogue_note", "context_id"),),
    "directory_entry": (("emergency_contact", "entry_id"), ("note_participant", "directory_id")),
}
# Columns holding JSON that may name any record by id: an editor's draft (a journal
# entry's item_ids; a note's context_id and participants' directory_id) and a
# debrief's state (contacts picked from the directory: entry_id).
_JSON_COLUMNS = (("draft", "body"), ("debrief", "state"))


def starter_care_item_id(list_name: str, key: str) -> str:
    """The id of the starter activity or warning sign ``key`` in ``list_name``."""
    return _stable_id(f"care_item/{list_name}/{key}")


def starter_note_context_id(key: str) -> str:
    """The id of the starter note context ``key``."""
    return _stable_id(f"note_context/{key}")


def starter_directory_id(key: str) -> str:
    """The id of the starter directory entry ``key``."""
    return _stable_id(f"directory_entry/{key}")


def _stable_id(name: str) -> str:
    return str(uuid.uuid5(STARTER_NAMESPACE, name))


def give_starters_stable_ids(conn: Connection) -> None:
    """Re-id every starter row that still has a random id, inside the caller's transaction.

    Every reference moves with it (links, drafts, tombstones, ids inside JSON),
    so nothing she linked to a starter comes loose. A row whose stable id
    another row already holds is left as it is. Running it again changes nothing.
    """
    moves = _moves(conn)
    if not moves:
        return
    # journal_entry_item and dialogue_note reference care_item and note_context by
    # id (no ON UPDATE CASCADE): parent and children move one statement apart, so
    # the check waits for the commit. SQLite turns this off again at the commit.
    was_deferred = int(conn.execute("PRAGMA defer_foreign_keys").fetchone()[0])
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for table, old_id, new_id in moves:
        conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", (new_id, old_id))
        for ref_table, column in _REFERENCES[table]:
            conn.execute(
                f"UPDATE {ref_table} SET {column} = ? WHERE {column} = ?", (new_id, old_id)
            )
        conn.execute("UPDATE draft SET record_id = ? WHERE record_id = ?", (new_id, old_id))
        conn.execute(
            "UPDATE tombstone SET id = ? WHERE id = ? "
            "AND NOT EXISTS (SELECT 1 FROM tombstone WHERE id = ?)",
            (new_id, old_id, new_id),
        )
        _replace_in_json(conn, old_id, new_id)
    if not was_deferred:
        conn.execute("PRAGMA defer_foreign_keys = OFF")


def _moves(conn: Connection) -> list[tuple[str, str, str]]:
    """(table, current id, stable id) of each starter row that can move to its stable id."""
    wanted: list[tuple[str, str, str]] = []
    for row_id, list_name, key in conn.execute(
        "SELECT id, list, starter_key FROM care_item WHERE starter_key IS NOT NULL "
        "ORDER BY created_at, id"
    ).fetchall():
        wanted.append(("care_item", str(row_id), starter_care_item_id(list_name, key)))
    for row_id, key in conn.execute(
        "SELECT id, starter_key FROM note_context WHERE starter_key IS NOT NULL "
        "ORDER BY created_at, id"
    ).fetchall():
        wanted.append(("note_context", str(row_id), starter_note_context_id(key)))
    for row_id, key in conn.execute(
        "SELECT id, starter_key FROM directory_entry WHERE starter_key IS NOT NULL ORDER BY seq"
    ).fetchall():
        wanted.append(("directory_entry", str(row_id), starter_directory_id(key)))
    taken = {new_id for _table, old_id, new_id in wanted if old_id == new_id}
    moves: list[tuple[str, str, str]] = []
    for table, old_id, new_id in wanted:
        if old_id == new_id or new_id in taken or _id_exists(conn, table, new_id):
            continue  # already stable, or the id is another row's (a repeated starter key)
        taken.add(new_id)
        moves.append((table, old_id, new_id))
    return moves


def _id_exists(conn: Connection, table: str, record_id: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is not None


def _replace_in_json(conn: Connection, old_id: str, new_id: str) -> None:
    """Rename the JSON string ``"<old_id>"`` wherever it is a whole value.

    An id is plain ASCII, so JSON always writes it as exactly that; the same
    characters inside text she wrote are escaped (``\\"…\\"``) and do not match.
    """
    old, new = f'"{old_id}"', f'"{new_id}"'
    for table, column in _JSON_COLUMNS:
        conn.execute(
            f"UPDATE {table} SET {column} = replace({column}, ?, ?) WHERE instr({column}, ?) > 0",
            (old, new, old),
        )
