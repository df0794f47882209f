"""How a row of Search everywhere looks: a quiet section heading, or a hit.

A hit is two lines: its title (and, at the end, its date in the locale's
short format), then a one-line snippet. The snippet is rich text built by
escaping her words first (``widgets.snippet_text.snippet_html``), so nothing
she wrote is ever read as markup; only the matches are made bold.
"""

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from wellbeing_desk.ui.search.model import HeadingRole, HitRole, SnippetHtmlRole, WhenRole
from wellbeing_desk.ui.widgets.row_delegate import AnyIndex, RowDelegate
from wellbeing_desk.ui.widgets.row_paint import RowPaint, draw_rich_text, draw_title_line
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


class SearchResultDelegate(RowDelegate[SearchHit]):
    item_role = HitRole
    item_type = SearchHit
    pad_x, pad_y, width = PAD_X, PAD_Y, 320
    rule = False  # sections are set apart by their headings instead

    def lines_height(self, metrics: QFontMetrics) -> int:
        return metrics.height() + GAP + metrics.lineSpacing()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if index.data(HeadingRole):
            height = HEADING_TOP + QFontMetrics(_heading_font(option.font)).height()
            return QSize(self.width, height + HEADING_BOTTOM)
        return super().sizeHint(option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.data(HeadingRole):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            self._paint_heading(painter, opt, text, rule=index.row() > 0)
            return
        super().paint(painter, option, index)

    def paint_lines(
        self, painter: QPainter, row: RowPaint, item: SearchHit, index: AnyIndex
    ) -> None:
        metrics, inner = row.metrics, row.inner
        # First line: the title (leading, bold), the date (trailing, muted).
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        title = item.title or str(index.data(Qt.ItemDataRole.DisplayRole)).split("\n", 1)[0]
        draw_title_line(painter, row, first, title, str(index.data(WhenRole) or ""))

        # Then one line of snippet, matches in bold.
        text_rect = QRectF(
            inner.left(), first.bottom() + 1 + GAP, inner.width(), metrics.lineSpacing()
        )
        snippet = str(index.data(SnippetHtmlRole) or "")
        draw_rich_text(painter, text_rect, snippet, row.opt.font, row.muted_color, wrap=False)

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
