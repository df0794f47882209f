"""Exporting one debrief's summary, with the same care as the counsellor export.

The steps, each of which can stop it: a plain warning that the file is not
encrypted → the passphrase again (checked on the worker) → where to save →
the document built in memory (Markdown, or PDF from it) → written atomically
with owner-only permissions on the worker. The pieces are the counsellor
export's own (``ui/export/unencrypted.py``, ``exports/write.py``).
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from wellbeing_desk.debrief.flow import DebriefFlow
from wellbeing_desk.debrief.summary import MarkdownLabels, debrief_markdown
from wellbeing_desk.ui.debrief.common import local_date
from wellbeing_desk.ui.export.pdf import document_bytes
from wellbeing_desk.ui.export.save_file import ask_save_path
from wellbeing_desk.ui.export.unencrypted import (
    MARKDOWN,
    PDF,
    confirm_then,
    document_file_filter,
    document_format_combo,
    warning_paragraph,
    write_document,
)
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.export_form import ExportForm
from wellbeing_desk.ui.widgets.text import format_day
from wellbeing_desk.ui.worker import DatabaseWorker

__all__ = ["MARKDOWN", "PDF", "DebriefExportDialog"]  # the formats, for callers and tests


class DebriefExportDialog(QDialog):
    """``start(flow, language, started, finished)``; ``exported(path)`` once written."""

    exported = Signal(object)  # pathlib.Path

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = ExportForm(self, self.tr("Export this debrief"), 520)
        self.worker = worker
        # Writing the file; locking (or another debrief) drops what it would say after.
        self.write_request = Request(worker, self)
        self.flow: DebriefFlow | None = None
        self.language = "en"
        self.started: str | None = None
        self.finished_at: str | None = None
        warning = warning_paragraph(self)
        self.format_combo = document_format_combo(self)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        self.frame.build(
            warning,
            self.tr(
                "It holds this debrief's summary: your answers and your follow-up actions. "
                "You will be asked for your passphrase before anything is written."
            ),
            form,
            inputs=(self.format_combo,),
            export_text=self.tr("&Export…"),
            export_name=self.tr("Export the debrief"),
            cancel_name=self.tr("Cancel"),
            on_export=self.export,
        )
        self.export_button, self.cancel_button = self.frame.export_button, self.frame.cancel_button
        self.error_label = self.frame.error_label

    def start(
        self, flow: DebriefFlow, language: str, started: str | None, finished: str | None
    ) -> None:
        self.write_request.cancel()
        self.flow, self.language = flow, language
        self.started, self.finished_at = started, finished
        self.format_combo.setCurrentIndex(0)
        self.frame.set_busy(False)
        self.open()
        self.format_combo.setFocus()

    def clear_content(self) -> None:
        """On lock: forget the debrief and any export under way."""
        self.write_request.cancel()
        self.flow = None
        if self.isVisible():
            self.reject()

    # -- the steps --------------------------------------------------------------------------

    def export(self) -> None:
        if self.flow is None:
            return
        self.frame.set_busy(True)
        self.write_request.cancel()
        flow, fmt = self.flow, str(self.format_combo.currentData())
        confirm_then(self.worker, self, lambda: self._choose_path(flow, fmt), self.frame.stop)

    def _still_exporting(self, flow: DebriefFlow) -> bool:
        """Whether the export of ``flow`` goes on: not closed, locked or started again."""
        return self.flow is flow and self.isVisible()

    def _choose_path(self, flow: DebriefFlow, fmt: str) -> None:
        if not self._still_exporting(flow):
            return
        day = date.today().isoformat()
        ask_save_path(
            self,
            self.tr("Save the export"),
            f"debrief-{day}.{fmt}",
            document_file_filter(fmt),
            fmt,
            lambda path: self._write(flow, fmt, path),
            self.frame.stop,
        )

    def _write(self, flow: DebriefFlow, fmt: str, path: Path) -> None:
        if not self._still_exporting(flow):
            return
        labels = self.labels(flow)
        markdown = debrief_markdown(flow, self.language, labels)
        data = document_bytes(markdown, labels.heading, fmt)
        del markdown

        def written() -> None:
            self.frame.finish()
            self.exported.emit(path)

        write_document(self.write_request, self, path, data, written, self.frame.stop)

    def labels(self, flow: DebriefFlow) -> MarkdownLabels:
        title = flow.template.title.get(self.language)
        start = local_date(self.started) or format_day(date.today())
        end = local_date(self.finished_at) or format_day(date.today())
        return MarkdownLabels(
            heading=self.tr("Debrief: {title}").format(title=title),
            dates=self.tr("Started {start} · finished {end}").format(start=start, end=end),
            follow_ups=self.tr("Follow-up actions"),
            nothing=self.tr("Nothing was written down in this debrief."),
        )
