"""The journal list as a lazy Qt model: pages of 200 arrive from the worker.

The paging, the generation counter and the in-place updates (``remove_ids``,
``refresh_entry``) live in ``widgets.paged_model``; this says how a journal
page is read and how an entry row looks.
"""

from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QObject, Qt

from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.journal.formatting import describe_summary, list_text
from wellbeing_desk.ui.widgets.paged_model import Key, PagedListModel
from wellbeing_desk.ui.widgets.row_list_model import AnyIndex
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import (
    PAGE_SIZE,
    TIME_FORMAT,
    EntrySummary,
    JournalFilter,
    PageCursor,
)

SummaryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class EntryRow(EntrySummary):
    """A list row with the names of what she did for herself, in the interface's language."""

    activity_names: tuple[str, ...] = ()


def with_activity_names(vault: Vault, rows: list[EntrySummary]) -> list[EntrySummary]:
    """The rows with their activities named (read on the worker, with the page)."""
    names = {
        item.id: display_name(item)
        for item in vault.care_items.items(ACTIVITY, include_hidden=True)
    }
    return [
        EntryRow(
            **{f.name: getattr(row, f.name) for f in fields(EntrySummary)},
            activity_names=tuple(names[i] for i in row.activity_ids if i in names),
        )
        for row in rows
    ]


def read_one(vault: Vault, where: JournalFilter, entry_id: str) -> EntrySummary | None:
    """The list row of one entry under ``where``, or ``None`` if it does not match.

    Uses the keyset page with a cursor just past the entry: the first row
    after it is the entry itself when it matches (ids are fixed-length UUIDs).
    """
    entry = vault.journal.get(entry_id)
    if entry is None:
        return None
    cursor = PageCursor(entry.occurred_at.strftime(TIME_FORMAT), entry_id + "\uffff")
    rows = vault.journal.page(where, cursor, 1)
    return rows[0] if rows and rows[0].id == entry_id else None


class EntryListModel(PagedListModel[EntrySummary, JournalFilter]):
    def __init__(
        self, worker: DatabaseWorker, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(worker, parent, page_size)

    @staticmethod
    def _empty_filter() -> JournalFilter:
        return JournalFilter()

    @staticmethod
    def _key(row: EntrySummary) -> Key:
        return row.occurred_at.strftime(TIME_FORMAT), row.id

    @staticmethod
    def _read_page(
        vault: Vault, where: JournalFilter, after: Key | None, size: int
    ) -> list[EntrySummary]:
        rows = vault.journal.page(where, PageCursor(*after) if after else None, size)
        return with_activity_names(vault, rows)

    @staticmethod
    def _read_one(vault: Vault, where: JournalFilter, row_id: str) -> EntrySummary | None:
        row = read_one(vault, where, row_id)
        return None if row is None else with_activity_names(vault, [row])[0]

    def refresh_entry(self, entry_id: str) -> None:
        """Read one entry back (after add or edit) and put it where it now belongs."""
        self.refresh_id(entry_id)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self._row_at(index)
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return list_text(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe_summary(summary)
        if role == SummaryRole:
            return summary
        if role == IdRole:
            return summary.id
        return None
