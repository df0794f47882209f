"""Pieces of the "search line + Filters" bars above the journal and notes lists.

Each bar keeps its own words (its ``tr()`` strings stay in its class, so
their translation context does not move) and its own query; what they share
is how the line and panel are laid out, how typing is debounced, and how a
period choice becomes a pair of dates.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, QTimer
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

from wellbeing_desk.ui.widgets.dates import short_date_format
from wellbeing_desk.ui.widgets.page_style import name_inner_parts

CUSTOM_PERIOD = "custom"


def lay_out_search_bar(
    bar: QWidget, search: QLineEdit, toggle: QPushButton, panel: QWidget
) -> None:
    """The search line and the Filters button on one row, the (hidden) panel below."""
    top = QHBoxLayout()
    top.setContentsMargins(0, 0, 0, 0)
    top.setSpacing(8)
    top.addWidget(search, 1)
    top.addWidget(toggle)
    layout = QVBoxLayout(bar)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    layout.addLayout(top)
    layout.addWidget(panel)


def search_line(bar: QWidget, name: str, clear_name: str) -> QLineEdit:
    """The search field: ``name`` is both its placeholder and its accessible name."""
    search = QLineEdit(bar)
    search.setPlaceholderText(name)
    search.setAccessibleName(name)
    search.setClearButtonEnabled(True)
    name_inner_parts(search, clear_name)
    search.setMinimumHeight(34)
    return search


def debounce_search(
    bar: QObject, search: QLineEdit, delay_ms: int, fire: Callable[[], None]
) -> QTimer:
    """Call ``fire`` once typing has paused for ``delay_ms``, or at once on Enter.

    The timer is returned so that clearing the bar can stop a search on its way.
    """
    timer = QTimer(bar)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(fire)

    def search_now() -> None:
        timer.stop()
        fire()

    search.textChanged.connect(lambda _: timer.start())
    search.returnPressed.connect(search_now)
    return timer


def filter_combo(panel: QWidget, name: str, max_width: int) -> QComboBox:
    combo = QComboBox(panel)
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMaximumWidth(max_width)  # a long tag must not push the rest off the row
    return combo


def filter_date(panel: QWidget, name: str, display_format: str | None = None) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), panel)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format or short_date_format())
    edit.setAccessibleName(name)
    name_inner_parts(edit)
    return edit


def labelled_group(panel: QWidget, *parts: str | QWidget) -> QWidget:
    """Muted labels and fields kept together on one line (the flow layout moves it whole)."""
    box = QWidget(panel)
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


def period_range(
    key: object, since: QDate, until: QDate, period_days: dict[str, int]
) -> tuple[date | None, date | None]:
    """The first and last day a period choice means (``None``: no bound on that side)."""
    if isinstance(key, str) and key in period_days:
        return date.today() - timedelta(days=period_days[key]), None
    if key == CUSTOM_PERIOD:
        first, last = sorted((_day(since), _day(until)))
        return first, last
    return None, None


def start_custom_period(since: QDateEdit, until: QDateEdit) -> None:
    """Two equal dates make an empty-looking range: start it a month back instead."""
    if since.date() == until.date():
        since.setDate(QDate.currentDate().addMonths(-1))


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Change several widgets at once without each one announcing it."""
    blocked = [item.blockSignals(True) for item in objects]
    try:
        yield
    finally:
        for item, was in zip(objects, blocked, strict=True):
            item.blockSignals(was)


def clear_quietly(search: QLineEdit) -> None:
    """Empty the search line without starting a search."""
    with signals_blocked(search):
        search.setText("")


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
