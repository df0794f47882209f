"""Restore a backup from the unlock screen: the file, its passphrase, where.

The restore runs on the database worker with no vault open
(``DatabaseWorker.without_vault``) through ``ops.backups.restore_in_place``:
the backup is restored and checked first, then a vault already there is
renamed aside with the day's date (never overwritten, never deleted). After
it, the unlock screen is for the restored vault and says where the old one is.
"""

import os
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.export.save_file import ask_open_path
from wellbeing_desk.ui.sync.folder_chooser import ask_folder
from wellbeing_desk.ui.unlock.frame import busy_row, error_label
from wellbeing_desk.ui.vault_care.dialog_fit import fit_to_text
from wellbeing_desk.ui.widgets.dialog_buttons import action_buttons
from wellbeing_desk.ui.widgets.passphrase_field import PassphraseField
from wellbeing_desk.ui.widgets.text import paragraph
from wellbeing_desk.ui.worker import DatabaseWorker

if TYPE_CHECKING:  # the vault stack loads on the worker, not with the lock screen
    from wellbeing_desk.ops.backups import RestoreOutcome
    from wellbeing_desk.ui.main_window import MainWindow


class RestoreDialog(QDialog):
    """Emits ``restored(outcome)`` after a restore; errors stay in the dialog."""

    restored = Signal(object)  # RestoreOutcome

    def __init__(self, worker: DatabaseWorker, vault_dir: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._worker = worker
        self._busy = False
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))
        self.setMinimumWidth(480)  # the intro wraps to a few lines, not a column
        intro = paragraph(
            self.tr(
                "Make your vault again from a backup file. A vault already in that folder "
                "is not overwritten: it is kept beside it, with today's date in its name."
            ),
            self,
        )
        self.backup_file = QLineEdit(self)
        self.backup_file.setAccessibleName(self.tr("Backup file"))
        self.backup_file.setPlaceholderText(self.tr("A file ending in .wdbackup"))
        self.backup_file.setMinimumWidth(260)
        self.choose_file = QPushButton(self.tr("C&hoose…"), self)
        self.choose_file.setAccessibleName(self.tr("Choose the backup file"))
        self.choose_file.setAutoDefault(False)
        self.passphrase = PassphraseField(self.tr("The backup's passphrase"), self)
        passphrase_note = paragraph(
            self.tr("The passphrase the vault had when the backup was made."), self
        )
        passphrase_note.setObjectName("muted")
        self.destination = QLineEdit(str(vault_dir), self)
        self.destination.setAccessibleName(self.tr("Restore to this folder"))
        self.choose_destination = QPushButton(self.tr("Ch&oose…"), self)
        self.choose_destination.setAccessibleName(self.tr("Choose where to restore"))
        self.choose_destination.setAutoDefault(False)
        self.error = error_label(self)
        self.busy, _ = busy_row(self.tr("Restoring… this takes a moment."), self)
        buttons, self.restore_button, self.cancel_button = action_buttons(
            self,
            self.tr("&Restore"),
            self.tr("Restore the backup"),
            self.tr("Cancel"),
            self._submit,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addSpacing(4)
        # Labels above their fields, as on the lock screens: long words never squeeze a field.
        layout.addWidget(_label(self.tr("Backup file"), self.backup_file, self))
        layout.addLayout(_row(self.backup_file, self.choose_file))
        layout.addWidget(_label(self.tr("The backup's passphrase"), self.passphrase.edit, self))
        layout.addWidget(self.passphrase)
        layout.addWidget(passphrase_note)
        layout.addWidget(_label(self.tr("Restore to"), self.destination, self))
        layout.addLayout(_row(self.destination, self.choose_destination))
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        layout.activate()  # size limits settled before the native window exists

        self.choose_file.clicked.connect(self._choose_file)
        self.choose_destination.clicked.connect(self._choose_destination)
        self.passphrase.returnPressed.connect(self._submit)
        for changed in (self.backup_file.textChanged, self.passphrase.textChanged):
            changed.connect(self._update_button)
        self.destination.textChanged.connect(self._update_button)
        self._update_button()
        fit_to_text(self)  # as tall as the intro's wrapped lines need, in any font

    def _choose_file(self) -> None:
        ask_open_path(
            self,
            self.tr("Choose a backup file"),
            self.tr("Wellbeing Desk backups (*.wdbackup);;All files (*)"),
            lambda path: self.backup_file.setText(str(path)),
        )

    def _choose_destination(self) -> None:
        ask_folder(
            self,
            self.tr("Choose where to restore"),
            lambda path: self.destination.setText(str(path)),
        )

    def _update_button(self) -> None:
        ready = all(
            text.strip()
            for text in (self.backup_file.text(), self.passphrase.text(), self.destination.text())
        )
        self.restore_button.setEnabled(ready and not self._busy)

    def _submit(self) -> None:
        backup = self.backup_file.text().strip()
        destination = self.destination.text().strip()
        passphrase = self.passphrase.text()
        if self._busy or not (backup and destination and passphrase):
            return
        self._set_busy(True)
        work = partial(
            _restore,
            Path(os.path.expanduser(backup)),
            passphrase,
            Path(os.path.expanduser(destination)),
            date.today(),
        )
        self._worker.without_vault(work, self._done, self._failed)

    def _done(self, outcome: "RestoreOutcome") -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.restored.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from wellbeing_desk.ui.vault_care.backup_words import restore_error

        self._set_busy(False)
        self.passphrase.clear()
        self.error.setText(restore_error(error))
        self.error.setVisible(True)
        fit_to_text(self)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.set_busy(busy)
        for widget in (self.backup_file, self.destination, self.choose_file):
            widget.setEnabled(not busy)
        self.choose_destination.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)
        self._update_button()
        fit_to_text(self)

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)


def _restore(backup: Path, passphrase: str, destination: Path, today: date) -> "RestoreOutcome":
    """On the worker thread: the vault stack loads there, not on the GUI thread."""
    from wellbeing_desk.ops.backups import restore_in_place

    return restore_in_place(backup, passphrase, destination, today)


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    return label


def _row(field: QWidget, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


class RestoredMessage(QLabel):
    """The unlock screen's line after a restore: which vault this is, where the old one is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_outcome(self, outcome: "RestoreOutcome", here: bool) -> None:
        if here:
            text = self.tr("The backup was restored. Unlock it with the backup's passphrase.")
        else:
            text = self.tr("The backup was restored to {folder}.").format(folder=outcome.vault)
        if outcome.kept_aside is not None:
            text += " " + self.tr("The vault that was there is kept at {folder}.").format(
                folder=outcome.kept_aside
            )
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)

    def forget(self) -> None:
        self.clear()
        self.setAccessibleName("")
        self.setVisible(False)


class RestoreLink(QPushButton):
    """ "Restore a backup…" on the unlock screen, and what follows a restore there."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window.unlock_page)
        self._window = window
        self.setText(self.tr("Restore a &backup…"))
        self.setAccessibleName(self.tr("Restore a backup"))
        self.setToolTip(self.tr("Make your vault again from a backup file"))
        self.message = RestoredMessage(window.unlock_page.frame)
        window.unlock_page.frame.body.insertWidget(0, self.message)
        window.unlocked.connect(self.message.forget)
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> RestoreDialog | None:
        window = self._window
        if window.unlock_page.is_busy or not window.is_locked:
            return None  # a vault being opened must not be closed under it
        dialog = RestoreDialog(window.worker, window.vault_dir, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._after_restore)
        dialog.open()
        return dialog

    def _after_restore(self, outcome: "RestoreOutcome") -> None:
        window = self._window
        here = Path(os.path.abspath(window.vault_dir)) == outcome.vault
        if here and window.is_locked:
            window._show_lock_screen()  # the unlock screen, now for the restored vault
        self.message.show_outcome(outcome, here)


def install_restore_link(window: "MainWindow") -> RestoreLink:
    link = RestoreLink(window)
    link.setObjectName("restoreBackupLink")
    window.unlock_page.add_link(link)
    return link
