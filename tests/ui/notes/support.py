"""Helpers for the notes tests: notes written straight into the vault, and waiting."""

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_section, settle_search
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.notes.model import SummaryRole
from wellbeing_desk.ui.notes.page import NotesPage
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT
from wellbeing_desk.vault.notes import NoteInput

START = date(2024, 1, 1)


def add_notes(vault_dir: Path, notes: Iterable[NoteInput]) -> list[str]:
    """Write notes into the locked vault before a window opens it; returns their ids."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return vault.notes.add_many(list(notes))


def numbered_notes(count: int) -> list[NoteInput]:
    """``count`` notes a day apart; note ``i`` is titled "Note number i"."""
    return [
        NoteInput(title=f"Note number {i}", occurred_on=START + timedelta(days=i), body=f"body {i}")
        for i in range(count)
    ]


def context_ids(vault_dir: Path) -> dict[str, str]:
    """Starter key -> id of her note contexts."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        items = vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True)
    return {item.starter_key or item.id: item.id for item in items}


def notes_page(window: MainWindow) -> NotesPage:
    page = window.workspace.pages["notes"]
    assert isinstance(page, NotesPage)
    return page


def settle(qtbot, window: MainWindow, page: NotesPage) -> None:
    """Wait until the search has run and every answer has arrived."""
    settle_search(qtbot, window, page.filters._search_timer, page.model)


def open_notes(qtbot, window: MainWindow) -> NotesPage:
    """Unlock, show the Notes section and wait for the first page."""
    page = notes_page(window)
    open_section(qtbot, window, "notes", page.browse.isVisible)
    settle(qtbot, window, page)
    return page


def titles(page: NotesPage) -> list[str]:
    """The titles in the order the list shows them (through the sorting proxy)."""
    proxy = page.list.proxy
    return [proxy.index(row, 0).data(SummaryRole).title for row in range(proxy.rowCount())]
