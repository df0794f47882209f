"""How one note row looks: the title; date, context and people; then a line of text.

The text line is rich text only for search snippets, built by escaping her
words first (``formatting.body_html``), so nothing she wrote is ever
interpreted as markup.
"""

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontMetrics, QPainter

from wellbeing_desk.ui.notes.formatting import body_html, details_text
from wellbeing_desk.ui.notes.model import ContextRole, SummaryRole
from wellbeing_desk.ui.widgets.row_delegate import AnyIndex, RowDelegate
from wellbeing_desk.ui.widgets.row_paint import (
    RowPaint,
    draw_elided,
    draw_rich_text,
    draw_title_line,
)
from wellbeing_desk.vault.notes import NoteSummary

PAD_X = 16
PAD_Y = 10
GAP = 3


class NoteDelegate(RowDelegate[NoteSummary]):
    item_role = SummaryRole
    item_type = NoteSummary
    pad_x, pad_y, width = PAD_X, PAD_Y, 300

    def lines_height(self, metrics: QFontMetrics) -> int:
        return metrics.height() + 2 * (GAP + metrics.lineSpacing())

    def paint_lines(
        self, painter: QPainter, row: RowPaint, item: NoteSummary, index: AnyIndex
    ) -> None:
        metrics, inner, font = row.metrics, row.inner, row.opt.font
        # First line: the title, bold.
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        draw_title_line(painter, row, first, item.title)
        painter.setFont(font)
        painter.setPen(row.muted_color)

        # Second line: date · context · people (muted).
        second = QRect(inner.left(), first.bottom() + 1 + GAP, inner.width(), metrics.lineSpacing())
        details = details_text(item, str(index.data(ContextRole) or ""))
        draw_elided(painter, second, details, font)

        # Then the text: a snippet with highlighted matches, or the first line.
        text_rect = QRectF(
            inner.left(), second.bottom() + 1 + GAP, inner.width(), metrics.lineSpacing()
        )
        draw_rich_text(painter, text_rect, body_html(item), font, row.text_color)
