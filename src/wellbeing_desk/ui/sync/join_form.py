"""Joining the sync another of her devices set up: the same place, and the code it showed.

A small form on the Sync page: the folder (chosen with the history-free
folder dialog), the pairing code as she types it (any case, spaces or
dashes: the code reader forgives them), and one plain sentence when it does
not work. Through a server, the page's place card holds the server and the
form asks only for the code. It only asks; the page runs the join on the
database worker.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.sync.pairing import MAX_CODE_TEXT
from wellbeing_desk.ui.sync.folder_chooser import ask_folder
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph

CARD_WIDTH = 640


class JoinForm(QFrame):
    """``join_requested(folder, code)`` when she asks (``join_server_requested(code)``
    when the place is a server); ``closed`` when she gives up."""

    join_requested = Signal(Path, str)
    join_server_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self._folder: Path | None = None
        self._needs_folder = True
        self.title = heading(self.tr("Join another device's sync"), self, level=2)
        self.how = paragraph("", self)
        self.folder = QLineEdit(self)  # read-only: a long path scrolls inside it
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Sync folder to join"))
        self.folder.setPlaceholderText(self.tr("No folder chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose &folder…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the sync folder"))
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Pairing code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-X")
        self.code.setMaxLength(MAX_CODE_TEXT)
        self.code.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.folder_label = folder_label = QLabel(self.tr("Sync folder"), self)
        folder_label.setObjectName("fieldLabel")
        folder_label.setBuddy(self.folder)
        code_label = QLabel(self.tr("&Pairing code"), self)
        code_label.setObjectName("fieldLabel")
        code_label.setBuddy(self.code)
        self.problem = paragraph("", self)
        self.problem.setObjectName("error")
        self.problem.hide()
        self.join_button = QPushButton(self.tr("Join this &sync"), self)
        self.join_button.setAccessibleName(self.tr("Join this sync"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel joining"))
        for button in (self.choose_button, self.join_button, self.cancel_button):
            button.setAutoDefault(False)
            comfortable(button)

        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(8)
        fields.addWidget(folder_label, 0, 0, 1, 2)
        fields.addWidget(self.folder, 1, 0)
        fields.addWidget(self.choose_button, 1, 1)
        fields.addWidget(code_label, 2, 0, 1, 2)
        fields.addWidget(self.code, 3, 0, 1, 2)
        fields.setColumnStretch(0, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.how)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_folder)
        self.join_button.clicked.connect(self._ask_to_join)
        self.code.returnPressed.connect(self._ask_to_join)
        self.cancel_button.clicked.connect(self._close)
        self.code.textChanged.connect(self._update)
        self.set_needs_folder(True)
        self.hide()

    @property
    def chosen_folder(self) -> Path | None:
        return self._folder

    def open_form(self) -> None:
        self.clear()
        self.show()
        first = self.choose_button if self._needs_folder else self.code
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_folder(self) -> None:
        ask_folder(self.window(), self.tr("Choose the sync folder"), self.set_folder)

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        self.folder.setText(str(folder))
        self.folder.setCursorPosition(0)
        self._update()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_needs_folder(self, needed: bool) -> None:
        """A folder to choose, or (through a server) only the code."""
        self._needs_folder = needed
        for widget in (self.folder_label, self.folder, self.choose_button):
            widget.setVisible(needed)
        if needed:
            text = self.tr(
                "Choose the folder your other device syncs through (the same USB stick "
                "or synced folder), then type the pairing code it showed you."
            )
        else:
            text = self.tr(
                "Fill in the server above as on your other device, then type the "
                "pairing code it showed you."
            )
        self.how.setText(text)
        self._update()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.choose_button, self.code, self.cancel_button):
            widget.setEnabled(not busy)
        self.join_button.setEnabled(not busy and self._ready())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def clear(self) -> None:
        """Empty it (closed, joined, or the vault locks): the code is a secret."""
        self._folder = None
        self.folder.setText("")
        self.code.setText("")
        self.show_problem("")
        self.set_busy(False)

    def _ready(self) -> bool:
        has_place = self._folder is not None or not self._needs_folder
        return has_place and bool(self.code.text().strip())

    def _update(self) -> None:
        self.join_button.setEnabled(self._ready())
        if self.problem.isVisible():
            self.show_problem("")  # she is fixing it

    def _ask_to_join(self) -> None:
        if not self._ready():
            return
        self.show_problem("")
        if not self._needs_folder:
            self.join_server_requested.emit(self.code.text().strip())
        elif self._folder is not None:
            self.join_requested.emit(self._folder, self.code.text().strip())

    def _close(self) -> None:
        self.clear()
        self.hide()
        self.closed.emit()
