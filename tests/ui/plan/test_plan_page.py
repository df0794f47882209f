"""My self-care plan: typed like a person, saved through the worker, kept across locks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.insights.support import open_journal_tab, wait_idle
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_plan import ALL_SECTIONS

pytestmark = pytest.mark.usefixtures("existing_vault")


def stored_plan(vault_dir) -> dict[str, str]:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return vault.care_plan.get()


def ready(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.edits["warning_signs"].isReadOnly(), timeout=WORKER_TIMEOUT_MS)


def test_typing_is_saved_a_moment_later(qtbot, window, ui_vault_dir) -> None:
    page = open_journal_tab(qtbot, window, "plan")
    ready(qtbot, page)
    with qtbot.waitSignal(page.saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClicks(page.edits["what_helps"], "A long walk by the river")
        assert page.pending  # waiting for her to pause
    assert page.status.text() == "Saved in your vault."

    window.lock()
    wait_idle(qtbot, window)
    assert stored_plan(ui_vault_dir)["what_helps"] == "A long walk by the river"


def test_lock_saves_what_is_not_saved_yet_and_empties_the_page(qtbot, window, ui_vault_dir) -> None:
    page = open_journal_tab(qtbot, window, "plan")
    ready(qtbot, page)
    qtbot.keyClicks(page.edits["people"], "Ana, Signal")
    qtbot.keyClicks(page.edits["boundaries"], "No calls after nine")
    assert page.pending
    window.lock()  # before the save timer fires
    assert all(edit.toPlainText() == "" for edit in page.edits.values())
    assert all(edit.isReadOnly() for edit in page.edits.values())
    assert not page.edits["people"].document().isUndoAvailable()
    wait_idle(qtbot, window)
    plan = stored_plan(ui_vault_dir)
    assert (plan["people"], plan["boundaries"]) == ("Ana, Signal", "No calls after nine")


def test_the_plan_survives_lock_and_unlock(qtbot, window) -> None:
    page = open_journal_tab(qtbot, window, "plan")
    ready(qtbot, page)
    texts = {section: f"My words for {section}\nsecond line" for section in ALL_SECTIONS}
    for section, text in texts.items():
        page.edits[section].setFocus()
        qtbot.keyClicks(page.edits[section], text.replace("\n", " "))
    window.lock()
    wait_idle(qtbot, window)

    unlock(qtbot, window)
    ready(qtbot, page)
    assert {s: e.toPlainText() for s, e in page.edits.items()} == {
        s: t.replace("\n", " ") for s, t in texts.items()
    }
    assert not page.pending  # loading is not a change


def test_an_empty_box_never_overwrites_the_stored_plan_while_loading(
    qtbot, window, ui_vault_dir
) -> None:
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        vault.care_plan.set("keeps_me_going", "My daughter")
    page = open_journal_tab(qtbot, window, "plan")
    ready(qtbot, page)
    assert page.edits["keeps_me_going"].toPlainText() == "My daughter"
    window.lock()
    wait_idle(qtbot, window)
    assert stored_plan(ui_vault_dir)["keeps_me_going"] == "My daughter"


def test_keyboard_moves_through_the_sections_and_every_box_is_named(qtbot, window) -> None:
    page = open_journal_tab(qtbot, window, "plan")
    ready(qtbot, page)
    edits = list(page.edits.values())  # in screen order: the safer place, then the plan
    assert all(edit.accessibleName() and edit.accessibleDescription() for edit in edits)
    edits[0].setFocus()
    qtbot.waitUntil(edits[0].hasFocus)
    for following in edits[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert following.hasFocus()
