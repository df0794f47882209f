"""An editor page that never loses what she typed; the journal's and the notes' share it.

Every change is saved as an encrypted draft (``vault.drafts``) 700 ms after
typing stops, and at once when the app locks (``clear_content``), so locking
never waits on a question. Save (Ctrl+S) writes the record and discards the
draft; Close (Escape) closes only once the text is safely in the draft, which
stays until she saves or discards it. Reopening a new record, or a record with
a draft, continues it.

A subclass brings its form, its named vault operations (``DraftOps``, from
``wellbeing_desk.ops``) and its words (``_words``, with its own ``tr()`` so
each editor keeps its translations), and fills the hooks that read, show and
check its kind of record.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ui.delays import AUTOSAVE_DELAY_MS
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.editor_header import EditorHeader
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.drafts import Draft

DRAFT_DELAY_MS = AUTOSAVE_DELAY_MS
CLOSED, LOADING, OPEN, SAVING = "closed", "loading", "open", "saving"

State = TypeVar("State")
Fetched = TypeVar("Fetched")
Loaded = TypeVar("Loaded")
Record = TypeVar("Record")


class DraftState(Protocol):
    """What the form holds: it can become a draft."""

    def to_json(self) -> str: ...


@dataclass(frozen=True)
class DraftOps(Generic[Loaded, Record]):
    """The editor's named vault operations (``wellbeing_desk.ops.<feature>``)."""

    load: Callable[[Vault, str | None], Loaded]  # what the editor shows (None: a new record)
    write: Callable[[Vault, str | None, Record, str], str]  # the record and its draft: its id
    save_draft: Callable[[Vault, str | None, str], None]
    discard_draft: Callable[[Vault, str | None], Loaded]  # then what load reads


@dataclass(frozen=True)
class EditorWords:
    """The sentences that name the editor's kind of record, translated by the subclass."""

    draft_failed: str  # with {reason}
    discard_title: str
    discard_question: str
    save_failed: str  # with {reason}
    missing: str


def continue_draft(
    stored: State, draft: Draft | None, parse: Callable[[str], State]
) -> tuple[State, bool]:
    """The draft's state if it can be read, else the stored one; and whether it is the draft."""
    if draft is not None:
        try:
            return parse(draft.body), True
        except ValueError:
            pass  # not readable: the stored record is shown, the draft kept
    return stored, False


class DraftEditor(QWidget):
    saved = Signal(str)  # the record's id
    closed = Signal()
    lists_requested = Signal()
    error_shown = Signal(str)  # a problem to tell her after the editor closed

    def __init__(
        self,
        worker: DatabaseWorker,
        ops: DraftOps[Any, Any],
        header: tuple[str, str],  # the new record's title, the Save button's spoken name
        parent: QWidget | None = None,
        *,
        top_margin: int,
        spacing: int,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.ops = ops
        self.state = CLOSED
        self.record_id: str | None = None
        self.has_draft = False  # a draft of this record is in the vault
        self.unsaved = False  # changes not yet in the draft
        self.reopen_after_unlock: tuple[str | None] | None = None
        # Answers for the record on screen; dropped once it closes (``_reset``).
        self._record = Request(worker, self)
        self._drafts = Request(worker, self)
        self._lists = Request(worker, self)

        self.header = EditorHeader(*header, self)
        self.draft_note = self.header.draft_note
        self.discard_button = self.header.discard_button
        self.cancel_button = self.header.cancel_button
        self.save_button = self.header.save_button
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.form = self._make_form()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, top_margin, 0, 0)
        layout.setSpacing(spacing)
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

    # -- what a subclass brings --------------------------------------------------------

    def _make_form(self) -> Any:
        """The form, a child of the editor with ``changed`` and ``lists_requested`` signals."""
        raise NotImplementedError

    def _words(self) -> EditorWords:
        raise NotImplementedError

    def _opened_state(self, record_id: str | None, loaded: Any) -> tuple[Any, bool] | None:
        """What to show from what ``ops.load`` read, and whether it is a draft; None: gone."""
        raise NotImplementedError

    def _show(self, state: Any, loaded: Any) -> None:
        """Fill the form and the title."""
        raise NotImplementedError

    def _form_state(self) -> DraftState:
        raise NotImplementedError

    def _checked_record(self, state: Any) -> Any | None:
        """The record to write, or None once she has been told why it cannot be saved."""
        raise NotImplementedError

    @property
    def is_open(self) -> bool:
        return self.state != CLOSED

    # -- opening -----------------------------------------------------------------------

    def _open(self, record_id: str | None) -> None:
        self.save_draft()  # whatever was open stays safe
        self._reset(CLOSED)
        self.state = LOADING
        self.record_id = record_id
        self._record.run(
            bind(self.ops.load, record_id),
            lambda loaded: self._loaded(record_id, loaded),
            lambda error: self._failed(error, close=True),
        )

    def _loaded(self, record_id: str | None, loaded: Any) -> None:
        opened = self._opened_state(record_id, loaded)
        if opened is None:
            self._failed(KeyError(record_id), close=True)
            return
        state, from_draft = opened
        self.state = OPEN
        self.has_draft = from_draft
        self.unsaved = False
        self._show(state, loaded)
        self.header.show_draft_note(self.has_draft)
        self.form.focus_first()

    def _refresh_open(
        self, fetch: Callable[[Vault], Fetched], show: Callable[[Fetched], None]
    ) -> None:
        """Read her lists again for the open form; dropped if the editor moved on meanwhile."""
        if self.state not in (OPEN, SAVING):
            return
        self._lists.run(fetch, show)

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
        text = self._form_state().to_json()
        self.unsaved = False
        self.has_draft = True

        def done(_: object) -> None:
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self.unsaved = True
            self._show_error(self._words().draft_failed.format(reason=describe_error(error)))

        self._drafts.run(bind(self.ops.save_draft, self.record_id, text), done, failed)

    # -- saving, closing, discarding ---------------------------------------------------

    def save(self) -> None:
        if self.state != OPEN:
            return
        state = self._form_state()
        record = self._checked_record(state)
        if record is None:
            return
        self._timer.stop()
        self.state = SAVING
        self.form.setEnabled(False)
        self._record.run(
            bind(self.ops.write, self.record_id, record, state.to_json()),
            self._saved,
            self._save_failed,
        )

    def _saved(self, record_id: str) -> None:
        self._reset(CLOSED)
        self.saved.emit(record_id)
        self.closed.emit()

    def _save_failed(self, error: BaseException) -> None:
        self.state = OPEN
        self.form.setEnabled(True)
        self.unsaved = True
        self.save_draft()  # nothing she typed is lost, even if saving failed
        self._show_error(self._words().save_failed.format(reason=describe_error(error)))

    def cancel(self) -> None:
        """Close; what she typed is first made safe in the draft."""
        self.close_safely()

    def close_safely(self, then: Callable[[], None] | None = None) -> None:
        """Close once what she typed is in the draft; ``then`` runs after (also when closed)."""
        if self.state == LOADING:
            self._reset(CLOSED)
            self.closed.emit()
        elif self.state == OPEN:

            def close() -> None:
                self._close_if_open()
                if then is not None:
                    then()

            self.save_draft(then=close)
            return
        if then is not None and self.state == CLOSED:
            then()

    def _close_if_open(self) -> None:
        if self.state == OPEN:
            self._reset(CLOSED)
            self.closed.emit()

    def discard(self) -> None:
        """Throw the draft away (after asking) and show the record as it was saved."""
        if self.state != OPEN:
            return
        words = self._words()
        answer = MessageBox.question(self, words.discard_title, words.discard_question)
        if answer != Button.Yes or self.state != OPEN:
            return
        record_id = self.record_id
        self._reset(CLOSED)
        self.state = LOADING
        self._record.run(
            bind(self.ops.discard_draft, record_id),
            lambda loaded: self._after_discard(record_id, loaded),
            lambda error: self._failed(error, close=True),
        )

    def _after_discard(self, record_id: str | None, loaded: Any) -> None:
        if record_id is None:
            self._reset(CLOSED)
            self.closed.emit()
            return
        self.record_id = record_id
        self._loaded(record_id, loaded)

    # -- locking -----------------------------------------------------------------------

    def clear_content(self) -> None:
        """Lock: unsaved changes go into the draft first, then every field is emptied."""
        if self.state == OPEN and (self.unsaved or self.has_draft):
            self.reopen_after_unlock = (self.record_id,)
            self.save_draft()
        self._reset(CLOSED)

    # -- internals ---------------------------------------------------------------------

    def _reset(self, state: str) -> None:
        for request in (self._record, self._drafts, self._lists):
            request.cancel()
        self._timer.stop()
        self.state = state
        self.unsaved = False
        self.has_draft = False
        self.form.clear()
        self.form.setEnabled(True)
        self.error.clear()
        self.error.setVisible(False)
        self.header.show_draft_note(False)

    def _failed(self, error: BaseException, *, close: bool) -> None:
        if close:
            self._reset(CLOSED)
            self.closed.emit()
        message = self._words().missing if isinstance(error, KeyError) else describe_error(error)
        self.error_shown.emit(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
