"""The pairing code on screen: large, in groups, with what it opens and a guarded copy.

Shown once right after sync is set up, and again when she asks for it (after
her passphrase). The code opens everything synced to whoever also has the
folder, so the card says so, copies it through the window's clipboard guard
(emptied after a while and on lock), and forgets it when she is done or the
vault locks.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.ui.widgets.code_label import code_label
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph

CARD_WIDTH = 640


def grouped(code: str) -> str:
    """The code's groups of four with spaces between them, easier to read aloud or copy."""
    return " ".join(part for part in code.replace(" ", "-").split("-") if part)


class CodeCard(QFrame):
    """``show_code(code)`` fills and shows it; ``done`` when she closes it."""

    done = Signal()

    def __init__(self, clipboard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self._clipboard = clipboard
        self._code = ""
        self.title = heading(self.tr("Your pairing code"), self, level=2)
        self.code = code_label(self, selectable=True)
        self.advice = paragraph(
            self.tr(
                "Write this down or print it, and keep it safe: anyone with this code and "
                "the folder can read what you sync. You can see it again later in Sync, "
                "after your passphrase."
            ),
            self,
        )
        self.next_step = paragraph(
            self.tr(
                "On your other device, open Sync, choose “Join another device’s "
                "sync”, pick the same folder and type this code."
            ),
            self,
        )
        self.next_step.setObjectName("muted")
        self.copied = paragraph("", self)
        self.copied.setObjectName("muted")
        self.copied.hide()
        self.copy_button = QPushButton(self.tr("Cop&y the code"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the pairing code"))
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setAccessibleName(self.tr("Done: hide the pairing code"))
        for button in (self.copy_button, self.done_button):
            button.setAutoDefault(False)
            comfortable(button)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        for widget in (self.title, self.code, self.advice, self.next_step):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.copied)
        self.copy_button.clicked.connect(self.copy)
        self.done_button.clicked.connect(self.finish)
        self.hide()

    def show_code(self, code: str) -> None:
        self._code = code
        self.code.setText(grouped(code))
        # Read out group by group: "pairing code: 7K3M 9QX2 …".
        self.code.setAccessibleName(self.tr("Pairing code: {code}").format(code=grouped(code)))
        self.copied.hide()
        self.show()
        self.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy(self) -> None:
        if not self._code:
            return
        self._clipboard.copy(self._code)
        seconds = max(1, self._clipboard.clear_after_ms // 1000)
        text = self.tr("Copied. The clipboard is emptied in %n seconds.", "", seconds)
        self.copied.setText(text)
        self.copied.setAccessibleName(text)
        self.copied.show()

    def finish(self) -> None:
        self.clear()
        self.done.emit()

    def clear(self) -> None:
        """Forget the code (done, or the vault locks); the clipboard guard empties its copy."""
        self._code = ""
        self.code.clear()
        self.code.setAccessibleName("")
        self.copied.hide()
        self.hide()
