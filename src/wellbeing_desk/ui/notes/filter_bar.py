"""Search and filters above the notes list; ``current_filter()`` builds the query.

The choices (her contexts, tags and the people in her notes) are content:
they are read only when the filters open, and emptied on lock.
"""

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import notes as notes_ops
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.notes.formatting import date_format
from wellbeing_desk.ui.widgets.choices import refill_choices
from wellbeing_desk.ui.widgets.filter_panel import CUSTOM_PERIOD
from wellbeing_desk.ui.widgets.period_filter_bar import FilterBarWords, PeriodFilterBar
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.notes import NoteFilter

PERIOD_DAYS = {"month": 30, "quarter": 91, "year": 365}


class NoteFilterBar(PeriodFilterBar):
    """A search line, and (behind "Filters") period, context, tag and person."""

    combo_width = 240
    period_days = PERIOD_DAYS

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, notes_ops.filter_choices, parent)
        words = FilterBarWords(
            search=self.tr("Search your notes"),
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
            ("month", self.tr("The past 30 days")),
            ("quarter", self.tr("The past 3 months")),
            ("year", self.tr("The past year")),
            (CUSTOM_PERIOD, self.tr("Between two dates")),
        )
        self._build_search(words, periods)
        self.context = self._combo(self.tr("Context"))
        self.tag = self._combo(self.tr("Tag"))
        self.person = self._combo(self.tr("Person"))
        self._build_panel(
            (
                (self.tr("Context"), self.context),
                (self.tr("Tag"), self.tag),
                (self.tr("Person"), self.person),
            )
        )
        for combo in (self.context, self.tag, self.person):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
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

    def _empty_choices(self) -> None:
        self._fill_choices([], [], [])
