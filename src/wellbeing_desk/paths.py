"""Where things live on disk.

By default the vault sits in the platform's user data folder (platformdirs).
``WELLBEING_DESK_HOME`` moves everything the app writes — the vault and the
non-secret settings file — under one folder: portable use from a USB stick,
and tests.
"""

import os
from pathlib import Path

import platformdirs

from wellbeing_desk import APP_ID
from wellbeing_desk.vault.package_data import assets_dir

__all__ = [
    "HOME_ENV",
    "SETTINGS_FILE_NAME",
    "VAULT_DIR_NAME",
    "app_home",
    "assets_dir",  # defined in the vault layer, which reads shipped data too
    "default_vault_dir",
    "settings_file",
]

HOME_ENV = "WELLBEING_DESK_HOME"
VAULT_DIR_NAME = "vault"
SETTINGS_FILE_NAME = "settings.ini"


def app_home() -> Path | None:
    """The relocated home folder, if ``WELLBEING_DESK_HOME`` is set."""
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def default_vault_dir() -> Path:
    home = app_home()
    if home is not None:
        return home / VAULT_DIR_NAME
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / VAULT_DIR_NAME


def settings_file() -> Path:
    """The non-secret settings file (window geometry, language, auto-lock minutes)."""
    home = app_home()
    if home is not None:
        return home / SETTINGS_FILE_NAME
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / SETTINGS_FILE_NAME
