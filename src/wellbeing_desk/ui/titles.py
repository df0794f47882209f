"""Window titles: the app's name, or a neutral "Notes" for those who want the name out of sight.

Titles are seen by anyone near the screen (the task bar, a window switcher),
even while the app is locked or minimised. They never hold content; with the
neutral choice (Settings, stored as a plain switch in QSettings) they do not
name the app either. The main window sets the choice when it starts and when
she changes it; other windows read it when they open.
"""

from PySide6.QtCore import QCoreApplication

_neutral = False


def set_neutral(neutral: bool) -> None:
    global _neutral  # noqa: PLW0603 - one choice for the whole process, from Settings
    _neutral = neutral


def neutral() -> bool:
    return _neutral


def app_title() -> str:
    """ "Wellbeing Desk", or "Notes" with the neutral choice."""
    if _neutral:
        return QCoreApplication.translate("WindowTitles", "Notes")
    return QCoreApplication.translate("WindowTitles", "Wellbeing Desk")


def locked_title() -> str:
    if _neutral:
        return QCoreApplication.translate("WindowTitles", "Notes — Locked")
    return QCoreApplication.translate("WindowTitles", "Wellbeing Desk — Locked")


def read_only_title() -> str:
    if _neutral:
        return QCoreApplication.translate("WindowTitles", "Notes — read-only")
    return QCoreApplication.translate("WindowTitles", "Wellbeing Desk — read-only")


def help_title() -> str:
    if _neutral:
        return QCoreApplication.translate("WindowTitles", "Help")
    return QCoreApplication.translate("WindowTitles", "Wellbeing Desk help")
