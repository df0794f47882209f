"""My self-care plan, in brief, on the Today page; the full plan is one button away."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.ui.widgets.text import heading

PREVIEW_CHARACTERS = 160


class PlanSummaryCard(QFrame):
    """``set_plan(sections)`` shows the sections she has written; the rest stay out of the way."""

    open_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.titles = {
            "warning_signs": self.tr("My warning signs"),
            "what_helps": self.tr("What helps me"),
            "people": self.tr("People I can reach"),
            "boundaries": self.tr("My boundaries"),
            "keeps_me_going": self.tr("What keeps me going"),
        }
        self.empty_note = QLabel(
            self.tr(
                "Your plan is empty for now. Writing down what helps, on a calm day, "
                "makes it easier to find on a hard one."
            ),
            self,
        )
        self.empty_note.setObjectName("muted")
        self.empty_note.setWordWrap(True)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(8)
        self.open_button = QPushButton(self.tr("Open my &plan"), self)
        self.open_button.setAccessibleName(self.tr("Open my self-care plan"))
        self.open_button.clicked.connect(self.open_plan_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("My self-care plan"), self, level=2))
        layout.addWidget(self.empty_note)
        layout.addLayout(self.sections)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)
        self._labels: list[QLabel] = []

    def set_plan(self, plan: dict[str, str]) -> None:
        self.clear()
        for key, title in self.titles.items():
            text = " ".join(plan.get(key, "").split())
            if not text:
                continue
            if len(text) > PREVIEW_CHARACTERS:
                text = text[:PREVIEW_CHARACTERS].rsplit(" ", 1)[0] + " …"
            caption = QLabel(title, self)
            caption.setObjectName("fieldLabel")
            body = QLabel(text, self)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setWordWrap(True)
            body.setAccessibleName(title)
            body.setAccessibleDescription(text)
            for label in (caption, body):
                self.sections.addWidget(label)
                label.show()  # now, not on the layout's queued show
                self._labels.append(label)
        self.empty_note.setVisible(not self._labels)

    def clear(self) -> None:
        """Drop her words (on lock, and before showing new ones)."""
        for label in self._labels:
            self.sections.removeWidget(label)
            label.hide()
            label.setText("")
            label.setAccessibleDescription("")
            label.deleteLater()
        self._labels = []
        self.empty_note.setVisible(True)
