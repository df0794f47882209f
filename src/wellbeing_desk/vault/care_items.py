"""Her own lists: activities that help her, and warning signs she watches for."""

from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.record_rows import update_record
from wellbeing_desk.vault.records import new_id, utc_now
from wellbeing_desk.vault.starters import STARTER_NAMES

ACTIVITY = "activity"
WARNING_SIGN = "warning_sign"
LISTS = (ACTIVITY, WARNING_SIGN)
NOTE_CONTEXT = "note_context"  # kept in its own table, note_context, with the same columns
MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class CareItem:
    id: str
    list: str
    starter_key: str | None
    name: str | None  # her own name; None while a starter item keeps its default
    position: int
    hidden: bool

    @property
    def english_name(self) -> str:
        """Her name, else the starter's English name (the UI translates the key instead)."""
        if self.name:
            return self.name
        return STARTER_NAMES.get(self.starter_key or "", self.starter_key or "")


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("a name must not be empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValueError(f"a name must be at most {MAX_NAME_LENGTH} characters")
    return cleaned


class CareItemRepository:
    """Her lists; ``table`` and ``lists`` let the note contexts share the code."""

    def __init__(
        self,
        connection: Callable[[], Connection],
        table: str = "care_item",
        lists: tuple[str, ...] = LISTS,
    ) -> None:
        self._connection = connection
        self._table = table
        self._lists = lists

    def items(self, list_name: str, *, include_hidden: bool = False) -> list[CareItem]:
        self._check_list(list_name)
        sql = (
            f"SELECT id, list, starter_key, name, position, hidden FROM {self._table} "
            "WHERE list = ? AND deleted_at IS NULL"
        )
        if not include_hidden:
            sql += " AND hidden = 0"
        rows = self._connection().execute(sql + " ORDER BY position, created_at", (list_name,))
        return [_item(row) for row in rows]

    def get(self, item_id: str) -> CareItem | None:
        row = (
            self._connection()
            .execute(
                f"SELECT id, list, starter_key, name, position, hidden FROM {self._table} "
                "WHERE id = ?",
                (item_id,),
            )
            .fetchone()
        )
        return None if row is None else _item(row)

    def add(self, list_name: str, name: str) -> CareItem:
        self._check_list(list_name)
        cleaned = clean_name(name)
        conn = self._connection()
        now = utc_now()
        item_id = new_id()
        with write_transaction(conn):
            position = conn.execute(
                f"SELECT coalesce(max(position) + 1, 0) FROM {self._table} WHERE list = ?",
                (list_name,),
            ).fetchone()[0]
            conn.execute(
                f"INSERT INTO {self._table}(id, created_at, updated_at, list, name, position) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (item_id, now, now, list_name, cleaned, position),
            )
        return CareItem(item_id, list_name, None, cleaned, int(position), False)

    def rename(self, item_id: str, name: str) -> None:
        self._update(item_id, "name = ?", (clean_name(name),))

    def set_hidden(self, item_id: str, hidden: bool) -> None:
        self._update(item_id, "hidden = ?", (1 if hidden else 0,))

    def reorder(self, list_name: str, ordered_ids: list[str]) -> None:
        """Give the items of ``list_name`` the order of ``ordered_ids`` (others follow)."""
        self._check_list(list_name)
        conn = self._connection()
        now = utc_now()
        current = [item.id for item in self.items(list_name, include_hidden=True)]
        order = [i for i in ordered_ids if i in current] + [
            i for i in current if i not in ordered_ids
        ]
        with write_transaction(conn):
            for position, item_id in enumerate(order):
                conn.execute(
                    f"UPDATE {self._table} SET position = ?, updated_at = ? "
                    "WHERE id = ? AND position != ?",
                    (position, now, item_id, position),
                )

    def find(self, list_name: str, name: str) -> CareItem | None:
        """An item by her name or the starter's English name or key, ignoring case."""
        wanted = " ".join(name.split()).casefold()
        for item in self.items(list_name, include_hidden=True):
            names = {item.english_name.casefold(), (item.starter_key or "").casefold()}
            if wanted in names:
                return item
        return None

    def find_or_add(self, list_name: str, name: str) -> CareItem:
        return self.find(list_name, name) or self.add(list_name, name)

    def _check_list(self, list_name: str) -> None:
        if list_name not in self._lists:
            raise ValueError(f"unknown list {list_name!r}")

    def _update(self, item_id: str, assignment: str, values: tuple[object, ...]) -> None:
        update_record(self._connection(), self._table, item_id, assignment, values)


def _item(row: tuple[object, ...]) -> CareItem:
    item_id, list_name, key, name, position, hidden = row
    return CareItem(
        id=str(item_id),
        list=str(list_name),
        starter_key=None if key is None else str(key),
        name=None if name is None else str(name),
        position=int(str(position)),
        hidden=bool(hidden),
    )
