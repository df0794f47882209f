"""Search and filters above the journal list; ``current_filter()`` builds the query."""

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.journal.care_names import display_name
from wellbeing_desk.ui.widgets.choices import refill_choices
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import JournalFilter

SEARCH_DELAY_MS = 250
PERIOD_DAYS = {"week": 7, "month": 30, "quarter": 91, "year": 365}


def _choices(vault: Vault) -> tuple[Any, ...]:
    return vault.care_items.items(ACTIVITY, include_hidden=True), vault.journal.tags()


class FilterBar(QWidget):
    """A search line, and (behind "Filters") period, activity, tag and stress range."""

    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
        self._choices_stale = True
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your journal"))
        self.search.setAccessibleName(self.tr("Search your journal"))
        self.search.setClearButtonEnabled(True)
        name_inner_parts(self.search, self.tr("Clear the search"))
        self.search.setMinimumHeight(34)
        self.toggle = QPushButton(self.tr("Filters"), self)
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
            ("custom", self.tr("Between two dates")),
        ):
            self.period.addItem(label, key)
        self.since = self._date(self.tr("From"))
        self.until = self._date(self.tr("To"))
        self.activity = self._combo(self.tr("Activity"))
        self.tag = self._combo(self.tr("Tag"))
        self.stress_min = self._spin(self.tr("Stress from"), 0)
        self.stress_max = self._spin(self.tr("Stress up to"), 10)
        self.reset_button = QPushButton(self.tr("Clear filters"), self.panel)
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

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.panel)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
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

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self.panel)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(260)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self.panel)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        name_inner_parts(edit)
        return edit

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox(self.panel)
        spin.setRange(0, 10)
        spin.setValue(value)
        spin.setAccessibleName(name)
        name_inner_parts(spin)
        return spin

    def _pair(self, *parts: str | QWidget) -> QWidget:
        box = QWidget(self.panel)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for part in parts:
            if isinstance(part, str):
                label = QLabel(part, box)
                label.setObjectName("muted")
                row.addWidget(label)
            else:
                row.addWidget(part)
        return box

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

    def _period(self) -> tuple[date | None, date | None]:
        key = self.period.currentData()
        today = date.today()
        if key in PERIOD_DAYS:
            return today - timedelta(days=PERIOD_DAYS[key]), None
        if key == "custom":
            first, last = sorted((_day(self.since.date()), _day(self.until.date())))
            return first, last
        return None, None

    def filters_active(self) -> bool:
        where = self.current_filter()
        return where != JournalFilter(text=where.text)

    # -- choices -----------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.load_choices()

    def load_choices(self) -> None:
        """Read her activities and tags, now if the filters are open, else when they open.

        (Listing every tag is a pass over all entries: not worth it before she asks.)
        """
        self._choices_stale = True
        if self._active and self.panel.isVisibleTo(self):
            self._choices_stale = False
            self.worker.submit(_choices, self._show_choices)

    def _on_panel_toggled(self, shown: bool) -> None:
        if shown and self._choices_stale:
            self.load_choices()

    def _show_choices(self, choices: tuple[Any, ...]) -> None:
        activities, tags = choices
        if self._active:
            self.set_choices([(item.id, display_name(item)) for item in activities], tags)

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

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reset_filters(self) -> None:
        widgets = (self.period, self.activity, self.tag, self.stress_min, self.stress_max)
        blocked = [w.blockSignals(True) for w in widgets]
        self.period.setCurrentIndex(0)
        self.activity.setCurrentIndex(0)
        self.tag.setCurrentIndex(0)
        self.stress_min.setValue(0)
        self.stress_max.setValue(10)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.dates.setVisible(False)
        self.changed.emit()

    def clear(self) -> None:
        """Empty the search and the choices (tags and her names are content)."""
        self._active = False
        self._choices_stale = True
        self._search_timer.stop()
        blocked = self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(blocked)
        blocked = self.blockSignals(True)
        self._fill_choices([], [])
        self.reset_filters()
        self.blockSignals(blocked)
        self.toggle.setChecked(False)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.changed.emit()

    def _show_panel(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.toggle.setAccessibleName(
            self.tr("Hide the filters") if shown else self.tr("Show the filters")
        )

    def _on_period(self) -> None:
        custom = self.period.currentData() == "custom"
        if custom and self.since.date() == self.until.date():
            self.since.setDate(QDate.currentDate().addMonths(-1))
        self.dates.setVisible(custom)
        self.changed.emit()


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
