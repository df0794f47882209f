"""The fields of a full entry: when, ratings, sleep, her lists, tags, and the text.

``set_state``/``state`` move an ``EditorState`` in and out; ``changed`` fires
on every edit. Every range is bounded by its widget, so nothing out of range
can be typed. The text is Markdown, with a preview that loads nothing.
"""

from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.journal.editor_state import EditorState
from wellbeing_desk.ui.journal.formatting import from_qdatetime, to_qdatetime
from wellbeing_desk.ui.journal.scales import energy_scale, mood_scale, stress_scale
from wellbeing_desk.ui.widgets import dates
from wellbeing_desk.ui.widgets.chips import ChipGroup
from wellbeing_desk.ui.widgets.markdown_writing import MarkdownWriting, WritingWords
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.vault.care_items import CareItem
from wellbeing_desk.vault.journal import MAX_BODY_LENGTH

NO_SLEEP = -0.5  # the sleep box's "not recorded" value (its minimum)


class EntryForm(QWidget):
    changed = Signal()
    lists_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra_ids: tuple[str, ...] = ()  # chosen items no longer in her lists
        fields = QWidget(self)
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(6)

        self.when = QDateTimeEdit(fields)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_format())
        self.when.setAccessibleName(self.tr("Date and time"))
        self.stress = stress_scale(fields)
        self.mood = mood_scale(fields)
        self.energy = energy_scale(fields)
        self.sleep = QDoubleSpinBox(fields)
        self.sleep.setRange(NO_SLEEP, 24.0)
        self.sleep.setSingleStep(0.5)
        self.sleep.setDecimals(1)
        self.sleep.setSpecialValueText(self.tr("Not recorded"))
        self.sleep.setSuffix(self.tr(" hours"))
        self.sleep.setAccessibleName(self.tr("Hours of sleep"))
        name_inner_parts(self.when)
        name_inner_parts(self.sleep)
        self.activities = ChipGroup(self.tr("What I did for myself"), fields)
        self.signs = ChipGroup(self.tr("Warning signs I noticed"), fields)
        self.lists_button = QPushButton(self.tr("&Edit my lists…"), fields)
        self.lists_button.setAccessibleName(
            self.tr("Edit my lists of activities and warning signs")
        )
        self.lists_button.clicked.connect(self.lists_requested)
        self.tags = QLineEdit(fields)
        self.tags.setPlaceholderText(self.tr("For example: work, family"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))

        for label, widget in (
            (self.tr("When"), self.when),
            (self.tr("Stress"), self.stress),
            (self.tr("Mood"), self.mood),
            (self.tr("Energy"), self.energy),
            (self.tr("Sleep last night"), self.sleep),
            (self.tr("What I did for myself"), self.activities),
            (self.tr("Warning signs I noticed"), self.signs),
            (self.tr("Tags"), self.tags),
        ):
            caption = QLabel(label, fields)
            caption.setObjectName("fieldLabel")
            caption.setBuddy(widget)
            column.addSpacing(6)
            column.addWidget(caption)
            column.addWidget(widget)
        column.addSpacing(8)
        column.addWidget(self.lists_button, 0, Qt.AlignmentFlag.AlignLeading)
        column.addStretch(1)

        self.writing = MarkdownWriting(
            WritingWords(
                body_name=self.tr("What is on your mind"),
                placeholder=self.tr("Write as much or as little as you like. Markdown works here."),
                preview_name=self.tr("Preview of your text"),
                preview=self.tr("&Preview"),
                preview_spoken=self.tr("Show a preview of the text"),
                edit=self.tr("&Edit the text"),
                edit_spoken=self.tr("Back to editing the text"),
            ),
            self,
            fields,
        )
        self.body = self.writing.body
        self.preview = self.writing.preview
        self.preview_button = self.writing.preview_button
        comfortable(self.lists_button, self.preview_button)
        text_label = QLabel(self.tr("What is on your mind"), self.writing)
        text_label.setObjectName("fieldLabel")
        text_label.setBuddy(self.body)
        text_label.setWordWrap(True)  # beside Preview on a narrow window
        head = QHBoxLayout()
        head.addWidget(text_label, 1)
        head.addWidget(self.preview_button)
        self.writing.lay_out(head, (12, 6, 0, 0), (2, 3))

        self.when.dateTimeChanged.connect(self._changed)
        for scale in (self.stress, self.mood, self.energy):
            scale.score_changed.connect(self._changed)
        self.sleep.valueChanged.connect(self._changed)
        self.activities.changed.connect(self._changed)
        self.signs.changed.connect(self._changed)
        self.tags.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self._loading = False

    # -- in and out --------------------------------------------------------------------

    def set_state(
        self, state: EditorState, activities: list[CareItem], signs: list[CareItem]
    ) -> None:
        """Show ``state`` without emitting ``changed``."""
        self._loading = True
        try:
            chosen = set(state.item_ids)
            self.activities.set_items(_visible(activities, chosen))
            self.signs.set_items(_visible(signs, chosen))
            self._order_tabs()
            self.activities.set_checked_ids(chosen)
            self.signs.set_checked_ids(chosen)
            known = {item.id for item in activities + signs}
            self._extra_ids = tuple(i for i in state.item_ids if i not in known)
            self.when.setDateTime(to_qdatetime(state.occurred_at))
            self.stress.set_score(state.stress)
            self.mood.set_score(state.mood)
            self.energy.set_score(state.energy)
            self.sleep.setValue(NO_SLEEP if state.sleep_hours is None else state.sleep_hours)
            self.tags.setText(state.tags_text)
            self.writing.set_text(state.body)
        finally:
            self._loading = False

    def state(self, entry_id: str | None, kind: str) -> EditorState:
        sleep = self.sleep.value()
        return EditorState(
            occurred_at=from_qdatetime(self.when.dateTime()),
            entry_id=entry_id,
            kind=kind,
            stress=self.stress.score(),
            mood=self.mood.score(),
            energy=self.energy.score(),
            sleep_hours=None if sleep <= NO_SLEEP else sleep,
            item_ids=(*self.activities.checked_ids(), *self.signs.checked_ids(), *self._extra_ids),
            tags_text=self.tags.text(),
            body=self.body.toPlainText()[:MAX_BODY_LENGTH],
        )

    def clear(self) -> None:
        """Empty every field, including undo histories and the preview."""
        self._loading = True
        try:
            self.activities.clear()
            self.signs.clear()
            self._extra_ids = ()
            for scale in (self.stress, self.mood, self.energy):
                scale.clear()
            self.sleep.setValue(NO_SLEEP)
            self.when.setDateTime(QDateTime.currentDateTime())
            self.tags.setText("")
            self.writing.clear()
        finally:
            self._loading = False

    def refresh_lists(self, activities: list[CareItem], signs: list[CareItem]) -> None:
        """Her lists changed: show the new names and order, keep what is chosen."""
        chosen = set(self.activities.checked_ids()) | set(self.signs.checked_ids())
        self._loading = True
        try:
            self.activities.set_items(_visible(activities, chosen))
            self.signs.set_items(_visible(signs, chosen))
            self._order_tabs()
        finally:
            self._loading = False

    def _order_tabs(self) -> None:
        # Chips are made after the other fields: put them back in reading order.
        chain = [
            self.when, self.stress, self.mood, self.energy, self.sleep,
            *self.activities.chips(), *self.signs.chips(), self.tags, self.lists_button,
            self.preview_button, self.body,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        self.stress.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals -------------------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()


def _visible(items: list[CareItem], chosen: set[str]) -> list[tuple[str, str]]:
    """Her shown items, plus hidden ones this entry already has."""
    return [(item.id, display_name(item)) for item in items if not item.hidden or item.id in chosen]


def date_time_format() -> str:
    """Her locale's short date and time, with the year in full ("6 Dec 2026" in C)."""
    return dates.date_time_format()


def now_minute() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)
