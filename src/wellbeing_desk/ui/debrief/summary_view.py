"""The summary at the end of a debrief (and when she opens a finished one again)."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import DebriefFlow
from wellbeing_desk.debrief.summary import summary_items
from wellbeing_desk.ui.debrief.common import (
    column_layout,
    empty_layout,
    local_date,
    page_with_footer,
    readable_scroll,
)
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import format_day, heading, paragraph


class SummaryView(QWidget):
    keep_requested = Signal()
    export_requested = Signal()
    change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow: DebriefFlow | None = None
        self.language = "en"
        self.dates: tuple[str | None, str | None] = (None, None)  # started, finished (UTC)
        scroll, column = readable_scroll(self)
        self.scroll_area = scroll
        body = column_layout(column, spacing=8)
        self.title = heading(self.tr("Your summary"), column)
        self.subtitle = QLabel(column)
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.kept_note = paragraph(
            self.tr(
                "It is kept, encrypted, with your debriefs. Nothing leaves this computer "
                "unless you export it."
            ),
            column,
        )
        self.kept_note.setObjectName("muted")
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(4)
        self.follow_title = heading(self.tr("Follow-up actions"), column, level=2)
        self.follow_box = QVBoxLayout()
        self.follow_box.setSpacing(4)
        self.follow_note = paragraph(
            self.tr("When they are due, they show on your Today page."), column
        )
        self.follow_note.setObjectName("muted")
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addWidget(self.kept_note)
        body.addSpacing(10)
        body.addLayout(self.items_box)
        body.addSpacing(10)
        body.addWidget(self.follow_title)
        body.addLayout(self.follow_box)
        body.addWidget(self.follow_note)
        body.addStretch(1)

        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setAccessibleName(
            self.tr("Export this summary as a Markdown or PDF file")
        )
        self.keep_button = QPushButton(self.tr("&Keep"), self)
        self.keep_button.setObjectName("primary")
        self.keep_button.setAccessibleName(self.tr("Keep it and go back to your debriefs"))
        self.keep_button.setMinimumWidth(110)
        comfortable(self.export_button, self.keep_button)
        self.change_button = QPushButton(self.tr("&Change answers"), self)
        self.change_button.setAccessibleName(
            self.tr("Open this debrief again to change or add to your answers")
        )
        comfortable(self.change_button)
        page_with_footer(
            self, scroll, self.export_button, self.keep_button, beside_start=self.change_button
        )
        self.change_button.clicked.connect(self.change_requested)
        self.keep_button.clicked.connect(self.keep_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.clear_content()

    def show_flow(
        self, flow: DebriefFlow, language: str, started: str | None, finished: str | None
    ) -> None:
        self.clear_content()
        self.flow = flow
        self.language = language
        self.dates = (started, finished)
        title = flow.template.title.get(language)
        start_day = local_date(started) or format_day(date.today())
        end_day = local_date(finished) or format_day(date.today())
        if start_day == end_day:
            when = self.tr("{title} · {date}").format(title=title, date=end_day)
        else:
            when = self.tr("{title} · started {start}, finished {end}").format(
                title=title, start=start_day, end=end_day
            )
        self.subtitle.setText(when)
        self.subtitle.setAccessibleName(when)
        items = [i for i in summary_items(flow, language) if i.step.kind != "actions"]
        if not items:
            self._add(
                self.items_box,
                paragraph(
                    self.tr("You did not write anything down this time, and that is fine."), self
                ),
            )
        for item in items:
            prompt = QLabel(item.prompt, self)
            prompt.setObjectName("fieldLabel")
            prompt.setWordWrap(True)
            prompt.setTextFormat(Qt.TextFormat.PlainText)
            answer = QLabel("\n".join(self._lines(item.step.kind, item.lines)), self)
            answer.setWordWrap(True)
            answer.setTextFormat(Qt.TextFormat.PlainText)
            answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            answer.setContentsMargins(0, 0, 0, 12)
            self._add(self.items_box, prompt)
            self._add(self.items_box, answer)
        actions = flow.follow_ups()
        for action in actions:
            text = (
                self.tr("{action} — by {date}").format(
                    action=action.text, date=format_day(action.due)
                )
                if action.due
                else action.text
            )
            label = QLabel(f"•  {text}", self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._add(self.follow_box, label)
        for widget in (self.follow_title, self.follow_note):
            widget.setVisible(bool(actions))
        self.scroll_area.verticalScrollBar().setValue(0)

    @staticmethod
    def _lines(kind: str, lines: tuple[str, ...]) -> list[str]:
        if kind in ("checklist", "contacts"):
            return [f"•  {line}" for line in lines]
        return list(lines)

    def clear_content(self) -> None:
        self.flow = None
        self.dates = (None, None)
        for box in (self.items_box, self.follow_box):
            empty_layout(box)
        self.subtitle.setText("")
        self.subtitle.setAccessibleName("")
        self.follow_title.setVisible(False)
        self.follow_note.setVisible(False)

    def focus_first(self) -> None:
        self.keep_button.setFocus()

    def _add(self, box: QVBoxLayout, widget: QWidget) -> None:
        box.addWidget(widget)
        widget.setVisible(True)
