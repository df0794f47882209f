"""Export for a counsellor: journal entries of a period as Markdown or PDF.

The steps, each of which can stop it: a plain warning that the file is not
encrypted → the passphrase again (checked on the worker) → where to save →
entries read on the worker → the document built in memory → written
atomically on the worker (the old file or the new one, never half a file).
Locking closes it: an export under way stops, its answers are dropped.

Opened from Insights.
"""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QWidget

from wellbeing_desk.exports.journal_markdown import MarkdownLabels, journal_markdown
from wellbeing_desk.ops import bind
from wellbeing_desk.ops.export import JournalExport, journal_export
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.export.names import item_names
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
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import ACTIVITY, CareItem
from wellbeing_desk.vault.journal import JournalEntry

__all__ = ["MARKDOWN", "PDF", "ExportDialog"]  # the formats, for callers and tests

DEFAULT_DAYS = 30


class ExportDialog(QDialog):
    """``start()`` shows it afresh; ``exported(path)`` once a file is written."""

    exported = Signal(object)  # pathlib.Path

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = ExportForm(self, self.tr("Export for a counsellor"), 520)
        self.worker = worker
        # The export under way: its reading and writing; locking drops their answers.
        self.export_request = Request(worker, self, self._read_failed)

        warning = warning_paragraph(self)

        self.since_edit = QDateEdit(self)
        self.until_edit = QDateEdit(self)
        self.since_edit.setAccessibleName(self.tr("From (first day)"))
        self.until_edit.setAccessibleName(self.tr("To (last day)"))
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(self.tr("d MMM yyyy", "how the dates are shown"))
            edit.setCalendarPopup(True)
            edit.setMinimumWidth(180)
        self.format_combo = document_format_combo(self)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("From"), self.since_edit)
        form.addRow(self.tr("To"), self.until_edit)
        form.addRow(self.tr("Format"), self.format_combo)
        self.frame.build(
            warning,
            self.tr(
                "It holds your journal entries from the period you choose: check-ins, "
                "full entries, what you did for yourself and warning signs. You will be "
                "asked for your passphrase before anything is written."
            ),
            form,
            inputs=(self.since_edit, self.until_edit, self.format_combo),
            export_text=self.tr("&Export…"),
            export_name=self.tr("Export the journal entries"),
            cancel_name=self.tr("Cancel"),
            on_export=self.export,
        )
        self.export_button, self.cancel_button = self.frame.export_button, self.frame.cancel_button
        self.error_label = self.frame.error_label
        self.reset()

    # -- showing and forgetting ---------------------------------------------------------

    def start(self) -> None:
        self.reset()
        self.open()
        self.since_edit.setFocus()

    def reset(self) -> None:
        today = date.today()
        self.since_edit.setDate(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.until_edit.setDate(_qdate(today))
        self.format_combo.setCurrentIndex(0)
        self._show_error("")
        self.frame.set_busy(False)

    def clear_content(self) -> None:
        """On lock: forget any export under way (its results are ignored)."""
        self.export_request.cancel()
        if self.isVisible():
            self.reject()
        self.reset()

    # -- the steps ------------------------------------------------------------------------

    def export(self) -> None:
        since = _pydate(self.since_edit.date())
        until = _pydate(self.until_edit.date())
        if since > until:
            self._show_error(self.tr("The first day is after the last day. Please check them."))
            return
        self._show_error("")
        self.frame.set_busy(True)
        self.export_request.cancel()  # a new export: answers to an earlier one are not for it
        fmt = str(self.format_combo.currentData())
        confirm_then(
            self.worker, self, lambda: self._choose_path(since, until, fmt), self.frame.stop
        )

    def _choose_path(self, since: date, until: date, fmt: str) -> None:
        if not self.isVisible():
            return  # closed meanwhile (by her, or by locking)
        ask_save_path(
            self,
            self.tr("Save the export"),
            f"wellbeing-journal-{since.isoformat()}-{until.isoformat()}.{fmt}",
            document_file_filter(fmt),
            fmt,
            lambda path: self._fetch(since, until, fmt, path),
            self.frame.stop,
        )

    def _fetch(self, since: date, until: date, fmt: str, path: Path) -> None:
        if not self.isVisible():
            return

        def fetched(result: JournalExport) -> None:
            self._write(since, until, fmt, path, result.entries, result.items)

        self.export_request.run(bind(journal_export, since, until), fetched)

    def _write(
        self,
        since: date,
        until: date,
        fmt: str,
        path: Path,
        entries: list[JournalEntry],
        items: list[CareItem],
    ) -> None:
        labels = self.labels(since, until)
        markdown = journal_markdown(
            entries,
            item_names(items),
            labels,
            activity_ids=frozenset(item.id for item in items if item.list == ACTIVITY),
        )
        data = document_bytes(markdown, labels.title, fmt)
        del markdown, entries

        def written() -> None:
            self.frame.finish()
            self.exported.emit(path)

        write_document(self.export_request, self, path, data, written, self.frame.stop)

    def _read_failed(self, error: BaseException) -> None:
        self.frame.stop()
        MessageBox.warning(self, self.tr("The export was not saved"), describe_error(error))

    # -- helpers ---------------------------------------------------------------------------

    def labels(self, since: date, until: date) -> MarkdownLabels:
        """The export's words in the interface language."""
        return MarkdownLabels(
            title=self.tr("Journal, {first} to {last}").format(
                first=since.isoformat(), last=until.isoformat()
            ),
            date=self.tr("Date"),
            stress=self.tr("Stress (0–10)"),
            mood=self.tr("Mood (1–5)"),
            energy=self.tr("Energy (1–5)"),
            sleep=self.tr("Sleep (hours)"),
            activities=self.tr("What I did for myself"),
            warning_signs=self.tr("Warning signs"),
            tags=self.tr("Tags"),
            check_in=self.tr("Check-in"),
            empty=self.tr("No entries in this period."),
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
