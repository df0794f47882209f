"""A passphrase input with a show/hide toggle and a Caps Lock hint.

Caps Lock is guessed, without platform calls, from key presses: a letter
whose case disagrees with the Shift key means Caps Lock is probably on.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

_SENSITIVE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
    | Qt.InputMethodHint.ImhHiddenText
)


class PassphraseField(QWidget):
    """``QLineEdit`` in password mode plus a toggle and a hint line."""

    returnPressed = Signal()
    textChanged = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(_SENSITIVE_HINTS)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.edit.setMinimumHeight(34)
        self.edit.installEventFilter(self)
        self.edit.returnPressed.connect(self.returnPressed)
        self.edit.textChanged.connect(self.textChanged)

        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.setMinimumHeight(34)
        self.toggle.toggled.connect(self._on_toggled)

        self.caps_hint = QLabel(self.tr("Caps Lock seems to be on."), self)
        self.caps_hint.setAccessibleName(self.tr("Caps Lock seems to be on."))
        self.caps_hint.setVisible(False)
        self.caps_hint.setObjectName("hint")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.caps_hint)
        self._on_toggled(False)
        self.setFocusProxy(self.edit)

    # -- QLineEdit-like API ----------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        """Empty the field and its undo history, hide the text again."""
        self.edit.setText("")  # setText (unlike clear) also drops the undo history
        self.edit.setModified(False)
        self.toggle.setChecked(False)
        self.caps_hint.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.edit.setReadOnly(busy)
        self.edit.setEnabled(not busy)
        self.toggle.setEnabled(not busy)

    @property
    def caps_lock_suspected(self) -> bool:
        return not self.caps_hint.isHidden()

    # -- internals -----------------------------------------------------------------------

    def _on_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        # Normal echo mode resets the hints; keep the keyboard from learning the passphrase.
        self.edit.setInputMethodHints(_SENSITIVE_HINTS)
        label = self.tr("Hide") if shown else self.tr("Show")
        self.toggle.setText(label)
        self.toggle.setAccessibleName(
            self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase")
        )
        self.toggle.setToolTip(self.toggle.accessibleName())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                self._guess_caps_lock(event)
            elif event.type() == QEvent.Type.FocusOut:
                self.caps_hint.setVisible(False)
        return False

    def _guess_caps_lock(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_CapsLock:
            self.caps_hint.setVisible(False)  # unknown until the next letter
            return
        text = event.text()
        if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
            return  # digits, symbols and scripts without case tell us nothing
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.caps_hint.setVisible(text.isupper() != shift)
