"""Keeping the vault: its backups (automatic and on request; restore from the unlock
screen) and its keys (change the passphrase, the recovery code, destroy it).

Each flow lives in its own module and hooks itself into the window here, so the
window only calls these two functions.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_desk.ui.main_window import MainWindow
    from wellbeing_desk.ui.settings.page import SettingsPage


def install_on_unlock_screen(window: "MainWindow") -> None:
    """The unlock screen's ways back in: a recovery code, a backup."""
    from wellbeing_desk.ui.vault_care import backups, vault_keys

    vault_keys.install_on_unlock_screen(window)
    backups.install_on_unlock_screen(window)


def install_on_settings(window: "MainWindow", page: "SettingsPage") -> None:
    """Settings' Backups and Your vault sections, and what runs after each unlock."""
    from wellbeing_desk.ui.vault_care import backups, vault_keys

    backups.install_on_settings(window, page)
    vault_keys.install_on_settings(window, page)
