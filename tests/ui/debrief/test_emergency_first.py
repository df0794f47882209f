"""The not-safe and high-distress panels list her own emergency people first, with a number."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.conftest import PASSPHRASE
from tests.ui.debrief.support import click, open_page, start, step_id
from tests.ui.debrief.test_safety import PSYCHOLOGIST, choose, rate
from tests.ui.directory.support import add_directory
from tests.ui.journal.support import idle
from wellbeing_desk.ui.application import install_translators
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod

pytestmark = pytest.mark.usefixtures("existing_vault")
PHONE = {"en": "Phone", "es": "Teléfono"}


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _her_people(vault_dir: Path) -> None:
    add_directory(vault_dir, [PSYCHOLOGIST])
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.emergency.add_person("Marta", [ContactMethod("phone", "+52 55 0000 1111")])
        vault.emergency.add_person("Luis", [ContactMethod("phone", "+52 55 0000 2222")])


def _people(wizard) -> list[str]:
    buttons = wizard.support.people.findChildren(QPushButton)
    return [b.text() for b in buttons if b.isVisible()]


def test_not_safe_lists_her_people_first(qtbot, window, ui_vault_dir, language: str) -> None:
    _her_people(ui_vault_dir)
    open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    assert step_id(wizard) == "safe-now"
    choose(qtbot, wizard, "no")
    click(qtbot, wizard.next_button)
    idle(qtbot, window)
    people = _people(wizard)
    assert people[:2] == [
        f"Marta · {PHONE[language]}: +52 55 0000 1111",
        f"Luis · {PHONE[language]}: +52 55 0000 2222",
    ]
    assert any(text.startswith("Psicóloga Ana Ruiz") for text in people[2:])
    assert not wizard.support.starter_note.isVisible()  # her own people are shown


def test_high_distress_lists_her_people_first(qtbot, window, ui_vault_dir, language: str) -> None:
    _her_people(ui_vault_dir)
    open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    rate(qtbot, wizard, "9")
    click(qtbot, wizard.next_button)
    idle(qtbot, window)
    assert wizard.support.isVisible()
    people = _people(wizard)
    assert people[0] == f"Marta · {PHONE[language]}: +52 55 0000 1111"
    assert people[1] == f"Luis · {PHONE[language]}: +52 55 0000 2222"
