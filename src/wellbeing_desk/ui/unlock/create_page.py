"""First run: choose the passphrase that will protect the new vault.

Below ``MIN_LENGTH`` characters nothing can be created; above it a weak
passphrase needs the explicit override. Pressing Enter when the page refuses
says why, next to the fields, instead of doing nothing.
"""

from PySide6 import QtGui
from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desk.passphrase_strength import MIN_LENGTH
from wellbeing_desk.ui.unlock.frame import LockScreenFrame, busy_row, error_label
from wellbeing_desk.ui.widgets.passphrase_field import PassphraseField
from wellbeing_desk.ui.widgets.strength_meter import StrengthMeter
from wellbeing_desk.ui.widgets.text import paragraph


class CreatePage(QWidget):
    """Passphrase twice, a strength meter, an override for weak ones, a plain warning."""

    create_requested = Signal(str)
    restore_requested = Signal()  # "Have a backup? Restore it…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = LockScreenFrame(
            self.tr("Create your vault"),
            self.tr(
                "Everything you keep in Wellbeing Desk is encrypted with one passphrase. "
                "Choose a few words that only you know and can remember."
            ),
            self,
        )
        parent_ = self.frame
        self.passphrase_label = QLabel(self.tr("Passphrase"), parent_)
        self.passphrase = PassphraseField(self.tr("Passphrase"), parent_)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.meter = StrengthMeter(parent_)
        self.repeat_label = QLabel(self.tr("Repeat the passphrase"), parent_)
        self.repeat = PassphraseField(self.tr("Repeat the passphrase"), parent_)
        self.repeat_label.setBuddy(self.repeat.edit)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same yet."), parent_)
        self.mismatch.setObjectName("hint")
        self.mismatch.setWordWrap(True)
        self.mismatch.setVisible(False)
        # Why Enter did nothing: said once she tries, gone as soon as she edits.
        self.refusal = error_label(parent_)
        self.override = QCheckBox(self.tr("This passphrase is weak. Use it anyway."), parent_)
        self.override.setAccessibleName(self.tr("Use the weak passphrase anyway"))
        self.override.setVisible(False)
        self.warning = paragraph(
            self.tr(
                "Important: if you forget this passphrase, nobody can recover your "
                "vault, not even the people who make Wellbeing Desk. Keep a copy "
                "somewhere safe if you need one."
            ),
            parent_,
        )
        self.warning.setObjectName("notice")
        self.error = error_label(parent_)
        self.create_button = QPushButton(self.tr("&Create vault"), parent_)
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.setObjectName("primary")
        self.create_button.setMinimumHeight(36)
        self.busy, _ = busy_row(self.tr("Creating your vault… this takes a moment."), parent_)
        # A new computer, an old vault: her backup, not a new vault.
        self.restore_button = QPushButton(self.tr("Have a backup? &Restore it…"), parent_)
        self.restore_button.setAccessibleName(self.tr("Restore a backup instead"))
        self.restore_button.setFlat(True)
        self.restore_button.setAutoDefault(False)

        body = self.frame.body
        for widget in (
            self.passphrase_label,
            self.passphrase,
            self.meter,
            None,
            self.repeat_label,
            self.repeat,
            self.mismatch,
            self.refusal,
            self.override,
            self.warning,
            self.error,
            self.create_button,
            self.busy,
            None,
            self.restore_button,
        ):
            if widget is None:
                body.addSpacing(8)
            else:
                body.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)

        self.passphrase.textChanged.connect(self._on_passphrase_changed)
        self.repeat.textChanged.connect(self._on_repeat_changed)
        self.override.toggled.connect(self._on_override_toggled)
        self.create_button.clicked.connect(self._submit)
        self.restore_button.clicked.connect(self.restore_requested)
        self.repeat.returnPressed.connect(self._submit)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self._busy = False
        self._update_state()

    # -- state ---------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def can_create(self) -> bool:
        return self.refusal_reason() is None

    def refusal_reason(self) -> str | None:
        """Why the vault cannot be created yet, or ``None`` when it can."""
        first, second = self.passphrase.text(), self.repeat.text()
        strength = self.meter.strength
        if not first:
            return self.tr("Type a passphrase first.")
        if strength.too_short:
            return self.tr(
                "Not created: the passphrase is too short. Use at least %n characters.",
                "",
                MIN_LENGTH,
            )
        if not second:
            return self.tr("Not created yet: type the passphrase a second time, below.")
        if first != second:
            return self.tr("Not created: the two passphrases are not the same yet.")
        if strength.weak and not self.override.isChecked():
            return self.tr(
                "Not created: this passphrase is weak. Add a few more words, "
                "or tick the box below to use it anyway."
            )
        return None

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in (self.passphrase, self.repeat):
            field.set_busy(busy)
        self.override.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.error.setVisible(False)
        self._update_state()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.setVisible(True)
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.clear_content()
        self.error.clear()
        self.error.setVisible(False)

    def clear_content(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.override.setChecked(False)
        self.meter.update_for("")
        self._clear_refusal()
        self._update_state()

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus()

    # -- internals -------------------------------------------------------------------

    def _on_passphrase_changed(self, text: str) -> None:
        self.meter.update_for(text)
        self.override.setChecked(False)  # consent covers one passphrase, not the next
        self._clear_refusal()
        self._update_state()

    def _on_repeat_changed(self) -> None:
        self._clear_refusal()
        self._update_state()

    def _on_override_toggled(self) -> None:
        self._clear_refusal()
        self._update_state()

    def _update_state(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        strength = self.meter.strength
        self.override.setVisible(bool(first) and strength.weak and strength.can_override)
        # While the refusal says it, the mismatch hint would only repeat it.
        self.mismatch.setVisible(bool(second) and first != second and self.refusal.isHidden())
        self.create_button.setEnabled(not self._busy and self.can_create())

    def _refuse(self, reason: str) -> None:
        self.refusal.setText(reason)
        self.refusal.setVisible(True)
        for field in (self.passphrase, self.repeat):
            field.edit.setAccessibleDescription(reason)
        self._update_state()
        announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8+
        if announcement is not None:
            QAccessible.updateAccessibility(announcement(self.refusal, reason))

    def _clear_refusal(self) -> None:
        if self.refusal.isHidden() and not self.refusal.text():
            return
        self.refusal.clear()
        self.refusal.setVisible(False)
        for field in (self.passphrase, self.repeat):
            field.edit.setAccessibleDescription("")

    def _submit(self) -> None:
        if self._busy:
            return
        reason = self.refusal_reason()
        if reason is not None:
            self._refuse(reason)
            return
        self.set_busy(True)
        self.create_requested.emit(self.passphrase.text())
