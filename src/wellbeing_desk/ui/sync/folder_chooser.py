"""Asking which folder sync goes through (a USB stick, a synced folder), keeping no history.

The same care as ``export/save_file.py``: Qt's widget-based dialog (no
platform recent-files list), its history emptied, and Qt's own settings
sent nowhere before the first dialog exists, so no ``QtProject.conf``
remembers where her sync folder is.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wellbeing_desk.ui.qt_settings import silence_qt_file_dialog_settings


def make_folder_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    """A folder-only dialog in her home folder that keeps no history."""
    silence_qt_file_dialog_settings()
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setAccessibleName(title)
    dialog.setHistory([])
    return dialog


def ask_folder(
    parent: QWidget | None,
    title: str,
    on_chosen: Callable[[Path], None],
    on_cancelled: Callable[[], None] | None = None,
) -> QFileDialog:
    """Open the dialog (window-modal); ``on_chosen(folder)`` if she picks one.

    Cancelling, or locking (which rejects every dialog), calls ``on_cancelled``.
    """
    dialog = make_folder_dialog(parent, title)

    def finished(result: int) -> None:
        folders = dialog.selectedFiles() if result == QDialog.DialogCode.Accepted.value else []
        dialog.setHistory([])
        dialog.deleteLater()
        if folders:
            on_chosen(Path(folders[0]))
        elif on_cancelled is not None:
            on_cancelled()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
