"""Her list of contexts for notes (peer-support circle, counselling session, …).

Rename (F2 or the button), reorder (the buttons or Ctrl+Up/Down), hide or
show, add, as with her lists in the journal (the same ``CareListEditor``).
Each change goes straight to the vault through the worker; ``contexts_changed``
tells the editor and the filters. Locking closes the dialog, which then
empties itself and is deleted.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from wellbeing_desk.ui.widgets.care_list_dialog import CareListFrame, ListDialogWords
from wellbeing_desk.ui.widgets.care_list_editor import CareListEditor, ListNames
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import NOTE_CONTEXT


class NoteContextsDialog(QDialog):
    contexts_changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.list = CareListEditor(worker, NOTE_CONTEXT, self._names(), self)
        self.list.grid.setContentsMargins(0, 0, 0, 0)
        self.list.grid.setHorizontalSpacing(10)
        self.list.grid.setVerticalSpacing(6)
        # The list's parts, as the dialog's own (the page and tests reach for them).
        self.items = self.list.items
        self.rename_button = self.list.rename_button
        self.up_button = self.list.up_button
        self.down_button = self.list.down_button
        self.hide_button = self.list.hide_button
        self.new_name = self.list.new_name
        self.add_button = self.list.add_button
        words = ListDialogWords(
            title=self.tr("Where notes come from"),
            intro=self.tr(
                "These are the contexts you can give a note. Hiding one keeps it in the "
                "notes that already have it."
            ),
            close_name=self.tr("Close the list of contexts"),
        )
        frame = CareListFrame(
            self, words, (520, 460), self.list, (self.list,), self.contexts_changed
        )
        self.error = frame.error

    @property
    def closed(self) -> bool:
        return self.list.closed

    def _names(self) -> ListNames:
        return ListNames(
            items=self.tr("Your contexts"),
            rename=self.tr("Rename the chosen context"),
            up=self.tr("Move the chosen context up"),
            down=self.tr("Move the chosen context down"),
            hide=self.tr("Hide the chosen context"),
            show=self.tr("Show the chosen context again"),
            placeholder=self.tr("A new context"),
            new_name=self.tr("Name of a new context"),
            add=self.tr("Add the new context"),
            hidden_tip=self.tr("Hidden from the choices in the editor"),
        )

    def load(self, select_id: str | None = None) -> None:
        self.list.load(select_id)

    def current_id(self) -> str | None:
        return self.list.current_id()
