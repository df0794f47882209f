"""After creating a vault, one gentle, skippable step: who would she reach in a hard moment?

Three rows (name, number or address, how) are enough for a first list; she
can add more, reorder and add her organisation's security contact later in
her self-care plan. Saving goes through the worker; skipping saves nothing.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops.reach import NewPerson, add_emergency_people
from wellbeing_desk.ui.directory.names import contact_type_names
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.plan.person_dialog import PERSON_CONTACT_TYPES
from wellbeing_desk.ui.unlock.frame import LockScreenFrame, error_label
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.directory_types import MAX_SHORT, ContactMethod

ROWS = 3


class FirstPeoplePage(QWidget):
    finished = Signal()  # saved or skipped: on to Today

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._saving = False
        self.frame = LockScreenFrame(
            self.tr("Who would you reach in a hard moment?"),
            self.tr(
                "Add two or three people you trust: a friend, someone on your team, your "
                "organisation's security contact. Their numbers stay in your encrypted vault "
                "and are here even with no internet. You can skip this and add them later in "
                "your self-care plan."
            ),
            self,
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        name_header = QLabel(self.tr("Name"), self.frame)
        value_header = QLabel(self.tr("Number or address"), self.frame)
        how_header = QLabel(self.tr("How"), self.frame)
        for column, label in enumerate((name_header, value_header, how_header)):
            label.setObjectName("muted")
            grid.addWidget(label, 0, column)
        self.names: list[QLineEdit] = []
        self.values: list[QLineEdit] = []
        self.kinds: list[QComboBox] = []
        type_names = contact_type_names()
        for row in range(1, ROWS + 1):
            name = QLineEdit(self.frame)
            name.setMaxLength(MAX_SHORT)
            name.setAccessibleName(self.tr("Name of person {number}").format(number=row))
            value = QLineEdit(self.frame)
            value.setMaxLength(MAX_SHORT)
            value.setAccessibleName(
                self.tr("Number or address of person {number}").format(number=row)
            )
            kind = QComboBox(self.frame)
            kind.setAccessibleName(self.tr("How to reach person {number}").format(number=row))
            for contact_type in PERSON_CONTACT_TYPES:
                kind.addItem(type_names[contact_type], contact_type)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(kind, row, 2)
            self.names.append(name)
            self.values.append(value)
            self.kinds.append(kind)
            name.returnPressed.connect(self.save)
            value.returnPressed.connect(self.save)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        self.error = error_label(self.frame)
        self.save_button = QPushButton(self.tr("&Save and continue"), self.frame)
        self.save_button.setAccessibleName(self.tr("Save these people and continue"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("S&kip for now"), self.frame)
        self.skip_button.setAccessibleName(self.tr("Skip for now; add people later"))
        self.skip_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        body = self.frame.body
        body.addLayout(grid)
        body.addWidget(self.error)
        body.addSpacing(6)
        body.addLayout(buttons)

        scroll = QScrollArea(self)  # small screens: the step scrolls rather than clips
        scroll.setWidget(self.frame)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.skip)

    def reset(self) -> None:
        self._saving = False
        for edit in (*self.names, *self.values):
            edit.setText("")
        for combo in self.kinds:
            combo.setCurrentIndex(0)
        self.error.setVisible(False)
        self.save_button.setEnabled(True)

    def focus_first(self) -> None:
        self.names[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def people(self) -> list[NewPerson] | str:
        """The filled rows, or a sentence saying which row is half filled."""
        people: list[NewPerson] = []
        for name_edit, value_edit, kind in zip(self.names, self.values, self.kinds, strict=True):
            name, value = name_edit.text().strip(), value_edit.text().strip()
            if name and not value:
                return self.tr("Add a number or address for {name}, or clear the name.").format(
                    name=name
                )
            if value and not name:
                return self.tr("Add a name for {value}, so you know who it is.").format(value=value)
            if name:
                people.append(NewPerson(name, ContactMethod(str(kind.currentData()), value)))
        return people

    def save(self) -> None:
        if self._saving:
            return
        people = self.people()
        if isinstance(people, str):
            self.error.setText(people)
            self.error.setVisible(True)
            return
        if not people:
            self.skip()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.worker.submit(bind(add_emergency_people, people), lambda _: self._done(), self._failed)

    def skip(self) -> None:
        self.reset()
        self.finished.emit()

    def _done(self) -> None:
        self.reset()
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.error.setText(describe_error(error))
        self.error.setVisible(True)
