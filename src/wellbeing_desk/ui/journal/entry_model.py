"""The journal list as a lazy Qt model: pages of 200 arrive from the worker.

The paging, the superseded answers and the in-place updates (``remove_ids``,
``refresh_entry``) live in ``widgets.paged_model``; the reads are
``ops.journal``'s; this says how an entry row looks.
"""

from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.journal.formatting import describe_summary, list_text
from wellbeing_desk.ui.widgets.paged_model import Key, PagedListModel
from wellbeing_desk.ui.widgets.row_list_model import AnyIndex
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.journal import PAGE_SIZE, TIME_FORMAT, EntrySummary, JournalFilter

SummaryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class EntryRow(EntrySummary):
    """A list row with the names of what she did for herself, in the interface's language."""

    activity_names: tuple[str, ...] = ()


def named(row: journal_ops.EntryListRow) -> EntryRow:
    """The row with its activities named in the interface's language."""
    return EntryRow(
        **{f.name: getattr(row, f.name) for f in fields(EntrySummary)},
        activity_names=tuple(display_name(item) for item in row.activities),
    )


class EntryListModel(PagedListModel[EntrySummary, JournalFilter]):
    def __init__(self, worker: DatabaseWorker, parent: QWidget, page_size: int = PAGE_SIZE) -> None:
        super().__init__(worker, parent, page_size, journal_ops.entry_page, journal_ops.entry_row)

    @staticmethod
    def _empty_filter() -> JournalFilter:
        return JournalFilter()

    @staticmethod
    def _key(row: EntrySummary) -> Key:
        return row.occurred_at.strftime(TIME_FORMAT), row.id

    def _shown(self, row: EntrySummary) -> EntrySummary:
        return named(row) if isinstance(row, journal_ops.EntryListRow) else row

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
