"""Helpers for the journal's insights, plan and export tests: data in, a window open."""

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import EntryInput

TODAY = date.today()


def days_ago(n: int, hour: int = 9) -> datetime:
    return datetime.combine(TODAY - timedelta(days=n), time(hour))


def add_entries(vault_dir: Path, entries: list[EntryInput]) -> None:
    """Write entries straight into the (locked) vault, before the window opens it."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        for entry in entries:
            vault.journal.add(entry)


def activity_ids(vault_dir: Path, *names: str) -> list[str]:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        found = [vault.care_items.find(ACTIVITY, name) for name in names]
    assert all(found)
    return [item.id for item in found if item is not None]


def twenty_days(vault_dir: Path) -> None:
    """20 days ending today, one check-in a day; a second one on day 5; no stress on day 7.

    "Rest" on even days, "Nature" once (day 3). Day i is ``19 - i`` days ago.
    """
    rest, nature = activity_ids(vault_dir, "Rest", "Nature")
    entries = []
    for i in range(20):
        items = (rest,) if i % 2 == 0 else ()
        if i == 3:
            items += (nature,)
        stress = None if i == 7 else i % 11
        entries.append(EntryInput(days_ago(19 - i), stress=stress, mood=1 + i % 5, item_ids=items))
    entries.append(EntryInput(days_ago(19 - 5, hour=20), stress=9, item_ids=(rest,)))
    add_entries(vault_dir, entries)


def open_journal_tab(qtbot, window: MainWindow, tab: str) -> QWidget:
    """Unlock, go to Journal and show ``tab`` ("insights" or "plan"); returns that page."""
    unlock(qtbot, window)
    section = window.workspace.pages["journal"]
    section.show_tab(tab)  # type: ignore[attr-defined]
    page = getattr(section, tab)
    qtbot.waitUntil(page.isVisible, timeout=WORKER_TIMEOUT_MS)
    return page


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
