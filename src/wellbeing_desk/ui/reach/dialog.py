"""Reach someone now: her emergency people, her favourites, then support, one Enter to copy.

Opened by one shortcut from anywhere while the vault is open (``SHORTCUT``)
and from Today. The list is read on the database worker; Enter pressed before
it arrives copies the first person as soon as it does. Closed like every
dialog when the app locks; the clipboard is emptied then too, if it still
holds what was copied here.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from wellbeing_desk.languages import primary_subtag
from wellbeing_desk.ops import bind
from wellbeing_desk.ops import reach as reach_ops
from wellbeing_desk.reach_someone import ReachItem
from wellbeing_desk.ui.directory.names import kind_names
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.interface_language import ui_language
from wellbeing_desk.ui.reach.picker import ReachRow
from wellbeing_desk.ui.reach.window import ReachWindow
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.shortcut_keys import REACH
from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.emergency import CARER

SHORTCUT = REACH


class ReachSomeoneDialog(ReachWindow):
    entry_requested = Signal(str)  # open a directory entry
    edit_people_requested = Signal()  # her emergency people, in the self-care plan

    def __init__(
        self, worker: DatabaseWorker, clipboard: ClipboardGuard, parent: QWidget | None = None
    ) -> None:
        texts = (
            self.tr("Reach someone now"),
            self.tr(
                "Your people come first. Enter copies the number of the one you choose; "
                "Tab shows their other ways to reach them."
            ),
            self.tr("People and lines you can reach"),
            self.tr("Close Reach someone now"),
        )
        super().__init__(clipboard, texts, parent)
        self.worker = worker
        self._language = primary_subtag(ui_language())
        self.list_request = Request(worker, self, self._failed)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setText(
            self.tr(
                "You have not added your own people for an emergency yet. The ones below "
                "come from your directory."
            )
        )
        self.empty_note.setVisible(False)
        self.body.insertWidget(2, self.empty_note)  # under the line of help
        self.open_button = QPushButton(self.tr("&Open in directory"), self)
        self.edit_button = QPushButton(self.tr("&My emergency people…"), self)
        for button in (self.open_button, self.edit_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.picker.extra_buttons.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.button_row.insertWidget(0, self.edit_button)
        self.open_button.clicked.connect(self._open_entry)
        self.edit_button.clicked.connect(self._edit_people)
        self.picker.current_changed.connect(self._update_buttons)
        self._update_buttons()

    def load(self) -> None:
        """Read the list on the worker; the first person is selected when it arrives."""
        self.list_request.run(bind(reach_ops.people_to_reach, self._language), self._show)
        self.picker.focus_people()

    def done(self, result: int) -> None:
        """Closed (by her, or by locking): forget the list at once, before deletion."""
        self.list_request.cancel()
        self.picker.clear()
        super().done(result)

    def _show(self, items: list[ReachItem]) -> None:
        if not self.isVisible():
            return
        self.empty_note.setVisible(
            not any(item.group == "emergency" and item.role != CARER for item in items)
        )
        self.picker.set_rows(
            [ReachRow(i.name, self._about(i), i.contacts, i.entry_id) for i in items]
        )
        if not items:
            self.picker.status.setText(
                self.tr(
                    "There is no one here yet. Add the people and numbers you would call "
                    "in an emergency, so they are here offline when you need them."
                )
            )
        self.picker.focus_people()

    def _failed(self, error: BaseException) -> None:
        self.picker.status.setText(describe_error(error))

    def _about(self, item: ReachItem) -> str:
        if item.group == "emergency":
            return {
                "security": self.tr("Security contact"),
                "local": self.tr("A local number you trust"),
                "carer": self.tr("Would look after the people who depend on you"),
            }.get(item.role, self.tr("Your person for an emergency"))
        if item.group == "favourite":
            return self.tr("Favourite")
        return kind_names().get(item.kind, item.kind)

    def _update_buttons(self) -> None:
        row = self.picker.current_row()
        self.open_button.setEnabled(row is not None and bool(row.entry_id))

    def _open_entry(self) -> None:
        row = self.picker.current_row()
        if row is not None and row.entry_id:
            self.accept()
            self.entry_requested.emit(row.entry_id)

    def _edit_people(self) -> None:
        self.accept()
        self.edit_people_requested.emit()


def open_reach_someone(
    parent: QWidget, worker: DatabaseWorker, clipboard: ClipboardGuard
) -> ReachSomeoneDialog:
    """Open the dialog over ``parent``'s window (or bring the open one forward)."""
    for widget in parent.window().findChildren(ReachSomeoneDialog):
        if widget.isVisible():
            widget.raise_()
            widget.activateWindow()
            widget.picker.focus_people()
            return widget
    dialog = ReachSomeoneDialog(worker, clipboard, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
