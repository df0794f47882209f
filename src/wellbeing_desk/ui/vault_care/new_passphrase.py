"""A new passphrase, typed twice, with the strength meter: changing it or recovering.

The same rules as creating a vault (``ui/unlock/create_page.py``) and the
command line: below ``MIN_LENGTH`` characters it is refused, a weak one needs
the explicit "use it anyway", and the two must be the same.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from wellbeing_desk.passphrase_strength import MIN_LENGTH
from wellbeing_desk.ui.widgets.passphrase_field import PassphraseField
from wellbeing_desk.ui.widgets.strength_meter import StrengthMeter


class NewPassphraseFields(QWidget):
    """``text()`` once ``refusal_reason()`` is ``None``; ``changed`` as she types."""

    changed = Signal()
    returnPressed = Signal()  # Enter in the second field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_label = QLabel(self.tr("New passphrase"), self)
        self.passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.meter = StrengthMeter(self)
        self.repeat_label = QLabel(self.tr("Repeat the new passphrase"), self)
        self.repeat = PassphraseField(self.tr("Repeat the new passphrase"), self)
        self.repeat_label.setBuddy(self.repeat.edit)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same yet."), self)
        self.mismatch.setObjectName("hint")
        self.mismatch.setWordWrap(True)
        self.mismatch.setVisible(False)
        self.override = QCheckBox(self.tr("This passphrase is weak. Use it anyway."), self)
        self.override.setAccessibleName(self.tr("Use the weak passphrase anyway"))
        self.override.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        widgets: tuple[QWidget, ...] = (self.passphrase_label, self.passphrase, self.meter)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addSpacing(6)
        for widget in (self.repeat_label, self.repeat, self.mismatch, self.override):
            layout.addWidget(widget)
        self.passphrase.textChanged.connect(self._on_passphrase_changed)
        self.repeat.textChanged.connect(self._update)
        self.override.toggled.connect(self._update)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.returnPressed)

    def text(self) -> str:
        return self.passphrase.text()

    def refusal_reason(self) -> str | None:
        """Why this cannot be the new passphrase yet, or ``None`` when it can."""
        first, second = self.passphrase.text(), self.repeat.text()
        strength = self.meter.strength
        if not first:
            return self.tr("Type a new passphrase first.")
        if strength.too_short:
            return self.tr(
                "The new passphrase is too short. Use at least %n characters.", "", MIN_LENGTH
            )
        if first != second:
            return self.tr("Type the new passphrase a second time, the same as the first.")
        if strength.weak and not self.override.isChecked():
            return self.tr(
                "The new passphrase is weak. Add a few more words, or tick the box to use it "
                "anyway."
            )
        return None

    def set_busy(self, busy: bool) -> None:
        for field in (self.passphrase, self.repeat):
            field.set_busy(busy)
        self.override.setEnabled(not busy)

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.override.setChecked(False)
        self.meter.update_for("")
        self._update()

    def _on_passphrase_changed(self, text: str) -> None:
        self.meter.update_for(text)
        self.override.setChecked(False)  # consent covers one passphrase, not the next
        self._update()

    def _update(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        strength = self.meter.strength
        self.override.setVisible(bool(first) and strength.weak and strength.can_override)
        self.mismatch.setVisible(bool(second) and first != second)
        self.changed.emit()
