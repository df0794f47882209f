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
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import DebriefFlow
from wellbeing_desk.debrief.summary import MarkdownLabels, debrief_markdown
from wellbeing_desk.ui.debrief.common import local_date
from wellbeing_desk.ui.export.pdf import markdown_pdf
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
from wellbeing_desk.ui.widgets.text import format_day, heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker

__all__ = ["MARKDOWN", "PDF", "DebriefExportDialog"]  # the formats, for callers and tests


class DebriefExportDialog(QDialog):
    """``start(flow, language, started, finished)``; ``exported(path)`` once written."""

    exported = Signal(object)  # pathlib.Path

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        # Writing the file; locking (or another debrief) drops what it would say after.
        self.write_request = Request(worker, self)
        self.flow: DebriefFlow | None = None
        self.language = "en"
        self.started: str | None = None
        self.finished_at: str | None = None
        self.setWindowTitle(self.tr("Export this debrief"))
        self.setAccessibleName(self.tr("Export this debrief"))
        self.setMinimumWidth(520)
        warning = warning_paragraph(self)
        contents = paragraph(
            self.tr(
                "It holds this debrief's summary: your answers and your follow-up actions. "
                "You will be asked for your passphrase before anything is written."
            ),
            self,
        )
        contents.setObjectName("muted")
        self.format_combo = document_format_combo(self)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("primary")
        self.export_button.setAccessibleName(self.tr("Export the debrief"))
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Export this debrief"), self, level=2))
        layout.addWidget(warning)
        layout.addWidget(contents)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        layout.activate()
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    def start(
        self, flow: DebriefFlow, language: str, started: str | None, finished: str | None
    ) -> None:
        self.write_request.cancel()
        self.flow, self.language = flow, language
        self.started, self.finished_at = started, finished
        self.format_combo.setCurrentIndex(0)
        self._set_busy(False)
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
        self._set_busy(True)
        self.write_request.cancel()
        flow, fmt = self.flow, str(self.format_combo.currentData())
        confirm_then(self.worker, self, lambda: self._choose_path(flow, fmt), self._stop)

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
            self._stop,
        )

    def _write(self, flow: DebriefFlow, fmt: str, path: Path) -> None:
        if not self._still_exporting(flow):
            return
        labels = self.labels(flow)
        markdown = debrief_markdown(flow, self.language, labels)
        data = markdown_pdf(markdown, labels.heading) if fmt == PDF else markdown.encode("utf-8")
        del markdown

        def written() -> None:
            self._set_busy(False)
            self.accept()
            self.exported.emit(path)

        write_document(self.write_request, self, path, data, written, self._stop)

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

    def _stop(self) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.format_combo, self.export_button):
            widget.setEnabled(not busy)
