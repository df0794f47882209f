"""The debrief home and trash follow debriefs changed elsewhere (later: sync)."""

import pytest

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.debrief.support import open_page
from tests.ui.journal.support import run
from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.vault import Vault

pytestmark = pytest.mark.usefixtures("existing_vault")


def _create(vault: Vault) -> str:
    template = builtin_template("after-incident")
    assert template is not None
    return vault.debriefs.create(record.debrief_input(record.start(template), "en")).id


def test_a_debrief_made_elsewhere_shows_on_the_home_page(qtbot, window) -> None:
    page = open_page(qtbot, window)
    assert page.home.rows == []

    made = run(qtbot, window, _create)  # no page asked for it
    qtbot.waitUntil(
        lambda: [row.summary.id for row in page.home.rows] == [made], timeout=WORKER_TIMEOUT_MS
    )

    run(qtbot, window, lambda vault: vault.debriefs.delete(made))
    qtbot.waitUntil(lambda: page.home.rows == [], timeout=WORKER_TIMEOUT_MS)
