"""What every export of a file that is not encrypted says and does alike.

The counsellor export, the debrief export and the directory export share
the warning, the passphrase asked again, the Markdown/PDF choice and what
she is told when writing fails. Their words are the counsellor export's
(``ExportDialog`` translations), so every export says them the same way.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import export as export_ops
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.settings.confirm import confirm_passphrase
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.ui.widgets.text import paragraph
from wellbeing_desk.ui.worker import DatabaseWorker

MARKDOWN, PDF = "md", "pdf"


def warning_paragraph(parent: QWidget) -> QLabel:
    warning = paragraph(
        QCoreApplication.translate(
            "ExportDialog",
            "The exported file is not encrypted. Anyone who gets the file can read "
            "everything in it. Share it only in a way you trust, and delete it when "
            "it is no longer needed.",
        ),
        parent,
    )
    warning.setObjectName("notice")
    return warning


def document_format_combo(parent: QWidget) -> QComboBox:
    """Markdown (first) or PDF; the chosen item's data is ``MARKDOWN`` or ``PDF``."""
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate("ExportDialog", "File format"))
    combo.addItem(QCoreApplication.translate("ExportDialog", "Markdown text (.md)"), MARKDOWN)
    combo.addItem(QCoreApplication.translate("ExportDialog", "PDF document (.pdf)"), PDF)
    return combo


def document_file_filter(fmt: str) -> str:
    """The save dialog's filter for ``MARKDOWN`` or ``PDF``."""
    if fmt == PDF:
        return QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)")
    return QCoreApplication.translate("ExportDialog", "Markdown text (*.md)")


def confirm_then(
    worker: DatabaseWorker,
    parent: QWidget,
    proceed: Callable[[], None],
    stop: Callable[[], None],
) -> None:
    """Ask for the passphrase again (checked on the worker): ``proceed`` if right, else ``stop``."""
    confirm_passphrase(
        worker,
        parent,
        QCoreApplication.translate(
            "ExportDialog", "Exporting writes a file that is not encrypted. Enter your passphrase."
        ),
        lambda ok: proceed() if ok else stop(),
    )


def write_document(
    request: Request,
    parent: QWidget,
    path: Path,
    data: bytes,
    written: Callable[[], None],
    stop: Callable[[], None],
) -> None:
    """Write ``data`` atomically on the worker; ``written`` after, or ``stop`` and a warning.

    Through the export's ``request``: once it is cancelled (locking), the file
    is still written or not, but nothing more is said or shown.
    """

    def failed(_error: BaseException) -> None:
        stop()
        warn_not_saved(parent)

    request.run(bind(export_ops.write_document, path, data), lambda _: written(), failed)


def warn_not_saved(parent: QWidget) -> None:
    MessageBox.warning(
        parent,
        QCoreApplication.translate("ExportDialog", "The export was not saved"),
        QCoreApplication.translate(
            "ExportDialog",
            "The export could not be saved, and nothing was written. Check that the "
            "folder exists and that you are allowed to write to it, then try again.",
        ),
    )
