"""The Debrief start page: what this is (and is not), a way to real help, the templates,
and her debriefs (in progress to continue, finished to read again); at the bottom, a
quiet way into the trash while it holds any.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.record import TemplateChoice
from wellbeing_desk.debrief.templates import Template, Text
from wellbeing_desk.ui.common_reactions import reactions_button
from wellbeing_desk.ui.debrief.common import (
    column_layout,
    discard,
    local_date,
    readable_scroll,
    row_layout,
)
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.vault.debriefs import FINISHED, DebriefSummary


class TemplateCard(QFrame):
    """One template: what it is for, when it helps and when not, and Start."""

    start_requested = Signal(object, bool)  # TemplateChoice, include the event's questions

    def __init__(self, choice: TemplateChoice, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.choice = choice
        template = choice.template
        self.setObjectName("card")
        title = template.title.get(language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(heading(title, self, level=2))
        if template.purpose is not None:
            layout.addWidget(self._text(template.purpose, language))
        when = QGridLayout()
        when.setContentsMargins(0, 4, 0, 0)
        when.setHorizontalSpacing(24)
        when.setVerticalSpacing(2)
        column = 0
        for label, value in (
            (self.tr("Helps when"), template.use_when),
            (self.tr("Not for when"), template.avoid_when),
        ):
            if value is not None:
                caption = QLabel(label, self)
                caption.setObjectName("fieldLabel")
                text = self._text(value, language)
                text.setObjectName("muted")
                when.addWidget(caption, 0, column)
                when.addWidget(text, 1, column, Qt.AlignmentFlag.AlignTop)
                when.setColumnStretch(column, 1)
                column += 1
        layout.addLayout(when)
        self.include_event = QCheckBox(self.tr("Include questions about the event itself"), self)
        self.include_event.setAccessibleName(
            self.tr("Include questions about the event itself in “{title}”").format(title=title)
        )
        self.include_event.setToolTip(self.tr("You can skip each of them anyway."))
        self.include_event.setChecked(template.event_steps_by_default)
        self.include_event.setVisible(has_event_steps(template))
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start “{title}”").format(title=title))
        self.start_button.setMinimumWidth(110)
        self.start_button.setProperty("perRow", True)  # on every card: Tab reaches it, no Alt key
        comfortable(self.start_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.include_event, 1)
        row.addStretch(0)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.start_button.clicked.connect(
            lambda: self.start_requested.emit(self.choice, self.include_event.isChecked())
        )

    def _text(self, value: Text, language: str) -> QLabel:
        label = paragraph(value.get(language), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label


def has_event_steps(template: Template) -> bool:
    return any(step.about_event for step in template.steps)


class DebriefRow(QFrame):
    """One of her debriefs: title, dates, distress before and after; open or trash it."""

    open_requested = Signal(str, str)  # id, status
    delete_requested = Signal(str)

    def __init__(self, summary: DebriefSummary, parent: QWidget) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("debriefRow")
        finished = summary.status == FINISHED
        title = QLabel(summary.title, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setObjectName("fieldLabel")
        title.setWordWrap(True)
        started = local_date(summary.created_at)
        if finished:
            when = self.tr("Finished {date}").format(date=local_date(summary.finished_at))
        else:
            when = self.tr("Started {date}").format(date=started)
        distress, distress_words = self._distress(summary)
        details = QLabel(" · ".join(part for part in (when, distress) if part), self)
        details.setObjectName("muted")
        details.setWordWrap(True)
        details.setAccessibleName(" ".join(part for part in (when, distress_words) if part))
        if finished:
            self.open_button = QPushButton(self.tr("View summary"), self)
            self.open_button.setAccessibleName(
                self.tr("View the summary of “{title}”, finished {date}").format(
                    title=summary.title, date=local_date(summary.finished_at)
                )
            )
        else:
            self.open_button = QPushButton(self.tr("Continue"), self)
            self.open_button.setAccessibleName(
                self.tr("Continue “{title}”, started {date}").format(
                    title=summary.title, date=started
                )
            )
        self.delete_button = QPushButton(self.tr("Move to trash"), self)
        self.delete_button.setAccessibleName(
            self.tr("Move “{title}” from {date} to the trash").format(
                title=summary.title, date=started
            )
        )
        for button in (self.open_button, self.delete_button):
            button.setProperty("perRow", True)  # on every row: Tab reaches it, no Alt key
        comfortable(self.open_button, self.delete_button)
        row_layout(self, title, details, self.open_button, self.delete_button)
        self.open_button.clicked.connect(
            lambda: self.open_requested.emit(summary.id, summary.status)
        )
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(summary.id))

    def _distress(self, summary: DebriefSummary) -> tuple[str, str]:
        before, after = summary.distress_start, summary.distress_end
        if before is not None and after is not None:
            return (
                self.tr("distress {before} → {after}").format(before=before, after=after),
                self.tr("Distress {before} at the start and {after} at the end.").format(
                    before=before, after=after
                ),
            )
        if before is not None:
            return (
                self.tr("distress {before} at the start").format(before=before),
                self.tr("Distress {before} at the start.").format(before=before),
            )
        return "", ""


class DebriefHome(QWidget):
    start_requested = Signal(object, bool)  # TemplateChoice, include the event's questions
    open_requested = Signal(str, str)  # a debrief id and its status
    delete_requested = Signal(str)
    help_requested = Signal()  # support and helplines in the directory
    grounding_requested = Signal()
    reactions_requested = Signal()  # "What many people feel afterwards"
    manage_requested = Signal()
    trash_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[TemplateCard] = []
        self.rows: list[DebriefRow] = []
        self.trash_count = 0
        scroll, column = readable_scroll(self)
        body = column_layout(column, spacing=10)
        body.addWidget(heading(self.tr("Debrief"), column))
        intro = paragraph(
            self.tr(
                "A quiet space to look after yourself after something hard: a raid, a "
                "threat, a colleague's arrest, a difficult testimony. Go at your own pace. "
                "Every question can be skipped, and you can pause at any time; what you "
                "write stays encrypted on this computer."
            ),
            column,
        )
        body.addWidget(intro)

        gentle = QFrame(column)
        gentle.setObjectName("gentleBox")
        gentle_layout = QVBoxLayout(gentle)
        gentle_layout.setContentsMargins(20, 16, 20, 16)
        gentle_layout.setSpacing(10)
        gentle_layout.addWidget(
            paragraph(
                self.tr(
                    "This is not therapy. Only the security review asks what happened, and "
                    "only the facts; you can leave those questions out or skip any question. "
                    "If things feel like too much, or weeks later you still can't sleep, feel "
                    "on edge or feel numb, talking with someone trained can help."
                ),
                gentle,
            )
        )
        self.help_button = QPushButton(self.tr("&See support in your directory"), gentle)
        self.help_button.setAccessibleName(
            self.tr("See counselling, trauma care, peer support and helplines in your directory")
        )
        self.calm_button = QPushButton(self.tr("&Breathe and ground yourself"), gentle)
        self.calm_button.setAccessibleName(self.tr("Open the breathing and grounding exercises"))
        self.reactions_button = reactions_button(gentle)
        comfortable(self.help_button, self.calm_button, self.reactions_button)
        help_row = FlowLayout(spacing=8)  # wraps when a language's words are long
        help_row.addWidget(self.help_button)
        help_row.addWidget(self.calm_button)
        help_row.addWidget(self.reactions_button)
        gentle_layout.addLayout(help_row)
        body.addSpacing(4)
        body.addWidget(gentle)

        self.in_progress_title = heading(self.tr("Continue where you left off"), column, level=2)
        self.in_progress_box = QVBoxLayout()
        self.in_progress_box.setSpacing(8)
        body.addSpacing(14)
        body.addWidget(self.in_progress_title)
        body.addLayout(self.in_progress_box)

        self.manage_button = QPushButton(self.tr("&Manage templates…"), column)
        self.manage_button.setAccessibleName(
            self.tr("Manage templates: duplicate, edit, write your own, import and export")
        )
        comfortable(self.manage_button)
        start_row = QHBoxLayout()
        start_row.addWidget(heading(self.tr("Start a debrief"), column, level=2), 1)
        start_row.addWidget(self.manage_button, 0, Qt.AlignmentFlag.AlignBottom)
        body.addSpacing(14)
        body.addLayout(start_row)
        choose = paragraph(
            self.tr("Choose the one that fits. You can stop or skip at any point."), column
        )
        choose.setObjectName("muted")
        body.addWidget(choose)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(14)
        body.addLayout(self.cards_box)

        self.finished_title = heading(self.tr("Finished debriefs"), column, level=2)
        self.finished_box = QVBoxLayout()
        self.finished_box.setSpacing(8)
        body.addSpacing(14)
        body.addWidget(self.finished_title)
        body.addLayout(self.finished_box)

        self.trash_button = QPushButton(column)
        self.trash_button.setObjectName("link")
        self.trash_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.trash_button.setToolTip(
            self.tr("Debriefs you moved to the trash: bring them back or remove them for good")
        )
        body.addSpacing(10)
        body.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignLeading)
        body.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.scroll_area = scroll
        self.help_button.clicked.connect(self.help_requested)
        self.calm_button.clicked.connect(self.grounding_requested)
        self.reactions_button.clicked.connect(self.reactions_requested)
        self.manage_button.clicked.connect(self.manage_requested)
        self.trash_button.clicked.connect(self.trash_requested)
        self.set_debriefs([])
        self.set_trash_count(0)

    # -- content ---------------------------------------------------------------------------

    def set_templates(self, choices: list[TemplateChoice], language: str) -> None:
        for card in self.cards:
            self._drop(self.cards_box, card)
        self.cards = []
        for choice in choices:
            card = TemplateCard(choice, language, self)
            card.start_requested.connect(self.start_requested)
            self.cards_box.addWidget(card)
            card.setVisible(True)
            self.cards.append(card)

    def set_debriefs(self, summaries: list[DebriefSummary]) -> None:
        for row in self.rows:
            self._drop(self.in_progress_box, row)
            self._drop(self.finished_box, row)
        self.rows = []
        for summary in summaries:
            row = DebriefRow(summary, self)
            row.open_requested.connect(self.open_requested)
            row.delete_requested.connect(self.delete_requested)
            box = self.finished_box if summary.status == FINISHED else self.in_progress_box
            box.addWidget(row)
            row.setVisible(True)
            self.rows.append(row)
        self.in_progress_title.setVisible(any(r.summary.status != FINISHED for r in self.rows))
        self.finished_title.setVisible(any(r.summary.status == FINISHED for r in self.rows))

    def set_trash_count(self, count: int) -> None:
        """How many debriefs are in the trash; the way there shows only when there are any."""
        self.trash_count = count
        text = self.tr("Trash ({count})").format(count=count) if count else ""
        self.trash_button.setText(text)
        self.trash_button.setAccessibleName(
            self.tr("Open the trash ({count})").format(count=count)
            if count
            else self.tr("Open the trash")
        )
        self.trash_button.setVisible(count > 0)

    def row(self, debrief_id: str) -> DebriefRow | None:
        return next((r for r in self.rows if r.summary.id == debrief_id), None)

    def clear_content(self) -> None:
        self.set_templates([], "en")
        self.set_debriefs([])
        self.set_trash_count(0)

    def scroll_to_top(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)

    def focus_first(self) -> None:
        first = next((r for r in self.rows if r.summary.status != FINISHED), None)
        if first is not None:
            first.open_button.setFocus()
        elif self.cards:
            self.cards[0].start_button.setFocus()
        else:
            self.help_button.setFocus()

    @staticmethod
    def _drop(box: QVBoxLayout, widget: QWidget) -> None:
        box.removeWidget(widget)
        discard(widget)
