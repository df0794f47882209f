"""Search and filters above the notes list; ``current_filter()`` builds the query.

The choices (her contexts, tags and the people in her notes) are content:
they are read only when the filters open, and emptied on lock.
"""

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
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.journal.care_names import display_name
from wellbeing_desk.ui.notes.formatting import date_format, from_qdate
from wellbeing_desk.ui.widgets.choices import refill_choices
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT
from wellbeing_desk.vault.notes import NoteFilter

SEARCH_DELAY_MS = 250
PERIOD_DAYS = {"month": 30, "quarter": 91, "year": 365}


def _choices(vault: Vault) -> tuple[Any, ...]:
    return (
        vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True),
        vault.notes.tags(),
        vault.notes.participant_names(),
    )


class NoteFilterBar(QWidget):
    """A search line, and (behind "Filters") period, context, tag and person."""

    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
        self._choices_stale = True
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your notes"))
        self.search.setAccessibleName(self.tr("Search your notes"))
        self.search.setClearButtonEnabled(True)
        name_inner_parts(self.search, self.tr("Clear the search"))
        self.search.setMinimumHeight(34)
        self.toggle = QPushButton(self.tr("Filters"), self)
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
            ("custom", self.tr("Between two dates")),
        ):
            self.period.addItem(label, key)
        self.since = self._date(self.tr("From"))
        self.until = self._date(self.tr("To"))
        self.context = self._combo(self.tr("Context"))
        self.tag = self._combo(self.tr("Tag"))
        self.person = self._combo(self.tr("Person"))
        self.reset_button = QPushButton(self.tr("Clear filters"), self.panel)
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
        self.period.currentIndexChanged.connect(self._on_period)
        for combo in (self.context, self.tag, self.person):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.changed.emit())
        self._fill_choices([], [], [])

    # -- building ----------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self.panel)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(240)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self.panel)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(name)
        name_inner_parts(edit)
        return edit

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

    def _period(self) -> tuple[date | None, date | None]:
        key = self.period.currentData()
        today = date.today()
        if key in PERIOD_DAYS:
            return today - timedelta(days=PERIOD_DAYS[key]), None
        if key == "custom":
            first, last = sorted((from_qdate(self.since.date()), from_qdate(self.until.date())))
            return first, last
        return None, None

    def filters_active(self) -> bool:
        where = self.current_filter()
        return where != NoteFilter(text=where.text)

    # -- choices -----------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.load_choices()

    def load_choices(self) -> None:
        """Read her contexts, tags and people, now if the filters are open, else when they open."""
        self._choices_stale = True
        if self._active and self.panel.isVisibleTo(self):
            self._choices_stale = False
            self.worker.submit(_choices, self._show_choices)

    def _show_choices(self, choices: tuple[Any, ...]) -> None:
        contexts, tags, people = choices
        if self._active:
            self.set_choices(
                [(item.id, display_name(item)) for item in contexts],
                tags,
                people,
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

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reset_filters(self) -> None:
        widgets = (self.period, self.context, self.tag, self.person)
        blocked = [w.blockSignals(True) for w in widgets]
        for combo in widgets:
            combo.setCurrentIndex(0)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.dates.setVisible(False)
        self.changed.emit()

    def clear_search(self) -> None:
        self._search_timer.stop()
        blocked = self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(blocked)

    def clear(self) -> None:
        """Empty the search and the choices (tags and names are content)."""
        self._active = False
        self._choices_stale = True
        self.clear_search()
        blocked = self.blockSignals(True)
        self._fill_choices([], [], [])
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
        if shown and self._choices_stale:
            self.load_choices()

    def _on_period(self) -> None:
        custom = self.period.currentData() == "custom"
        if custom and self.since.date() == self.until.date():
            self.since.setDate(QDate.currentDate().addMonths(-1))
        self.dates.setVisible(custom)
        self.changed.emit()
