"""The "Open now" box narrows the list, and the detail says open or closed (a fixed clock)."""

from datetime import UTC, datetime

import pytest

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import PSYCHOLOGIST, add_directory, names, open_directory, settle
from wellbeing_desk.directory import opening_hours
from wellbeing_desk.vault.directory_types import DirectoryEntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")

ALWAYS = DirectoryEntryInput(
    name="Always Open Line", kind="hotline", hours="Mo-Su 00:00-24:00", time_zone="UTC"
)
MONDAY_MINUTE = DirectoryEntryInput(
    name="Monday Minute Office", hours="Mo 00:00-00:01", time_zone="Europe/Madrid"
)
WEDNESDAY_NOON = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)
MONDAY_MIDNIGHT_MADRID = datetime(2026, 5, 31, 22, 0, 30, tzinfo=UTC)  # Mon 00:00:30 there


@pytest.fixture
def open_clock(monkeypatch):
    moment = [WEDNESDAY_NOON]
    monkeypatch.setattr(opening_hours, "now", lambda: moment[0])
    return moment


@pytest.fixture
def directory(qtbot, window, ui_vault_dir, open_clock):
    ids = add_directory(ui_vault_dir, [ALWAYS, MONDAY_MINUTE, PSYCHOLOGIST])
    page = open_directory(qtbot, window)
    return page, dict(zip(("always", "monday", "psychologist"), ids, strict=True))


def test_the_box_keeps_only_entries_known_to_be_open(qtbot, window, directory, open_clock) -> None:
    page, _ = directory
    box = page.filters.open_now
    assert box.text() == "Open now"
    assert box.accessibleName() == "Show only those open now"
    everyone = ["Always Open Line", "Monday Minute Office", "Psicóloga Ana Ruiz"]
    assert names(page) == everyone

    box.setChecked(True)
    settle(qtbot, window, page)
    assert names(page) == ["Always Open Line"]  # free-text hours are unknown, so left out
    assert page.model.total == 1
    assert page.filters.filters_active()

    open_clock[0] = MONDAY_MIDNIGHT_MADRID
    page.filters.changed.emit()
    settle(qtbot, window, page)
    assert names(page) == ["Always Open Line", "Monday Minute Office"]

    page.filters.search.setText("psicologa")
    settle(qtbot, window, page)
    assert names(page) == []
    assert page.list_stack.currentWidget() is page.empty_label
    assert "Nothing matches" in page.empty_label.text()

    page.filters.search.setText("")
    page.filters.reset_button.click()
    settle(qtbot, window, page)
    assert not box.isChecked()
    assert names(page) == everyone


def test_the_detail_says_open_or_closed(qtbot, window, directory, open_clock) -> None:
    page, ids = directory
    d = page.detail

    def show(key: str, name: str) -> None:
        page.select_id(ids[key])
        qtbot.waitUntil(lambda: d.name.text() == name, timeout=WORKER_TIMEOUT_MS)

    show("always", "Always Open Line")
    assert d.fields["hours"].text() == "Mo-Su 00:00-24:00"
    assert d.open_state.text() == "Open now"
    assert d.open_state.accessibleName() == "Open now"
    assert d.form.isRowVisible(d.open_state)

    show("monday", "Monday Minute Office")
    assert d.open_state.text() == "Closed now"
    assert d.form.isRowVisible(d.open_state)

    show("psychologist", "Psicóloga Ana Ruiz")
    assert d.fields["hours"].text() == "Mon–Fri 9–17"
    assert d.open_state.text() == ""
    assert not d.form.isRowVisible(d.open_state)

    open_clock[0] = MONDAY_MIDNIGHT_MADRID
    show("monday", "Monday Minute Office")
    assert d.open_state.text() == "Open now"

    window.lock()
    assert d.open_state.text() == ""
    assert not d.form.isRowVisible(d.open_state)
