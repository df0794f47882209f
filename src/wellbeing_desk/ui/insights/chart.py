"""One Qt Charts view of a measure over time: a dot a day and the 7-day average.

Colours come from the palette (and Qt's dark chart theme when the palette is
dark), so the chart follows the system's light or dark mode.
"""

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wellbeing_desk.ui.application import is_dark

Point = tuple[date, float]
LONG_SPAN_DAYS = 120  # beyond this the axis shows months, not days
DAY_MS = 86_400_000
MONTH_MS = 31 * DAY_MS
MAX_TICKS = 6


def to_msecs(day: date) -> float:
    """Midday of ``day`` in local time, in ms since the epoch, as the date axis wants it.

    Plain Python: about ten times faster than building a ``QDateTime`` per point.
    """
    return datetime(day.year, day.month, day.day, 12).timestamp() * 1000


class TrendChart(QChartView):
    """``set_points(daily, average)`` draws; ``clear()`` forgets every point."""

    def __init__(
        self,
        title: str,
        low: float,
        high: float,
        accent: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self._accent = accent  # (on a light palette, on a dark palette)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(title)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setBackgroundRoundness(12)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.daily = QScatterSeries()
        self.daily.setName(self.tr("Each day"))
        self.daily.setMarkerSize(7.0)
        self.average = QLineSeries()
        self.average.setName(self.tr("7-day average"))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setTickCount(MAX_TICKS)
        self.y_axis = QValueAxis()
        margin = (high - low) / 25  # dots on the lowest and highest values stay whole
        self.y_axis.setRange(low - margin, high + margin)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(low)
        self.y_axis.setTickInterval(2 if high - low > 5 else 1)
        self.y_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.daily, self.average):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(240)
        self.setMaximumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.clear()
        self.apply_palette()

    # -- content ---------------------------------------------------------------------

    def set_points(self, daily: Sequence[Point], average: Sequence[Point]) -> None:
        self.daily.replace([QPointF(to_msecs(d), v) for d, v in daily])
        self.average.replace([QPointF(to_msecs(d), v) for d, v in average])
        days = [d for d, _ in daily] + [d for d, _ in average]
        if not days:
            self.clear()
            return
        first, last = min(days), max(days)
        long_span = (last - first).days > LONG_SPAN_DAYS
        self.x_axis.setFormat("MMM yyyy" if long_span else "d MMM")
        pad = max(DAY_MS, (to_msecs(last) - to_msecs(first)) / 60)  # dots clear of the edges
        start, end = to_msecs(first) - pad, to_msecs(last) + pad
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end))
        )
        # Ticks at least a label's unit apart (a day, or a month), so no date shows twice.
        unit = MONTH_MS if long_span else DAY_MS
        self.x_axis.setTickCount(max(2, min(MAX_TICKS, int((end - start) // unit) + 1)))

    def clear(self) -> None:
        self.daily.clear()
        self.average.clear()
        today = QDate.currentDate()
        self.x_axis.setFormat("d MMM")
        self.x_axis.setRange(QDateTime(today.addDays(-7), QTime(12, 0)), QDateTime(today, QTime()))
        self.setAccessibleDescription("")

    # -- looks -------------------------------------------------------------------------

    def apply_palette(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        chart = self.chart()
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        chart.setTheme(theme)  # resets colours and fonts: set ours after it
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
        chart.setTitleBrush(text)
        title_font = QFont(self.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        chart.setTitleFont(title_font)
        chart.legend().setLabelColor(text)
        chart.legend().setFont(self.font())
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsBrush(text)
            axis.setLabelsFont(self.font())
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        accent = QColor(self._accent[1] if dark else self._accent[0])
        dots = QColor(accent)
        dots.setAlpha(160 if dark else 120)
        self.daily.setColor(dots)
        self.daily.setBorderColor(Qt.GlobalColor.transparent)
        self.average.setPen(QPen(accent, 2.6))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.apply_palette()
