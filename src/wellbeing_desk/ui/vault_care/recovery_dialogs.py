"""The recovery code on screen, once, and the calm offer of one after creating a vault.

The code is shown large and in groups, with what it opens said plainly. It
cannot be selected or copied (clipboard managers keep what passes through
them); she writes it down. It is forgotten when the dialog closes, which
locking does too (``locking.close_dialogs``).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from wellbeing_desk.ui.vault_care.dialog_fit import fit_to_text
from wellbeing_desk.ui.widgets.code_label import code_label
from wellbeing_desk.ui.widgets.text import heading, paragraph

DIALOG_WIDTH = 520


def grouped(code: str) -> str:
    """The code's groups with spaces between them, easier to read and copy by hand."""
    return " ".join(part for part in code.replace(" ", "-").split("-") if part)


class RecoveryCodeDialog(QDialog):
    """Shows one new code; ``Done`` (or locking) closes it and forgets the code."""

    def __init__(self, code: str, replaced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setAccessibleName(self.tr("Your recovery code"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.code = code_label(self, selectable=False)
        self.code.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.code.setText(grouped(code))
        # Read out group by group: "recovery code: 7K3M 9QX2 …".
        self.code.setAccessibleName(self.tr("Recovery code: {code}").format(code=grouped(code)))
        self.advice = paragraph(
            self.tr(
                "Write this code down on paper and keep it somewhere safe, away from this "
                "computer. Anyone with it can open your vault. It is shown only this once."
            ),
            self,
        )
        self.advice.setObjectName("notice")
        self.use = paragraph(
            self.tr(
                "If you forget your passphrase, choose “Forgot passphrase?” on the "
                "unlock screen and type this code to set a new one."
            ),
            self,
        )
        self.use.setObjectName("muted")
        self.replaced = paragraph(
            self.tr("The code you had before no longer opens this vault."), self
        )
        self.replaced.setObjectName("muted")
        self.replaced.setVisible(replaced)
        buttons = QDialogButtonBox(self)
        self.done_button = buttons.addButton(
            self.tr("I have &written it down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setAccessibleName(self.tr("I have written it down: hide the code"))
        self.done_button.setObjectName("primary")
        self.done_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Your recovery code"), self, level=2))
        layout.addWidget(self.code)
        for widget in (self.advice, self.use, self.replaced):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        fit_to_text(self)

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)

    def clear(self) -> None:
        """Forget the code: nothing of it stays in a widget."""
        self.code.clear()
        self.code.setAccessibleName("")


class RecoveryOfferDialog(QDialog):
    """After creating a vault: would she like a recovery code? Not modal; "Not now" is fine."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A way back in"))
        self.setAccessibleName(self.tr("A way back in"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.setWindowModality(Qt.WindowModality.NonModal)
        # It waits beside the window: it takes no focus from what she is doing.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.text = paragraph(
            self.tr(
                "If you ever forget your passphrase, a recovery code lets you set a new one. "
                "It is a line of letters and numbers to write down and keep somewhere safe. "
                "Anyone who has it can open your vault, so you may prefer not to have one."
            ),
            self,
        )
        later = paragraph(self.tr("You can add one later in Settings, under “Your vault”."), self)
        later.setObjectName("muted")
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            self.tr("&Add a recovery code…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(self.tr("Add a recovery code"))
        self.later_button = buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.later_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("A way back in"), self, level=2))
        layout.addWidget(self.text)
        layout.addWidget(later)
        layout.addWidget(buttons)
        fit_to_text(self)
