"""Insights count the days she noted each warning sign in the last four weeks, calmly."""

import pytest

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.insights.support import add_entries, days_ago, open_journal_tab
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import WARNING_SIGN
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")


def sign_ids(vault_dir, *names: str) -> list[str]:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        found = [vault.care_items.find(WARNING_SIGN, name) for name in names]
    return [item.id for item in found if item is not None]


def test_the_days_she_noted_each_sign(qtbot, window, ui_vault_dir) -> None:
    sleeping, numb = sign_ids(ui_vault_dir, "Trouble sleeping", "Feeling numb")
    add_entries(
        ui_vault_dir,
        [
            EntryInput(days_ago(1), stress=5, item_ids=(sleeping,)),
            EntryInput(days_ago(1, hour=21), stress=6, item_ids=(sleeping,)),  # same day
            EntryInput(days_ago(4), stress=4, item_ids=(sleeping, numb)),
            EntryInput(days_ago(50), stress=7, item_ids=(numb,)),  # before the four weeks
        ],
    )
    page = open_journal_tab(qtbot, window, "insights")
    qtbot.waitUntil(page.sign_table.isVisible, timeout=WORKER_TIMEOUT_MS)

    assert page.sign_table.row_texts() == [["Trouble sleeping", "2"], ["Feeling numb", "1"]]
    assert "28 days" in page.signs_note.text()
    assert not page.no_signs.isVisible()


def test_no_sign_noted_says_so_plainly(qtbot, window, ui_vault_dir) -> None:
    add_entries(ui_vault_dir, [EntryInput(days_ago(2), stress=3)])
    page = open_journal_tab(qtbot, window, "insights")
    qtbot.waitUntil(page.no_signs.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.sign_table.isVisible()
    assert page.no_signs.text() == (
        "You have not noted any of your warning signs in the last 28 days."
    )
