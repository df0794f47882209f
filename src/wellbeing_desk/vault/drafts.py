"""Encrypted drafts: editors save here as the user types, so lock never waits."""

from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import new_id, utc_now


@dataclass(frozen=True)
class Draft:
    id: str
    kind: str
    record_id: str | None
    body: str
    updated_at: str


class DraftRepository:
    """One live draft per (kind, record); saving replaces it."""

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def save(self, kind: str, body: str, record_id: str | None = None) -> Draft:
        conn = self._connection()
        now = utc_now()
        with write_transaction(conn):
            row = conn.execute(
                "SELECT id FROM draft WHERE kind = ? AND ifnull(record_id, '') = ifnull(?, '')",
                (kind, record_id),
            ).fetchone()
            if row is None:
                draft_id = new_id()
                conn.execute(
                    "INSERT INTO draft(id, created_at, updated_at, kind, record_id, body) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (draft_id, now, now, kind, record_id, body),
                )
            else:
                draft_id = str(row[0])
                conn.execute(
                    "UPDATE draft SET body = ?, updated_at = ?, deleted_at = NULL WHERE id = ?",
                    (body, now, draft_id),
                )
        return Draft(draft_id, kind, record_id, body, now)

    def get(self, kind: str, record_id: str | None = None) -> Draft | None:
        row = (
            self._connection()
            .execute(
                "SELECT id, kind, record_id, body, updated_at FROM draft "
                "WHERE kind = ? AND ifnull(record_id, '') = ifnull(?, '') AND deleted_at IS NULL",
                (kind, record_id),
            )
            .fetchone()
        )
        return None if row is None else Draft(*row)

    def discard(self, kind: str, record_id: str | None = None) -> None:
        """Remove a draft for good (secure_delete overwrites its bytes)."""
        conn = self._connection()
        with write_transaction(conn):
            conn.execute(
                "DELETE FROM draft WHERE kind = ? AND ifnull(record_id, '') = ifnull(?, '')",
                (kind, record_id),
            )
