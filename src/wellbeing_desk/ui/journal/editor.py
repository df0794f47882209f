"""The full entry editor: a page inside the window that never loses what she typed.

Every change is saved as an encrypted draft 700 ms after typing stops, and at
once when the app locks (``clear_content``), so locking never waits on a
question. Save (Ctrl+S) writes the entry and discards the draft; Cancel
(Escape) closes only once the text is safely in the draft, which stays until
she saves or discards it. Reopening a new entry, or an entry with a draft,
continues the draft.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.journal import editor_ops
from wellbeing_desk.ui.journal.editor_form import EntryForm, now_minute
from wellbeing_desk.ui.journal.editor_header import EditorHeader
from wellbeing_desk.ui.journal.editor_state import DRAFT_KIND, EditorState
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.journal import CHECKIN, ENTRY, MAX_TAG_LENGTH

DRAFT_DELAY_MS = 700
CLOSED, LOADING, OPEN, SAVING = "closed", "loading", "open", "saving"


class EntryEditor(QWidget):
    saved = Signal(str)  # the entry's id
    closed = Signal()
    lists_requested = Signal()
    error_shown = Signal(str)  # a problem to tell her after the editor closed

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.state = CLOSED
        self.record_id: str | None = None
        self.kind = ENTRY
        self.has_draft = False  # a draft of this entry is in the vault
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
        self.form = EntryForm(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.error)
        layout.addWidget(self.form, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_draft)
        self.form.changed.connect(self._on_changed)
        self.form.lists_requested.connect(self.lists_requested)
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
        """A new entry, or the unsaved new entry if there is one."""
        self._open(None)

    def open_entry(self, entry_id: str) -> None:
        """An existing entry, with its unsaved changes if there are any."""
        self._open(entry_id)

    def _open(self, entry_id: str | None) -> None:
        self.save_draft()  # whatever was open stays safe
        self._reset(CLOSED)
        self.state = LOADING
        self.record_id = entry_id
        generation = self._generation
        self.worker.submit(
            lambda vault: editor_ops.load(vault, entry_id),
            lambda result: self._loaded(generation, entry_id, result),
            lambda error: self._failed(generation, error, close=True),
        )

    def _loaded(self, generation: int, entry_id: str | None, result: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return
        activities, signs, entry, draft = result
        if entry_id is not None and entry is None:
            self._failed(generation, KeyError(entry_id), close=True)
            return
        state = EditorState.from_entry(entry) if entry else EditorState(now_minute())
        if draft is not None:
            try:
                state = EditorState.from_json(draft.body, state.occurred_at)
            except ValueError:
                draft = None  # not readable: the stored entry is shown, the draft kept
        self.kind = CHECKIN if entry is not None and entry.kind == CHECKIN else ENTRY
        self.state = OPEN
        self.has_draft = draft is not None
        self.unsaved = False
        self.form.set_state(state, activities, signs)
        self._show_title()
        self.header.show_draft_note(self.has_draft)
        self.form.focus_first()

    def refresh_lists(self) -> None:
        if self.state not in (OPEN, SAVING):
            return
        generation = self._generation

        def show(lists: tuple[Any, ...]) -> None:
            if generation == self._generation:
                self.form.refresh_lists(*lists)

        self.worker.submit(lambda vault: editor_ops.load(vault, None)[:2], show)

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
        text = self.form.state(self.record_id, self.kind).to_json()
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
        state = self.form.state(self.record_id, self.kind)
        try:
            entry = state.to_input()
        except ValueError:
            self._show_error(
                self.tr("Each tag can have at most {count} characters.").format(
                    count=MAX_TAG_LENGTH
                )
            )
            return
        if self.record_id is None and editor_ops.is_empty(entry):
            self._show_error(self.tr("There is nothing to save yet."))
            return
        self._timer.stop()
        self.state = SAVING
        self.form.setEnabled(False)
        record_id, generation, text = self.record_id, self._generation, state.to_json()
        self.worker.submit(
            lambda vault: editor_ops.write(vault, record_id, entry, text),
            lambda entry_id: self._saved(generation, entry_id),
            lambda error: self._save_failed(generation, error),
        )

    def _saved(self, generation: int, entry_id: str) -> None:
        if generation != self._generation:
            return
        self._reset(CLOSED)
        self.saved.emit(entry_id)
        self.closed.emit()

    def _save_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.state = OPEN
        self.form.setEnabled(True)
        self.unsaved = True
        self.save_draft()  # nothing she typed is lost, even if saving failed
        self._show_error(
            self.tr("The entry could not be saved. {reason}").format(reason=describe_error(error))
        )

    def cancel(self) -> None:
        """Close; what she typed is first made safe in the draft."""
        if self.state == LOADING:
            self._reset(CLOSED)
            self.closed.emit()
        elif self.state == OPEN:
            generation = self._generation
            self.save_draft(then=lambda: self._close_if(generation))

    def _close_if(self, generation: int) -> None:
        if generation == self._generation and self.state == OPEN:
            self._reset(CLOSED)
            self.closed.emit()

    def discard(self) -> None:
        """Throw the draft away (after asking) and show the entry as it was saved."""
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
            lambda result: self._after_discard(generation, record_id, result),
            lambda error: self._failed(generation, error, close=True),
        )

    def _after_discard(
        self, generation: int, record_id: str | None, result: tuple[Any, ...]
    ) -> None:
        if generation != self._generation:
            return
        if record_id is None:
            self._reset(CLOSED)
            self.closed.emit()
            return
        self.record_id = record_id
        self._loaded(generation, record_id, result)

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
            self.tr("This entry no longer exists.")
            if isinstance(error, KeyError)
            else describe_error(error)
        )
        self.error_shown.emit(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _show_title(self) -> None:
        if self.record_id is None:
            title = self.tr("New entry")
        elif self.kind == CHECKIN:
            title = self.tr("Check-in")
        else:
            title = self.tr("Entry")
        self.header.show_title(title)
