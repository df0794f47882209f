"""First run and unlocking, driven by typing and clicking as a person would."""

import json

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.layout import VaultLayout

STRONG = "tangerine harbour whistles slowly"
WEAK = "password123"  # above the 10-character floor, so she may insist


def type_new_passphrase(qtbot, page, first: str, second: str | None = None) -> None:
    qtbot.keyClicks(page.passphrase.edit, first)
    qtbot.keyClicks(page.repeat.edit, first if second is None else second)


def test_first_run_creates_a_vault_by_typing(qtbot, window, ui_vault_dir) -> None:
    assert window.state == "create"
    assert window.stack.currentWidget() is window.create_page
    type_new_passphrase(qtbot, window.create_page, STRONG)
    assert window.create_page.create_button.isEnabled()
    with qtbot.waitSignal(window.vault_created, timeout=WORKER_TIMEOUT_MS):
        qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked")
    # One gentle, skippable step first: who would she reach in a hard moment?
    assert window.stack.currentWidget() is window.first_people_page
    qtbot.mouseClick(window.first_people_page.skip_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert window.windowTitle() == "Wellbeing Desk"
    assert VaultLayout(ui_vault_dir).exists()
    # The fields that held the new passphrase are empty again.
    assert window.create_page.passphrase.text() == ""
    assert window.create_page.repeat.text() == ""
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy)
    Vault.open(ui_vault_dir, STRONG).lock()  # the passphrase really is the one typed


def test_create_warns_that_a_lost_passphrase_cannot_be_recovered(window) -> None:
    assert "nobody can recover" in window.create_page.warning.text()


def test_mismatched_passphrases_cannot_create(qtbot, window) -> None:
    type_new_passphrase(qtbot, window.create_page, STRONG, STRONG + "x")
    assert window.create_page.mismatch.isVisible()
    assert not window.create_page.create_button.isEnabled()


def test_weak_passphrase_needs_the_explicit_override(qtbot, window, ui_vault_dir) -> None:
    page = window.create_page
    type_new_passphrase(qtbot, page, WEAK)
    assert page.meter.strength.weak
    assert page.override.isVisible()
    assert not page.create_button.isEnabled()
    qtbot.keyClick(page.repeat.edit, Qt.Key.Key_Return)  # Enter does not get around it
    assert window.state == "create"
    assert not VaultLayout(ui_vault_dir).exists()

    qtbot.mouseClick(page.override, Qt.MouseButton.LeftButton)
    assert page.override.isChecked()
    assert page.create_button.isEnabled()
    # Changing the passphrase withdraws the consent.
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Backspace)
    assert not page.override.isChecked()
    qtbot.keyClicks(page.passphrase.edit, WEAK[-1])
    page.override.setChecked(True)
    with qtbot.waitSignal(window.unlocked, timeout=WORKER_TIMEOUT_MS):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def test_below_ten_characters_there_is_no_override(qtbot, window, ui_vault_dir) -> None:
    page = window.create_page
    type_new_passphrase(qtbot, page, "abc")
    assert page.meter.strength.too_short
    assert not page.override.isVisible()
    assert "at least 10 characters" in page.meter.label.text()
    page.override.setChecked(True)  # even if it could be ticked, it would not count
    assert not page.can_create()
    assert not page.create_button.isEnabled()
    qtbot.keyClick(page.repeat.edit, Qt.Key.Key_Return)
    assert window.state == "create"
    assert not VaultLayout(ui_vault_dir).exists()
    assert page.refusal.isVisible()
    assert "at least 10 characters" in page.refusal.text()


def test_enter_on_a_refused_passphrase_says_why(qtbot, window, ui_vault_dir) -> None:
    page = window.create_page
    type_new_passphrase(qtbot, page, WEAK)
    assert not page.refusal.isVisible()  # nothing said before she tries
    qtbot.keyClick(page.repeat.edit, Qt.Key.Key_Return)
    assert window.state == "create"
    assert page.refusal.isVisible()
    reason = page.refusal.text()
    assert "weak" in reason.lower()
    assert "anyway" in reason  # what she can do about it
    assert page.repeat.edit.accessibleDescription() == reason  # read out where she is
    assert WEAK not in reason
    # Changing anything takes the old reason away.
    qtbot.keyClicks(page.repeat.edit, "x")
    assert not page.refusal.isVisible()
    assert page.repeat.edit.accessibleDescription() == ""
    # A mismatch is also said, not silently ignored.
    qtbot.keyClick(page.repeat.edit, Qt.Key.Key_Return)
    assert page.refusal.isVisible()
    assert "not the same" in page.refusal.text()
    assert not VaultLayout(ui_vault_dir).exists()


def test_strong_passphrase_needs_no_override(qtbot, window) -> None:
    type_new_passphrase(qtbot, window.create_page, STRONG)
    assert not window.create_page.meter.strength.weak
    assert not window.create_page.override.isVisible()


def test_create_page_is_busy_while_the_worker_creates(qtbot, window) -> None:
    type_new_passphrase(qtbot, window.create_page, STRONG)
    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    assert window.create_page.is_busy
    assert not window.create_page.passphrase.edit.isEnabled()
    assert not window.create_page.create_button.isEnabled()
    assert window.create_page.busy.isVisibleTo(window.create_page)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)


@pytest.mark.usefixtures("existing_vault")
def test_unlock_by_typing(qtbot, window) -> None:
    assert window.stack.currentWidget() is window.unlock_page
    assert window.windowTitle() == "Wellbeing Desk — Locked"
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert window.windowTitle() == "Wellbeing Desk"
    assert window.unlock_page.passphrase.text() == ""


@pytest.mark.usefixtures("existing_vault")
def test_enter_unlocks(qtbot, window) -> None:
    qtbot.keyClicks(window.unlock_page.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)


@pytest.mark.usefixtures("existing_vault")
def test_wrong_passphrase_shows_one_message_and_stays_locked(qtbot, window) -> None:
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, "not the passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.is_busy
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WORKER_TIMEOUT_MS)
    assert window.state == "locked"
    assert page.error.isVisible()
    assert "did not unlock" in page.error.text()
    assert "Traceback" not in page.error.text()
    assert page.passphrase.text() == ""
    assert page.passphrase.edit.isEnabled()
    assert page.passphrase.edit.hasFocus()
    # A second try with the right passphrase works, and the message goes away.
    unlock(qtbot, window)


def test_damaged_vault_gives_a_clear_message(qtbot, make_window, existing_vault) -> None:
    layout = VaultLayout(existing_vault)
    for header in (layout.header, layout.header_copy):  # a sound copy would open it
        header.write_bytes(b"this is not a header")
    window = make_window()
    qtbot.keyClicks(window.unlock_page.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.unlock_page.error.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "could not be read" in window.unlock_page.error.text()
    assert window.state == "locked"


def test_vault_from_a_newer_version_is_refused_calmly(qtbot, make_window, existing_vault) -> None:
    header = VaultLayout(existing_vault).header
    document = json.loads(header.read_text())
    document["format"] = 99
    header.write_text(json.dumps(document))
    window = make_window()
    qtbot.keyClicks(window.unlock_page.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.unlock_page.error.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "newer version" in window.unlock_page.error.text()


def test_vault_in_use_is_explained(qtbot, make_window, existing_vault) -> None:
    holder = Vault.open(existing_vault, PASSPHRASE)  # like the CLI holding the vault
    try:
        window = make_window()
        qtbot.keyClicks(window.unlock_page.passphrase.edit, PASSPHRASE)
        qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.unlock_page.error.isVisible, timeout=WORKER_TIMEOUT_MS)
        assert "in use" in window.unlock_page.error.text()
        assert window.state == "locked"
    finally:
        holder.lock()


def test_locking_while_creating_ends_on_the_unlock_screen(qtbot, window, ui_vault_dir) -> None:
    type_new_passphrase(qtbot, window.create_page, STRONG)
    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.vault_created, timeout=WORKER_TIMEOUT_MS):
        window.lock()  # the screen locked while the vault was being created
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert window.state == "locked"
    assert window.stack.currentWidget() is window.unlock_page
    unlock(qtbot, window, STRONG)


def test_a_vault_created_elsewhere_meanwhile_leads_to_unlock(qtbot, window, ui_vault_dir) -> None:
    type_new_passphrase(qtbot, window.create_page, STRONG)
    Vault.create(ui_vault_dir, PASSPHRASE, KdfParams.fast_for_tests()).lock()  # another window
    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.unlock_page.error.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert window.state == "locked"
    assert "already a vault" in window.unlock_page.error.text()
    unlock(qtbot, window)
