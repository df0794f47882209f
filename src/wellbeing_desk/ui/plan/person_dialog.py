"""Adding one person for an emergency: a name, why she is on the list, ways to reach her."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.directory.names import contact_type_names
from wellbeing_desk.ui.unlock.frame import error_label
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.vault.directory_types import MAX_SHORT, ContactMethod
from wellbeing_desk.vault.emergency import CARER

# The ways to reach a person that the form asks for, in this order.
PERSON_CONTACT_TYPES = ("phone", "signal", "whatsapp", "telegram", "email")


def role_names() -> dict[str, str]:
    return {
        "person": QCoreApplication.translate("EmergencyRoles", "Someone I trust"),
        "security": QCoreApplication.translate(
            "EmergencyRoles", "My organisation's security contact"
        ),
        "local": QCoreApplication.translate("EmergencyRoles", "A local number I trust"),
    }


class PersonDialog(QDialog):
    """``person()`` gives (name, role, contacts) once accepted; nothing is saved here."""

    def __init__(self, parent: QWidget | None = None, carer: bool = False) -> None:
        """``carer``: someone who would look after the people who depend on her (no role asked)."""
        super().__init__(parent)
        title = (
            self.tr("Add someone who would look after them")
            if carer
            else self.tr("Add a person for an emergency")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_SHORT)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox(self)
        for role, label in role_names().items():
            self.role.addItem(label, role)
        self.role.setAccessibleName(self.tr("Who this is for you"))
        names = contact_type_names()
        self.contacts: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Name"), self.name), self.name)
        if carer:
            self.role.addItem("", CARER)
            self.role.setCurrentIndex(self.role.count() - 1)
            self.role.setVisible(False)
        else:
            form.addRow(self._label(self.tr("&Who this is"), self.role), self.role)
        for kind in PERSON_CONTACT_TYPES:
            edit = QLineEdit(self)
            edit.setMaxLength(MAX_SHORT)
            edit.setAccessibleName(names[kind])
            self.contacts[kind] = edit
            form.addRow(self._label(names[kind], edit), edit)
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAccessibleName(self.tr("Save this person"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel adding a person")
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        words = (
            self.tr("Someone who would look after the people who depend on you")
            if carer
            else self.tr("Someone you would reach in a hard moment")
        )
        layout.addWidget(heading(words, self, 2))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def person(self) -> tuple[str, str, list[ContactMethod]]:
        contacts = [
            ContactMethod(kind, edit.text().strip())
            for kind, edit in self.contacts.items()
            if edit.text().strip()
        ]
        return self.name.text().strip(), str(self.role.currentData()), contacts

    def _accept_if_complete(self) -> None:
        name, _, contacts = self.person()
        if not name:
            self._say(self.tr("Add a name, so you know who this is."))
            self.name.setFocus()
        elif not contacts:
            self._say(self.tr("Add at least one way to reach this person."))
            self.contacts["phone"].setFocus()
        else:
            self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label
