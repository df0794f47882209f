"""Listing records: what every list filters by, where its next page starts, the WHERE
clause built up one filter at a time, and the preview of a row."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from wellbeing_desk.vault.connection import Connection


@dataclass(frozen=True)
class RecordFilter:
    """What every record list can be narrowed to; a kind's filter adds its own fields."""

    since: date | None = None  # the first day
    until: date | None = None  # the last day
    tag: str | None = None
    text: str = ""  # words to search for
    trash: bool = False  # the trash instead of the live records


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts (keyset: newest first): the last row's sort key and id."""

    key: str
    id: str


@dataclass
class RecordQuery:
    """Conditions joined by AND, with their parameters in order."""

    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    @classmethod
    def for_filter(cls, where: RecordFilter, day_column: str) -> "RecordQuery":
        """The trash or the live records of the period; ``day_column`` is ``alias.column``."""
        alias = day_column.split(".", maxsplit=1)[0]
        query = cls([f"{alias}.deleted_at {'IS NOT NULL' if where.trash else 'IS NULL'}"])
        if where.since is not None:
            query.add(f"{day_column} >= ?", where.since.isoformat())
        if where.until is not None:
            query.add(f"{day_column} < ?", (where.until + timedelta(days=1)).isoformat())
        return query

    def add(self, condition: str, *params: Any) -> None:
        self.where.append(condition)
        self.params.extend(params)

    def add_page_start(self, key_column: str, after: PageCursor | None) -> None:
        """Only rows after ``after`` in the order (``key_column`` DESC, id DESC)."""
        if after is not None:
            alias = key_column.split(".", maxsplit=1)[0]
            self.add(f"({key_column}, {alias}.id) < (?, ?)", after.key, after.id)

    def sql(self) -> str:
        """`` WHERE …``, or nothing when there are no conditions."""
        return " WHERE " + " AND ".join(self.where) if self.where else ""


def first_column(conn: Connection, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...]:
    """The first column of every row ``sql`` reads: a record's tags, items or facets."""
    return tuple(row[0] for row in conn.execute(sql, params))


def first_line_preview(body: str | None, length: int) -> str:
    """The first line with words in it, without Markdown marks, cut to ``length``."""
    for line in (body or "").splitlines():
        text = line.strip().lstrip("#>*- ").strip()
        if text:
            return text[:length]
    return ""
