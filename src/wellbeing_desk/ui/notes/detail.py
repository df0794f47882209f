"""Everything in one note, to read: who took part, takeaways, follow-ups, tags and the text.

The pane only shows and asks: ``edit_requested``, ``delete_requested``,
``restore_requested`` and ``entry_requested(directory_id)`` (a participant
linked to her directory) are acted on by the page. ``clear()`` blanks every
label at once (on lock too). The text is Markdown, shown by a view that
loads nothing.
"""

from PySide6.QtCore import QSizeF, Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.notes.formatting import long_date, short_date
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy
from wellbeing_desk.ui.widgets.markdown_view import MarkdownView
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.per_record import drop_widgets
from wellbeing_desk.ui.widgets.text import heading, selectable_text
from wellbeing_desk.vault.notes import Note

PERSON_STYLE = """
QLabel#person {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 11px;
    padding: 3px 10px;
}
"""


def bullet_lines(lines: list[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


class GrowingMarkdownView(MarkdownView):
    """A Markdown view as tall as its text, for a page that scrolls as a whole."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(0)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.setFixedHeight(0)

    def set_markdown(self, text: str) -> None:
        """The text, with headings only a little larger than the rest (a calm page)."""
        super().set_markdown(text)
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                heading_format = QTextCharFormat()
                heading_format.setProperty(
                    QTextFormat.Property.FontSizeAdjustment, 1 if level == 1 else 0
                )
                heading_format.setFontWeight(QFont.Weight.DemiBold)
                cursor.mergeCharFormat(heading_format)
            block = block.next()

    def _fit(self, size: QSizeF) -> None:
        self.setFixedHeight(int(size.height()) + 4 if self.document().characterCount() > 1 else 0)


class NoteDetail(QScrollArea):
    edit_requested = Signal()
    delete_requested = Signal()
    restore_requested = Signal()
    entry_requested = Signal(str)  # a directory entry's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note: Note | None = None
        body = QWidget(self)
        body.setStyleSheet(PERSON_STYLE)
        self.setWidget(body)

        self.title = heading("", body, level=2)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = selectable_text(body)
        self.subtitle.setObjectName("muted")
        self.trash_note = QLabel(self.tr("This note is in the trash."), body)
        self.trash_note.setObjectName("notice")
        self.edit_button = QPushButton(self.tr("&Edit"), body)
        self.edit_button.setAccessibleName(self.tr("Edit this note"))
        self.edit_button.setToolTip(self.tr("Edit this note (Enter in the list)"))
        self.delete_button = QPushButton(self.tr("&Delete"), body)
        self.delete_button.setAccessibleName(self.tr("Move this note to the trash"))
        self.delete_button.setToolTip(self.tr("Move this note to the trash; you can undo it"))
        self.restore_button = QPushButton(self.tr("&Restore"), body)
        self.restore_button.setAccessibleName(self.tr("Restore this note"))
        comfortable(self.edit_button, self.delete_button, self.restore_button)

        self.people_title = self._section_title(self.tr("Who took part"), body)
        self.people_box = QWidget(body)
        self.people_box.setSizePolicy(expanding_width_policy())
        self.people_flow = FlowLayout(self.people_box, spacing=8)
        self.people_widgets: list[QWidget] = []
        self.takeaways_title = self._section_title(self.tr("Key takeaways"), body)
        self.takeaways = selectable_text(body)
        self.follow_ups_title = self._section_title(self.tr("Follow-ups"), body)
        self.follow_ups = selectable_text(body)
        self.tags_title = self._section_title(self.tr("Tags"), body)
        self.tags = selectable_text(body)
        self.text_title = self._section_title(self.tr("Notes"), body)
        self.text = GrowingMarkdownView(self.tr("The note's text"), body)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.trash_note)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 16, 16)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        for title, content in (
            (self.people_title, self.people_box),
            (self.takeaways_title, self.takeaways),
            (self.follow_ups_title, self.follow_ups),
            (self.tags_title, self.tags),
            (self.text_title, self.text),
        ):
            layout.addSpacing(12)
            layout.addWidget(title)
            layout.addWidget(content)
        layout.addStretch(1)

        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.clear()

    def _section_title(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("fieldLabel")
        return label

    # -- showing -------------------------------------------------------------------------

    @property
    def note_id(self) -> str | None:
        return self.note.id if self.note is not None else None

    def show_note(self, note: Note, context: str) -> None:
        self.note = note
        self.title.setText(note.title)
        self.title.setAccessibleName(note.title)
        when = long_date(note.occurred_on)
        self.subtitle.setText(f"{when} · {context}" if context else when)
        self._show_people(note)
        self._show_lines(self.takeaways_title, self.takeaways, bullet_lines(list(note.takeaways)))
        follow_ups = [
            self.tr("{text} — by {date}").format(text=f.text, date=short_date(f.due_date))
            if f.due_date
            else f.text
            for f in note.follow_ups
        ]
        self._show_lines(self.follow_ups_title, self.follow_ups, bullet_lines(follow_ups))
        self._show_lines(self.tags_title, self.tags, " · ".join(f"#{tag}" for tag in note.tags))
        self.text.set_markdown(note.body)
        shown = bool(note.body.strip())
        self.text_title.setVisible(shown)
        self.text.setVisible(shown)
        trashed = note.deleted_at is not None
        self.trash_note.setVisible(trashed)
        self.restore_button.setVisible(trashed)
        self.edit_button.setVisible(not trashed)
        self.delete_button.setVisible(not trashed)
        self.verticalScrollBar().setValue(0)

    def _show_lines(self, title: QLabel, label: QLabel, text: str) -> None:
        label.setText(text)
        title.setVisible(bool(text))
        label.setVisible(bool(text))

    def _show_people(self, note: Note) -> None:
        self._drop_people()
        for person in note.participants:
            widget: QWidget
            if person.directory_id:
                link = QPushButton(person.name, self.people_box)
                link.setObjectName("link")
                link.setCursor(Qt.CursorShape.PointingHandCursor)
                link.setAccessibleName(
                    self.tr("Open {name} in the directory").format(name=person.name)
                )
                link.setToolTip(self.tr("Open in the directory"))
                entry_id = person.directory_id
                link.clicked.connect(lambda _=False, e=entry_id: self.entry_requested.emit(e))
                widget = link
            else:
                label = QLabel(person.name, self.people_box)
                label.setObjectName("person")
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAccessibleName(person.name)
                widget = label
            self.people_flow.addWidget(widget)
            self.people_widgets.append(widget)
            widget.setVisible(True)
        shown = bool(note.participants)
        self.people_title.setVisible(shown)
        self.people_box.setVisible(shown)

    def people_links(self) -> list[QPushButton]:
        return [w for w in self.people_widgets if isinstance(w, QPushButton)]

    def _drop_people(self) -> None:
        drop_widgets(self.people_flow, self.people_widgets)
        self.people_widgets = []

    def clear(self) -> None:
        """Blank everything (no note chosen, or the vault is locking)."""
        self.note = None
        self._drop_people()
        for label in (self.title, self.subtitle, self.takeaways, self.follow_ups, self.tags):
            label.setText("")
            label.setAccessibleName("")
        self.text.clear()
        for widget in (
            self.people_title, self.people_box, self.takeaways_title, self.takeaways,
            self.follow_ups_title, self.follow_ups, self.tags_title, self.tags,
            self.text_title, self.text, self.trash_note, self.restore_button,
        ):  # fmt: skip
            widget.setVisible(False)
        self.edit_button.setVisible(True)
        self.delete_button.setVisible(True)
