"""Helpers for the debrief tests: open the page, start a template, read the vault."""

from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.journal.support import idle
from wellbeing_desk.debrief.record import resume
from wellbeing_desk.debrief.record import start as start_flow
from wellbeing_desk.debrief.templates import Template
from wellbeing_desk.ui.debrief.page import DebriefPage
from wellbeing_desk.ui.debrief.wizard import DebriefWizard
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.debriefs import Debrief


def debrief_page(window: MainWindow) -> DebriefPage:
    page = window.workspace.pages["debrief"]
    assert isinstance(page, DebriefPage)
    return page


def show_page(qtbot, window: MainWindow) -> DebriefPage:
    """The Debrief section of an unlocked window, with its templates loaded."""
    window.workspace.show_section("debrief")
    page = debrief_page(window)
    qtbot.waitUntil(lambda: bool(page.home.cards), timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    return page


def open_page(qtbot, window: MainWindow) -> DebriefPage:
    unlock(qtbot, window)
    return show_page(qtbot, window)


def start(qtbot, window: MainWindow, template_id: str, include_event: bool | None = None):
    """Press Start on a template's card; returns the wizard."""
    page = debrief_page(window)
    (card,) = [c for c in page.home.cards if c.choice.template.id == template_id]
    if include_event is not None:
        card.include_event.setChecked(include_event)
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.wizard.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    return page.wizard


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def step_id(wizard: DebriefWizard) -> str:
    assert wizard.session is not None
    return wizard.session.flow.current.id


def go_to(qtbot, wizard: DebriefWizard, wanted: str) -> None:
    """Skip forward until the step ``wanted`` shows."""
    for _ in range(70):
        if step_id(wizard) == wanted:
            return
        click(qtbot, wizard.skip_button)
    raise AssertionError(f"no step {wanted}")


def every_step(template: Template) -> list[str]:
    """The ids of every step of a debrief with the event's questions, in the order asked."""
    return [step.id for step in start_flow(template, include_event_steps=True).steps]


def stored(vault_dir: Path) -> list[Debrief]:
    """Every live debrief in the vault, read beside the app (which may have it open)."""
    with Vault.open_for_reading(vault_dir, PASSPHRASE) as vault:
        found = [vault.debriefs.get(s.id) for s in vault.debriefs.summaries()]
    return [d for d in found if d is not None]


def stored_answers(vault_dir: Path) -> dict[str, object]:
    (only,) = stored(vault_dir)
    return resume(only).answers()
