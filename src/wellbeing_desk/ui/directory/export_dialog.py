"""Exporting the whole directory as vCard, CSV or JSON.

The steps, each of which can stop it: the format → a plain warning that the
file is not encrypted → the passphrase again (checked on the worker) → where
to save (no history) → entries read, the file built and written atomically
with mode 0600, all on the worker (the old file or the new one, never half).
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ops.directory import CSV, JSON, VCARD
from wellbeing_desk.ui.export.save_file import ask_save_path
from wellbeing_desk.ui.export.unencrypted import confirm_then, warn_not_saved
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.export_form import ExportForm
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.text import paragraph
from wellbeing_desk.ui.worker import DatabaseWorker


class DirectoryExportDialog(QDialog):
    """``start()`` shows it afresh; ``exported(path, count)`` once a file is written."""

    exported = Signal(object, int)  # pathlib.Path, how many entries

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = ExportForm(self, self.tr("Export the directory"), 500)
        self.worker = worker
        self.request = Request(worker, self)

        warning = paragraph(
            self.tr(
                "The exported file is not encrypted. Anyone who gets the file can read "
                "everything in it: names, numbers, addresses and your private notes. Keep it "
                "only where you trust, and delete it when it is no longer needed."
            ),
            self,
        )
        warning.setObjectName("notice")

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.format_combo.addItem(self.tr("vCard, for address books (.vcf)"), VCARD)
        self.format_combo.addItem(self.tr("CSV, for spreadsheets (.csv)"), CSV)
        self.format_combo.addItem(self.tr("JSON, everything, for other tools (.json)"), JSON)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.addRow(self.tr("Format"), self.format_combo)
        self.frame.build(
            warning,
            self.tr(
                "It holds every entry of your directory (not the ones in the trash). You "
                "will be asked for your passphrase before anything is written."
            ),
            form,
            inputs=(self.format_combo,),
            export_text=self.tr("&Export…"),
            export_name=self.tr("Export the directory"),
            cancel_name=self.tr("Cancel"),
            on_export=self.export,
            error_line=False,
        )
        self.export_button, self.cancel_button = self.frame.export_button, self.frame.cancel_button

    # -- showing and forgetting ---------------------------------------------------------

    def start(self) -> None:
        self.format_combo.setCurrentIndex(0)
        self.frame.set_busy(False)
        self.open()
        self.format_combo.setFocus()

    def clear_content(self) -> None:
        """On lock: forget any export under way (its results are ignored)."""
        self.request.cancel()
        if self.isVisible():
            self.reject()
        self.frame.set_busy(False)

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
        self.frame.set_busy(True)
        fmt = str(self.format_combo.currentData())
        confirm_then(self.worker, self, lambda: self._choose_path(fmt), self.frame.stop)

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
            self.frame.stop,
        )

    def _write(self, fmt: str, path: Path) -> None:
        if not self.isVisible():
            return  # the vault locked while she chose where

        def written(count: int) -> None:
            self.frame.finish()
            self.exported.emit(path, count)

        def failed(_error: BaseException) -> None:
            self.frame.stop()
            warn_not_saved(self)

        self.request.run(bind(directory_ops.export, fmt, path), written, failed)
