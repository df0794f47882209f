"""The follow-up actions step: rows of what she will do, each with an optional date.

Dated actions show on the Today page when they are due. A row keeps its
action's id, so renaming or re-dating an action keeps whether it is done.
"""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import Action, Answer, new_action
from wellbeing_desk.debrief.templates import Step
from wellbeing_desk.ui.debrief.step_inputs import StepInput
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts


class ActionRow(QWidget):
    def __init__(self, action: Action, number: int, prompt: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.action_id = action.id
        self.text = QLineEdit(action.text, self)
        self.text.setObjectName("answerLine")
        self.text.setMaxLength(2000)
        self.text.setPlaceholderText(self.tr("Something small and kind, or practical"))
        self.text.setAccessibleName(self.tr("Action {number}").format(number=number))
        self.text.setAccessibleDescription(prompt)
        self.dated = QCheckBox(self.tr("By"), self)
        self.dated.setAccessibleName(self.tr("Give action {number} a date").format(number=number))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(self.tr("d MMM yyyy", "how the dates are shown"))
        self.due.setAccessibleName(self.tr("Date for action {number}").format(number=number))
        name_inner_parts(self.due)
        day = action.due or date.today() + timedelta(days=1)
        self.due.setDate(QDate(day.year, day.month, day.day))
        self.dated.setChecked(action.due is not None)
        self.due.setEnabled(action.due is not None)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove action {number}").format(number=number))
        self.dated.toggled.connect(self.due.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dated)
        layout.addWidget(self.due)
        layout.addWidget(self.remove)

    def action(self) -> Action:
        due: date | None = None
        if self.dated.isChecked():
            chosen = self.due.date()
            due = date(chosen.year(), chosen.month(), chosen.day())
        return Action(self.action_id, self.text.text(), due)


class ActionsInput(StepInput):
    def __init__(self, step: Step, language: str, parent: QWidget | None = None) -> None:
        super().__init__(step, language, parent)
        self.rows: list[ActionRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.add_button = QPushButton(self.tr("Add an &action"), self)
        self.add_button.setAccessibleName(self.tr("Add another action"))
        comfortable(self.add_button)
        note = QLabel(
            self.tr("Actions with a date show on your Today page when they are due."), self
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.box.addLayout(self.rows_box)
        self.box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.box.addWidget(note)
        self.add_button.clicked.connect(self.add_row)
        self.set_value(None)

    def value(self) -> Answer | None:
        return tuple(row.action() for row in self.rows)

    def set_value(self, value: Answer | None) -> None:
        actions = [a for a in value if isinstance(a, Action)] if isinstance(value, tuple) else []
        for row in self.rows:
            self._drop(row)
        self.rows = []
        for action in actions or [new_action("")]:
            self._append(action)

    def add_row(self) -> None:
        row = self._append(new_action(""))
        row.text.setFocus()

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].text.setFocus()

    def _append(self, action: Action) -> ActionRow:
        row = ActionRow(action, len(self.rows) + 1, self.prompt, self)
        row.text.textChanged.connect(lambda _: self.changed.emit())
        row.dated.toggled.connect(lambda _: self.changed.emit())
        row.due.dateChanged.connect(lambda _: self.changed.emit())
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def _remove(self, row: ActionRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        values = [r.action() for r in self.rows if r is not row]
        self.set_value(tuple(values))
        self.changed.emit()
        target = self.rows[min(index, len(self.rows) - 1)]
        target.text.setFocus()

    def _drop(self, row: ActionRow) -> None:
        self.rows_box.removeWidget(row)
        row.hide()
        for widget in (row.text, row.dated, row.due):
            widget.blockSignals(True)
        row.text.setText("")
        row.deleteLater()
