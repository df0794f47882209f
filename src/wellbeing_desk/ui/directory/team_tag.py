"""The directory list's rows, with a team entry's "Team · <name>" drawn as a small tag.

The model gives a team entry a last line, its tag (``DirectoryListModel.team_tag``),
so the row is sized for it and a screen reader reads it. This delegate lets
the style draw the row as always without that line (the words at the top),
then draws the tag in its place as a rounded pill at the leading edge:
read as a label, not as one more line of the entry's details. Her own
entries are drawn exactly as the style draws them.
"""

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from wellbeing_desk.ui.directory.model import IdRole

AnyIndex = QModelIndex | QPersistentModelIndex


class TagSource(Protocol):
    """What the delegate needs of the model (``DirectoryListModel`` is one)."""

    def team_tag(self, entry_id: str) -> str: ...


PAD_X, PAD_Y = 8, 6  # the list's item padding (DIRECTORY_STYLE)
TAG_PAD_X = 6


class TeamTagDelegate(QStyledItemDelegate):
    """Draws a team entry's last line as a tag; ``tag_of(id)`` says a row's tag ("" for hers)."""

    def __init__(self, tag_of: TagSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tag_of = tag_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        tag = self._tag_of.team_tag(str(index.data(IdRole))) if index.isValid() else ""
        if not tag:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = str(opt.text)  # Qt turns the model's "\n" into a line separator
        for separator in ("\u2028", "\n"):
            if text.endswith(separator + tag):
                opt.text = text[: -len(tag) - 1]
        opt.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        self._draw_tag(painter, opt, tag)

    def _draw_tag(self, painter: QPainter, opt: QStyleOptionViewItem, tag: str) -> None:
        font = QFont(opt.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        metrics = QFontMetrics(font)
        line = QFontMetrics(opt.font).lineSpacing()
        rect: QRect = opt.rect
        area = rect.adjusted(PAD_X, 0, -PAD_X, -PAD_Y)
        area.setTop(area.bottom() - line + 1)
        shown = metrics.elidedText(
            tag, Qt.TextElideMode.ElideRight, max(0, area.width() - 2 * TAG_PAD_X)
        )
        size = QSize(metrics.horizontalAdvance(shown) + 2 * TAG_PAD_X, metrics.height() + 2)
        size.setHeight(min(size.height(), area.height()))
        pill = QStyle.alignedRect(
            opt.direction,
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
            size,
            area,
        )
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        fill = palette.color(QPalette.ColorRole.Base if selected else QPalette.ColorRole.Highlight)
        fill.setAlpha(60 if selected else 40)
        border = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(border))
        painter.setBrush(fill)
        painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), pill.height() / 2, pill.height() / 2)
        painter.setPen(ink)
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()
