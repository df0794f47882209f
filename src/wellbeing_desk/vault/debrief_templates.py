"""Her own debrief templates, stored as the template file format's JSON."""

from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import new_id, utc_now

MAX_BODY_LENGTH = 1_000_000


@dataclass(frozen=True)
class StoredTemplate:
    id: str  # the record id
    template_id: str  # the id inside the file
    title: str
    body: str  # JSON in the template file format
    updated_at: str


class DebriefTemplateRepository:
    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def all(self) -> list[StoredTemplate]:
        rows = (
            self._connection()
            .execute(
                "SELECT id, template_id, title, body, updated_at FROM debrief_template "
                "WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE, id"
            )
            .fetchall()
        )
        return [StoredTemplate(*row) for row in rows]

    def get(self, record_id: str) -> StoredTemplate | None:
        row = (
            self._connection()
            .execute(
                "SELECT id, template_id, title, body, updated_at FROM debrief_template "
                "WHERE id = ? AND deleted_at IS NULL",
                (record_id,),
            )
            .fetchone()
        )
        return None if row is None else StoredTemplate(*row)

    def template_ids(self) -> set[str]:
        rows = self._connection().execute(
            "SELECT template_id FROM debrief_template WHERE deleted_at IS NULL"
        )
        return {str(row[0]) for row in rows}

    def save(self, template_id: str, title: str, body: str, record_id: str | None = None) -> str:
        """Add (no ``record_id``) or replace one; returns the record id.

        ``KeyError`` for an unknown record; ``ValueError`` when another of her
        templates already has ``template_id``.
        """
        if len(body) > MAX_BODY_LENGTH:
            raise ValueError("the template is too long")
        conn = self._connection()
        now = utc_now()
        with write_transaction(conn):
            clash = conn.execute(
                "SELECT 1 FROM debrief_template WHERE template_id = ? AND deleted_at IS NULL "
                "AND id IS NOT ?",
                (template_id, record_id),
            ).fetchone()
            if clash:
                raise ValueError(f"a template with the id {template_id!r} exists")
            if record_id is None:
                record_id = new_id()
                conn.execute(
                    "INSERT INTO debrief_template(id, created_at, updated_at, template_id, title, "
                    "body) VALUES (?, ?, ?, ?, ?, ?)",
                    (record_id, now, now, template_id, title, body),
                )
            elif not conn.execute(
                "UPDATE debrief_template SET updated_at = ?, template_id = ?, title = ?, body = ? "
                "WHERE id = ? AND deleted_at IS NULL",
                (now, template_id, title, body, record_id),
            ).rowcount:
                raise KeyError(record_id)
        return record_id

    def delete(self, record_id: str) -> None:
        """A tombstone: debriefs already started keep their own copy of the template."""
        conn = self._connection()
        with write_transaction(conn):
            now = utc_now()
            conn.execute(
                "UPDATE debrief_template SET deleted_at = ?, updated_at = ?, body = '' "
                "WHERE id = ?",
                (now, now, record_id),
            )
