"""The insights page: charts from the journal, the two tables, clearing on lock, PNG export."""

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.insights.support import (
    TODAY,
    add_entries,
    days_ago,
    open_journal_tab,
    twenty_days,
    wait_idle,
)
from wellbeing_desk.ui.export import image as image_module
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_charts_and_tables_show_the_journal(qtbot, window, ui_vault_dir) -> None:
    twenty_days(ui_vault_dir)
    add_entries(ui_vault_dir, [EntryInput(days_ago(200), stress=3, mood=3)])  # outside 3 months
    page = open_journal_tab(qtbot, window, "insights")
    stress, mood = page.stress_chart, page.mood_chart

    # 20 days; day 7 has no stress. Every day has a 7-day average of both.
    qtbot.waitUntil(lambda: stress.daily.count() == 19, timeout=WORKER_TIMEOUT_MS)
    assert (stress.average.count(), mood.daily.count(), mood.average.count()) == (20, 20, 20)
    assert page.details.isVisible() and not page.empty_label.isVisible()
    assert "20 days" in page.summary.text()
    # Day 5 had two check-ins: stress 5 and 9, so the day's point is their mean, 7.
    values = {round(p.y(), 2) for p in stress.daily.points()}
    assert 7.0 in values

    rows = page.activity_table.row_texts()
    assert [row[0] for row in rows] == ["Rest", "Nature"]  # enough days first
    assert rows[0][3] in {"Lower stress the next day", "Higher stress the next day",
                          "About the same"}  # fmt: skip
    assert "too few days to say" in rows[1][1]
    assert rows[1][3] == "Too few days to say"

    weeks = {(TODAY - timedelta(days=n)).isocalendar()[:2] for n in range(20)}
    assert len(page.week_table.row_texts()) == len(weeks)

    # "Everything" brings in the old check-in.
    page.period.setCurrentIndex(page.period.count() - 1)
    qtbot.waitUntil(lambda: stress.daily.count() == 20, timeout=WORKER_TIMEOUT_MS)
    assert len(page.week_table.row_texts()) == len(weeks) + 1


def test_lock_drops_every_point_row_and_sentence(qtbot, window, ui_vault_dir) -> None:
    twenty_days(ui_vault_dir)
    page = open_journal_tab(qtbot, window, "insights")
    qtbot.waitUntil(lambda: page.stress_chart.daily.count() == 19, timeout=WORKER_TIMEOUT_MS)

    window.lock()
    for chart in (page.stress_chart, page.mood_chart):
        assert chart.daily.count() == 0 and chart.average.count() == 0
        assert chart.accessibleDescription() == ""
    assert page.activity_table.model_.rowCount() == 0
    assert page.week_table.model_.rowCount() == 0
    assert page.summary.text() == ""
    wait_idle(qtbot, window)
    assert page.stress_chart.daily.count() == 0  # nothing read before the lock came back


def test_an_empty_journal_says_so_calmly(qtbot, window) -> None:
    page = open_journal_tab(qtbot, window, "insights")
    wait_idle(qtbot, window)
    assert page.empty_label.isVisible()
    assert not page.details.isVisible()


def test_chart_image_is_written_atomically_after_the_warning(
    qtbot, window, ui_vault_dir, tmp_path: Path, monkeypatch
) -> None:
    twenty_days(ui_vault_dir)
    page = open_journal_tab(qtbot, window, "insights")
    qtbot.waitUntil(lambda: page.stress_chart.daily.count() == 19, timeout=WORKER_TIMEOUT_MS)
    folder = tmp_path / "outside"
    folder.mkdir()
    target = folder / "charts.png"
    monkeypatch.setattr(
        image_module, "ask_save_path", lambda *args, **_: args[5](target)
    )  # the file dialog: she picks ``target``

    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(page.save_image_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, window)

    assert "not be encrypted" in MessageBox.shown_texts[0]
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["charts.png"]  # no temporary file left
    assert "charts.png" in page.status.text()


def test_refusing_the_warning_writes_nothing(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    page = open_journal_tab(qtbot, window, "insights")

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("no file dialog after a refusal")

    monkeypatch.setattr(image_module, "ask_save_path", never)
    MessageBox.set_next_answer(Button.No)
    page.save_chart_image()
    wait_idle(qtbot, window)
    assert len(MessageBox.shown_texts) == 1
    assert not list(tmp_path.rglob("*.png"))


def test_a_failed_image_write_leaves_nothing_and_says_so_once(
    qtbot, window, ui_vault_dir, tmp_path: Path, monkeypatch
) -> None:
    twenty_days(ui_vault_dir)
    page = open_journal_tab(qtbot, window, "insights")
    qtbot.waitUntil(lambda: page.stress_chart.daily.count() == 19, timeout=WORKER_TIMEOUT_MS)
    folder = tmp_path / "outside"
    (folder / "a folder.png").mkdir(parents=True)  # the chosen "file" is a folder
    monkeypatch.setattr(
        image_module, "ask_save_path", lambda *args, **_: args[5](folder / "a folder.png")
    )
    MessageBox.set_next_answer(Button.Yes)
    MessageBox.set_next_answer(Button.Ok)
    page.save_chart_image()
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 2, timeout=WORKER_TIMEOUT_MS)
    assert "nothing was written" in MessageBox.shown_texts[1]
    assert [p.name for p in folder.rglob("*")] == ["a folder.png"]


def test_every_control_has_an_accessible_name(qtbot, window) -> None:
    page = open_journal_tab(qtbot, window, "insights")
    for widget in (
        page.period,
        page.export_button,
        page.save_image_button,
        page.activity_table,
        page.week_table,
        page.stress_chart,
        page.mood_chart,
    ):
        assert widget.accessibleName()  # fmt: skip
