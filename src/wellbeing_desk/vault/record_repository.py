"""What every repository of a trashable record kind shares: writes in one transaction,
and the trash.

A record is a row of ``_columns``, plus rows linked to it and its index entry,
which a kind's repository writes (``_values``, ``_write_links``, ``_drop_links``);
validating, the transaction, the ids and stamps, and the trash are here.
"""

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.record_rows import insert_records, rewrite_record


class RecordInput(Protocol):
    """What she wrote for one record; ``validate`` cleans it or raises ``ValueError``."""

    def validate(self) -> Self: ...


InputT = TypeVar("InputT", bound=RecordInput)


class RecordRepository(Generic[InputT]):
    """The base of a record kind's repository; ``lifecycle`` names its table and index."""

    _columns: ClassVar[tuple[str, ...]] = ()  # the table's own columns, as ``_values`` fills

    def __init__(self, connection: Callable[[], Connection], lifecycle: RecordLifecycle) -> None:
        self._connection = connection
        self._lifecycle = lifecycle

    # -- writing -----------------------------------------------------------------------

    def add(self, record: InputT) -> str:
        return self.add_many([record])[0]

    def add_many(self, records: Sequence[InputT]) -> list[str]:
        """Add several records in one transaction: all or nothing (imports, benchmarks)."""
        checked = [record.validate() for record in records]
        conn = self._connection()
        with write_transaction(conn):
            return self._insert(conn, checked)

    def update(self, record_id: str, record: InputT) -> None:
        """Replace a record's contents; ``KeyError`` if there is no such record."""
        checked = record.validate()
        conn = self._connection()
        with write_transaction(conn):
            self._rewrite(conn, record_id, checked)

    def delete(self, record_id: str) -> None:
        """Move to the trash (undo with ``restore``)."""
        self._lifecycle.trash(self._connection(), record_id)

    def restore(self, record_id: str) -> None:
        self._lifecycle.restore(self._connection(), record_id)

    def empty_trash(self) -> int:
        """Remove trashed records for good; their ids stay as tombstones for sync."""
        return self._lifecycle.empty_trash(self._connection())

    # -- for each kind -----------------------------------------------------------------

    def _insert(self, conn: Connection, checked: Sequence[InputT]) -> list[str]:
        """Insert validated records inside the caller's transaction; their new ids."""
        table = self._lifecycle.table
        added = insert_records(conn, table, self._columns, [self._values(r) for r in checked])
        for (record_id, seq), record in zip(added, checked, strict=True):
            self._write_links(conn, record_id, seq, record)
        return [record_id for record_id, _ in added]

    def _rewrite(self, conn: Connection, record_id: str, checked: InputT) -> None:
        """Overwrite a record with a validated one inside the caller's transaction."""
        values = self._values(checked)
        seq = rewrite_record(conn, self._lifecycle, record_id, self._columns, values)
        self._drop_links(conn, record_id, seq)
        self._write_links(conn, record_id, seq, checked)

    def _values(self, record: InputT) -> tuple[Any, ...]:
        """The values of ``_columns`` for a validated record."""
        raise NotImplementedError

    def _write_links(self, conn: Connection, record_id: str, seq: int, record: InputT) -> None:
        """Write the rows linked to a record and its index entry."""
        raise NotImplementedError

    def _drop_links(self, conn: Connection, record_id: str, seq: int) -> None:
        """Remove the rows linked to a record (its index entry is already gone)."""
        raise NotImplementedError
