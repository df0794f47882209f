"""The rows a kind of record is made of, as sync reads and writes them: columns with
their types, and linked rows as one field each (tags and facets as sorted lists of
texts, contacts and participants as canonical JSON text), read for many records at
once. Every value from another device is checked for its type before it is written
(``ValueError`` otherwise); the tables' own constraints check the rest.
"""

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from wellbeing_desk.vault.connection import Connection

T = TypeVar("T")


@dataclass(frozen=True)
class Projection:
    """A record's rows as named values."""

    fields: dict[str, Any]
    bodies: dict[str, str]


def text_value(value: Any, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValueError("a text was expected")
    return value


def whole_value(value: Any, optional: bool) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("a whole number was expected")
    return value


def _decimal_to_row(value: Any, optional: bool) -> float | None:
    """Fractions travel as text (``"7.5"``): JSON floats are not one value everywhere."""
    text = text_value(value, optional)
    if text is None:
        return None
    number = float(text)
    if not math.isfinite(number):
        raise ValueError("a finite number was expected")
    return number


def _decimal_from_row(value: Any) -> str | None:
    return None if value is None else repr(float(value))


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "text"  # text | int | decimal
    optional: bool = False
    # A link to another record: written as NULL while that record is not here.
    refers_to: str | None = None

    def to_row(self, value: Any) -> Any:
        if self.type == "int":
            return whole_value(value, self.optional)
        if self.type == "decimal":
            return _decimal_to_row(value, self.optional)
        return text_value(value, self.optional)

    def from_row(self, value: Any) -> Any:
        return _decimal_from_row(value) if self.type == "decimal" else value


def columns_of(*names: str, **typed: str) -> tuple[Column, ...]:
    """Text columns by name; ``typed``: name -> 'int', 'int?', 'text?', 'decimal?'."""
    plain = tuple(Column(name) for name in names)
    extra = tuple(
        Column(name, kind.rstrip("?"), optional=kind.endswith("?")) for name, kind in typed.items()
    )
    return plain + extra


@dataclass(frozen=True)
class LinkedList:
    """Rows linked to a record, as one field: a sorted list of texts."""

    name: str  # the field
    table: str
    parent: str  # the column naming the record: its id, or its seq
    value: str
    by_seq: bool = False
    refers_to: str | None = None  # table whose ids the values are

    def read_many(self, conn: Connection, keys: Sequence[object]) -> dict[object, list[str]]:
        """Each record's list, by its key (its id, or its seq): sorted, empty if none."""
        found: dict[object, list[str]] = {key: [] for key in keys}
        for chunk in in_chunks(keys):
            rows = conn.execute(
                f"SELECT {self.parent}, {self.value} FROM {self.table} "
                f"WHERE {self.parent} IN ({', '.join('?' * len(chunk))}) "
                f"ORDER BY {self.parent}, {self.value}",
                chunk,
            )
            for key, value in rows:
                found[key].append(str(value))
        return found

    def write(self, conn: Connection, key: object, value: Any, *, new: bool = False) -> set[str]:
        """Write the rows (``new``: its record's row was just added, so it has none yet);
        the ids linked to that are not here (not written)."""
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{self.name}: a list of texts was expected")
        if not new:
            conn.execute(f"DELETE FROM {self.table} WHERE {self.parent} = ?", (key,))
        present = present_ids(conn, self.refers_to, value)
        conn.executemany(
            f"INSERT OR IGNORE INTO {self.table}({self.parent}, {self.value}) VALUES (?, ?)",
            [(key, v) for v in value if v in present],
        )
        return set(value) - present


@dataclass(frozen=True)
class LinkedRows:
    """Ordered rows linked to a record (contacts, participants), as canonical JSON text."""

    name: str
    table: str
    parent: str
    columns: tuple[str, ...]
    optional: frozenset[str] = frozenset()
    by_seq: bool = True

    def read_many(self, conn: Connection, keys: Sequence[object]) -> dict[object, str]:
        """Each record's rows as canonical JSON text, by its key (in their order)."""
        found: dict[object, list[list[Any]]] = {key: [] for key in keys}
        for chunk in in_chunks(keys):
            rows = conn.execute(
                f"SELECT {self.parent}, {', '.join(self.columns)} FROM {self.table} "
                f"WHERE {self.parent} IN ({', '.join('?' * len(chunk))}) "
                f"ORDER BY {self.parent}, position",
                chunk,
            )
            for key, *values in rows:
                found[key].append(values)
        return {key: canonical_json(rows) for key, rows in found.items()}

    def write(self, conn: Connection, key: object, value: Any, *, new: bool = False) -> set[str]:
        rows = json.loads(text_value(value, optional=False) or "[]")
        if not isinstance(rows, list):
            raise ValueError(f"{self.name}: a list was expected")
        if not new:
            conn.execute(f"DELETE FROM {self.table} WHERE {self.parent} = ?", (key,))
        names = ", ".join((self.parent, "position", *self.columns))
        marks = ", ".join("?" * (2 + len(self.columns)))
        for position, row in enumerate(rows):
            if not isinstance(row, list) or len(row) != len(self.columns):
                raise ValueError(f"{self.name}: a row of {len(self.columns)} values was expected")
            values = [
                text_value(v, optional=c in self.optional)
                for c, v in zip(self.columns, row, strict=True)
            ]
            conn.execute(
                f"INSERT INTO {self.table}({names}) VALUES ({marks})", (key, position, *values)
            )
        return set()


Linked = LinkedList | LinkedRows


def present_ids(conn: Connection, table: str | None, ids: Sequence[str]) -> set[str]:
    if table is None:
        return set(ids)
    found: set[str] = set()
    for chunk in in_chunks(ids):
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        found.update(str(value) for (value,) in rows)
    return found


def in_chunks(values: Sequence[T], size: int = 500) -> Iterator[list[T]]:
    """``values`` in lists of at most ``size``: the parameters of one ``IN (…)``."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
