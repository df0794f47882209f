"""Qt's own settings file (``QtProject.conf``), where its file dialogs keep history.

Kept apart from the file dialogs so that the app can switch it off before its
first screen without loading ``QFileDialog``.
"""

import os
import sys

from PySide6.QtCore import QSettings

_silenced = False


def silence_qt_file_dialog_settings() -> None:
    """Make Qt's ``QtProject`` settings unwritable for this process (idempotent)."""
    global _silenced  # noqa: PLW0603 - a process-wide switch, set once
    if _silenced or os.name != "posix" or sys.platform == "darwin":
        return
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, os.devnull)
    _silenced = True
