"""A calm page for a section that a later version fills in."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from wellbeing_desk.ui.widgets.text import heading, paragraph


class PlaceholderPage(QWidget):
    """A heading and a short note in a card; holds no content, so nothing to clear."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.title_label = heading(title, self)
        card = QFrame(self)
        card.setObjectName("card")
        card.setMaximumWidth(620)
        self.message_label = paragraph(message, card)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.addWidget(self.message_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(44, 40, 44, 40)
        layout.setSpacing(18)
        layout.addWidget(self.title_label)
        layout.addWidget(card)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def clear_content(self) -> None:
        """Nothing to clear: a placeholder never shows the user's content."""
