"""A read-only Markdown view that never loads anything: no network, no local files.

Three locks: the document answers every resource request with nothing; images
are drawn by our own handler, which shows a short placeholder instead of
Qt's, which would otherwise read an image file straight from disk by its
name; and links are not followed. Raw HTML in the Markdown is shown as text.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFontMetricsF,
    QPainter,
    QPalette,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class NoResourceDocument(QTextDocument):
    """A text document whose every resource request answers "nothing"."""

    requested: int = 0

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.requested += 1
        return None


class ImagePlaceholder(QPyTextObject):
    """Draws "[image: alt text]" where an image would be, and loads nothing."""

    def __init__(self, view: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.drawn = 0

    def _label(self, fmt: QTextFormat) -> str:
        alt = fmt.stringProperty(QTextFormat.Property.ImageAltText).strip()
        if alt:
            return QCoreApplication.translate("MarkdownView", "[image: {name}]").format(name=alt)
        return QCoreApplication.translate("MarkdownView", "[image]")

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(doc.defaultFont())
        return QSizeF(metrics.horizontalAdvance(self._label(fmt)), metrics.height())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        self.drawn += 1
        painter.save()
        painter.setPen(self._view.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(rect), self._label(fmt))
        painter.restore()


class MarkdownView(QTextBrowser):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document = NoResourceDocument(self)
        document.setDocumentMargin(10)
        self.setDocument(document)
        self.images = ImagePlaceholder(self, self)
        layout = document.documentLayout()
        layout.registerHandler(int(QTextFormat.ObjectTypes.ImageObject.value), self.images)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(accessible_name)

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN_FEATURES)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None
