"""The results of Search everywhere as a Qt model: section headings, then hits.

One row per section heading (Journal, Debriefs, Directory, Notes) followed by
that section's hits, in the order ``vault.search.search_everything`` gives
them. Headings are shown but cannot be chosen: keyboard movement skips them
(``next_hit``), and their flags make them unselectable.

The search runs on the database worker through a ``Request``: every question
and ``clear`` supersede the answers still coming, so an answer to an older
question (she kept typing, closed the window, or the vault locked) is dropped,
never shown.
"""

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops.search import search as search_vault
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets import dates
from wellbeing_desk.ui.widgets.snippet_text import plain_snippet, snippet_html
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.fts import match_query
from wellbeing_desk.vault.search import PER_SECTION, SECTIONS, SearchHit

AnyIndex = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1  # the SearchHit, or None on a heading
SectionRole = Qt.ItemDataRole.UserRole + 2  # "journal", "debrief", "directory", "notes"
IdRole = Qt.ItemDataRole.UserRole + 3  # the record's id; None on a heading
HeadingRole = Qt.ItemDataRole.UserRole + 4  # True on a section heading
WhenRole = Qt.ItemDataRole.UserRole + 5  # the date in her locale's short format
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 6  # escaped snippet, matches in <b>


def format_when(when: str) -> str:
    """An ISO date or date-time in the locale's short format; "" when there is none."""
    if not when:
        return ""
    try:
        if "T" in when:
            moment = datetime.fromisoformat(when)
            stamp = QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
            return dates.short_date_time(stamp)
        day = date.fromisoformat(when[:10])
    except ValueError:
        return ""
    return dates.short_date(QDate(day.year, day.month, day.day))


def hit_snippet_html(hit: SearchHit) -> str:
    """The snippet as rich text: her words escaped first, then the matches in bold."""
    return snippet_html(hit.snippet) if hit.snippet else ""


class _Row:
    __slots__ = ("hit", "section")

    def __init__(self, section: str, hit: SearchHit | None) -> None:
        self.section = section
        self.hit = hit


class SearchResultModel(QAbstractListModel):
    """``search(text)`` asks the worker; ``results_arrived`` says the rows are there."""

    results_arrived = Signal()
    search_failed = Signal(object)  # the exception

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QObject | None = None,
        per_section: int = PER_SECTION,
    ) -> None:
        super().__init__(parent)
        self._per_section = per_section
        self._rows: list[_Row] = []
        # Failures go to ``search_failed`` (the palette says them), not to a message box.
        self._request = Request(worker, self, self._failed)
        self.query = ""  # the text the rows answer
        self.loading = False
        self.searches = 0  # questions sent to the worker (tests read it)

    # -- asking --------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Search every section for ``text``; text without a word empties the results."""
        if match_query(text) is None:
            self._request.cancel()
            self.loading = False
            self.query = ""
            self._replace([])
            self.results_arrived.emit()
            return
        self.loading = True
        self.searches += 1
        self._request.run(
            bind(search_vault, text, self._per_section), lambda hits: self._arrived(text, hits)
        )

    def clear(self) -> None:
        """Forget every row and drop answers still on their way (closing, locking)."""
        self._request.cancel()
        self.loading = False
        self.query = ""
        self._replace([])

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role == SectionRole:
            return row.section
        if role == HeadingRole:
            return hit is None
        if hit is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.section_title(row.section)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.title_of(hit)}\n{plain_snippet(hit.snippet)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(hit)
        if role == HitRole:
            return hit
        if role == IdRole:
            return hit.id
        if role == WhenRole:
            return format_when(hit.when)
        if role == SnippetHtmlRole:
            return hit_snippet_html(hit)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: shown, never chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].hit is None

    @property
    def hit_count(self) -> int:
        return sum(1 for row in self._rows if row.hit is not None)

    def sections(self) -> list[str]:
        """The sections that have results, in order."""
        return [row.section for row in self._rows if row.hit is None]

    def first_hit(self) -> int:
        """The row of the first hit, or -1 when there is none."""
        return self.next_hit(-1, 1)

    def next_hit(self, row: int, step: int) -> int:
        """The next hit's row from ``row`` going ``step`` (+1 down, -1 up); -1 if none."""
        row += step
        while 0 <= row < len(self._rows):
            if self._rows[row].hit is not None:
                return row
            row += step
        return -1

    def row_of(self, section: str, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.hit is not None and row.section == section and row.hit.id == record_id:
                return number
        return -1

    # -- words ---------------------------------------------------------------------------

    def section_title(self, section: str) -> str:
        titles = {
            "journal": self.tr("Journal"),
            "debrief": self.tr("Debriefs"),
            "directory": self.tr("Directory"),
            "notes": self.tr("Notes"),
        }
        return titles.get(section, section)

    def title_of(self, hit: SearchHit) -> str:
        return hit.title or self.tr("Untitled")

    def describe(self, hit: SearchHit) -> str:
        """One sentence for screen readers: section, title, date, then the snippet."""
        parts = [f"{self.section_title(hit.section)}: {self.title_of(hit)}"]
        when = format_when(hit.when)
        if when:
            parts.append(when)
        snippet = plain_snippet(hit.snippet)
        if snippet:
            parts.append(snippet)
        return ". ".join(parts)

    # -- answers -------------------------------------------------------------------------

    def _arrived(self, text: str, hits: list[SearchHit]) -> None:
        self.loading = False
        self.query = text
        rows: list[_Row] = []
        for section in SECTIONS:
            found = [hit for hit in hits if hit.section == section]
            if found:
                rows.append(_Row(section, None))
                rows.extend(_Row(section, hit) for hit in found)
        self._replace(rows)
        self.results_arrived.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.search_failed.emit(error)

    def _replace(self, rows: list[_Row]) -> None:
        if not rows and not self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
