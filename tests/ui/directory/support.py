"""Helpers for the directory tests: entries written straight into the vault."""

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_section, settle_search
from wellbeing_desk.ui.directory.model import SummaryRole
from wellbeing_desk.ui.directory.page import DirectoryPage
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput


def add_directory(vault_dir: Path, entries: Iterable[DirectoryEntryInput]) -> list[str]:
    """Write entries into the locked vault before a window opens it; returns their ids."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return [vault.directory.add(entry) for entry in entries]


PSYCHOLOGIST = DirectoryEntryInput(
    name="Psicóloga Ana Ruiz",
    kind="person",
    organisation="Consultorio Ruiz",
    description="Counselling for activists after detention.",
    categories=("counselling", "trauma_care"),
    languages=("es",),
    regions=("MX",),
    contacts=(
        ContactMethod("phone", "+52 55 1234 5678", "office"),
        ContactMethod("email", "ana@example.org"),
        ContactMethod("website", "https://example.org/ana"),
    ),
    secure_route="Signal first, then a call.",
    hours="Mon–Fri 9–17",
    time_zone="America/Mexico_City",
    cost="sliding_scale",
    who_qualifies="Human rights defenders and their families.",
    experienced_with_defenders="yes",
    last_checked=date(2024, 5, 2),
    safety_notes="Do not name the organisation on the phone.",
    notes="Recommended by Lucía.",
)
LEGAL = DirectoryEntryInput(
    name="Legal Aid Dublin",
    kind="organisation",
    categories=("legal_support",),
    languages=("en", "ga"),
    regions=("IE",),
    contacts=(ContactMethod("phone", "+353 1 555 0100"),),
    favourite=True,
)
HOTLINE = DirectoryEntryInput(
    name="Digital Help Line",
    kind="hotline",
    categories=("digital_security",),
    languages=("en", "es", "pt-BR"),
    regions=("worldwide",),
    contacts=(ContactMethod("signal", "@helpline.01"),),
)


def directory_page(window: MainWindow) -> DirectoryPage:
    page = window.workspace.pages["directory"]
    assert isinstance(page, DirectoryPage)
    return page


def settle(qtbot, window: MainWindow, page: DirectoryPage) -> None:
    """Wait until the search has run and every answer has arrived."""
    settle_search(qtbot, window, page.filters._timer, page.model)


def open_directory(qtbot, window: MainWindow) -> DirectoryPage:
    """Unlock, show the Directory and wait for the list (and the first entry's detail)."""
    page = directory_page(window)
    open_section(qtbot, window, "directory", page.view.isVisible)
    settle(qtbot, window, page)
    return page


def names(page: DirectoryPage) -> list[str]:
    return [page.model.index(row, 0).data(SummaryRole).name for row in range(page.model.rowCount())]
