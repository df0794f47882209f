"""Writing rows of a record table: numbered inserts, rewrites and column updates.

Every record table keeps ``seq`` (its full-text index's rowid), ``id``,
``created_at`` and ``updated_at`` (see ``records``); these helpers keep those
columns right so that each repository only names its own columns.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import new_id, utc_now

if TYPE_CHECKING:  # the lifecycle's trash is built on these rows: no import back at run time
    from wellbeing_desk.vault.lifecycle import RecordLifecycle


def insert_records(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    ids: Sequence[str] | None = None,
) -> list[tuple[str, int]]:
    """Insert new records inside the caller's transaction; the (id, seq) of each, in order.

    Each record gets the same creation time, the next ``seq``, and its id from
    ``ids`` (a starter's stable id, see ``starter_ids``) or else a fresh one.
    """
    if ids is not None and len(ids) != len(rows):
        raise ValueError("one id for each row")
    names = ", ".join(("seq", "id", "created_at", "updated_at", *columns))
    marks = ", ".join("?" * (4 + len(columns)))
    now = utc_now()
    seq = int(conn.execute(f"SELECT coalesce(max(seq), 0) FROM {table}").fetchone()[0])
    added: list[tuple[str, int]] = []
    for n, values in enumerate(rows):
        seq += 1
        record_id = new_id() if ids is None else ids[n]
        conn.execute(
            f"INSERT INTO {table}({names}) VALUES ({marks})", (seq, record_id, now, now, *values)
        )
        added.append((record_id, seq))
    return added


def rewrite_record(
    conn: Connection,
    lifecycle: "RecordLifecycle",
    record_id: str,
    columns: Sequence[str],
    values: Sequence[Any],
) -> int:
    """Overwrite a record's columns inside the caller's transaction, dropping its index entry.

    Returns its ``seq``, for the caller to write the index entry and linked rows
    again; ``KeyError`` if there is no such record.
    """
    assignments = ", ".join(f"{column} = ?" for column in ("updated_at", *columns))
    changed = conn.execute(
        f"UPDATE {lifecycle.table} SET {assignments} WHERE id = ?",
        (utc_now(), *values, record_id),
    ).rowcount
    if changed == 0:
        raise KeyError(record_id)
    seq = record_seq(conn, lifecycle.table, record_id)
    if lifecycle.fts_table is not None:
        conn.execute(f"DELETE FROM {lifecycle.fts_table} WHERE rowid = ?", (seq,))
    return seq


def update_record(
    conn: Connection, table: str, record_id: str, assignment: str, values: Sequence[object]
) -> None:
    """Apply ``assignment`` (SQL ``column = ?, …``) to one record in its own transaction.

    Stamps ``updated_at``; ``KeyError`` if there is no such record.
    """
    with write_transaction(conn):
        changed = conn.execute(
            f"UPDATE {table} SET {assignment}, updated_at = ? WHERE id = ?",
            (*values, utc_now(), record_id),
        ).rowcount
    if changed == 0:
        raise KeyError(record_id)


def record_seq(conn: Connection, table: str, record_id: str) -> int:
    """A record's ``seq``; ``KeyError`` if there is no such record."""
    row = conn.execute(f"SELECT seq FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise KeyError(record_id)
    return int(row[0])
