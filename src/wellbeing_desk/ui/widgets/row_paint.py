"""The shared steps of painting a list row by hand (journal, notes, search results).

Each delegate lays out its own lines; what they share is the frame around
them: the style's selected/hover background, the colours for normal and muted
text (both become the highlighted text colour on a selected row), a line of
rich text clipped to its box, and the focus frame and hairline at the end.
"""

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


@dataclass
class RowPaint:
    """One row being painted: its option, style and the rectangles and colours to use."""

    opt: QStyleOptionViewItem
    style: QStyle
    widget: QWidget | None
    rect: QRect  # the whole row
    inner: QRect  # inside the padding
    metrics: QFontMetrics
    text_color: QColor
    muted_color: QColor

    def bold_font(self) -> QFont:
        bold = QFont(self.opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        return bold


def start_row(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
    *,
    pad_x: int,
    pad_y: int,
) -> RowPaint:
    """Paint the row's background (without the model's text) and say where its lines go."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""  # the delegate draws the words itself
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
    return RowPaint(
        opt=opt,
        style=style,
        widget=widget,
        rect=rect,
        inner=rect.adjusted(pad_x, pad_y, -pad_x, -pad_y),
        metrics=QFontMetrics(opt.font),
        text_color=palette.color(text_role),
        muted_color=palette.color(muted_role),
    )


def draw_elided(
    painter: QPainter,
    rect: QRect,
    text: str,
    font: QFont,
    alignment: Qt.AlignmentFlag = LEADING,
) -> None:
    """One line of plain text, cut with an ellipsis where it does not fit."""
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, alignment, elided)


def draw_title_line(
    painter: QPainter, row: RowPaint, rect: QRect, title: str, trailing: str = ""
) -> None:
    """A bold title at the start and a muted note (a date, a kind) at the end.

    The note is drawn whole; the title gives way and is elided before it.
    """
    trailing_width = row.metrics.horizontalAdvance(trailing) if trailing else 0
    bold = row.bold_font()
    painter.setFont(bold)
    painter.setPen(row.text_color)
    title_rect = rect.adjusted(0, 0, -(trailing_width + 16) if trailing else 0, 0)
    draw_elided(painter, title_rect, title, bold)
    if trailing:
        painter.setFont(row.opt.font)
        painter.setPen(row.muted_color)
        painter.drawText(rect, TRAILING, trailing)


def draw_rich_text(
    painter: QPainter,
    rect: QRectF,
    html: str,
    font: QFont,
    color: QColor,
    *,
    wrap: bool = True,
) -> None:
    """Rich text (an escaped snippet with bold matches) clipped to ``rect``.

    With ``wrap`` the text wraps at the box's width and the clip keeps the
    first line(s); without, it runs on in one line and is cut at the edge.
    """
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    if wrap:
        document.setTextWidth(rect.width())
    else:
        no_wrap = QTextOption()
        no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(no_wrap)
    document.setHtml(html)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, color)
    context.clip = QRectF(0, 0, rect.width(), rect.height())
    painter.save()
    painter.translate(rect.topLeft())
    painter.setClipRect(context.clip)
    document.documentLayout().draw(painter, context)
    painter.restore()


def finish_row(painter: QPainter, row: RowPaint, *, rule: bool = True) -> None:
    """The keyboard focus frame, then (with ``rule``) a hairline under the row."""
    if row.opt.state & QStyle.StateFlag.State_HasFocus:
        focus = QStyleOptionViewItem(row.opt)
        focus.rect = row.rect.adjusted(2, 2, -2, -2)
        row.style.drawPrimitive(
            QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, row.widget
        )
    if rule:
        painter.save()
        painter.setPen(row.opt.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(row.rect.bottomLeft(), row.rect.bottomRight())
        painter.restore()
