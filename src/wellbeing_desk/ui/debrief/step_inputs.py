"""One input per step kind: free text, a 0–10 rating, a checklist, a single choice.

Contacts and follow-up actions have their own modules. Every input has
``value()`` (the answer in the flow's shape, or ``None``), ``set_value()``
(which does not emit ``changed``) and ``focus_first()``; it gives each of its
fields an accessible name and the step's prompt as accessible description.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import Answer
from wellbeing_desk.debrief.templates import Step
from wellbeing_desk.ui.widgets.scale_input import ScaleInput


class StepInput(QWidget):
    """The base: an empty answer, and ``changed`` on every edit she makes."""

    changed = Signal()

    def __init__(self, step: Step, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.language = language
        self.prompt = step.prompt.get(language)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(8)

    def value(self) -> Answer | None:
        return None

    def set_value(self, value: Answer | None) -> None:
        """Show ``value`` (from the flow) without emitting ``changed``."""

    def focus_first(self) -> None:
        self.focusNextChild()

    def clear_content(self) -> None:
        """Lock: empty every field (the answer is already in the saved state)."""
        blocked = self.blockSignals(True)
        self.set_value(None)
        self.blockSignals(blocked)


class TextInput(StepInput):
    def __init__(self, step: Step, language: str, parent: QWidget | None = None) -> None:
        super().__init__(step, language, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(self.prompt)
        self.edit.setPlaceholderText(
            self.tr("Write as much or as little as you like, or skip this question.")
        )
        self.edit.setTabChangesFocus(True)
        self.edit.document().setDocumentMargin(8)
        self.edit.setMinimumHeight(180)
        self.edit.textChanged.connect(self.changed)
        self.box.addWidget(self.edit)

    def value(self) -> Answer | None:
        return self.edit.toPlainText()

    def set_value(self, value: Answer | None) -> None:
        blocked = self.edit.blockSignals(True)
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self.edit.moveCursor(QTextCursor.MoveOperation.End)  # back on a step: go on writing
        self.edit.document().clearUndoRedoStacks()
        self.edit.blockSignals(blocked)

    def focus_first(self) -> None:
        self.edit.setFocus()


class PromptedScale(ScaleInput):
    """The shared 0–10 scale, whose description starts with the step's prompt."""

    prompt = ""

    def _describe(self) -> None:
        super()._describe()
        if self.prompt:
            self.setAccessibleDescription(f"{self.prompt} {self.accessibleDescription()}")


class RatingInput(StepInput):
    def __init__(self, step: Step, language: str, parent: QWidget | None = None) -> None:
        super().__init__(step, language, parent)
        anchors = (
            step.low.get(language) if step.low else "",
            step.high.get(language) if step.high else "",
        )
        self.scale = PromptedScale(0, 10, self.tr("Your rating, from 0 to 10"), anchors, self)
        self.scale.prompt = self.prompt
        self.scale._describe()
        self.scale.score_changed.connect(lambda _: self.changed.emit())
        self.box.addWidget(self.scale)
        hint = self.tr("Type a number, or use the arrow keys. Choosing nothing is fine too.")
        self.scale.setToolTip(hint)

    def value(self) -> Answer | None:
        return self.scale.score()

    def set_value(self, value: Answer | None) -> None:
        blocked = self.scale.blockSignals(True)
        self.scale.set_score(value if isinstance(value, int) else None)
        self.scale.blockSignals(blocked)
        self.scale._describe()

    def focus_first(self) -> None:
        self.scale.setFocus()


class ChecklistInput(StepInput):
    def __init__(self, step: Step, language: str, parent: QWidget | None = None) -> None:
        super().__init__(step, language, parent)
        self.boxes: dict[str, QCheckBox] = {}
        for option in step.options:
            label = option.label.get(language)
            box = QCheckBox(label, self)
            box.setAccessibleName(label)
            box.setAccessibleDescription(self.prompt)
            box.toggled.connect(lambda _: self.changed.emit())
            self.boxes[option.id] = box
            self.box.addWidget(box, 0, Qt.AlignmentFlag.AlignLeading)

    def value(self) -> Answer | None:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: Answer | None) -> None:
        ticked = set(value) if isinstance(value, tuple) else set()
        for key, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(key in ticked)
            box.blockSignals(blocked)

    def focus_first(self) -> None:
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()


class ChoiceInput(StepInput):
    """Radio buttons; choosing the chosen one again clears it (nothing must be answered)."""

    def __init__(self, step: Step, language: str, parent: QWidget | None = None) -> None:
        super().__init__(step, language, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self._before: QAbstractButton | None = None
        for option in step.options:
            label = option.label.get(language)
            button = QRadioButton(label, self)
            button.setAccessibleName(label)
            button.setAccessibleDescription(self.prompt)
            self.group.addButton(button)
            self.buttons[option.id] = button
            self.box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self.group.buttonPressed.connect(self._pressed)
        self.group.buttonClicked.connect(self._clicked)

    def _pressed(self, button: QAbstractButton) -> None:
        self._before = self.group.checkedButton()

    def _clicked(self, button: QAbstractButton) -> None:
        if self._before is button:
            self._set_checked(None)
        self._before = None
        self.changed.emit()

    def value(self) -> Answer | None:
        chosen = self.group.checkedButton()
        return next((key for key, b in self.buttons.items() if b is chosen), None)

    def set_value(self, value: Answer | None) -> None:
        self._set_checked(value if isinstance(value, str) else None)

    def _set_checked(self, key: str | None) -> None:
        self.group.setExclusive(False)
        for option_id, button in self.buttons.items():
            blocked = button.blockSignals(True)
            button.setChecked(option_id == key)
            button.blockSignals(blocked)
        self.group.setExclusive(True)

    def focus_first(self) -> None:
        chosen = self.group.checkedButton() or next(iter(self.buttons.values()), None)
        if chosen is not None:
            chosen.setFocus()
