"""Exporting the whole directory as vCard, CSV or JSON.

The steps, each of which can stop it: the format → a plain warning that the
file is not encrypted → the passphrase again (checked on the worker) → where
to save (no history) → entries read, the file built and written atomically
with mode 0600, all on the worker (the old file or the new one, never half).
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ops.directory import CSV, JSON, VCARD
from wellbeing_desk.ui.export.save_file import ask_save_path
from wellbeing_desk.ui.export.unencrypted import confirm_then, warn_not_saved
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker


class DirectoryExportDialog(QDialog):
    """``start()`` shows it afresh; ``exported(path, count)`` once a file is written."""

    exported = Signal(object, int)  # pathlib.Path, how many entries

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.request = Request(worker, self)
        self.setWindowTitle(self.tr("Export the directory"))
        self.setAccessibleName(self.tr("Export the directory"))
        self.setMinimumWidth(500)

        warning = paragraph(
            self.tr(
                "The exported file is not encrypted. Anyone who gets the file can read "
                "everything in it: names, numbers, addresses and your private notes. Keep it "
                "only where you trust, and delete it when it is no longer needed."
            ),
            self,
        )
        warning.setObjectName("notice")
        contents = paragraph(
            self.tr(
                "It holds every entry of your directory (not the ones in the trash). You "
                "will be asked for your passphrase before anything is written."
            ),
            self,
        )
        contents.setObjectName("muted")

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.format_combo.addItem(self.tr("vCard, for address books (.vcf)"), VCARD)
        self.format_combo.addItem(self.tr("CSV, for spreadsheets (.csv)"), CSV)
        self.format_combo.addItem(self.tr("JSON, everything, for other tools (.json)"), JSON)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.addRow(self.tr("Format"), self.format_combo)

        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("primary")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export the directory"))
        self.export_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Export the directory"), self, level=2))
        layout.addWidget(warning)
        layout.addWidget(contents)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.activate()  # size limits settled before the native window exists
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    # -- showing and forgetting ---------------------------------------------------------

    def start(self) -> None:
        self.format_combo.setCurrentIndex(0)
        self._set_busy(False)
        self.open()
        self.format_combo.setFocus()

    def clear_content(self) -> None:
        """On lock: forget any export under way (its results are ignored)."""
        self.request.cancel()
        if self.isVisible():
            self.reject()
        self._set_busy(False)

    # -- the steps ------------------------------------------------------------------------

    def export(self) -> None:
        answer = MessageBox.question(
            self,
            self.tr("Export without encryption?"),
            self.tr(
                "The file will not be encrypted: anyone who gets it can read every entry, "
                "including your private notes. Export anyway?"
            ),
        )
        if answer != Button.Yes:
            return
        self._set_busy(True)
        fmt = str(self.format_combo.currentData())
        confirm_then(self.worker, self, lambda: self._choose_path(fmt), self._stop)

    def _choose_path(self, fmt: str) -> None:
        if not self.isVisible():
            return  # the vault locked while she typed her passphrase (the dialog went)
        filters = {
            VCARD: self.tr("vCard files (*.vcf)"),
            CSV: self.tr("CSV files (*.csv)"),
            JSON: self.tr("JSON files (*.json)"),
        }
        ask_save_path(
            self,
            self.tr("Save the directory"),
            f"wellbeing-directory.{fmt}",
            filters[fmt],
            fmt,
            lambda path: self._write(fmt, path),
            self._stop,
        )

    def _write(self, fmt: str, path: Path) -> None:
        if not self.isVisible():
            return  # the vault locked while she chose where

        def written(count: int) -> None:
            self._set_busy(False)
            self.accept()
            self.exported.emit(path, count)

        def failed(_error: BaseException) -> None:
            self._set_busy(False)
            warn_not_saved(self)

        self.request.run(bind(directory_ops.export, fmt, path), written, failed)

    def _stop(self) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.format_combo, self.export_button):
            widget.setEnabled(not busy)
