"""Markdown to PDF in memory: ``QTextDocument`` printed to a ``QPdfWriter`` on a ``QBuffer``.

Nothing touches the disk here; the caller writes the bytes atomically. Raw
HTML in the Markdown is ignored and no image or other resource is loaded, so
an entry's text cannot pull a file from the computer into the PDF.
"""

from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from wellbeing_desk import APP_NAME
from wellbeing_desk.ui.export.unencrypted import PDF

MARGIN_MM = 18.0
_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class _TextOnlyDocument(QTextDocument):
    """A document that never loads images or style sheets from anywhere."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


def markdown_pdf(markdown: str, title: str) -> bytes:
    """The PDF of ``markdown`` (A4), as bytes."""
    document = _TextOnlyDocument()
    document.setMarkdown(markdown, _FEATURES)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    document.print_(writer)
    del writer  # finishes the file
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def document_bytes(markdown: str, title: str, fmt: str) -> bytes:
    """The file an export writes: the PDF of ``markdown`` for ``PDF``, else the Markdown itself."""
    return markdown_pdf(markdown, title) if fmt == PDF else markdown.encode("utf-8")
