"""Issue 19: "What many people feel afterwards" opens from the debrief and Help, and leads to help.

From the page, "Reach someone now" (its button, or Ctrl+R as everywhere) opens
her people for an emergency on top, and "Breathe and ground" the grounding
exercise; the page stays open underneath for when she comes back.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.debrief.support import click, go_to, show_page, start, step_id
from wellbeing_desk.ui.common_reactions import STEP_ID, CommonReactionsDialog
from wellbeing_desk.ui.grounding import GroundingDialog
from wellbeing_desk.ui.help_dialog import HelpDialog
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.reach import ReachSomeoneDialog
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.directory_types import ContactMethod

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


@pytest.fixture
def vault_with_ana(ui_vault_dir: Path, fast_kdf: KdfParams) -> Path:
    vault = Vault.create(ui_vault_dir, PASSPHRASE, fast_kdf)
    vault.emergency.add_person("Ana", [ContactMethod("phone", "+52 55 1234 5678")])
    vault.lock()
    return ui_vault_dir


def shown(kind: type) -> list:
    return [w for w in visible_dialogs() if isinstance(w, kind)]


def reactions_page(qtbot) -> CommonReactionsDialog:
    qtbot.waitUntil(lambda: len(shown(CommonReactionsDialog)) == 1)
    (dialog,) = shown(CommonReactionsDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def her_people(qtbot) -> ReachSomeoneDialog:
    qtbot.waitUntil(lambda: len(shown(ReachSomeoneDialog)) == 1)
    (reach,) = shown(ReachSomeoneDialog)
    assert QApplication.activeModalWidget() is reach  # on top, nothing blocks it
    qtbot.waitUntil(lambda: bool(reach.picker.rows), timeout=WORKER_TIMEOUT_MS)
    assert reach.picker.rows[0].name == "Ana"
    return reach


def test_the_debrief_start_page_opens_it_and_its_button_reaches_her_people(
    qtbot, vault_with_ana: Path, window: MainWindow
) -> None:
    unlock(qtbot, window)
    page = show_page(qtbot, window)
    click(qtbot, page.home.reactions_button)
    dialog = reactions_page(qtbot)
    assert dialog.reach_button.accessibleName() == "Reach someone now"
    click(qtbot, dialog.reach_button)
    reach = her_people(qtbot)
    reach.reject()
    qtbot.waitUntil(lambda: not shown(ReachSomeoneDialog))
    assert dialog.isVisible()  # her page is still there when she comes back
    click(qtbot, dialog.grounding_button)
    qtbot.waitUntil(lambda: len(shown(GroundingDialog)) == 1)


def test_ctrl_r_on_the_page_opens_her_people(
    qtbot, vault_with_ana: Path, window: MainWindow
) -> None:
    unlock(qtbot, window)
    window.open_common_reactions()
    dialog = reactions_page(qtbot)
    focus = QApplication.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus)
    QTest.keyClick(focus, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    her_people(qtbot)


def test_help_opens_it(qtbot, existing_vault: Path, window: MainWindow) -> None:
    unlock(qtbot, window)
    window.show_help()
    qtbot.waitUntil(lambda: len(shown(HelpDialog)) == 1)
    (help_dialog,) = shown(HelpDialog)
    click(qtbot, help_dialog.reactions_button)
    dialog = reactions_page(qtbot)
    assert dialog.parentWidget() is help_dialog  # over Help, which stays open under it


def test_only_its_debrief_step_offers_it(qtbot, existing_vault: Path, window: MainWindow) -> None:
    unlock(qtbot, window)
    show_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    assert not wizard.reactions_button.isVisible()  # the distress rating
    go_to(qtbot, wizard, STEP_ID)
    assert wizard.reactions_button.isVisible()
    click(qtbot, wizard.reactions_button)
    reactions_page(qtbot).reject()
    qtbot.waitUntil(lambda: not shown(CommonReactionsDialog))
    click(qtbot, wizard.skip_button)
    assert step_id(wizard) != STEP_ID and not wizard.reactions_button.isVisible()


def test_it_is_only_for_an_open_vault(qtbot, existing_vault: Path, window: MainWindow) -> None:
    assert window.open_common_reactions() is None
