"""The Settings page and the whitelisted QSettings file behind it."""

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.ui.conftest import unlock
from wellbeing_desk import paths
from wellbeing_desk.ui.settings_store import (
    AUTOLOCK_CHOICES,
    KEY_AUTOLOCK_MINUTES,
    KEY_LANGUAGE,
    SettingsStore,
    UnknownSettingError,
)


@pytest.mark.usefixtures("existing_vault")
def test_settings_page_changes_auto_lock_and_it_persists(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    window.workspace.show_section("settings")
    combo = window.settings_page.autolock
    assert [combo.itemData(i) for i in range(combo.count())] == list(AUTOLOCK_CHOICES)
    assert combo.currentData() == 5
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 5 -> 10 minutes, as with the keyboard
    assert combo.currentData() == 10
    assert window.inactivity.timeout == 600

    # Written to the INI file at once, and read back by a fresh store.
    raw = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    assert int(raw.value(KEY_AUTOLOCK_MINUTES)) == 10
    assert SettingsStore().get(KEY_AUTOLOCK_MINUTES) == 10

    # The new limit is in force: 9 minutes idle is fine, 10 locks.
    clock.advance(9 * 60)
    assert not window.inactivity.check()
    clock.advance(60)
    assert window.inactivity.check()
    assert window.state == "locked"


def test_a_new_window_uses_the_stored_auto_lock(make_window, settings_store) -> None:
    settings_store.set(KEY_AUTOLOCK_MINUTES, 30)
    window = make_window()
    assert window.inactivity.timeout == 30 * 60
    assert window.settings_page.autolock.currentData() == 30


def test_language_choice_is_stored_and_says_it_needs_a_restart(
    qtbot, window, settings_store
) -> None:
    page = window.settings_page
    assert not page.language_note.isVisibleTo(page)
    page.language.setCurrentIndex(page.language.findData("es"))
    assert settings_store.get(KEY_LANGUAGE) == "es"
    assert page.language_note.isVisibleTo(page)
    assert "next time" in page.language_note.text()


def test_store_refuses_unknown_keys_and_values(settings_store) -> None:
    with pytest.raises(UnknownSettingError):
        settings_store.set("journal/last_entry", "anything")
    with pytest.raises(UnknownSettingError):
        settings_store.get("recent/files")
    with pytest.raises(ValueError, match="does not accept"):
        settings_store.set(KEY_AUTOLOCK_MINUTES, 7)
    with pytest.raises(TypeError):
        settings_store.set(KEY_AUTOLOCK_MINUTES, "5")


def test_store_falls_back_to_defaults_for_tampered_values(settings_store) -> None:
    raw = QSettings(str(settings_store.path), QSettings.Format.IniFormat)
    raw.setValue(KEY_AUTOLOCK_MINUTES, "banana")
    raw.setValue(KEY_LANGUAGE, "xx")
    raw.sync()
    fresh = SettingsStore(settings_store.path)
    assert fresh.get(KEY_AUTOLOCK_MINUTES) == 5
    assert fresh.get(KEY_LANGUAGE) == "system"


def test_settings_file_holds_only_whitelisted_keys(qtbot, window, settings_store) -> None:
    window.settings_page.autolock.setCurrentIndex(0)
    window.close()
    raw = QSettings(str(settings_store.path), QSettings.Format.IniFormat)
    assert set(raw.allKeys()) <= {
        "window/geometry",
        "ui/language",
        "lock/autolock_minutes",
        "lock/on_minimise",
        "ui/neutral_title",
    }
