"""Asking for the passphrase again before a setting weakens protection.

SECURITY.md: turning auto-lock off needs the passphrase. The check derives
the key on the database worker (``header.unwrap``), never on the GUI thread.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ops.passphrase import check_passphrase
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.ui.widgets.passphrase_field import PassphraseField
from wellbeing_desk.ui.widgets.text import paragraph
from wellbeing_desk.ui.worker import DatabaseWorker


class ConfirmPassphraseDialog(QDialog):
    """One passphrase field with OK / Cancel; closed like every dialog on lock."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entered = ""
        self.setWindowTitle(self.tr("Confirm with your passphrase"))
        self.setAccessibleName(self.tr("Confirm with your passphrase"))
        self.passphrase = PassphraseField(self.tr("Passphrase"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Confirm"))
        self.ok_button.setAccessibleName(self.tr("Confirm"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.passphrase.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(paragraph(reason, self))
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)
        layout.activate()  # size limits settled before the native window exists

    def done(self, result: int) -> None:
        accepted = result == QDialog.DialogCode.Accepted.value
        passphrase = self.passphrase.text() if accepted else ""
        self.passphrase.clear()
        self.entered = passphrase
        super().done(result)


def confirm_passphrase(
    worker: DatabaseWorker, parent: QWidget, reason: str, on_done: Callable[[bool], None]
) -> ConfirmPassphraseDialog:
    """Ask for the passphrase, check it on the worker, then call ``on_done(ok)``."""
    dialog = ConfirmPassphraseDialog(reason, parent)
    title = dialog.windowTitle()

    def finished(result: int) -> None:
        passphrase, dialog.entered = dialog.entered, ""
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted.value or not passphrase:
            on_done(False)
            return

        def failed(error: BaseException) -> None:
            MessageBox.warning(parent, title, describe_error(error))
            on_done(False)

        worker.submit(bind(check_passphrase, passphrase), lambda _: on_done(True), failed)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
