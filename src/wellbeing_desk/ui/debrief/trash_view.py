"""The debriefs she moved to the trash: bring one back, or empty the trash for good.

The page does the work (through the worker) and asks before emptying; this
view only shows the list and says what she chose. Escape goes back.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.debrief.common import (
    column_layout,
    discard,
    local_date,
    page_with_footer,
    readable_scroll,
    row_layout,
)
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.vault.debriefs import DebriefSummary


class TrashRow(QFrame):
    """One trashed debrief: its title, when it was started and trashed, and Restore."""

    restore_requested = Signal(str)

    def __init__(self, summary: DebriefSummary, parent: QWidget) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("debriefRow")
        title = QLabel(summary.title, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setObjectName("fieldLabel")
        title.setWordWrap(True)
        started = local_date(summary.created_at)
        # Moving to the trash is the last change a trashed debrief sees.
        trashed = local_date(summary.updated_at)
        if trashed == started:
            when = spoken = self.tr("Started and moved to the trash {date}").format(date=started)
        else:
            when = self.tr("Started {started} · moved to the trash {trashed}").format(
                started=started, trashed=trashed
            )
            spoken = self.tr("Started {started}, moved to the trash {trashed}").format(
                started=started, trashed=trashed
            )
        details = QLabel(when, self)
        details.setObjectName("muted")
        details.setWordWrap(True)
        details.setAccessibleName(spoken)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setAccessibleName(
            self.tr("Restore “{title}” from {date}").format(title=summary.title, date=started)
        )
        comfortable(self.restore_button)
        row_layout(self, title, details, self.restore_button)
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit(summary.id))


class TrashView(QWidget):
    back_requested = Signal()
    restore_requested = Signal(str)  # a debrief id
    empty_requested = Signal()  # the page asks first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TrashRow] = []
        scroll, column = readable_scroll(self)
        self.scroll_area = scroll
        body = column_layout(column, spacing=10)
        body.addWidget(heading(self.tr("Trash"), column))
        intro = paragraph(
            self.tr(
                "Debriefs you moved to the trash. Restore one to bring it back to your "
                "debriefs. Emptying the trash removes them for good."
            ),
            column,
        )
        intro.setObjectName("muted")
        body.addWidget(intro)
        body.addSpacing(6)
        self.empty_note = paragraph(self.tr("The trash is empty."), column)
        body.addWidget(self.empty_note)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        body.addLayout(self.rows_box)
        body.addStretch(1)

        self.empty_button = QPushButton(self.tr("&Empty trash…"), self)
        self.empty_button.setAccessibleName(
            self.tr("Empty the trash: remove these debriefs for good")
        )
        self.back_button = QPushButton(self.tr("&Back to your debriefs"), self)
        self.back_button.setObjectName("primary")
        self.back_button.setAccessibleName(self.tr("Back to your debriefs"))
        self.back_button.setToolTip(self.tr("Back to your debriefs (Esc)"))
        comfortable(self.empty_button, self.back_button)
        page_with_footer(self, scroll, self.empty_button, self.back_button)

        self.empty_button.clicked.connect(self.empty_requested)
        self.back_button.clicked.connect(self.back_requested)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        self.set_summaries([])

    def set_summaries(self, summaries: list[DebriefSummary]) -> None:
        for row in self.rows:
            self.rows_box.removeWidget(row)
            discard(row)
        self.rows = []
        for summary in summaries:
            row = TrashRow(summary, self)
            row.restore_requested.connect(self.restore_requested)
            self.rows_box.addWidget(row)
            row.setVisible(True)
            self.rows.append(row)
        self.empty_note.setVisible(not self.rows)
        self.empty_button.setEnabled(bool(self.rows))

    def row(self, debrief_id: str) -> TrashRow | None:
        return next((r for r in self.rows if r.summary.id == debrief_id), None)

    def clear_content(self) -> None:
        self.set_summaries([])

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].restore_button.setFocus()
        else:
            self.back_button.setFocus()
