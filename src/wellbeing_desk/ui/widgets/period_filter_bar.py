"""The journal's and the notes' filter bars as they are built: search, Filters, period, reset.

A feature's bar calls ``_build_search`` (the search line, the Filters button,
the period and its two dates), makes its own fields, then ``_build_panel``
with them (the panel in that order, which is the tab order: period, dates,
its fields, reset). Every word comes from the feature, translated in its own
context; resetting and clearing work the same for both.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.widgets.filter_panel import (
    clear_quietly,
    debounce_search,
    lay_out_search_bar,
    search_line,
    signals_blocked,
)
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy
from wellbeing_desk.ui.widgets.list_filter_bar import ListFilterBar
from wellbeing_desk.ui.widgets.page_style import comfortable

Pair = Sequence[str | QWidget]  # muted labels and fields kept on one line


@dataclass(frozen=True)
class FilterBarWords:
    search: str  # the search line's placeholder and spoken name
    clear_search: str
    filters: str  # the Filters button
    show_filters: str  # its spoken name while the panel is hidden
    hide_filters: str  # and while it shows
    period: str
    since: str  # "From"
    until: str  # "To" (spoken)
    between: str  # "to", between the two dates
    reset: str
    reset_spoken: str


class PeriodFilterBar(ListFilterBar):
    toggle: QPushButton
    reset_button: QPushButton

    def _build_search(self, words: FilterBarWords, periods: Sequence[tuple[str, str]]) -> None:
        """The search line, the Filters button, the period (key, label) and its dates."""
        self._words = words
        self._fields: tuple[QWidget, ...] = ()
        self.search = search_line(self, words.search, words.clear_search)
        self.toggle = QPushButton(words.filters, self)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(words.show_filters)
        self.panel = QWidget(self)
        self.panel.setSizePolicy(expanding_width_policy())
        self.period = self._combo(words.period)
        for key, label in periods:
            self.period.addItem(label, key)
        self.since = self._date(words.since)
        self.until = self._date(words.until)

    def _build_panel(self, pairs: Sequence[Pair]) -> None:
        """The panel: period, dates, the feature's ``pairs``, reset; then the wiring."""
        words = self._words
        self._fields = tuple(part for pair in pairs for part in pair if isinstance(part, QWidget))
        self.reset_button = QPushButton(words.reset, self.panel)
        self.reset_button.setAccessibleName(words.reset_spoken)
        self.reset_button.clicked.connect(self.reset_filters)
        comfortable(self.toggle, self.reset_button)

        flow = FlowLayout(self.panel, spacing=10)
        flow.addWidget(self._pair(words.period, self.period))
        self.dates = self._pair(words.since, self.since, words.between, self.until)
        flow.addWidget(self.dates)
        for pair in pairs:
            flow.addWidget(self._pair(*pair))
        flow.addWidget(self.reset_button)
        self.panel.setVisible(False)
        self.dates.setVisible(False)

        lay_out_search_bar(self, self.search, self.toggle, self.panel)

        self._search_timer = debounce_search(self, self.search, SEARCH_DELAY_MS, self.changed.emit)
        self.toggle.toggled.connect(self._show_panel)
        self.period.currentIndexChanged.connect(self._on_period)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.changed.emit())

    # -- what a subclass says ----------------------------------------------------------

    def _empty_choices(self) -> None:
        """Offer none of her content in the fields (on lock)."""
        raise NotImplementedError

    def _reset_other_fields(self) -> None:
        """Put back fields that are not combo boxes (those go back to their first choice)."""

    # -- changing ----------------------------------------------------------------------

    def reset_filters(self) -> None:
        with signals_blocked(self.period, *self._fields):
            self.period.setCurrentIndex(0)
            for field in self._fields:
                if isinstance(field, QComboBox):
                    field.setCurrentIndex(0)
            self._reset_other_fields()
        self.dates.setVisible(False)
        self.changed.emit()

    def clear_search(self) -> None:
        self._search_timer.stop()
        clear_quietly(self.search)

    def clear(self) -> None:
        """Empty the search and the choices (tags and names are content)."""
        self._active = False
        self._choices_stale = True
        self.clear_search()
        with signals_blocked(self):
            self._empty_choices()
            self.reset_filters()
        self.toggle.setChecked(False)

    def _show_panel(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.toggle.setAccessibleName(
            self._words.hide_filters if shown else self._words.show_filters
        )
        self._on_panel_toggled(shown)
