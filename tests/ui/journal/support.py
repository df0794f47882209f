"""Helpers for the journal and Today tests: entries written straight into the vault."""

from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.ui.journal.entries_page import EntriesPage
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import EntryInput, JournalEntry

START = datetime(2024, 3, 1, 8, 0)


def add_entries(vault_dir: Path, entries: Iterable[EntryInput]) -> list[str]:
    """Write entries into the locked vault before a window opens it; returns their ids."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return [vault.journal.add(entry) for entry in entries]


def numbered_entries(count: int) -> list[EntryInput]:
    """``count`` entries an hour apart; entry ``i`` says "entry number i"."""
    return [
        EntryInput(START + timedelta(hours=i), stress=i % 11, body=f"entry number {i}")
        for i in range(count)
    ]


def activity_id(vault_dir: Path, name: str) -> str:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        item = vault.care_items.find(ACTIVITY, name)
    assert item is not None
    return item.id


def read_vault(vault_dir: Path) -> list[JournalEntry]:
    """Every live entry, newest first (the window must be locked or closed)."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return list(vault.journal.entries())


def run(qtbot, window: MainWindow, op):
    """Run ``op(vault)`` on the window's worker and return its result."""
    results: list[object] = []
    errors: list[BaseException] = []
    window.worker.submit(op, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=WORKER_TIMEOUT_MS)
    if errors:
        raise errors[0]
    return results[0]


def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def entries_page(window: MainWindow) -> EntriesPage:
    return window.workspace.pages["journal"].entries  # type: ignore[attr-defined]


def open_entries(qtbot, window: MainWindow) -> EntriesPage:
    """Unlock, show Journal → Entries and wait for the first page."""
    unlock(qtbot, window)
    window.workspace.pages["journal"].show_tab("entries")  # type: ignore[attr-defined]
    page = entries_page(window)
    qtbot.waitUntil(page.list.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    return page
