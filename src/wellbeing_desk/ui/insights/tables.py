"""The tables of the insights page: activities and next-day stress; week by week;
her warning signs in the last four weeks.

Each is a read-only ``QTableView`` over a ``QStandardItemModel`` (a few
dozen rows at most: one per activity, one per week of the chosen period,
one per warning sign she ticked).
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from wellbeing_desk.insights import HIGHER, LOWER, SAME, ActivityEffect, WeekSummary

MAX_VISIBLE_ROWS = 14


def number(value: float | None) -> str:
    """One decimal, in the interface's locale ("4.5", "4,5"); a dash for nothing."""
    return "–" if value is None else QLocale().toString(value, "f", 1)


class _Table(QTableView):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(0, len(self.headers()), self)
        self.model_.setHorizontalHeaderLabels(self.headers())
        self.setModel(self.model_)
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setCornerButtonEnabled(False)  # "select all" means nothing here
        for corner in self.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Select the whole table"))
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the words column takes what is left, and wraps
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def clear(self) -> None:
        self.model_.removeRows(0, self.model_.rowCount())
        self._fit()

    def _set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.clear()
        for row in rows:
            cells = []
            for text in row:
                cell = QStandardItem(text)
                cell.setToolTip(text)
                cells.append(cell)
            self.model_.appendRow(cells)
        self.resizeRowsToContents()
        self._fit()

    def _fit(self) -> None:
        """Tall enough for its rows (up to a limit), so the page scrolls, not the table."""
        count = min(self.model_.rowCount(), MAX_VISIBLE_ROWS)
        rows = sum(self.rowHeight(r) for r in range(count))
        if count == 0:
            rows = self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # wrapped words need more or fewer lines
        self._fit()

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests and screen-reader checks)."""
        model = self.model_
        return [
            [model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]


class ActivityTable(_Table):
    """One row per activity: next-day stress after doing it and after other days."""

    def headers(self) -> list[str]:
        return [
            self.tr("Activity"),
            self.tr("After doing it"),
            self.tr("After other days"),
            self.tr("So far"),
        ]

    def show_effects(self, effects: Sequence[ActivityEffect], names: Mapping[str, str]) -> None:
        rows = [
            [
                names.get(effect.item_id, self.tr("An activity you removed")),
                self.figure(effect.with_stress, effect.with_days, effect.with_enough),
                self.figure(effect.without_stress, effect.without_days, effect.without_enough),
                self.verdict(effect.direction),
            ]
            for effect in effects
        ]
        self._set_rows(rows)

    def figure(self, value: float | None, days: int, enough: bool) -> str:
        if value is None or days == 0:
            return self.tr("No days yet")
        text = self.tr("{value} (%n days)", "", days).format(value=number(value))
        if not enough:
            text = self.tr("{figure}\ntoo few days to say").format(figure=text)
        return text

    def verdict(self, direction: str | None) -> str:
        verdicts = {
            LOWER: self.tr("Lower stress the next day"),
            HIGHER: self.tr("Higher stress the next day"),
            SAME: self.tr("About the same"),
        }
        return verdicts.get(direction or "", self.tr("Too few days to say"))


class WeekTable(_Table):
    """One row per week: days recorded, mean stress and mood, what she did most."""

    def headers(self) -> list[str]:
        return [
            self.tr("Week"),
            self.tr("Days"),
            self.tr("Stress"),
            self.tr("Mood"),
            self.tr("Did most often"),
        ]

    def show_weeks(self, weeks: Sequence[WeekSummary], names: Mapping[str, str]) -> None:
        locale = QLocale()
        rows = []
        for week in weeks:
            monday = QDate(week.start.year, week.start.month, week.start.day)
            start = locale.toString(monday, self.tr("d MMM yyyy", "date format of a week's Monday"))
            done = [
                self.tr("{activity} ({count}×)").format(
                    activity=names.get(item, self.tr("An activity you removed")), count=count
                )
                for item, count in week.top_activities
            ]
            rows.append(
                [
                    self.tr("Week of {date}").format(date=start),
                    str(week.days),
                    number(week.stress),
                    number(week.mood),
                    ", ".join(done) or "–",
                ]
            )
        self._set_rows(rows)


class WarningSignTable(_Table):
    """One row per warning sign she ticked: on how many days. A count, never a judgement."""

    def headers(self) -> list[str]:
        return [self.tr("Warning sign"), self.tr("Days you noted it")]

    def show_signs(self, signs: Sequence[tuple[str, int]]) -> None:
        """``signs``: (name shown, days), in her list's order."""
        locale = QLocale()
        self._set_rows([[name, locale.toString(days)] for name, days in signs])
