"""Asking where to save a plaintext file (or which file to import), without Qt remembering where.

Qt's own file dialog writes ``QtProject.conf`` (history and last folder, in
plain text) when it is destroyed, whatever its history says. So the dialog
is Qt's widget-based one (``DontUseNativeDialog``, no platform recent-files
list), its history is emptied, and Qt's own per-user settings are sent to a
path that cannot be written (``os.devnull``) before the first dialog exists.
On Windows and macOS Qt keeps those settings in the registry or a plist,
where ``QSettings.setPath`` has no effect: not handled there yet.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wellbeing_desk.ui.qt_settings import silence_qt_file_dialog_settings


def _private_dialog(
    parent: QWidget | None, title: str, name_filter: str, mode: QFileDialog.AcceptMode
) -> QFileDialog:
    """Qt's own file dialog in her home folder, keeping no history."""
    silence_qt_file_dialog_settings()
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setNameFilter(name_filter)
    dialog.setAccessibleName(title)
    dialog.setHistory([])
    return dialog


def _run(
    dialog: QFileDialog,
    on_chosen: Callable[[Path], None],
    on_cancelled: Callable[[], None] | None,
) -> QFileDialog:
    """Open window-modal; ``on_chosen(path)`` if she picks a file, else ``on_cancelled``.

    Locking rejects every dialog, which counts as cancelling.
    """

    def finished(result: int) -> None:
        files = dialog.selectedFiles() if result == QDialog.DialogCode.Accepted.value else []
        dialog.setHistory([])
        dialog.deleteLater()
        if files:
            on_chosen(Path(files[0]))
        elif on_cancelled is not None:
            on_cancelled()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def make_save_dialog(
    parent: QWidget | None, title: str, suggested_name: str, name_filter: str, suffix: str
) -> QFileDialog:
    """A save dialog in her home folder that keeps no history."""
    dialog = _private_dialog(parent, title, name_filter, QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested_name)
    return dialog


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    name_filter: str,
    suffix: str,
    on_chosen: Callable[[Path], None],
    on_cancelled: Callable[[], None] | None = None,
) -> QFileDialog:
    """Open the dialog (window-modal); ``on_chosen(path)`` if she picks a file.

    Cancelling, or locking (which rejects every dialog), calls ``on_cancelled``.
    """
    return _run(
        make_save_dialog(parent, title, suggested_name, name_filter, suffix),
        on_chosen,
        on_cancelled,
    )


def make_open_dialog(parent: QWidget | None, title: str, name_filter: str) -> QFileDialog:
    """An open dialog in her home folder that keeps no history."""
    dialog = _private_dialog(parent, title, name_filter, QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def ask_open_path(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    on_chosen: Callable[[Path], None],
    on_cancelled: Callable[[], None] | None = None,
) -> QFileDialog:
    """Open the dialog (window-modal); ``on_chosen(path)`` if she picks an existing file."""
    return _run(make_open_dialog(parent, title, name_filter), on_chosen, on_cancelled)
