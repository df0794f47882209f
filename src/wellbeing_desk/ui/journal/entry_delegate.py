"""How one journal row looks: when, what kind, stress and mood, then a line of text.

The text line is rich text only for search snippets, built by escaping her
words first (``formatting.snippet_html``), so nothing she wrote is ever
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

from wellbeing_desk.ui.journal.entry_model import SummaryRole
from wellbeing_desk.ui.journal.formatting import body_html, format_when, kind_label, scores_text
from wellbeing_desk.vault.journal import EntrySummary

PAD_X = 16
PAD_Y = 9
GAP = 4
TEXT_LINES = 1


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        height = 2 * PAD_Y + metrics.height() + GAP + TEXT_LINES * metrics.lineSpacing()
        return QSize(320, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(SummaryRole)
        if not isinstance(summary, EntrySummary):
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
        # First line: when (leading), kind and scores (trailing, muted).
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        details = " · ".join(
            part
            for part in (kind_label(summary.kind), scores_text(summary.stress, summary.mood))
            if part
        )
        details_width = metrics.horizontalAdvance(details)
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        when_rect = first.adjusted(0, 0, -(details_width + 16), 0)
        when = QFontMetrics(bold).elidedText(
            format_when(summary.occurred_at), Qt.TextElideMode.ElideRight, when_rect.width()
        )
        painter.drawText(
            when_rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, when
        )
        painter.setFont(opt.font)
        painter.setPen(palette.color(muted_role))
        painter.drawText(
            first, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter, details
        )

        # Then the text: a snippet with highlighted matches, or the first line.
        text_top = first.bottom() + 1 + GAP
        text_rect = QRectF(
            inner.left(), text_top, inner.width(), TEXT_LINES * metrics.lineSpacing()
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
