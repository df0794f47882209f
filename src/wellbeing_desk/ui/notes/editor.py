"""The note editor: a page inside the window that never loses what she typed.

Every change is saved as an encrypted draft (``vault.drafts``, kind "note",
the note's id or none for a new one) 700 ms after typing stops, and at once
when the app locks (``clear_content``), so locking never waits on a question.
Save (Ctrl+S) writes the note and discards the draft; Close (Escape) closes
only once the text is safely in the draft, which stays until she saves or
discards it. Reopening a new note, or a note with a draft, continues it.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.notes import editor_ops
from wellbeing_desk.ui.notes.editor_form import NoteForm
from wellbeing_desk.ui.notes.note_state import DRAFT_KIND, NoteState
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.notes import MAX_ITEMS

DRAFT_DELAY_MS = 700
CLOSED, LOADING, OPEN, SAVING = "closed", "loading", "open", "saving"


class EditorHeader(QWidget):
    """What is being written, a note about a draft, and the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("New note"), self, level=2)
        self.draft_note = QLabel(self.tr("Continuing your unsaved changes."), self)
        self.draft_note.setObjectName("muted")
        self.discard_button = QPushButton(self.tr("Discard changes"), self)
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved changes"))
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.setAccessibleName(
            self.tr("Close the editor; your text stays as a draft")
        )
        self.cancel_button.setToolTip(self.tr("Your text stays as a draft (Escape)"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the note"))
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


class NoteEditor(QWidget):
    saved = Signal(str)  # the note's id
    closed = Signal()
    lists_requested = Signal()
    entry_requested = Signal(str)  # a participant's directory entry
    error_shown = Signal(str)  # a problem to tell her after the editor closed

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.state = CLOSED
        self.record_id: str | None = None
        self.has_draft = False  # a draft of this note is in the vault
        self.unsaved = False  # changes not yet in the draft
        self.reopen_after_unlock: tuple[str | None] | None = None
        self._generation = 0

        self.header = EditorHeader(self)
        self.draft_note = self.header.draft_note
        self.discard_button = self.header.discard_button
        self.cancel_button = self.header.cancel_button
        self.save_button = self.header.save_button
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.form = NoteForm(worker, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.error)
        layout.addWidget(self.form, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_draft)
        self.form.changed.connect(self._on_changed)
        self.form.lists_requested.connect(self.lists_requested)
        self.form.entry_requested.connect(self.entry_requested)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.discard_button.clicked.connect(self.discard)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence(Qt.Key.Key_Escape), self.cancel),
        ):
            shortcut = QShortcut(keys, self)  # active while the editor is on screen
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    @property
    def is_open(self) -> bool:
        return self.state != CLOSED

    # -- opening -----------------------------------------------------------------------

    def open_new(self) -> None:
        """A new note, or the unsaved new note if there is one."""
        self._open(None)

    def open_note(self, note_id: str) -> None:
        """An existing note, with its unsaved changes if there are any."""
        self._open(note_id)

    def _open(self, note_id: str | None) -> None:
        self.save_draft()  # whatever was open stays safe
        self._reset(CLOSED)
        self.state = LOADING
        self.record_id = note_id
        generation = self._generation
        self.worker.submit(
            lambda vault: editor_ops.load(vault, note_id),
            lambda loaded: self._loaded(generation, note_id, loaded),
            lambda error: self._failed(generation, error, close=True),
        )

    def _loaded(self, generation: int, note_id: str | None, loaded: editor_ops.Loaded) -> None:
        if generation != self._generation:
            return
        note, draft = loaded.note, loaded.draft
        if note_id is not None and (note is None or note.deleted_at is not None):
            self._failed(generation, KeyError(note_id), close=True)
            return
        state = NoteState.from_note(note) if note else NoteState(date.today())
        if draft is not None:
            try:
                state = NoteState.from_json(draft.body, state.occurred_on)
            except ValueError:
                draft = None  # not readable: the stored note is shown, the draft kept
        self.state = OPEN
        self.has_draft = draft is not None
        self.unsaved = False
        self.form.set_state(state, loaded.contexts, loaded.tags)
        self.header.show_title(self.tr("New note") if note_id is None else self.tr("Edit note"))
        self.header.show_draft_note(self.has_draft)
        self.form.focus_first()

    def refresh_contexts(self) -> None:
        if self.state not in (OPEN, SAVING):
            return
        generation = self._generation

        def show(loaded: editor_ops.Loaded) -> None:
            if generation == self._generation:
                self.form.refresh_contexts(loaded.contexts)

        self.worker.submit(lambda vault: editor_ops.load(vault, None), show)

    # -- drafts ------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self.state != OPEN:
            return
        self.unsaved = True
        self.error.setVisible(False)
        self._timer.start()

    def save_draft(self, then: Callable[[], None] | None = None) -> None:
        """Put unsaved changes into the encrypted draft now; ``then`` runs once it is there."""
        self._timer.stop()
        if self.state != OPEN or not self.unsaved:
            if then is not None:
                then()
            return
        text = self.form.state(self.record_id).to_json()
        record_id, generation = self.record_id, self._generation
        self.unsaved = False
        self.has_draft = True

        def done(_: object) -> None:
            if then is not None and generation == self._generation:
                then()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.unsaved = True
                self._show_error(
                    self.tr("Your changes could not be kept as a draft. {reason}").format(
                        reason=describe_error(error)
                    )
                )

        self.worker.submit(
            lambda vault: vault.drafts.save(DRAFT_KIND, text, record_id=record_id), done, failed
        )

    # -- saving, closing, discarding ---------------------------------------------------

    def save(self) -> None:
        if self.state != OPEN:
            return
        state = self.form.state(self.record_id)
        if not state.title.strip():
            self._show_error(self.tr("Give the note a title, so you can find it again."))
            self.form.focus_first()
            return
        try:
            note = state.to_input()
        except ValueError:
            self._show_error(
                self.tr(
                    "A note can have at most {count} people, takeaways or follow-ups. "
                    "Move some of them into the text."
                ).format(count=MAX_ITEMS)
            )
            return
        self._timer.stop()
        self.state = SAVING
        self.form.setEnabled(False)
        record_id, generation, text = self.record_id, self._generation, state.to_json()
        self.worker.submit(
            lambda vault: editor_ops.write(vault, record_id, note, text),
            lambda note_id: self._saved(generation, note_id),
            lambda error: self._save_failed(generation, error),
        )

    def _saved(self, generation: int, note_id: str) -> None:
        if generation != self._generation:
            return
        self._reset(CLOSED)
        self.saved.emit(note_id)
        self.closed.emit()

    def _save_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.state = OPEN
        self.form.setEnabled(True)
        self.unsaved = True
        self.save_draft()  # nothing she typed is lost, even if saving failed
        self._show_error(
            self.tr("The note could not be saved. {reason}").format(reason=describe_error(error))
        )

    def cancel(self) -> None:
        """Close; what she typed is first made safe in the draft."""
        self.close_safely()

    def close_safely(self, then: Callable[[], None] | None = None) -> None:
        """Close once what she typed is in the draft; ``then`` runs after (also when closed)."""
        if self.state == LOADING:
            self._reset(CLOSED)
            self.closed.emit()
        elif self.state == OPEN:
            generation = self._generation

            def close() -> None:
                self._close_if(generation)
                if then is not None:
                    then()

            self.save_draft(then=close)
            return
        if then is not None and self.state == CLOSED:
            then()

    def _close_if(self, generation: int) -> None:
        if generation == self._generation and self.state == OPEN:
            self._reset(CLOSED)
            self.closed.emit()

    def discard(self) -> None:
        """Throw the draft away (after asking) and show the note as it was saved."""
        if self.state != OPEN:
            return
        answer = MessageBox.question(
            self,
            self.tr("Discard changes"),
            self.tr("Discard your unsaved changes? This cannot be undone."),
        )
        if answer != Button.Yes or self.state != OPEN:
            return
        record_id = self.record_id
        self._reset(CLOSED)
        self.state = LOADING
        generation = self._generation
        self.worker.submit(
            lambda vault: editor_ops.discard_and_load(vault, record_id),
            lambda loaded: self._after_discard(generation, record_id, loaded),
            lambda error: self._failed(generation, error, close=True),
        )

    def _after_discard(
        self, generation: int, record_id: str | None, loaded: editor_ops.Loaded
    ) -> None:
        if generation != self._generation:
            return
        if record_id is None:
            self._reset(CLOSED)
            self.closed.emit()
            return
        self.record_id = record_id
        self._loaded(generation, record_id, loaded)

    # -- locking -----------------------------------------------------------------------

    def clear_content(self) -> None:
        """Lock: unsaved changes go into the draft first, then every field is emptied."""
        if self.state == OPEN and (self.unsaved or self.has_draft):
            self.reopen_after_unlock = (self.record_id,)
            self.save_draft()
        self._reset(CLOSED)

    # -- internals ---------------------------------------------------------------------

    def _reset(self, state: str) -> None:
        self._generation += 1
        self._timer.stop()
        self.state = state
        self.unsaved = False
        self.has_draft = False
        self.form.clear()
        self.form.setEnabled(True)
        self.error.clear()
        self.error.setVisible(False)
        self.header.show_draft_note(False)

    def _failed(self, generation: int, error: BaseException, *, close: bool) -> None:
        if generation != self._generation:
            return
        if close:
            self._reset(CLOSED)
            self.closed.emit()
        message = (
            self.tr("This note no longer exists.")
            if isinstance(error, KeyError)
            else describe_error(error)
        )
        self.error_shown.emit(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
