"""Setting a new passphrase: "Change passphrase…" (Settings) and "Forgot your passphrase?".

Each dialog only gathers what she types and says what happened; the caller
(``vault_keys``) runs the slow work on the database worker and calls back
``show_error`` or ``finish``. While the work runs, Escape and the close
button do nothing (the re-key goes on regardless), but locking still closes
the dialog: ``reject`` is kept for it. Every field is emptied when it closes.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops.vault_keys import (
    CODE_LENGTH,
    TYPO_CHECK,
    TYPO_LENGTH,
    CodeTypo,
    recovery_code_typo,
)
from wellbeing_desk.ui.unlock.frame import busy_row, error_label
from wellbeing_desk.ui.vault_care.dialog_fit import fit_to_text
from wellbeing_desk.ui.vault_care.new_passphrase import NewPassphraseFields
from wellbeing_desk.ui.widgets.dialog_buttons import action_buttons
from wellbeing_desk.ui.widgets.passphrase_field import PassphraseField
from wellbeing_desk.ui.widgets.text import paragraph

DIALOG_WIDTH = 480
# Shown as typed (she compares it with paper), but kept from predictive keyboards.
_CODE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


class KeyFormDialog(QDialog):
    """A form whose one action runs slow work elsewhere: busy, one clear error, cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.error = error_label(self)
        self._busy = False
        # Made by each dialog (its own words): the busy row and the button row.
        self.busy: QWidget
        self.buttons: QDialogButtonBox
        self.action_button: QPushButton
        self.cancel_button: QPushButton

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)
        self._update_action()

    def show_error(self, message: str) -> None:
        """One sentence under the form; the fields stay for another try."""
        self.set_busy(False)
        self.error.setText(message)
        self.error.setVisible(True)
        fit_to_text(self)

    def finish(self) -> None:
        self.set_busy(False)
        self.accept()

    def done(self, result: int) -> None:
        self._busy = False
        self.clear_fields()
        super().done(result)

    def clear_fields(self) -> None:
        raise NotImplementedError

    def _update_action(self) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            return  # the work goes on; the answer has somewhere to arrive
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _layout(self, intro: str, *widgets: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(paragraph(intro, self))
        for widget in widgets:
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        fit_to_text(self)


class ChangePassphraseDialog(KeyFormDialog):
    """Current passphrase, new one twice; emits ``change_requested(old, new)``."""

    change_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        current_label = QLabel(self.tr("Current passphrase"), self)
        self.current = PassphraseField(self.tr("Current passphrase"), self)
        current_label.setBuddy(self.current.edit)
        self.new = NewPassphraseFields(self)
        self.busy, _ = busy_row(self.tr("Changing your passphrase… this takes a moment."), self)
        self.busy.setVisible(False)
        self.buttons, self.action_button, self.cancel_button = action_buttons(
            self,
            self.tr("&Change passphrase"),
            self.tr("Change passphrase"),
            self.tr("Cancel"),
            self._submit,
        )
        self._layout(
            self.tr(
                "Your vault is encrypted again under the new passphrase. A recovery code, if "
                "you have one, keeps working. Backups made before still open with the "
                "passphrase they had."
            ),
            current_label,
            self.current,
            self.new,
        )
        self.current.textChanged.connect(self._update_action)
        self.current.returnPressed.connect(self.new.passphrase.setFocus)
        self.new.changed.connect(self._update_action)
        self.new.returnPressed.connect(self._submit)
        self._update_action()
        self.current.setFocus()

    def clear_fields(self) -> None:
        self.current.clear()
        self.new.clear()
        self.error.clear()
        self.error.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.current.set_busy(busy)
        self.new.set_busy(busy)
        super().set_busy(busy)

    def _update_action(self) -> None:
        ready = bool(self.current.text()) and self.new.refusal_reason() is None
        self.action_button.setEnabled(ready and not self._busy)

    def _submit(self) -> None:
        if self._busy:
            return
        if not self.current.text():
            self.show_error(self.tr("Type your current passphrase first."))
            return
        reason = self.new.refusal_reason()
        if reason is not None:
            self.show_error(reason)
            return
        self.set_busy(True)
        self.change_requested.emit(self.current.text(), self.new.text())


class ForgotPassphraseDialog(KeyFormDialog):
    """The recovery code and a new passphrase; emits ``recover_requested(code, new)``.

    A mistyped code is said at once, from its check symbol, before any slow work.
    """

    recover_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forgot your passphrase?"))
        self.setAccessibleName(self.tr("Forgot your passphrase?"))
        code_label = QLabel(self.tr("Recovery code"), self)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXX")
        self.code.setInputMethodHints(_CODE_HINTS)
        self.code.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.code.setMaxLength(80)
        self.code.setMinimumHeight(34)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setWeight(QFont.Weight.DemiBold)
        self.code.setFont(font)
        code_label.setBuddy(self.code)
        self.new = NewPassphraseFields(self)
        self.busy, _ = busy_row(
            self.tr("Checking the code and setting your new passphrase… this takes a moment."),
            self,
        )
        self.busy.setVisible(False)
        self.buttons, self.action_button, self.cancel_button = action_buttons(
            self,
            self.tr("&Set the new passphrase"),
            self.tr("Set the new passphrase"),
            self.tr("Cancel"),
            self._submit,
        )
        self._layout(
            self.tr(
                "If you added a recovery code, type it here and choose a new passphrase. "
                "Without the code or the passphrase, nobody can open this vault, not even the "
                "people who make Wellbeing Desk. A wrong code changes nothing and deletes "
                "nothing."
            ),
            code_label,
            self.code,
            self.new,
        )
        self.code.textChanged.connect(self._update_action)
        self.code.returnPressed.connect(self._check_code_now)
        self.new.changed.connect(self._update_action)
        self.new.returnPressed.connect(self._submit)
        self._update_action()
        self.code.setFocus()

    def clear_fields(self) -> None:
        self.code.setText("")  # setText drops the undo history too
        self.code.setModified(False)
        self.new.clear()
        self.error.clear()
        self.error.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.code.setReadOnly(busy)
        self.code.setEnabled(not busy)
        self.new.set_busy(busy)
        super().set_busy(busy)

    def typo_message(self, typo: CodeTypo) -> str:
        if typo.kind == TYPO_LENGTH:
            return self.tr(
                "A recovery code has %n symbols; this one has {count}. Check for a missing "
                "or extra symbol. Nothing was tried yet.",
                "",
                CODE_LENGTH,
            ).format(count=typo.count)
        if typo.kind == TYPO_CHECK:
            return self.tr(
                "This code has a typo: its last symbol does not match the others. Compare it "
                "symbol by symbol with the code you wrote down. Nothing was tried yet."
            )
        return self.tr(
            "“{symbol}” is never used in recovery codes. Check the code for a typo. "
            "Nothing was tried yet."
        ).format(symbol=typo.symbol)

    def _update_action(self) -> None:
        ready = bool(self.code.text().strip()) and self.new.refusal_reason() is None
        self.action_button.setEnabled(ready and not self._busy)

    def _check_code_now(self) -> None:
        """Enter in the code field: a typo said at once, else on to the new passphrase."""
        typo = recovery_code_typo(self.code.text())
        if typo is not None:
            self.show_error(self.typo_message(typo))
            return
        self.error.setVisible(False)
        self.new.passphrase.setFocus()

    def _submit(self) -> None:
        if self._busy:
            return
        typo = recovery_code_typo(self.code.text())
        if typo is not None:
            self.show_error(self.typo_message(typo))
            self.code.setFocus()
            return
        reason = self.new.refusal_reason()
        if reason is not None:
            self.show_error(reason)
            return
        self.set_busy(True)
        self.recover_requested.emit(self.code.text(), self.new.text())
