"""The vault's keys in the window: change the passphrase, the recovery code, destroy."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk import paths
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.settings_store import KEY_AUTOLOCK_MINUTES
from wellbeing_desk.ui.vault_care.vault_keys import VaultKeys, keys_of
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault import Vault, WrongPassphraseError
from wellbeing_desk.vault.crockford import ALPHABET
from wellbeing_desk.vault.layout import VaultLayout

NEW = "tangerine harbour whistles slowly"
# The offscreen platform's note when a dialog's size limits change while it shows.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settled(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def open_keys(qtbot, window: MainWindow) -> VaultKeys:
    unlock(qtbot, window)
    window.workspace.show_section("settings")
    keys = keys_of(window)
    assert keys.section is not None
    qtbot.waitUntil(
        lambda: bool(keys.section.recovery_status.text().strip()), timeout=WORKER_TIMEOUT_MS
    )
    return keys


def confirm_with(qtbot, keys: VaultKeys, passphrase: str) -> None:
    dialog = keys.passphrase_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase.edit, passphrase)
    click(qtbot, dialog.ok_button)


def type_new(qtbot, fields, passphrase: str) -> None:
    qtbot.keyClicks(fields.passphrase.edit, passphrase)
    qtbot.keyClicks(fields.repeat.edit, passphrase)


def add_code(qtbot, keys: VaultKeys) -> str:
    keys.add_recovery_code()
    confirm_with(qtbot, keys, PASSPHRASE)
    qtbot.waitUntil(lambda: keys.code_dialog is not None, timeout=WORKER_TIMEOUT_MS)
    assert keys.code_dialog is not None
    return keys.code_dialog.code.text()


def forgot(qtbot, keys: VaultKeys, code: str, new: str = NEW):
    dialog = keys.open_forgot_passphrase()
    qtbot.keyClicks(dialog.code, code)
    type_new(qtbot, dialog.new, new)
    click(qtbot, dialog.action_button)
    return dialog


@pytest.mark.usefixtures("existing_vault")
def test_change_passphrase_re_keys_the_old_one_fails_the_new_one_opens(
    qtbot, window: MainWindow, ui_vault_dir: Path
) -> None:
    keys = open_keys(qtbot, window)
    assert keys.section is not None
    dialog = keys.open_change_passphrase()
    qtbot.keyClicks(dialog.current.edit, "not my passphrase at all")
    type_new(qtbot, dialog.new, NEW)
    assert dialog.new.meter.label.text()  # the strength meter speaks as she types
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "not your current passphrase" in dialog.error.text()
    assert dialog.isVisible()  # one clear error; the form stays for another try

    dialog.current.clear()
    qtbot.keyClicks(dialog.current.edit, PASSPHRASE)
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: keys.change_dialog is None, timeout=WORKER_TIMEOUT_MS)
    assert "changed" in keys.section.result.text()
    window.lock()
    settled(qtbot, window)
    with pytest.raises(WrongPassphraseError):
        Vault.open(ui_vault_dir, PASSPHRASE)
    Vault.open(ui_vault_dir, NEW).lock()


@pytest.mark.usefixtures("existing_vault")
def test_a_recovery_code_is_shown_once_caught_when_mistyped_and_sets_a_new_passphrase(
    qtbot, window: MainWindow, ui_vault_dir: Path, tmp_path: Path
) -> None:
    keys = open_keys(qtbot, window)
    assert keys.section is not None
    assert "no recovery code" in keys.section.recovery_status.text()
    shown = add_code(qtbot, keys)
    assert keys.code_dialog is not None
    label = keys.code_dialog.code
    assert "anyone with it can open your vault" in keys.code_dialog.advice.text().lower()
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # no copy
    qtbot.waitUntil(
        lambda: "has a recovery code" in keys.section.recovery_status.text(),  # type: ignore[union-attr]
        timeout=WORKER_TIMEOUT_MS,
    )
    code = shown.replace(" ", "-")
    symbols = shown.replace(" ", "")
    window.settings.set(KEY_AUTOLOCK_MINUTES, 10)  # the settings file is written now
    assert paths.settings_file().exists()
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for form in (shown, code, symbols):
            assert form.encode() not in content, path  # not in QSettings, not anywhere

    window.lock()  # the code leaves every widget
    assert label.text() == ""
    assert keys.code_dialog is None
    settled(qtbot, window)

    first = symbols[0]
    typo = ALPHABET[(ALPHABET.index(first) + 1) % len(ALPHABET)] + code[1:]
    dialog = forgot(qtbot, keys, typo)
    assert dialog.error.isVisible()  # said at once, from the check symbol
    assert "typo" in dialog.error.text()
    assert not window.worker.busy  # nothing slow was started

    dialog.code.setText(code.lower())  # case and dashes are forgiven
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: keys.forgot_dialog is None, timeout=WORKER_TIMEOUT_MS)
    assert keys.unlock_notice.isVisibleTo(window.unlock_page)
    assert "new passphrase is set" in keys.unlock_notice.text()
    with pytest.raises(WrongPassphraseError):
        Vault.open(ui_vault_dir, PASSPHRASE)
    unlock(qtbot, window, NEW)
    assert not keys.unlock_notice.isVisibleTo(window.unlock_page)


def test_removing_the_recovery_code_makes_it_open_nothing(
    qtbot, window: MainWindow, ui_vault_dir: Path, fast_kdf
) -> None:
    with Vault.create(ui_vault_dir, PASSPHRASE, fast_kdf) as vault:
        code = vault.add_recovery_code(PASSPHRASE)
    window.lock()  # the window saw no vault when it started
    keys = open_keys(qtbot, window)
    assert keys.section is not None
    assert "has a recovery code" in keys.section.recovery_status.text()
    keys.remove_recovery_code()
    confirm_with(qtbot, keys, PASSPHRASE)
    qtbot.waitUntil(
        lambda: "no recovery code" in keys.section.recovery_status.text(),  # type: ignore[union-attr]
        timeout=WORKER_TIMEOUT_MS,
    )
    assert "removed" in keys.section.result.text()
    window.lock()
    settled(qtbot, window)

    dialog = forgot(qtbot, keys, code)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "no recovery code" in dialog.error.text()
    Vault.open(ui_vault_dir, PASSPHRASE).lock()  # nothing changed


@pytest.mark.usefixtures("existing_vault")
def test_destroy_needs_two_deliberate_confirmations_and_leaves_no_vault(
    qtbot, window: MainWindow, ui_vault_dir: Path
) -> None:
    keys = open_keys(qtbot, window)
    assert keys.section is not None
    click(qtbot, keys.section.destroy_button)  # one click only opens the explanation
    dialog = keys.destroy_dialog
    assert dialog is not None
    assert "Backups you made" in dialog.limits.text()  # what it cannot reach, said first
    assert not dialog.destroy_button.isVisibleTo(dialog)
    click(qtbot, dialog.continue_button)
    assert dialog.destroy_button.isVisibleTo(dialog)
    assert not dialog.destroy_button.isEnabled()
    click(qtbot, dialog.destroy_button)  # without the word: nothing
    qtbot.keyClicks(dialog.typed, "destro")
    assert not dialog.destroy_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter does not destroy either
    assert dialog.isVisible()
    assert VaultLayout(ui_vault_dir).exists()
    assert window.state == "unlocked"

    qtbot.keyClicks(dialog.typed, "y")
    assert dialog.destroy_button.isEnabled()
    MessageBox.set_next_answer(Button.Ok)
    click(qtbot, dialog.destroy_button)
    qtbot.waitUntil(lambda: window.state == "create", timeout=WORKER_TIMEOUT_MS)
    assert not VaultLayout(ui_vault_dir).exists()
    assert window.stack.currentWidget() is window.create_page
    (said,) = MessageBox.shown_texts
    assert "destroyed" in said
    assert "did not reach" in said
    assert "Backups" in said


def test_the_offer_after_creating_a_vault_is_calm_and_skippable(qtbot, window: MainWindow) -> None:
    page = window.create_page
    type_new(qtbot, page, NEW)
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)
    assert keys_of(window).offer_dialog is None  # her people come first
    click(qtbot, window.first_people_page.skip_button)
    offer = keys_of(window).offer_dialog
    assert offer is not None
    assert offer.isVisible()
    assert not offer.isModal()
    assert "Anyone who has it can open your vault" in offer.text.text()
    click(qtbot, offer.later_button)
    assert keys_of(window).offer_dialog is None
