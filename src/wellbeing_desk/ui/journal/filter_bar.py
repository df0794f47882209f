"""Search and filters above the journal list; ``current_filter()`` builds the query."""

from PySide6.QtWidgets import QSpinBox, QWidget

from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.widgets.choices import refill_choices
from wellbeing_desk.ui.widgets.filter_panel import CUSTOM_PERIOD
from wellbeing_desk.ui.widgets.page_style import name_inner_parts
from wellbeing_desk.ui.widgets.period_filter_bar import FilterBarWords, PeriodFilterBar
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.journal import JournalFilter

PERIOD_DAYS = {"week": 7, "month": 30, "quarter": 91, "year": 365}


class FilterBar(PeriodFilterBar):
    """A search line, and (behind "Filters") period, activity, tag and stress range."""

    combo_width = 260
    period_days = PERIOD_DAYS

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, journal_ops.filter_choices, parent)
        words = FilterBarWords(
            search=self.tr("Search your journal"),
            clear_search=self.tr("Clear the search"),
            filters=self.tr("&Filters"),
            show_filters=self.tr("Show the filters"),
            hide_filters=self.tr("Hide the filters"),
            period=self.tr("Period"),
            since=self.tr("From"),
            until=self.tr("To"),
            between=self.tr("to"),
            reset=self.tr("Clea&r filters"),
            reset_spoken=self.tr("Clear the filters"),
        )
        periods = (
            ("", self.tr("Any time")),
            ("week", self.tr("The past 7 days")),
            ("month", self.tr("The past 30 days")),
            ("quarter", self.tr("The past 3 months")),
            ("year", self.tr("The past year")),
            (CUSTOM_PERIOD, self.tr("Between two dates")),
        )
        self._build_search(words, periods)
        self.toggle.setMinimumHeight(34)
        self.activity = self._combo(self.tr("Activity"))
        self.tag = self._combo(self.tr("Tag"))
        self.stress_min = self._spin(self.tr("Stress from"), 0)
        self.stress_max = self._spin(self.tr("Stress up to"), 10)
        self._build_panel(
            (
                (self.tr("Activity"), self.activity),
                (self.tr("Tag"), self.tag),
                (self.tr("Stress"), self.stress_min, "–", self.stress_max),
            )
        )
        for combo in (self.activity, self.tag):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
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

    def _empty_choices(self) -> None:
        self._fill_choices([], [])

    # -- changing ----------------------------------------------------------------------

    def _reset_other_fields(self) -> None:
        self.stress_min.setValue(0)
        self.stress_max.setValue(10)
