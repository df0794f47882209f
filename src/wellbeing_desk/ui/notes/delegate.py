"""How one note row looks: the title; date, context and people; then a line of text.

The text line is rich text only for search snippets, built by escaping her
words first (``formatting.body_html``), so nothing she wrote is ever
interpreted as markup.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wellbeing_desk.ui.notes.formatting import body_html, details_text
from wellbeing_desk.ui.notes.model import ContextRole, SummaryRole
from wellbeing_desk.vault.notes import NoteSummary

PAD_X = 16
PAD_Y = 10
GAP = 3


class NoteDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        height = 2 * PAD_Y + metrics.height() + 2 * (GAP + metrics.lineSpacing())
        return QSize(300, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(SummaryRole)
        if not isinstance(summary, NoteSummary):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        metrics = QFontMetrics(opt.font)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        painter.save()
        # First line: the title, bold.
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        title = QFontMetrics(bold).elidedText(
            summary.title, Qt.TextElideMode.ElideRight, first.width()
        )
        painter.drawText(
            first, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.setFont(opt.font)
        painter.setPen(palette.color(muted_role))

        # Second line: date · context · people (muted).
        second = QRect(inner.left(), first.bottom() + 1 + GAP, inner.width(), metrics.lineSpacing())
        details = metrics.elidedText(
            details_text(summary, str(index.data(ContextRole) or "")),
            Qt.TextElideMode.ElideRight,
            second.width(),
        )
        painter.drawText(
            second, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, details
        )

        # Then the text: a snippet with highlighted matches, or the first line.
        text_rect = QRectF(
            inner.left(), second.bottom() + 1 + GAP, inner.width(), metrics.lineSpacing()
        )
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setTextWidth(text_rect.width())
        document.setHtml(body_html(summary))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
        context.clip = QRectF(0, 0, text_rect.width(), text_rect.height())
        painter.translate(text_rect.topLeft())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(opt)
            focus.rect = rect.adjusted(2, 2, -2, -2)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
