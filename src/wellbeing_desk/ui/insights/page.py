"""Insights: stress and mood over time, what goes with lower stress, week by week.

The numbers come from ``wellbeing_desk.insights`` (pure functions), computed
inside the worker operation that reads the rows, so the GUI thread only
draws. No streaks, scores or badges: patterns, with the days behind them.
"""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.insights import HIGHER, MIN_DAYS, DayValues, Insights
from wellbeing_desk.ops import bind
from wellbeing_desk.ops.insights import SIGN_DAYS, InsightsData, insights_since
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.export.image import ChartImageSaver
from wellbeing_desk.ui.export.names import item_names
from wellbeing_desk.ui.insights.chart import TrendChart
from wellbeing_desk.ui.insights.tables import ActivityTable, WarningSignTable, WeekTable, number
from wellbeing_desk.ui.journal.counsellor_export import ExportDialog
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import CareItem

PERIOD_DAYS: tuple[int | None, ...] = (28, 91, 365, None)  # None: everything
DEFAULT_PERIOD = 1
STRESS_ACCENT = ("#3465a4", "#8fb8f0")  # (light palette, dark palette)
MOOD_ACCENT = ("#2e7d6b", "#7fd1b9")
MAX_WEEKS = 104  # the week table shows the latest two years at most
CHART_FROM_DAYS = 5  # fewer days: her values as words, not a chart of a dot or two


class InsightsPage(QWidget):
    open_plan_requested = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._open = False
        self._loading = Request(worker, self, on_failure=self._load_failed)
        self.export_dialog: ExportDialog | None = None

        content = QWidget(self)
        self.period = QComboBox(content)
        self.period.setAccessibleName(self.tr("Period shown"))
        for label in self._period_labels():
            self.period.addItem(label)
        self.period.setCurrentIndex(DEFAULT_PERIOD)
        self.period.currentIndexChanged.connect(lambda _: self.reload())
        self.export_button = QPushButton(self.tr("&Export for a counsellor…"), content)
        self.export_button.setAccessibleName(self.tr("Export journal entries for a counsellor"))
        self.export_button.clicked.connect(self.open_export_dialog)
        header = QHBoxLayout()
        header.addWidget(heading(self.tr("Insights"), content), 1)
        controls = QWidget(content)  # under the heading's side when the window is narrow
        controls_row = FlowLayout(controls, spacing=8)
        for control in (self.period, self.export_button):
            control.setParent(controls)
            controls_row.addWidget(control)
        header.addWidget(controls, 2)

        intro = paragraph(
            self.tr(
                "Patterns from your own check-ins. They show what tends to go together, "
                "not what causes what."
            ),
            content,
        )
        intro.setObjectName("muted")
        self.summary = paragraph("", content)
        self.empty_label = paragraph(
            self.tr(
                "Nothing to show for this period yet. "
                "As you check in, your stress and mood appear here over time."
            ),
            content,
        )
        self.empty_label.setObjectName("notice")
        self.few_days = paragraph("", content)
        self.few_days.setObjectName("notice")
        self.few_days.setTextFormat(Qt.TextFormat.PlainText)
        self.few_days.setVisible(False)

        self.chart_area = QFrame(content)
        area = self.chart_area
        self.stress_chart = TrendChart(self.tr("Stress (0–10)"), 0, 10, STRESS_ACCENT, area)
        self.mood_chart = TrendChart(self.tr("Mood (1–5)"), 1, 5, MOOD_ACCENT, area)
        charts = QVBoxLayout(self.chart_area)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(10)
        charts.addWidget(self.stress_chart)
        charts.addWidget(self.mood_chart)
        self.save_image_button = QPushButton(self.tr("&Save the charts as an image…"), content)
        self.save_image_button.setAccessibleName(self.tr("Save the charts as an image"))
        self.save_image_button.clicked.connect(self.save_chart_image)
        self.image_saver = ChartImageSaver(worker, self)
        self.image_saver.saved.connect(self._image_saved)
        self.status = QLabel(content)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        activities_note = paragraph(
            self.tr(
                "Your average stress on the day after you did each activity, compared with "
                "the day after other days you checked in. A figure resting on fewer than "
                "%n days is marked: there are too few days to say.",
                "",
                MIN_DAYS,
            ),
            content,
        )
        activities_note.setObjectName("muted")
        self.activity_table = ActivityTable(self.tr("Activities and next-day stress"), content)
        # Beside a "Higher stress the next day": counselling can weigh before it helps.
        self.heavier_note = paragraph(
            self.tr(
                "Some things that help, like counselling or talking about something hard, "
                "can feel heavier for a day or two before they help."
            ),
            content,
        )
        self.heavier_note.setObjectName("muted")
        self.no_activities = paragraph(
            self.tr(
                "When you note what you did for yourself and check in the next day, it shows here."
            ),
            content,
        )
        self.no_activities.setObjectName("muted")
        self.week_table = WeekTable(self.tr("Week by week"), content)
        self.signs_note = paragraph(
            self.tr(
                "On how many of the last %n days you noted each of your warning signs. "
                "Noticing them is part of looking after yourself.",
                "",
                SIGN_DAYS,
            ),
            content,
        )
        self.signs_note.setObjectName("muted")
        self.sign_table = WarningSignTable(self.tr("Warning signs you noted"), content)
        self.no_signs = paragraph(
            self.tr(
                "You have not noted any of your warning signs in the last %n days.", "", SIGN_DAYS
            ),
            content,
        )
        self.no_signs.setObjectName("muted")

        self.details = QWidget(content)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(10)
        details.addWidget(self.few_days)
        details.addWidget(self.chart_area)
        details.addWidget(self.save_image_button, 0, Qt.AlignmentFlag.AlignRight)
        details.addSpacing(12)
        details.addWidget(
            heading(self.tr("What goes with lower stress the next day"), content, level=2)
        )
        details.addWidget(activities_note)
        details.addWidget(self.activity_table)
        details.addWidget(self.heavier_note)
        details.addWidget(self.no_activities)
        details.addSpacing(12)
        details.addWidget(heading(self.tr("Warning signs you noted"), content, level=2))
        details.addWidget(self.signs_note)
        details.addWidget(self.sign_table)
        details.addWidget(self.no_signs)
        details.addSpacing(12)
        details.addWidget(heading(self.tr("Week by week"), content, level=2))
        weeks_note = paragraph(
            self.tr(
                "The days you checked in each week, and their averages: "
                "stress from 0 to 10, mood from 1 to 5."
            ),
            content,
        )
        weeks_note.setObjectName("muted")
        details.addWidget(weeks_note)
        details.addWidget(self.week_table)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(44, 32, 44, 32)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details)
        layout.addStretch(1)
        content.setMaximumWidth(980)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear_content()

    # -- hooks -----------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._open = True
        if self.isVisible():  # otherwise showEvent loads it: unlocking stays quick at 100k
            self.reload()

    def clear_content(self) -> None:
        """Drop every point, row and sentence; results still on their way are ignored."""
        self._open = False
        self._loading.cancel()
        self.stress_chart.clear()
        self.mood_chart.clear()
        self.activity_table.clear()
        self.heavier_note.setVisible(False)
        self.week_table.clear()
        self.sign_table.clear()
        self.summary.setText("")
        self.summary.setAccessibleName("")
        self.few_days.setText("")
        self.few_days.setAccessibleName("")
        self._say("")
        self._show_empty(True)
        if self.export_dialog is not None:
            self.export_dialog.clear_content()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # new check-ins since it was last shown

    # -- loading ---------------------------------------------------------------------

    def since(self) -> date | None:
        days = PERIOD_DAYS[max(0, self.period.currentIndex())]
        return None if days is None else date.today() - timedelta(days=days - 1)

    def reload(self) -> None:
        if not self._open:
            return
        since = self.since()

        self._loading.run(
            bind(insights_since, since),
            self._show_data,
        )

    def _show_data(self, data: InsightsData) -> None:
        self._show(data.insights, data.activities)
        self._show_signs(data.warning_signs)

    def _show_signs(self, signs: list[tuple[CareItem, int]]) -> None:
        names = item_names(sign for sign, _ in signs)
        self.sign_table.show_signs([(names[sign.id], days) for sign, days in signs])
        self.sign_table.setVisible(bool(signs))
        self.signs_note.setVisible(bool(signs))
        self.no_signs.setVisible(not signs)

    def _show(self, insights: Insights, items: list[CareItem]) -> None:
        names = item_names(items)
        stress_days = [(d.day, d.stress) for d in insights.days if d.stress is not None]
        mood_days = [(d.day, d.mood) for d in insights.days if d.mood is not None]
        self.stress_chart.set_points(
            stress_days, [(p.day, p.stress) for p in insights.rolling if p.stress is not None]
        )
        self.mood_chart.set_points(
            mood_days, [(p.day, p.mood) for p in insights.rolling if p.mood is not None]
        )
        self.activity_table.show_effects(insights.activities, names)
        self.activity_table.setVisible(bool(insights.activities))
        self.heavier_note.setVisible(any(e.direction == HIGHER for e in insights.activities))
        self.no_activities.setVisible(not insights.activities)
        self.week_table.show_weeks(insights.weeks[:MAX_WEEKS], names)
        self._show_summary(insights)
        self._show_empty(not insights.days)
        self._show_few_days(insights.days)

    def _show_few_days(self, days: list[DayValues]) -> None:
        """Under five days, her values in words: a chart of a dot or two says little."""
        few = 0 < len(days) < CHART_FROM_DAYS
        self.chart_area.setVisible(not few)
        self.save_image_button.setVisible(not few)
        self.few_days.setVisible(few)
        if not few:
            self.few_days.setText("")
            return
        lines = [self.tr("Your check-ins so far:")]
        for day in days:
            values = []
            if day.stress is not None:
                values.append(self.tr("stress {value}").format(value=number(day.stress)))
            if day.mood is not None:
                values.append(self.tr("mood {value}").format(value=number(day.mood)))
            when = QLocale().toString(QDate(day.day.year, day.day.month, day.day.day), "d MMM")
            lines.append(f"{when}: {', '.join(values) or '—'}")
        lines.append(self.tr("A chart appears after a few days of check-ins."))
        text = "\n".join(lines)
        self.few_days.setText(text)
        self.few_days.setAccessibleName(text)

    def _show_summary(self, insights: Insights) -> None:
        if not insights.days:
            self.summary.setText("")
            return
        latest = insights.rolling[-1]
        stress, mood = number(latest.stress), number(latest.mood)
        if len(insights.days) == 1:
            text = self.tr(
                "1 day with check-ins in this period. Stress {stress}, mood {mood}."
            ).format(stress=stress, mood=mood)
        else:
            text = self.tr(
                "%n days with check-ins in this period. "
                "Latest 7-day average: stress {stress}, mood {mood}.",
                "",
                len(insights.days),
            ).format(stress=stress, mood=mood)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.stress_chart.setAccessibleDescription(text)
        self.mood_chart.setAccessibleDescription(text)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        self.details.setVisible(not empty)

    def _load_failed(self, error: BaseException) -> None:
        self._say(describe_error(error))

    # -- saving the charts and exporting ----------------------------------------------

    def save_chart_image(self) -> None:
        """Warn (the image is not encrypted), ask where, then write it atomically."""
        self.image_saver.save(self.chart_area)

    def _image_saved(self, path: Path) -> None:
        self._say(
            self.tr("The image was saved as {name}. It is not encrypted.").format(name=path.name)
        )

    def open_export_dialog(self) -> None:
        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self.worker, self)
            self.export_dialog.exported.connect(self._exported)
        self.export_dialog.start()

    def _exported(self, path: Path) -> None:
        self._say(
            self.tr(
                "The export was saved as {name}. It is not encrypted: "
                "delete it when it is no longer needed."
            ).format(name=path.name)
        )

    def _period_labels(self) -> list[str]:
        return [
            self.tr("Last 4 weeks"),
            self.tr("Last 3 months"),
            self.tr("Last 12 months"),
            self.tr("Everything"),
        ]
