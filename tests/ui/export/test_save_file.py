"""The save dialog keeps no history: Qt writes no QtProject.conf, the history stays empty."""

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from wellbeing_desk.ui.export.save_file import ask_save_path, make_save_dialog


def test_the_dialog_is_qt_s_own_and_starts_without_history(qtbot) -> None:
    dialog = make_save_dialog(None, "Save", "export.md", "Markdown (*.md)", "md")
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    # Qt always adds the folder on show to history(); nothing else is remembered.
    assert dialog.history() == [str(Path.home())]
    assert dialog.defaultSuffix() == "md"


# Showing any window on the offscreen test platform logs this; it is not about the dialog.
OFFSCREEN_NOTE = pytest.mark.qt_log_ignore("propagateSizeHints")


@OFFSCREEN_NOTE
def test_choosing_a_file_leaves_no_qtproject_conf(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "outside" / "a private folder"
    folder.mkdir(parents=True)
    chosen: list[Path] = []
    cancelled: list[bool] = []
    dialog = ask_save_path(
        None, "Save", "export.md", "Markdown (*.md)", "md", chosen.append,
        lambda: cancelled.append(True),
    )  # fmt: skip
    dialog.setDirectory(str(folder))
    dialog.selectFile(str(folder / "export.md"))
    dialog.accept()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert chosen == [folder / "export.md"]
    assert cancelled == []
    assert not (folder / "export.md").exists()  # choosing writes nothing

    # Qt writes its file-dialog settings when a dialog is destroyed: nowhere, here.
    assert not list(tmp_path.rglob("QtProject.conf"))
    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not Path(qt_own.fileName()).exists()


@OFFSCREEN_NOTE
def test_cancelling_calls_only_on_cancelled(qtbot) -> None:
    chosen: list[Path] = []
    cancelled: list[bool] = []
    dialog = ask_save_path(
        None, "Save", "x.png", "PNG (*.png)", "png", chosen.append, lambda: cancelled.append(True)
    )
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert (chosen, cancelled) == ([], [True])
