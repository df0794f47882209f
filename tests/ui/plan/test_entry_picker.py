"""Choosing someone from the directory for her emergency people: the newest search wins."""

import pytest

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.insights.support import wait_idle
from wellbeing_desk.ui.plan.entry_picker import EntryPickerDialog
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import DirectoryEntryInput


@pytest.fixture
def people(ui_vault_dir, existing_vault) -> None:
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        for name in ("Amaranta Ruiz", "Beatriz Ocampo", "Amalia Torres"):
            vault.directory.add(DirectoryEntryInput(name=name))


def test_typing_narrows_the_list_to_the_newest_search(qtbot, people, window) -> None:
    unlock(qtbot, window)
    dialog = EntryPickerDialog(window.worker, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.results.count() >= 3, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(dialog.search, "ama")  # three searches on the way; only the last shows
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            {dialog.results.item(i).text() for i in range(dialog.results.count())}
            == {"Amaranta Ruiz", "Amalia Torres"}
        ),
        timeout=WORKER_TIMEOUT_MS,
    )
    dialog.results.setCurrentRow(0)
    chosen = dialog.chosen()
    assert chosen is not None
