"""Small things that made the screen jump or hide what she needs (issue 12, "Fits the screen").

The check-in's chips keep their place when ticked; a second save says so again;
long chip names wrap instead of widening the page; the scale's "10" has room;
journal rows show what she did for herself; insights with only a few days show
the values as words, and a chart never repeats a date under its axis.
"""

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, QRect, Qt
from PySide6.QtGui import QFontMetrics

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.insights.support import TODAY, activity_ids, add_entries, days_ago, open_journal_tab
from tests.ui.journal.test_widgets import host
from wellbeing_desk.ui.insights.chart import TrendChart
from wellbeing_desk.ui.journal.entry_model import SummaryRole
from wellbeing_desk.ui.widgets.chips import MAX_CHIP_TEXT_WIDTH, ChipGroup
from wellbeing_desk.ui.widgets.scale_input import ScaleInput
from wellbeing_desk.vault.journal import EntryInput


def test_a_chip_keeps_its_place_when_its_tick_appears(qtbot) -> None:
    chips = ChipGroup("Things")
    box = host(qtbot, chips)
    box.resize(330, 300)
    chips.set_items([("a", "Rest"), ("b", "Movement"), ("c", "Time with people I trust"),
                     ("d", "Nature"), ("e", "Creative work")])  # fmt: skip
    qtbot.wait(20)
    before = {item: QRect(chips.chip(item).geometry()) for item in chips.item_ids()}
    for item in chips.item_ids():
        qtbot.keyClick(chips.chip(item), Qt.Key.Key_Space)
        qtbot.wait(10)
        assert chips.chip(item).text().startswith("✓")
        after = {i: QRect(chips.chip(i).geometry()) for i in chips.item_ids()}
        assert after == before, f"ticking {item!r} moved the chips"


def test_a_long_chip_wraps_instead_of_widening_the_page(qtbot) -> None:
    chips = ChipGroup("Things")
    _box = host(qtbot, chips)
    long_name = "Pesadillas o recuerdos que vuelven sin querer, de noche y de día"
    chips.set_items([("a", long_name)])
    chip = chips.chip("a")
    assert chip.accessibleName() == long_name
    assert chip.sizeHint().width() <= MAX_CHIP_TEXT_WIDTH + 60
    assert " ".join(chip.text().split()) == long_name  # every word still shown
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert " ".join(chip.text().split()) == "✓ " + long_name


def test_ten_has_room_at_the_narrowest_scale(qtbot) -> None:
    scale = ScaleInput(0, 10, "Stress", ("0 calm", "10 the most stressed I have felt"))
    box = host(qtbot, scale)
    box.resize(200, 200)
    scale.setFixedWidth(scale.minimumSizeHint().width())
    qtbot.wait(10)
    ten = scale._cell_rect(10)
    metrics = QFontMetrics(scale.font())
    assert ten.right() <= scale.width()
    assert ten.width() >= metrics.horizontalAdvance("10") + 8  # clear of the rounded corners
    start, end = scale.anchors
    anchors = metrics.horizontalAdvance(start) + metrics.horizontalAdvance(end)
    assert scale.minimumSizeHint().width() >= anchors


@pytest.mark.usefixtures("existing_vault")
def test_a_second_check_in_says_saved_again(qtbot, window) -> None:
    unlock(qtbot, window)
    card = window.workspace.pages["today"].checkin
    shown: list[str] = []
    for number, digit in enumerate(("3", "5"), start=1):
        card.stress.setFocus()
        qtbot.keyClick(card.stress, digit)
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda n=number: card.status.flashes == n and bool(card.status.text()),
            timeout=WORKER_TIMEOUT_MS,
        )
        shown.append(card.status.text())
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    first, second = shown
    assert first == "Saved."
    assert second != first and second.startswith("Saved again")
    assert card.status.flashes == 2  # shown afresh each time, not left as it was


@pytest.mark.usefixtures("existing_vault")
def test_journal_rows_show_the_activities(qtbot, window, ui_vault_dir) -> None:
    rest, nature = activity_ids(ui_vault_dir, "Rest", "Nature")
    add_entries(ui_vault_dir, [EntryInput(days_ago(1), stress=4, item_ids=(nature, rest))])
    unlock(qtbot, window)
    window.workspace.show_section("journal")
    model = window.workspace.pages["journal"].entries.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    row = model.index(0, 0)
    assert row.data(SummaryRole).activity_names == ("Rest", "Nature")  # in her list's order
    assert "Rest, Nature" in row.data(Qt.ItemDataRole.AccessibleTextRole)


@pytest.mark.usefixtures("existing_vault")
def test_a_few_days_show_as_words_not_a_faint_chart(qtbot, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, [EntryInput(days_ago(1), stress=4, mood=3),
                               EntryInput(days_ago(0), stress=6, mood=2)])  # fmt: skip
    page = open_journal_tab(qtbot, window, "insights")
    qtbot.waitUntil(page.few_days.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.chart_area.isVisible()
    assert not page.save_image_button.isVisible()
    text = page.few_days.text()
    assert "stress 4" in text and "mood 3" in text and "stress 6" in text
    assert "a chart appears after a few days" in text.lower()


@pytest.mark.usefixtures("existing_vault")
def test_five_days_bring_the_chart(qtbot, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, [EntryInput(days_ago(n), stress=n, mood=3) for n in range(5)])
    page = open_journal_tab(qtbot, window, "insights")
    qtbot.waitUntil(page.chart_area.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.few_days.isVisible()


def axis_labels(chart: TrendChart) -> list[str]:
    axis = chart.x_axis
    start, end = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
    count = axis.tickCount()
    step = (end - start) / (count - 1)
    return [
        QDateTime.fromMSecsSinceEpoch(int(start + i * step)).toString(axis.format())
        for i in range(count)
    ]


@pytest.mark.parametrize("days", [1, 2, 3, 5, 8, 13, 40, 119, 121, 200, 400])
def test_no_date_label_is_repeated(qtbot, days: int) -> None:
    chart = TrendChart("Stress", 0, 10, ("#336699", "#99ccff"))
    qtbot.addWidget(chart)
    points = [(TODAY - timedelta(days=n), 4.0) for n in range(days)]
    chart.set_points(points, points)
    labels = axis_labels(chart)
    assert len(labels) == len(set(labels)), labels
    assert len(labels) >= 2
