"""A scroll area for one column of fields that never scrolls or cuts sideways.

Its smallest width is its column's smallest width plus the vertical scroll
bar, so a splitter or a narrow window cannot squeeze it until fields are cut
off at its right edge (the journal and notes editors at 900 px): the window's
own minimum size says so instead, where the layout test sees it.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class ColumnScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        column = self.widget()
        if column is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        return QSize(
            max(hint.width(), column.minimumSizeHint().width() + bar + frame), hint.height()
        )
