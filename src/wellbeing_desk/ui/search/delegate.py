"""How a row of Search everywhere looks: a quiet section heading, or a hit.

A hit is two lines: its title (and, at the end, its date in the locale's
short format), then a one-line snippet. The snippet is rich text built by
escaping her words first (``journal.formatting.snippet_html``), so nothing
she wrote is ever read as markup; only the matches are made bold.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wellbeing_desk.ui.search.model import HeadingRole, HitRole, SnippetHtmlRole, WhenRole
from wellbeing_desk.vault.search import SearchHit

PAD_X = 14
PAD_Y = 7
GAP = 3
HEADING_TOP = 12
HEADING_BOTTOM = 4


def _heading_font(font: QFont) -> QFont:
    heading = QFont(font)
    heading.setWeight(QFont.Weight.DemiBold)
    heading.setPointSizeF(max(1.0, font.pointSizeF() * 0.92))
    return heading


class SearchResultDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(HeadingRole):
            height = HEADING_TOP + QFontMetrics(_heading_font(option.font)).height()
            return QSize(320, height + HEADING_BOTTOM)
        return QSize(320, 2 * PAD_Y + metrics.height() + GAP + metrics.lineSpacing())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if index.data(HeadingRole):
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            self._paint_heading(painter, opt, text, rule=index.row() > 0)
            return
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            return
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
        # First line: the title (leading, bold), the date (trailing, muted).
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        when = str(index.data(WhenRole) or "")
        when_width = metrics.horizontalAdvance(when) if when else 0
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        title_rect = first.adjusted(0, 0, -(when_width + 16) if when else 0, 0)
        title = QFontMetrics(bold).elidedText(
            hit.title or str(index.data(Qt.ItemDataRole.DisplayRole)).split("\n", 1)[0],
            Qt.TextElideMode.ElideRight,
            title_rect.width(),
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, title
        )
        if when:
            painter.setFont(opt.font)
            painter.setPen(palette.color(muted_role))
            painter.drawText(
                first, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter, when
            )

        # Then one line of snippet, matches in bold.
        text_rect = QRectF(
            inner.left(), first.bottom() + 1 + GAP, inner.width(), metrics.lineSpacing()
        )
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        no_wrap = QTextOption()
        no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(no_wrap)
        document.setHtml(str(index.data(SnippetHtmlRole) or ""))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(muted_role))
        context.clip = QRectF(0, 0, text_rect.width(), text_rect.height())
        painter.translate(text_rect.topLeft())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(opt)
            focus.rect = rect.adjusted(2, 2, -2, -2)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)

    def _paint_heading(
        self, painter: QPainter, opt: QStyleOptionViewItem, text: str, *, rule: bool
    ) -> None:
        painter.save()
        font = _heading_font(opt.font)
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        rect = opt.rect.adjusted(PAD_X, HEADING_TOP, -PAD_X, -HEADING_BOTTOM)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if rule:  # a quiet line between one section and the next
            painter.setPen(opt.palette.color(QPalette.ColorRole.Midlight))
            top = opt.rect.top() + 4
            painter.drawLine(opt.rect.left() + PAD_X, top, opt.rect.right() - PAD_X, top)
        painter.restore()
