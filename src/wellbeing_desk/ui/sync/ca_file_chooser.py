"""Asking for the certificate authority file of her own server, keeping no history.

Only for a self-hosted server whose certificate a public authority did not
sign: whoever runs it gives her their CA file. The same care as
``folder_chooser.py``: Qt's own dialog, its history emptied, Qt's settings
sent nowhere, so nothing remembers where the file is.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wellbeing_desk.ui.qt_settings import silence_qt_file_dialog_settings


def make_ca_file_dialog(parent: QWidget | None, title: str, filters: list[str]) -> QFileDialog:
    """An open-one-file dialog in her home folder that keeps no history."""
    silence_qt_file_dialog_settings()
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setNameFilters(filters)
    dialog.setAccessibleName(title)
    dialog.setHistory([])
    return dialog


def ask_ca_file(
    parent: QWidget | None, title: str, filters: list[str], on_chosen: Callable[[Path], None]
) -> QFileDialog:
    """Open the dialog (window-modal); ``on_chosen(file)`` if she picks one."""
    dialog = make_ca_file_dialog(parent, title, filters)

    def finished(result: int) -> None:
        files = dialog.selectedFiles() if result == QDialog.DialogCode.Accepted.value else []
        dialog.setHistory([])
        dialog.deleteLater()
        if files:
            on_chosen(Path(files[0]))

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
