"""An editor's top row: what is being written, a note about a draft, and the buttons.

Shared by the journal's entry editor and the notes editor. Only the title and
the Save button's spoken name differ; the caller passes them already translated.
"""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading


class EditorHeader(QWidget):
    def __init__(self, title: str, save_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title, self, level=2)
        self.draft_note = QLabel(self.tr("Continuing your unsaved changes."), self)
        self.draft_note.setObjectName("muted")
        self.discard_button = QPushButton(self.tr("&Discard changes"), self)
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved changes"))
        self.cancel_button = QPushButton(self.tr("&Close"), self)
        self.cancel_button.setAccessibleName(
            self.tr("Close the editor; your text stays as a draft")
        )
        self.cancel_button.setToolTip(self.tr("Your text stays as a draft (Escape)"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(save_name)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        comfortable(self.discard_button, self.cancel_button, self.save_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.title)
        row.addWidget(self.draft_note)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        self.show_draft_note(False)

    def show_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)

    def show_draft_note(self, shown: bool) -> None:
        self.draft_note.setVisible(shown)
        self.discard_button.setVisible(shown)
