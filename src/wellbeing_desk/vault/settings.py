"""Settings stored inside the encryption (anything that could reveal content)."""

from collections.abc import Callable

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import utc_now


class SettingsRepository:
    """A small key/value store in the vault."""

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def get(self, key: str, default: str | None = None) -> str | None:
        row = (
            self._connection()
            .execute("SELECT value FROM vault_setting WHERE key = ?", (key,))
            .fetchone()
        )
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        conn = self._connection()
        with write_transaction(conn):
            conn.execute(
                "INSERT INTO vault_setting(key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET "
                "value = excluded.value, updated_at = excluded.updated_at",
                (key, value, utc_now()),
            )

    def delete(self, key: str) -> None:
        conn = self._connection()
        with write_transaction(conn):
            conn.execute("DELETE FROM vault_setting WHERE key = ?", (key,))
