"""The shared frame of the lock screens: a centred column under the app mark."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.icons import app_icon
from wellbeing_desk.ui.widgets.page_scroll import scroll_page
from wellbeing_desk.ui.widgets.text import heading, paragraph

COLUMN_WIDTH = 500
LOGO_SIZE = 72
# Below this height (a 900×600 laptop) the mark steps aside and the margins tighten,
# so the form and its button fit without scrolling.
COMPACT_HEIGHT = 680


class LockScreenFrame(QWidget):
    """Logo, heading and intro on top; the caller adds its fields to ``body``."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget(self)
        column.setObjectName("lockColumn")
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setMinimumWidth(min(COLUMN_WIDTH, 360))

        self.logo = QLabel(column)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.logo.setPixmap(app_icon().pixmap(QSize(LOGO_SIZE, LOGO_SIZE)))
        self.logo.setAccessibleName(self.tr("Wellbeing Desk"))
        self.title_label = heading(title, column)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.intro_label = paragraph(intro, column)
        self.intro_label.setObjectName("muted")
        self.intro_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        card = QFrame(column)
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 26, 28, 26)
        card_layout.setSpacing(0)
        card_layout.addLayout(self.body)

        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(14)
        inner.addWidget(self.logo)
        inner.addWidget(self.title_label)
        inner.addWidget(self.intro_label)
        inner.addSpacing(8)
        inner.addWidget(card)

        # Scrolls on a short screen (900×600 with a weak-passphrase warning): never squashed.
        holder = QWidget(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 10)
        row.addStretch(1)
        outer = QVBoxLayout(holder)
        self._outer = outer
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        scroll_page(self, holder)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().height() < COMPACT_HEIGHT
        self.logo.setVisible(not compact)
        margin = 8 if compact else 24
        self._outer.setContentsMargins(32, margin, 32, margin)


def busy_row(text: str, parent: QWidget) -> tuple[QWidget, QLabel]:
    """An indeterminate bar with a sentence, hidden until work starts."""
    box = QWidget(parent)
    bar = QProgressBar(box)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(text)
    label = QLabel(text, box)
    label.setObjectName("muted")
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(bar)
    layout.addWidget(label)
    box.setVisible(False)
    return box, label


def error_label(parent: QWidget) -> QLabel:
    """A line for one clear error message; empty and hidden until needed."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
