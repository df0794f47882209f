"""The fields of a note: title, date, context, people, takeaways, follow-ups, tags, the text.

``set_state``/``state`` move a ``NoteState`` in and out; ``changed`` fires on
every edit. The text is Markdown, with a preview that loads nothing, and can
start from a template of prompts (headings in her language).
"""

from itertools import pairwise

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.notes.formatting import date_format, from_qdate, to_qdate
from wellbeing_desk.ui.notes.lists_input import FollowUpsInput, TakeawaysInput
from wellbeing_desk.ui.notes.note_state import NoteState
from wellbeing_desk.ui.notes.people import ParticipantsInput
from wellbeing_desk.ui.notes.prompts import prompt_templates, with_prompts
from wellbeing_desk.ui.notes.tags_input import TagsInput
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.markdown_writing import MarkdownWriting, WritingWords
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import CareItem
from wellbeing_desk.vault.notes import MAX_BODY, MAX_TITLE

FORM_STYLE = """
QLineEdit#noteTitle { font-size: 15pt; padding: 4px 6px; }
"""


class NoteForm(QWidget):
    changed = Signal()
    lists_requested = Signal()
    entry_requested = Signal(str)  # a linked participant's directory entry

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self._loading = False
        self._extra_context: str | None = None  # a context no longer in her list
        fields = QWidget(self)
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 16, 12)
        column.setSpacing(6)

        self.title = QLineEdit(fields)
        self.title.setObjectName("noteTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("What was the conversation?"))
        self.title.setAccessibleName(self.tr("Title"))
        self.when = QDateEdit(fields)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_format())
        self.when.setAccessibleName(self.tr("Date"))
        name_inner_parts(self.when)
        self.context = QComboBox(fields)
        self.context.setAccessibleName(self.tr("Context"))
        # Long context names (in any language) must not push the form wider than its pane.
        self.context.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.context.setMinimumContentsLength(12)
        self.lists_button = QPushButton(self.tr("&Edit list…"), fields)
        self.lists_button.setAccessibleName(self.tr("Edit your list of contexts"))
        self.participants = ParticipantsInput(worker, fields)
        self.takeaways = TakeawaysInput(fields)
        self.follow_ups = FollowUpsInput(fields)
        follow_note = QLabel(
            self.tr("Follow-ups with a date show on your Today page when they are due."), fields
        )
        follow_note.setObjectName("muted")
        follow_note.setWordWrap(True)
        self.tags = TagsInput(fields)

        column.addWidget(self._caption(self.tr("Title"), self.title, fields))
        column.addWidget(self.title)
        when_row = QVBoxLayout()  # the date above the context: the pane stays narrow
        when_row.setSpacing(10)
        when_box = QVBoxLayout()
        when_box.setSpacing(6)
        when_box.addWidget(self._caption(self.tr("Date"), self.when, fields))
        when_box.addWidget(self.when)
        context_box = QVBoxLayout()
        context_box.setSpacing(6)
        context_box.addWidget(self._caption(self.tr("Context"), self.context, fields))
        context_line = QHBoxLayout()
        context_line.setSpacing(6)
        context_line.addWidget(self.context, 1)
        context_line.addWidget(self.lists_button)
        context_box.addLayout(context_line)
        when_box.addStretch(1)
        context_box.addStretch(1)
        when_row.addLayout(when_box)
        when_row.addSpacing(8)
        when_row.addLayout(context_box, 1)
        column.addSpacing(8)
        column.addLayout(when_row)
        for label, widget, extra in (
            (self.tr("Who took part"), self.participants, None),
            (self.tr("Key takeaways"), self.takeaways, None),
            (self.tr("Follow-ups"), self.follow_ups, follow_note),
            (self.tr("Tags"), self.tags, None),
        ):
            column.addSpacing(14)
            column.addWidget(self._caption(label, widget, fields))
            column.addWidget(widget)
            if extra is not None:
                column.addWidget(extra)
        column.addStretch(1)

        self.writing = MarkdownWriting(
            WritingWords(
                body_name=self.tr("The note's text"),
                placeholder=self.tr(
                    "What was said, what you noticed, what you want to keep. Markdown works here."
                ),
                preview_name=self.tr("Preview of the note's text"),
                preview=self.tr("&Preview"),
                preview_spoken=self.tr("Show a preview of the text"),
                edit=self.tr("&Edit the text"),
                edit_spoken=self.tr("Back to editing the text"),
            ),
            self,
            fields,
        )
        self.body = self.writing.body
        self.preview = self.writing.preview
        self.preview_button = self.writing.preview_button
        self.fields_scroll = self.writing.fields_scroll
        self.prompts_button = QPushButton(self.tr("Start from p&rompts"), self.writing)
        self.prompts_button.setAccessibleName(
            self.tr("Add headings to the text from a template of prompts")
        )
        self.prompts_menu = QMenu(self.prompts_button)
        self.prompts_menu.setAccessibleName(self.tr("Templates of prompts"))
        self.prompt_actions: dict[str, QAction] = {}
        for key, name, headings in prompt_templates():
            action = self.prompts_menu.addAction(name)
            action.setToolTip(" · ".join(headings))
            action.triggered.connect(lambda _=False, h=headings: self.add_prompts(h))
            self.prompt_actions[key] = action
        self.prompts_button.setMenu(self.prompts_menu)
        comfortable(self.lists_button, self.prompts_button, self.preview_button)
        text_label = self._caption(self.tr("Notes"), self.body, self.writing)
        head = FlowLayout(spacing=8)  # wraps when the buttons' words are long
        head.addWidget(text_label)
        head.addWidget(self.prompts_button)
        head.addWidget(self.preview_button)
        self.splitter = self.writing.lay_out(head, (16, 0, 0, 0), (3, 2))
        self.splitter.setSizes([480, 320])

        self.title.textEdited.connect(self._changed)
        self.when.dateChanged.connect(self._changed)
        self.context.currentIndexChanged.connect(self._changed)
        self.lists_button.clicked.connect(self.lists_requested)
        self.body.textChanged.connect(self._changed)
        for part in (self.participants, self.takeaways, self.follow_ups, self.tags):
            part.changed.connect(self._changed)
            part.structure_changed.connect(self._order_tabs)
        self.participants.entry_requested.connect(self.entry_requested)
        self._fill_contexts([], None)
        self._order_tabs()

    def _caption(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        caption = QLabel(text, parent)
        caption.setObjectName("fieldLabel")
        caption.setBuddy(buddy)
        return caption

    # -- in and out --------------------------------------------------------------------

    def set_state(self, state: NoteState, contexts: list[CareItem], tags: list[str]) -> None:
        """Show ``state`` without emitting ``changed``."""
        self._loading = True
        try:
            self.title.setText(state.title)
            self.title.setCursorPosition(0)
            self.when.setDate(to_qdate(state.occurred_on))
            self._fill_contexts(contexts, state.context_id)
            self.participants.set_values(state.participants)
            self.takeaways.set_values(state.takeaways)
            self.follow_ups.set_values(state.follow_ups)
            self.tags.set_values(state.tags)
            self.tags.set_suggestions(tags)
            self.writing.set_text(state.body)
            self.fields_scroll.verticalScrollBar().setValue(0)
        finally:
            self._loading = False
        self._order_tabs()

    def state(self, note_id: str | None) -> NoteState:
        return NoteState(
            occurred_on=from_qdate(self.when.date()),
            note_id=note_id,
            title=self.title.text(),
            context_id=self.context.currentData() or None,
            participants=self.participants.values(),
            takeaways=self.takeaways.values(),
            follow_ups=self.follow_ups.values(),
            tags=self.tags.values(),
            body=self.body.toPlainText()[:MAX_BODY],
        )

    def refresh_contexts(self, contexts: list[CareItem]) -> None:
        """Her list changed: show the new names and order, keep what is chosen."""
        self._loading = True
        try:
            self._fill_contexts(contexts, self.context.currentData() or None)
        finally:
            self._loading = False

    def clear(self) -> None:
        """Empty every field, including undo histories, suggestions and the preview."""
        self._loading = True
        try:
            self.title.setText("")
            self.when.setDate(QDate.currentDate())
            self._fill_contexts([], None)
            self.participants.clear()
            self.takeaways.clear()
            self.follow_ups.clear()
            self.tags.clear()
            self.writing.clear()
            self.prompts_menu.hide()
        finally:
            self._loading = False

    def focus_first(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- prompts -----------------------------------------------------------------------

    def add_prompts(self, headings: tuple[str, ...]) -> None:
        """Put the template's headings after the text, ready to write under the first."""
        self.preview_button.setChecked(False)
        before = self.body.toPlainText()
        text = with_prompts(before, headings)
        cursor = self.body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)  # one step that Ctrl+Z takes back
        first_heading = text.find("## ", len(before.rstrip()))
        line_end = text.find("\n", first_heading)
        cursor.setPosition(line_end + 1 if line_end >= 0 else len(text))
        self.body.setTextCursor(cursor)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals -------------------------------------------------------------------

    def _fill_contexts(self, contexts: list[CareItem], chosen: str | None) -> None:
        blocked = self.context.blockSignals(True)
        self.context.clear()
        self.context.addItem(self.tr("No context"), "")
        known = set()
        for item in contexts:
            if not item.hidden or item.id == chosen:
                self.context.addItem(display_name(item), item.id)
            known.add(item.id)
        self._extra_context = chosen if chosen and chosen not in known else None
        if self._extra_context:
            self.context.addItem(self.tr("A context no longer in your list"), chosen)
        self.context.setCurrentIndex(max(0, self.context.findData(chosen)) if chosen else 0)
        self.context.blockSignals(blocked)

    def _order_tabs(self) -> None:
        # Rows and chips are made after the other fields: put them back in reading order.
        chain: list[QWidget] = [
            self.title,
            self.when,
            self.context,
            self.lists_button,
            *self.participants.focusables(),
            *self.takeaways.focusables(),
            *self.follow_ups.focusables(),
            *self.tags.focusables(),
            self.prompts_button,
            self.preview_button,
            self.body,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()
