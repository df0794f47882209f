"""The app icon, loaded from ``assets/icons`` (SVG)."""

from functools import cache

from PySide6.QtGui import QIcon

from wellbeing_desk import paths

APP_ICON_NAME = "wellbeing-desk.svg"


@cache
def app_icon() -> QIcon:
    path = paths.assets_dir() / "icons" / APP_ICON_NAME
    return QIcon(str(path)) if path.is_file() else QIcon()
