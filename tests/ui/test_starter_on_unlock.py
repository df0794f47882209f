"""Unlocking loads the shipped starter directory once, before the pages read the vault."""

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.directory.starter import load_starter
from wellbeing_desk.vault.directory import DirectoryFilter


def test_unlock_loads_the_starter_directory(qtbot, make_window, existing_vault) -> None:
    window = make_window(starter=True)
    unlock(qtbot, window)
    counts: list[int] = []
    window.worker.submit(lambda vault: vault.directory.count(DirectoryFilter()), counts.append)
    qtbot.waitUntil(lambda: counts == [len(load_starter().entries)], timeout=WORKER_TIMEOUT_MS)
