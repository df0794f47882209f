"""The journal list as a lazy Qt model: pages of 200 arrive from the worker.

The paging, the superseded answers and the in-place updates (``remove_ids``,
``refresh_entry``) live in ``widgets.paged_model``; the reads are
``ops.journal``'s; this says how an entry row looks.
"""

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.journal.formatting import describe_summary, list_text
from wellbeing_desk.ui.widgets.paged_model import Key
from wellbeing_desk.ui.widgets.same_fields import from_fields
from wellbeing_desk.ui.widgets.summary_model import IdRole, SummaryListModel, SummaryRole
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.journal import PAGE_SIZE, TIME_FORMAT, EntrySummary, JournalFilter

__all__ = ["EntryListModel", "EntryRow", "IdRole", "SummaryRole", "named"]


@dataclass(frozen=True)
class EntryRow(EntrySummary):
    """A list row with the names of what she did for herself, in the interface's language."""

    activity_names: tuple[str, ...] = ()


def named(row: journal_ops.EntryListRow) -> EntryRow:
    """The row with its activities named in the interface's language."""
    return from_fields(
        EntryRow, row, activity_names=tuple(display_name(item) for item in row.activities)
    )


class EntryListModel(SummaryListModel[EntrySummary, JournalFilter]):
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

    def _list_text(self, summary: EntrySummary) -> str:
        return list_text(summary)

    def _spoken(self, summary: EntrySummary) -> str:
        return describe_summary(summary)
