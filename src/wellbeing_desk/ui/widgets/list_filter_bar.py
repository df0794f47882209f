"""The part of the journal's and the notes' filter bars that works the same way.

Both are a search line with a "Filters" panel of a period (with two dates
for "between"), a few combo boxes whose choices are her content, and a
reset. The choices are read only when the panel is first opened after the
vault opens (listing every tag is a pass over all entries: not worth it
before she asks), and read again when opened after a change.

Subclasses hand in the named operation that reads the choices (from
``wellbeing_desk.ops``), build the widgets (in their own order, which is the
tab order) and keep every ``tr()`` string, so no string changes translation
context.
"""

from abc import abstractmethod
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from wellbeing_desk.ui.widgets.filter_panel import (
    CUSTOM_PERIOD,
    filter_combo,
    filter_date,
    labelled_group,
    period_range,
    start_custom_period,
)
from wellbeing_desk.ui.worker import DatabaseWorker, Op


class ListFilterBar(QWidget):
    changed = Signal()

    combo_width: ClassVar[int]  # at most: a long tag must not push the rest off the row
    period_days: ClassVar[dict[str, int]]  # period key -> how many days back
    # Set by the subclass while it builds itself:
    search: QLineEdit
    panel: QWidget
    period: QComboBox
    since: QDateEdit
    until: QDateEdit
    dates: QWidget

    def __init__(
        self,
        worker: DatabaseWorker,
        read_choices: Op[Any],  # her choices for the combo boxes: go to ``_show_choices``
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self._read_choices = read_choices
        self._active = False
        self._choices_stale = True

    # -- what a subclass says ----------------------------------------------------------

    @abstractmethod
    def _show_choices(self, choices: Any) -> None: ...

    def _date_format(self) -> str | None:
        return None  # the locale's default

    # -- building ----------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        return filter_combo(self.panel, name, self.combo_width)

    def _date(self, name: str) -> QDateEdit:
        return filter_date(self.panel, name, self._date_format())

    def _pair(self, *parts: str | QWidget) -> QWidget:
        return labelled_group(self.panel, *parts)

    # -- reading -----------------------------------------------------------------------

    def _period(self) -> tuple[date | None, date | None]:
        key = self.period.currentData()
        return period_range(key, self.since.date(), self.until.date(), self.period_days)

    # -- choices -----------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.load_choices()

    def load_choices(self) -> None:
        """Read the choices now if the filters are open, else when they open."""
        self._choices_stale = True
        if self._active and self.panel.isVisibleTo(self):
            self._choices_stale = False
            self.worker.submit(self._read_choices, self._show_choices)

    def _on_panel_toggled(self, shown: bool) -> None:
        if shown and self._choices_stale:
            self.load_choices()

    # -- changing ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_period(self) -> None:
        custom = self.period.currentData() == CUSTOM_PERIOD
        if custom:
            start_custom_period(self.since, self.until)
        self.dates.setVisible(custom)
        self.changed.emit()
