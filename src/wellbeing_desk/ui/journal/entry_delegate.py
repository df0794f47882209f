"""How one journal row looks: when, what kind, stress and mood, a line of text, what she did.

The text line is rich text only for search snippets, built by escaping her
words first (``widgets.snippet_text``), so nothing she wrote is ever
interpreted as markup.
"""

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontMetrics, QPainter

from wellbeing_desk.ui.journal.entry_model import SummaryRole
from wellbeing_desk.ui.journal.formatting import (
    activities_text,
    body_html,
    format_when,
    kind_label,
    scores_text,
)
from wellbeing_desk.ui.widgets.row_delegate import AnyIndex, RowDelegate
from wellbeing_desk.ui.widgets.row_paint import (
    RowPaint,
    draw_elided,
    draw_rich_text,
    draw_title_line,
)
from wellbeing_desk.vault.journal import EntrySummary

PAD_X = 16
PAD_Y = 9
GAP = 4
TEXT_LINES = 1
ACTIVITY_LINES = 1  # always kept, so every row is as tall as the others


class EntryDelegate(RowDelegate[EntrySummary]):
    item_role = SummaryRole
    item_type = EntrySummary
    pad_x, pad_y, width = PAD_X, PAD_Y, 320

    def lines_height(self, metrics: QFontMetrics) -> int:
        return metrics.height() + GAP + (TEXT_LINES + ACTIVITY_LINES) * metrics.lineSpacing()

    def paint_lines(
        self, painter: QPainter, row: RowPaint, item: EntrySummary, index: AnyIndex
    ) -> None:
        metrics, inner = row.metrics, row.inner
        # First line: when (leading), kind and scores (trailing, muted).
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        details = " · ".join(
            part for part in (kind_label(item.kind), scores_text(item.stress, item.mood)) if part
        )
        draw_title_line(painter, row, first, format_when(item.occurred_at), details)

        # Then the text: a snippet with highlighted matches, or the first line.
        text_rect = QRectF(
            inner.left(),
            first.bottom() + 1 + GAP,
            inner.width(),
            TEXT_LINES * metrics.lineSpacing(),
        )
        draw_rich_text(painter, text_rect, body_html(item), row.opt.font, row.text_color)
        names: tuple[str, ...] = getattr(item, "activity_names", ())
        if names:
            line = QRect(
                inner.left(),
                int(text_rect.bottom()) + 1,
                inner.width(),
                metrics.lineSpacing(),
            )
            painter.setFont(row.opt.font)
            painter.setPen(row.muted_color)
            draw_elided(painter, line, activities_text(names), row.opt.font)
