"""The directory list as a Qt model: the rows of the current search.

Filtering and search run in SQL (``ops.directory.search``), so there is no
proxy: ``set_filter`` asks the worker and the answer replaces the rows. The
newest question wins (``Request``): an answer to an older one (she kept
typing, or the vault locked) is dropped. When the answer holds the same
entries in the same order, rows are updated in place (``dataChanged``) and
the view keeps its selection and scroll position.

"Open now" is decided in ``ops.directory.search``: a snapshot of the moment
she asked; the next question looks again.

A team's entry (``ops.team_directory``) carries a third line, "Team · <its
team's name>" (drawn as a small tag by ``team_tag.TeamTagDelegate``), also in
the row's accessible text; her own entries have none.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import bind, team_directory
from wellbeing_desk.ops.team_directory import TeamMarkedResults
from wellbeing_desk.ui.directory.names import kind_names
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.bidi import her_words
from wellbeing_desk.ui.widgets.row_list_model import AnyIndex, RowListModel
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.directory import DirectoryFilter, DirectorySummary

LIMIT = 500
IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
FAVOURITE_MARK = "★ "


class DirectoryListModel(RowListModel[DirectorySummary]):
    results_arrived = Signal()
    load_failed = Signal(object)  # the exception

    def __init__(self, worker: DatabaseWorker, parent: QWidget, limit: int = LIMIT) -> None:
        super().__init__(parent)
        # The page owns the answers: once it is gone, none is applied.
        self._request = Request(worker, parent, self._failed)
        self._limit = limit
        self._filter = DirectoryFilter()
        self._open_now = False
        self._total = 0
        self._teams: dict[str, str] = {}  # a shown team entry's id → its team's name
        self.loading = False
        self.queries = 0

    # -- asking --------------------------------------------------------------------------

    @property
    def current_filter(self) -> DirectoryFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many entries match (the list shows at most ``limit`` of them)."""
        return self._total

    @property
    def open_now(self) -> bool:
        """Whether only entries known to be open now are kept."""
        return self._open_now

    def set_filter(self, where: DirectoryFilter, open_now: bool = False) -> None:
        self._filter = where
        self._open_now = open_now
        self.reload()

    def reload(self) -> None:
        self.loading = True
        self.queries += 1
        self._request.run(
            bind(team_directory.search, self._filter, self._limit, self._open_now),
            self._arrived,
        )

    def clear(self) -> None:
        """Forget every row and drop answers still on their way (on lock)."""
        self._request.cancel()
        self.loading = False
        self._filter = DirectoryFilter()
        self._open_now = False
        self._total = 0
        self._teams = {}
        if self._rows:
            self.beginResetModel()
            self._rows = []
            self.endResetModel()

    # -- reading -------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self._row_at(index)
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            star = FAVOURITE_MARK if summary.favourite else ""
            tag = self.team_tag(summary.id)
            team_line = f"\n{tag}" if tag else ""
            return f"{star}{summary.name}\n{self.secondary_text(summary)}{team_line}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [summary.name, self.secondary_text(summary)]
            if summary.favourite:
                parts.append(self.tr("favourite"))
            tag = self.team_tag(summary.id)
            if tag:
                parts.append(tag)
            return ", ".join(parts)
        if role == IdRole:
            return summary.id
        if role == SummaryRole:
            return summary
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def team_of(self, entry_id: str) -> str | None:
        """The name of the team whose entry it is ("" if unknown); None for hers."""
        return self._teams.get(entry_id)

    def team_tag(self, entry_id: str) -> str:
        """The tag of a team's entry ("Team · <name>"); "" for hers."""
        team = self._teams.get(entry_id)
        if team is None:
            return ""
        return self.tr("Team · {team}").format(team=her_words(team)) if team else self.tr("Team")

    @staticmethod
    def secondary_text(summary: DirectorySummary) -> str:
        kind = kind_names().get(summary.kind, summary.kind)
        return f"{summary.organisation} · {kind}" if summary.organisation else kind

    # -- answers -------------------------------------------------------------------------

    def _arrived(self, result: TeamMarkedResults) -> None:
        rows, total = result.rows, result.total
        self.loading = False
        self._total = total
        teams, self._teams = self._teams, dict(result.teams)
        if [r.id for r in rows] == self.ids():
            changed = [
                n
                for n, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                if old != new or teams.get(old.id) != self._teams.get(new.id)
            ]
            self._rows = rows
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        self.results_arrived.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.load_failed.emit(error)
