"""Follow-ups from debriefs that are due show on Today; ticking one marks it done."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, scroll_into_view, unlock
from tests.ui.journal.support import run
from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.debrief.flow import new_action
from wellbeing_desk.vault import Vault


def add_debrief(vault_dir: Path, *actions: tuple[str, date]) -> str:
    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template)
    step = next(s for s in flow.steps if s.kind == "actions")
    flow.set_answer(tuple(new_action(text, due) for text, due in actions), step.id)
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        return vault.debriefs.create(record.debrief_input(flow, "en")).id
    finally:
        vault.lock()


@pytest.fixture
def debrief_id(existing_vault: Path) -> str:
    today = date.today()
    return add_debrief(
        existing_vault,
        ("Call my sister", today - timedelta(days=2)),
        ("Walk by the river", today),
        ("Not yet", today + timedelta(days=3)),
    )


def test_due_follow_ups_show_and_can_be_ticked_off(qtbot, debrief_id: str, window) -> None:
    unlock(qtbot, window)
    card = window.workspace.pages["today"].follow_ups
    qtbot.waitUntil(lambda: len(card.rows) == 2, timeout=WORKER_TIMEOUT_MS)
    assert card.isVisible()
    assert [r.text_label.text() for r in card.rows] == ["Call my sister", "Walk by the river"]
    assert "planned for" in card.rows[0].origin.text()
    assert "for today" in card.rows[1].origin.text()
    assert all(r.check.accessibleName() and r.open_button.accessibleName() for r in card.rows)

    box = card.rows[0].check
    qtbot.waitUntil(lambda: box.isVisible() and box.width() > 0)
    tick = QPoint(8, box.height() // 2)  # on the box itself, as a person clicks
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=tick)
    assert card.rows[0].check.isChecked()
    assert card.rows[0].text_label.font().strikeOut()
    qtbot.waitUntil(
        lambda: len(run(qtbot, window, lambda v: v.follow_ups.due(date.today()))) == 1,
        timeout=WORKER_TIMEOUT_MS,
    )
    # Ticking again (here by clicking her words) undoes it.
    qtbot.mouseClick(card.rows[0].text_label, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    qtbot.waitUntil(
        lambda: len(run(qtbot, window, lambda v: v.follow_ups.due(date.today()))) == 2,
        timeout=WORKER_TIMEOUT_MS,
    )


def test_open_asks_for_the_debrief(qtbot, debrief_id: str, window) -> None:
    unlock(qtbot, window)
    page = window.workspace.pages["today"]
    qtbot.waitUntil(lambda: len(page.follow_ups.rows) == 2, timeout=WORKER_TIMEOUT_MS)
    scroll_into_view(page.follow_ups.rows[1].open_button)
    with qtbot.waitSignal(page.open_source_requested) as signal:
        qtbot.mouseClick(page.follow_ups.rows[1].open_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["debrief", debrief_id]


def test_nothing_due_means_no_card_and_lock_forgets(qtbot, existing_vault: Path, window) -> None:
    add_debrief(existing_vault, ("Later", date.today() + timedelta(days=1)))
    unlock(qtbot, window)
    page = window.workspace.pages["today"]
    qtbot.waitUntil(lambda: bool(page.checkin.activities.chips()), timeout=WORKER_TIMEOUT_MS)
    qtbot.wait(50)
    assert not page.follow_ups.isVisible()
    assert page.follow_ups.rows == []


def test_lock_clears_the_card(qtbot, debrief_id: str, window) -> None:
    unlock(qtbot, window)
    card = window.workspace.pages["today"].follow_ups
    qtbot.waitUntil(lambda: len(card.rows) == 2, timeout=WORKER_TIMEOUT_MS)
    window.lock()
    assert card.rows == []
    assert not card.isVisible()


def test_open_shows_the_debrief_it_came_from(qtbot, debrief_id: str, window) -> None:
    unlock(qtbot, window)
    page = window.workspace.pages["today"]
    qtbot.waitUntil(lambda: len(page.follow_ups.rows) == 2, timeout=WORKER_TIMEOUT_MS)
    scroll_into_view(page.follow_ups.rows[0].open_button)
    qtbot.mouseClick(page.follow_ups.rows[0].open_button, Qt.MouseButton.LeftButton)
    debrief = window.workspace.pages["debrief"]
    qtbot.waitUntil(
        lambda: window.workspace.current_section() == "debrief", timeout=WORKER_TIMEOUT_MS
    )
    qtbot.waitUntil(
        lambda: debrief.stack.currentWidget() is debrief.wizard, timeout=WORKER_TIMEOUT_MS
    )
