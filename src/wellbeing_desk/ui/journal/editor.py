"""The full entry editor: a page inside the window that never loses what she typed.

Every change is saved as an encrypted draft 700 ms after typing stops, and at
once when the app locks (``clear_content``), so locking never waits on a
question. Save (Ctrl+S) writes the entry and discards the draft; Cancel
(Escape) closes only once the text is safely in the draft, which stays until
she saves or discards it. Reopening a new entry, or an entry with a draft,
continues the draft. The draft rules are ``DraftEditor``'s; this holds what
is particular to journal entries.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import journal as journal_ops
from wellbeing_desk.ui.journal.editor_form import EntryForm, now_minute
from wellbeing_desk.ui.journal.editor_state import EditorState
from wellbeing_desk.ui.widgets.draft_editor import (
    DraftEditor,
    DraftOps,
    EditorWords,
    continue_draft,
)
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.journal import CHECKIN, ENTRY, MAX_TAG_LENGTH, EntryInput

ENTRY_OPS = DraftOps(
    load=journal_ops.editor_data,
    write=journal_ops.write_entry,
    save_draft=journal_ops.save_draft,
    discard_draft=journal_ops.discard_draft,
)


class EntryEditor(DraftEditor):
    form: EntryForm

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        header = (
            QCoreApplication.translate("EditorHeader", "New entry"),
            QCoreApplication.translate("EditorHeader", "Save the entry"),
        )
        super().__init__(worker, ENTRY_OPS, header, parent, top_margin=8, spacing=10)
        self.kind = ENTRY

    def _make_form(self) -> EntryForm:
        return EntryForm(self)

    # -- opening -----------------------------------------------------------------------

    def open_new(self) -> None:
        """A new entry, or the unsaved new entry if there is one."""
        self._open(None)

    def open_entry(self, entry_id: str) -> None:
        """An existing entry, with its unsaved changes if there are any."""
        self._open(entry_id)

    def _opened_state(
        self, entry_id: str | None, loaded: journal_ops.EditorData
    ) -> tuple[EditorState, bool] | None:
        entry = loaded.entry
        if entry_id is not None and entry is None:
            return None
        state = EditorState.from_entry(entry) if entry else EditorState(now_minute())
        return continue_draft(
            state, loaded.draft, lambda body: EditorState.from_json(body, state.occurred_at)
        )

    def _show(self, state: EditorState, loaded: journal_ops.EditorData) -> None:
        entry = loaded.entry
        self.kind = CHECKIN if entry is not None and entry.kind == CHECKIN else ENTRY
        self.form.set_state(state, loaded.lists.activities, loaded.lists.warning_signs)
        self._show_title()

    def refresh_lists(self) -> None:
        self._refresh_open(
            journal_ops.lists,
            lambda lists: self.form.refresh_lists(lists.activities, lists.warning_signs),
        )

    # -- saving ------------------------------------------------------------------------

    def _form_state(self) -> EditorState:
        return self.form.state(self.record_id, self.kind)

    def _checked_record(self, state: EditorState) -> EntryInput | None:
        try:
            entry = state.to_input()
        except ValueError:
            self._show_error(
                self.tr("Each tag can have at most %n characters.", "", MAX_TAG_LENGTH)
            )
            return None
        if self.record_id is None and journal_ops.is_empty(entry):
            self._show_error(self.tr("There is nothing to save yet."))
            return None
        return entry

    def _words(self) -> EditorWords:
        return EditorWords(
            draft_failed=self.tr("Your changes could not be kept as a draft. {reason}"),
            discard_title=self.tr("Discard changes"),
            discard_question=self.tr("Discard your unsaved changes? This cannot be undone."),
            save_failed=self.tr("The entry could not be saved. {reason}"),
            missing=self.tr("This entry no longer exists."),
        )

    def _show_title(self) -> None:
        if self.record_id is None:
            title = self.tr("New entry")
        elif self.kind == CHECKIN:
            title = self.tr("Check-in")
        else:
            title = self.tr("Entry")
        self.header.show_title(title)
