"""Search and filters above the journal list; ``current_filter()`` builds the query."""

from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.widgets.choices import refill_choices
from wellbeing_desk.ui.widgets.filter_panel import (
    CUSTOM_PERIOD,
    clear_quietly,
    debounce_search,
    lay_out_search_bar,
    search_line,
    signals_blocked,
)
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy
from wellbeing_desk.ui.widgets.list_filter_bar import ListFilterBar
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.journal import JournalFilter

PERIOD_DAYS = {"week": 7, "month": 30, "quarter": 91, "year": 365}


class FilterBar(ListFilterBar):
    """A search line, and (behind "Filters") period, activity, tag and stress range."""

    combo_width = 260
    period_days = PERIOD_DAYS

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, journal_ops.filter_choices, parent)
        self.search = search_line(self, self.tr("Search your journal"), self.tr("Clear the search"))
        self.toggle = QPushButton(self.tr("&Filters"), self)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show the filters"))
        self.toggle.setMinimumHeight(34)

        self.panel = QWidget(self)
        self.panel.setSizePolicy(expanding_width_policy())
        self.period = self._combo(self.tr("Period"))
        for key, label in (
            ("", self.tr("Any time")),
            ("week", self.tr("The past 7 days")),
            ("month", self.tr("The past 30 days")),
            ("quarter", self.tr("The past 3 months")),
            ("year", self.tr("The past year")),
            (CUSTOM_PERIOD, self.tr("Between two dates")),
        ):
            self.period.addItem(label, key)
        self.since = self._date(self.tr("From"))
        self.until = self._date(self.tr("To"))
        self.activity = self._combo(self.tr("Activity"))
        self.tag = self._combo(self.tr("Tag"))
        self.stress_min = self._spin(self.tr("Stress from"), 0)
        self.stress_max = self._spin(self.tr("Stress up to"), 10)
        self.reset_button = QPushButton(self.tr("Clea&r filters"), self.panel)
        self.reset_button.setAccessibleName(self.tr("Clear the filters"))
        self.reset_button.clicked.connect(self.reset_filters)
        comfortable(self.toggle, self.reset_button)

        flow = FlowLayout(self.panel, spacing=10)
        flow.addWidget(self._pair(self.tr("Period"), self.period))
        self.dates = self._pair(self.tr("From"), self.since, self.tr("to"), self.until)
        flow.addWidget(self.dates)
        flow.addWidget(self._pair(self.tr("Activity"), self.activity))
        flow.addWidget(self._pair(self.tr("Tag"), self.tag))
        flow.addWidget(self._pair(self.tr("Stress"), self.stress_min, "–", self.stress_max))
        flow.addWidget(self.reset_button)
        self.panel.setVisible(False)
        self.dates.setVisible(False)

        lay_out_search_bar(self, self.search, self.toggle, self.panel)

        self._search_timer = debounce_search(self, self.search, SEARCH_DELAY_MS, self.changed.emit)
        self.toggle.toggled.connect(self._show_panel)
        self.toggle.toggled.connect(self._on_panel_toggled)
        self.period.currentIndexChanged.connect(self._on_period)
        for combo in (self.activity, self.tag):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.changed.emit())
        for spin in (self.stress_min, self.stress_max):
            spin.valueChanged.connect(lambda _: self.changed.emit())
        self._fill_choices([], [])

    # -- building ----------------------------------------------------------------------

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox(self.panel)
        spin.setRange(0, 10)
        spin.setValue(value)
        spin.setAccessibleName(name)
        name_inner_parts(spin)
        return spin

    # -- reading -----------------------------------------------------------------------

    def current_filter(self, *, trash: bool = False) -> JournalFilter:
        since, until = self._period()
        low, high = sorted((self.stress_min.value(), self.stress_max.value()))
        return JournalFilter(
            since=since,
            until=until,
            item_id=self.activity.currentData() or None,
            tag=self.tag.currentData() or None,
            stress_min=low if low > 0 else None,
            stress_max=high if high < 10 else None,
            text=self.search.text().strip(),
            trash=trash,
        )

    def filters_active(self) -> bool:
        where = self.current_filter()
        return where != JournalFilter(text=where.text)

    # -- choices -----------------------------------------------------------------------

    def _show_choices(self, choices: journal_ops.FilterChoices) -> None:
        if self._active:
            activities = [(item.id, display_name(item)) for item in choices.activities]
            self.set_choices(activities, choices.tags)

    def set_choices(self, activities: list[tuple[str, str]], tags: list[str]) -> None:
        """Fill the activity and tag lists, keeping what is chosen if it still exists."""
        self._fill_choices(activities, tags)

    def _fill_choices(self, activities: list[tuple[str, str]], tags: list[str]) -> None:
        gone = [
            refill_choices(self.activity, self.tr("Any activity"), activities),
            refill_choices(self.tag, self.tr("Any tag"), [(tag, tag) for tag in tags]),
        ]
        if any(gone):  # a chosen activity, tag, language or region is no longer offered
            self.changed.emit()

    # -- changing ----------------------------------------------------------------------

    def reset_filters(self) -> None:
        widgets = (self.period, self.activity, self.tag, self.stress_min, self.stress_max)
        with signals_blocked(*widgets):
            self.period.setCurrentIndex(0)
            self.activity.setCurrentIndex(0)
            self.tag.setCurrentIndex(0)
            self.stress_min.setValue(0)
            self.stress_max.setValue(10)
        self.dates.setVisible(False)
        self.changed.emit()

    def clear(self) -> None:
        """Empty the search and the choices (tags and her names are content)."""
        self._active = False
        self._choices_stale = True
        self._search_timer.stop()
        clear_quietly(self.search)
        with signals_blocked(self):
            self._fill_choices([], [])
            self.reset_filters()
        self.toggle.setChecked(False)

    def _show_panel(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.toggle.setAccessibleName(
            self.tr("Hide the filters") if shown else self.tr("Show the filters")
        )
