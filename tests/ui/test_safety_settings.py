"""Safety settings: locking on minimise by default, and a neutral window title."""

from PySide6.QtCore import QSettings

from tests.ui.conftest import unlock
from wellbeing_desk.ui.help_dialog import HelpDialog
from wellbeing_desk.ui.settings_store import (
    KEY_LOCK_ON_MINIMISE,
    KEY_NEUTRAL_TITLE,
    SettingsStore,
)


def test_a_plain_minimise_locks_by_default(qtbot, existing_vault, window, settings_store) -> None:
    assert settings_store.get(KEY_LOCK_ON_MINIMISE) is True
    assert window.settings_page.lock_on_minimise.isChecked()
    unlock(qtbot, window)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.state == "locked")


def test_a_stored_choice_not_to_lock_on_minimise_is_kept(make_window, settings_store) -> None:
    settings_store.set(KEY_LOCK_ON_MINIMISE, False)
    window = make_window()
    assert not window.settings_page.lock_on_minimise.isChecked()
    assert SettingsStore(settings_store.path).get(KEY_LOCK_ON_MINIMISE) is False


def test_a_neutral_title_applies_at_once_and_is_remembered(
    qtbot, make_window, settings_store, existing_vault
) -> None:
    window = make_window()
    assert window.windowTitle() == "Wellbeing Desk — Locked"
    unlock(qtbot, window)
    assert window.windowTitle() == "Wellbeing Desk"
    box = window.settings_page.neutral_title
    assert not box.isChecked()

    box.setChecked(True)
    assert window.windowTitle() == "Notes"
    assert settings_store.get(KEY_NEUTRAL_TITLE) is True
    raw = QSettings(str(settings_store.path), QSettings.Format.IniFormat)
    assert raw.value(KEY_NEUTRAL_TITLE) in (True, "true")  # a switch, no content
    help_dialog = HelpDialog([], window)
    assert "Wellbeing Desk" not in help_dialog.windowTitle()
    help_dialog.deleteLater()

    window.panic()
    qtbot.waitUntil(lambda: window.state == "locked")
    assert "Wellbeing Desk" not in window.windowTitle()
    assert window.windowTitle().startswith("Notes")
    window.close()

    again = make_window()
    assert again.settings_page.neutral_title.isChecked()
    assert "Wellbeing Desk" not in again.windowTitle()
    unlock(qtbot, again)
    again.settings_page.neutral_title.setChecked(False)
    assert again.windowTitle() == "Wellbeing Desk"
