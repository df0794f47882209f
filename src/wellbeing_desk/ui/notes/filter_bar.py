"""Search and filters above the notes list; ``current_filter()`` builds the query.

The choices (her contexts, tags and the people in her notes) are content:
they are read only when the filters open, and emptied on lock.
"""

from PySide6.QtWidgets import QPushButton, QWidget

from wellbeing_desk.ops import notes as notes_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.notes.formatting import date_format
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
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.notes import NoteFilter

PERIOD_DAYS = {"month": 30, "quarter": 91, "year": 365}


class NoteFilterBar(ListFilterBar):
    """A search line, and (behind "Filters") period, context, tag and person."""

    combo_width = 240
    period_days = PERIOD_DAYS

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, notes_ops.filter_choices, parent)
        self.search = search_line(self, self.tr("Search your notes"), self.tr("Clear the search"))
        self.toggle = QPushButton(self.tr("&Filters"), self)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show the filters"))

        self.panel = QWidget(self)
        self.panel.setSizePolicy(expanding_width_policy())
        self.period = self._combo(self.tr("Period"))
        for key, label in (
            ("", self.tr("Any time")),
            ("month", self.tr("The past 30 days")),
            ("quarter", self.tr("The past 3 months")),
            ("year", self.tr("The past year")),
            (CUSTOM_PERIOD, self.tr("Between two dates")),
        ):
            self.period.addItem(label, key)
        self.since = self._date(self.tr("From"))
        self.until = self._date(self.tr("To"))
        self.context = self._combo(self.tr("Context"))
        self.tag = self._combo(self.tr("Tag"))
        self.person = self._combo(self.tr("Person"))
        self.reset_button = QPushButton(self.tr("Clea&r filters"), self.panel)
        self.reset_button.setAccessibleName(self.tr("Clear the filters"))
        self.reset_button.clicked.connect(self.reset_filters)
        comfortable(self.toggle, self.reset_button)

        flow = FlowLayout(self.panel, spacing=10)
        flow.addWidget(self._pair(self.tr("Period"), self.period))
        self.dates = self._pair(self.tr("From"), self.since, self.tr("to"), self.until)
        flow.addWidget(self.dates)
        flow.addWidget(self._pair(self.tr("Context"), self.context))
        flow.addWidget(self._pair(self.tr("Tag"), self.tag))
        flow.addWidget(self._pair(self.tr("Person"), self.person))
        flow.addWidget(self.reset_button)
        self.panel.setVisible(False)
        self.dates.setVisible(False)

        lay_out_search_bar(self, self.search, self.toggle, self.panel)

        self._search_timer = debounce_search(self, self.search, SEARCH_DELAY_MS, self.changed.emit)
        self.toggle.toggled.connect(self._show_panel)
        self.period.currentIndexChanged.connect(self._on_period)
        for combo in (self.context, self.tag, self.person):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.changed.emit())
        self._fill_choices([], [], [])

    def _date_format(self) -> str | None:
        return date_format()

    # -- reading -----------------------------------------------------------------------

    def current_filter(self, *, trash: bool = False) -> NoteFilter:
        since, until = self._period()
        return NoteFilter(
            since=since,
            until=until,
            context_id=self.context.currentData() or None,
            tag=self.tag.currentData() or None,
            participant=self.person.currentData() or None,
            text=self.search.text().strip(),
            trash=trash,
        )

    def filters_active(self) -> bool:
        where = self.current_filter()
        return where != NoteFilter(text=where.text)

    # -- choices -----------------------------------------------------------------------

    def _show_choices(self, choices: notes_ops.FilterChoices) -> None:
        if self._active:
            self.set_choices(
                [(item.id, display_name(item)) for item in choices.contexts],
                choices.tags,
                choices.people,
            )

    def set_choices(
        self, contexts: list[tuple[str, str]], tags: list[str], people: list[str]
    ) -> None:
        """Fill the lists, keeping what is chosen if it is still offered."""
        self._fill_choices(contexts, tags, people)

    def _fill_choices(
        self, contexts: list[tuple[str, str]], tags: list[str], people: list[str]
    ) -> None:
        gone = [
            refill_choices(self.context, self.tr("Any context"), contexts),
            refill_choices(self.tag, self.tr("Any tag"), [(tag, tag) for tag in tags]),
            refill_choices(self.person, self.tr("Anyone"), [(name, name) for name in people]),
        ]
        if any(gone):  # a chosen context, tag or person is no longer offered
            self.changed.emit()

    # -- changing ----------------------------------------------------------------------

    def reset_filters(self) -> None:
        widgets = (self.period, self.context, self.tag, self.person)
        with signals_blocked(*widgets):
            for combo in widgets:
                combo.setCurrentIndex(0)
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
            self._fill_choices([], [], [])
            self.reset_filters()
        self.toggle.setChecked(False)

    def _show_panel(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.toggle.setAccessibleName(
            self.tr("Hide the filters") if shown else self.tr("Show the filters")
        )
        self._on_panel_toggled(shown)
