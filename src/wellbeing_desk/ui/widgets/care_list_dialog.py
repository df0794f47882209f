"""What a dialog around one or more of her care lists (``CareListEditor``) holds.

The journal's lists and the notes' contexts are edited the same way: a short
intro, the lists, a line for what went wrong, and Close. Each change goes
straight to the vault; each list's ``changed`` is passed on to the signal the
feature names. Locking closes the dialog, which then empties its lists and is
deleted. The feature's dialog builds its lists and brings its words; this
fills the dialog around them (it is not a dialog class itself, so each
dialog the app opens stays a class of its own feature).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from wellbeing_desk.ui.widgets.care_list_editor import CareListEditor


@dataclass(frozen=True)
class ListDialogWords:
    """The dialog's sentences, translated by the feature's dialog."""

    title: str  # also its spoken name
    intro: str
    close_name: str  # the Close button's spoken name


class CareListFrame(QObject):
    """The intro, the error line, Close and the layout around ``content`` (holding ``lists``)."""

    def __init__(
        self,
        dialog: QDialog,
        words: ListDialogWords,
        size: tuple[int, int],
        content: QWidget,
        lists: Sequence[CareListEditor],
        changed: SignalInstance,
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._lists = tuple(lists)
        dialog.setWindowTitle(words.title)
        dialog.setAccessibleName(words.title)
        dialog.setMinimumSize(460, 400)
        dialog.resize(*size)
        intro = QLabel(words.intro, dialog)
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.error = QLabel(dialog)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        for button in buttons.buttons():
            button.setAccessibleName(words.close_name)
        layout = QVBoxLayout(dialog)
        # A fixed minimum instead of one that follows the content: button labels change.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(content, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for editor in self._lists:
            editor.changed.connect(changed)
            editor.failed.connect(self._show_error)
        dialog.finished.connect(self._forget)
        for editor in self._lists:
            editor.load()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _forget(self, _result: int) -> None:
        """Closed (by her or by locking): drop the names and go away."""
        for editor in self._lists:
            editor.clear()
        self.error.clear()
        self._dialog.deleteLater()
