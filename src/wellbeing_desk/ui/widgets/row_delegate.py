"""A base for list delegates that paint their rows by hand (journal, notes, search).

It does the part every such row shares: read the row's item from the model
(paint nothing if it is not one), size the row from its padding and lines,
paint the background, hand over to ``paint_lines`` and finish with the focus
frame and hairline (``widgets.row_paint``). A subclass only lays out its lines.
"""

from abc import abstractmethod
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wellbeing_desk.ui.widgets.row_paint import RowPaint, finish_row, start_row

ItemT = TypeVar("ItemT")
AnyIndex = QModelIndex | QPersistentModelIndex


class RowDelegate(QStyledItemDelegate, Generic[ItemT]):
    item_role: ClassVar[int]  # the model role that holds the row's item
    item_type: type[ItemT]
    pad_x: ClassVar[int]
    pad_y: ClassVar[int]
    width: ClassVar[int]  # the width hint; the view stretches rows anyway
    rule: ClassVar[bool] = True  # a hairline under each row

    @abstractmethod
    def lines_height(self, metrics: QFontMetrics) -> int:
        """How tall the lines inside the padding are."""

    @abstractmethod
    def paint_lines(self, painter: QPainter, row: RowPaint, item: ItemT, index: AnyIndex) -> None:
        """Draw the row's lines inside ``row.inner`` (the painter is saved around this)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(self.width, 2 * self.pad_y + self.lines_height(QFontMetrics(option.font)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = index.data(self.item_role)
        if not isinstance(item, self.item_type):
            return
        row = start_row(self, painter, option, index, pad_x=self.pad_x, pad_y=self.pad_y)
        painter.save()
        self.paint_lines(painter, row, item, index)
        painter.restore()
        finish_row(painter, row, rule=self.rule)
