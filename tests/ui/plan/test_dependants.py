"""Who looks after the people who depend on her: in her plan, from a debrief step, in Ctrl+R."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.debrief.support import click, go_to, show_page, start
from tests.ui.insights.support import open_journal_tab, wait_idle
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.plan.person_dialog import PersonDialog
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod

pytestmark = [
    pytest.mark.usefixtures("existing_vault"),
    pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints"),
]


def _rows(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_her_words_and_a_carer_are_kept_apart_from_her_people(
    qtbot, window: MainWindow, ui_vault_dir: Path
) -> None:
    page = open_journal_tab(qtbot, window, "plan")
    carers = page.carers
    qtbot.waitUntil(carers.add_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not page.edits["dependants"].isReadOnly(), timeout=WORKER_TIMEOUT_MS)
    with qtbot.waitSignal(page.saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClicks(page.edits["dependants"], "Lucia: school until 2")

    carers.add_person()
    dialog = carers.findChild(PersonDialog)
    assert dialog is not None and not dialog.role.isVisible()  # no role to choose here
    QTest.keyClicks(dialog.name, "Rosa")
    QTest.keyClicks(dialog.contacts["phone"], "555 0101")
    QTest.keyClick(dialog.contacts["phone"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: carers.carers.count() == 1, timeout=WORKER_TIMEOUT_MS)
    assert _rows(carers.carers)[0].startswith("Rosa · ") and "555 0101" in _rows(carers.carers)[0]
    assert page.emergency.people.count() == 0  # not one of her people for a hard moment

    window.lock()
    wait_idle(qtbot, window)
    assert carers.carers.count() == 0  # nothing kept while locked
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        assert vault.care_plan.get()["dependants"] == "Lucia: school until 2"
        assert [(c.name, c.role) for c in vault.emergency.list()] == [("Rosa", "carer")]


def test_a_debrief_step_opens_that_part_of_her_plan(qtbot, window: MainWindow) -> None:
    unlock(qtbot, window)
    show_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    assert not wizard.dependants_button.isVisible()  # only where the step asks about it
    go_to(qtbot, wizard, "urgent-help")
    assert wizard.dependants_button.isVisible()
    assert wizard.dependants_button.text().startswith("&Who looks after the people")

    click(qtbot, wizard.dependants_button)

    plan = window.workspace.pages["journal"].plan
    qtbot.waitUntil(plan.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plan.edits["dependants"])


def test_reach_someone_shows_a_carer_after_her_people(
    qtbot, window: MainWindow, ui_vault_dir: Path
) -> None:
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        vault.emergency.add_person("Rosa", [ContactMethod("phone", "1")], role="carer")
        vault.emergency.add_person("Ana", [ContactMethod("phone", "2")])
    unlock(qtbot, window)
    dialog = window.open_reach_someone()
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.picker.rows) >= 2, timeout=WORKER_TIMEOUT_MS)
    about = [row.about for row in dialog.picker.rows[:2]]
    assert about == [
        "Your person for an emergency",
        "Would look after the people who depend on you",
    ]
    assert not dialog.empty_note.isVisible()
