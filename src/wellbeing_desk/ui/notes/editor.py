"""The note editor: a page inside the window that never loses what she typed.

Every change is saved as an encrypted draft (``vault.drafts``, kind "note",
the note's id or none for a new one) 700 ms after typing stops, and at once
when the app locks (``clear_content``), so locking never waits on a question.
Save (Ctrl+S) writes the note and discards the draft; Close (Escape) closes
only once the text is safely in the draft, which stays until she saves or
discards it. Reopening a new note, or a note with a draft, continues it. The
draft rules are ``DraftEditor``'s; this holds what is particular to notes.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import notes as notes_ops
from wellbeing_desk.ui.notes.editor_form import NoteForm
from wellbeing_desk.ui.notes.note_state import NoteState
from wellbeing_desk.ui.widgets.draft_editor import (
    DraftEditor,
    DraftOps,
    EditorWords,
    continue_draft,
)
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.notes import MAX_ITEMS, NoteInput

NOTE_OPS = DraftOps(
    load=notes_ops.editor_data,
    write=notes_ops.write_note,
    save_draft=notes_ops.save_draft,
    discard_draft=notes_ops.discard_draft,
)


class NoteEditor(DraftEditor):
    entry_requested = Signal(str)  # a participant's directory entry

    form: NoteForm

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        header = (
            QCoreApplication.translate("EditorHeader", "New note"),
            QCoreApplication.translate("EditorHeader", "Save the note"),
        )
        super().__init__(worker, NOTE_OPS, header, parent, top_margin=4, spacing=12)
        self.form.entry_requested.connect(self.entry_requested)

    def _make_form(self) -> NoteForm:
        return NoteForm(self.worker, self)

    # -- opening -----------------------------------------------------------------------

    def open_new(self) -> None:
        """A new note, or the unsaved new note if there is one."""
        self._open(None)

    def open_note(self, note_id: str) -> None:
        """An existing note, with its unsaved changes if there are any."""
        self._open(note_id)

    def _opened_state(
        self, note_id: str | None, loaded: notes_ops.EditorData
    ) -> tuple[NoteState, bool] | None:
        note = loaded.note
        if note_id is not None and (note is None or note.deleted_at is not None):
            return None
        state = NoteState.from_note(note) if note else NoteState(date.today())
        return continue_draft(
            state, loaded.draft, lambda body: NoteState.from_json(body, state.occurred_on)
        )

    def _show(self, state: NoteState, loaded: notes_ops.EditorData) -> None:
        self.form.set_state(state, loaded.contexts, loaded.tags)
        self.header.show_title(
            self.tr("New note") if self.record_id is None else self.tr("Edit note")
        )

    def refresh_contexts(self) -> None:
        self._refresh_open(
            notes_ops.contexts,
            self.form.refresh_contexts,
        )

    # -- saving ------------------------------------------------------------------------

    def _form_state(self) -> NoteState:
        return self.form.state(self.record_id)

    def _checked_record(self, state: NoteState) -> NoteInput | None:
        if not state.title.strip():
            self._show_error(self.tr("Give the note a title, so you can find it again."))
            self.form.focus_first()
            return None
        try:
            return state.to_input()
        except ValueError:
            self._show_error(
                self.tr(
                    "A note can have at most %n people, takeaways or follow-ups. "
                    "Move some of them into the text.",
                    "",
                    MAX_ITEMS,
                )
            )
            return None

    def _words(self) -> EditorWords:
        return EditorWords(
            draft_failed=self.tr("Your changes could not be kept as a draft. {reason}"),
            discard_title=self.tr("Discard changes"),
            discard_question=self.tr("Discard your unsaved changes? This cannot be undone."),
            save_failed=self.tr("The note could not be saved. {reason}"),
            missing=self.tr("This note no longer exists."),
        )
