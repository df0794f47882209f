"""A form's fields beside its Markdown text, with a Preview button that shows it rendered.

The journal's entry form and the notes' form are built the same way: the
fields scroll in a column on the left; on the right a plain text box (Tab
leaves it), a preview that loads nothing, and a checkable button that
switches between them and says which way it goes. The form brings the words,
translated in its own context, and the row above the text.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.widgets.column_scroll import ColumnScrollArea
from wellbeing_desk.ui.widgets.markdown_view import MarkdownView


@dataclass(frozen=True)
class WritingWords:
    body_name: str  # the text box's spoken name
    placeholder: str
    preview_name: str  # the preview's spoken name
    preview: str  # the button while editing
    preview_spoken: str
    edit: str  # the button while previewing
    edit_spoken: str


class MarkdownWriting(QWidget):
    """The text box, its preview, the stack that shows one of them, and the button.

    Made in ``form`` after its ``fields`` (so the fields come first); ``lay_out``
    then puts the fields' scrolling column and this side by side, filling the form.
    """

    def __init__(self, words: WritingWords, form: QWidget, fields: QWidget) -> None:
        scroll = ColumnScrollArea(form)  # as wide as its fields: none cut at 900 px
        scroll.setWidget(fields)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        super().__init__(form)
        self.fields_scroll = scroll
        self._form = form
        self._words = words
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(words.body_name)
        self.body.setPlaceholderText(words.placeholder)
        self.body.setTabChangesFocus(True)
        self.body.document().setDocumentMargin(10)
        self.preview = MarkdownView(words.preview_name, self)
        self.text_stack = QStackedWidget(self)
        self.text_stack.addWidget(self.body)
        self.text_stack.addWidget(self.preview)
        self.preview_button = QPushButton(words.preview, self)
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(words.preview_spoken)
        self.preview_button.toggled.connect(self._show_preview)

    def lay_out(
        self, head: QLayout, margins: tuple[int, int, int, int], stretch: tuple[int, int]
    ) -> QSplitter:
        """``head`` (the text's label and buttons) above the text; the fields beside it.

        ``stretch``: how the fields (left) and the text (right) share extra width.
        """
        column = QVBoxLayout(self)
        column.setContentsMargins(*margins)
        column.setSpacing(6)
        column.addLayout(head)
        column.addWidget(self.text_stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self._form)
        splitter.addWidget(self.fields_scroll)
        splitter.addWidget(self)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        layout = QVBoxLayout(self._form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return splitter

    def set_text(self, text: str) -> None:
        """Show ``text`` to edit, with no undo history, ready to add a line at the end."""
        self.body.setPlainText(text)
        self.body.document().clearUndoRedoStacks()
        self.body.moveCursor(QTextCursor.MoveOperation.End)
        self.preview_button.setChecked(False)

    def clear(self) -> None:
        """Empty the text, its undo history and the preview."""
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.clear()
        self.preview_button.setChecked(False)

    def _show_preview(self, shown: bool) -> None:
        words = self._words
        if shown:
            self.preview.set_markdown(self.body.toPlainText())
            self.text_stack.setCurrentWidget(self.preview)
            self.preview_button.setText(words.edit)
            self.preview_button.setAccessibleName(words.edit_spoken)
        else:
            self.preview.clear()
            self.text_stack.setCurrentWidget(self.body)
            self.preview_button.setText(words.preview)
            self.preview_button.setAccessibleName(words.preview_spoken)
