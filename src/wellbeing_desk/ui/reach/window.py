"""The frame both reach windows share: a heading, a line of help, the picker, grounding, Close."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.ui.reach.picker import ReachPicker
from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.text import heading, paragraph


class ReachWindow(QDialog):
    """Subclasses add their own widgets to ``body`` and buttons to ``button_row``."""

    grounding_requested = Signal()

    def __init__(
        self,
        clipboard: ClipboardGuard,
        texts: tuple[str, str, str, str],  # title, intro, the list's name, the Close button's name
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title, intro, list_name, close_name = texts
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        intro_label = paragraph(intro, self)
        intro_label.setObjectName("muted")
        self.picker = ReachPicker(clipboard, list_name, self)
        self.grounding_button = QPushButton(self.tr("&Breathe and ground"), self)
        self.grounding_button.setAccessibleName(self.tr("Breathe and ground"))
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.setAccessibleName(close_name)
        for button in (self.grounding_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to Copy
        # The buttons wrap on a narrow screen or in a long language; Close keeps its corner.
        left = QWidget(self)
        self.button_row = FlowLayout(left, spacing=8)
        self.button_row.addWidget(self.grounding_button)
        button_line = QHBoxLayout()
        button_line.setSpacing(8)
        button_line.addWidget(left, 1)
        button_line.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 18)
        self.body.setSpacing(10)
        self.body.addWidget(heading(title, self, level=2))
        self.body.addWidget(intro_label)
        self.body.addWidget(self.picker, 1)
        self.body.addLayout(button_line)
        self.grounding_button.clicked.connect(self.grounding_requested)
        self.close_button.clicked.connect(self.reject)
