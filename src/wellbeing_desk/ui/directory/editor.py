"""The in-page form for adding or editing a directory entry.

``open_new()`` / ``open_entry(found)`` fill it; ``form_entry()`` reads it
back as a ``DirectoryEntryInput`` built on the entry being edited, so fields
the form does not show (source, starter key, source URLs) are kept and a
field she did not touch compares equal (which is how the vault knows what she
changed on a starter entry). Starter text and contact labels are shown in her
language ("Helpline page" reads "Página de la línea de ayuda", a vCard's
"work" reads "Trabajo"); left as shown, the stored original is kept. Ctrl+S or
"Save" emits ``save_requested``; Escape or "Cancel" emits ``cancelled``.
``clear()`` empties every field.
"""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.directory.contacts import split_list
from wellbeing_desk.ui.directory.names import (
    category_names,
    contact_label_name,
    contact_type_names,
    cost_names,
    experience_names,
    kind_names,
    shown_contact_label,
    shown_text,
)
from wellbeing_desk.ui.widgets.chips import ChipGroup
from wellbeing_desk.ui.widgets.column_scroll import ColumnScrollArea
from wellbeing_desk.ui.widgets.dates import short_date_format
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.vault.directory import DirectoryEntry
from wellbeing_desk.vault.directory_types import (
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

# Fields the starter directory ships in several languages.
_SHOWN_FIELDS = ("description", "secure_route", "hours", "who_qualifies", "safety_notes")


class ContactRow:
    """One contact method in the editor: type, value, label and a remove button.

    ``shown_label`` is the label in her language; while the field still says
    it, ``contact()`` gives back the label as stored.
    """

    def __init__(
        self, parent: QWidget, contact: ContactMethod | None, shown_label: str | None = None
    ) -> None:
        self.type = QComboBox(parent)
        for key, name in contact_type_names().items():
            self.type.addItem(name, key)
        self.type.setAccessibleName(QCoreApplication.translate("ContactRow", "Contact type"))
        self.value = QLineEdit(parent)
        self.value.setAccessibleName(
            QCoreApplication.translate("ContactRow", "Phone number, address or handle")
        )
        self.value.setPlaceholderText(
            QCoreApplication.translate("ContactRow", "Number, address or handle")
        )
        self.label = QLineEdit(parent)
        self.label.setAccessibleName(QCoreApplication.translate("ContactRow", "Contact label"))
        self.label.setPlaceholderText(
            QCoreApplication.translate("ContactRow", "Label, e.g. 24-hour line")
        )
        self.remove = QPushButton(QCoreApplication.translate("ContactRow", "Re&move"), parent)
        self.remove.setAccessibleName(
            QCoreApplication.translate("ContactRow", "Remove this contact method")
        )
        self._stored_label = ("", "")  # (as shown, as stored)
        if contact is not None:
            self.type.setCurrentIndex(max(0, self.type.findData(contact.type)))
            self.value.setText(contact.value)
            shown = contact_label_name(contact.label) if shown_label is None else shown_label
            self._stored_label = (shown, contact.label)
            self.label.setText(shown)

    def widgets(self) -> list[QWidget]:
        return [self.type, self.value, self.label, self.remove]

    def contact(self) -> ContactMethod:
        shown, stored = self._stored_label
        label = stored if self.label.text() == shown else self.label.text()
        return ContactMethod(str(self.type.currentData()), self.value.text(), label)


class DirectoryEditor(ColumnScrollArea):  # never cut at its right edge
    save_requested = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.entry_id: str | None = None
        self._base = DirectoryEntryInput(name="")
        self._shown: dict[str, tuple[str, str]] = {}  # field -> (as shown, as stored)
        self.is_open = False
        body = QWidget(self)
        self.setWidget(body)
        self.title = heading("", body, level=2)

        self.name = self._line(body, self.tr("Name"))
        self.organisation = self._line(body, self.tr("Organisation"))
        self.kind = self._combo(body, self.tr("Kind"), kind_names())
        self.description = self._text(body, self.tr("Description"), 90)
        self.categories = ChipGroup(self.tr("Categories"), body)
        self.categories.set_items(
            sorted(category_names().items(), key=lambda item: item[1].casefold())
        )
        self.languages = self._line(body, self.tr("Languages"))
        self.languages.setPlaceholderText(self.tr("Language codes, e.g. es, en, pt-BR"))
        self.languages.setToolTip(self.tr("Language codes separated by commas: es, en, pt-BR"))
        self.regions = self._line(body, self.tr("Regions"))
        self.regions.setPlaceholderText(self.tr("Country codes, e.g. MX, CO, or worldwide"))
        self.regions.setToolTip(
            self.tr("Two-letter country codes separated by commas, or the word worldwide")
        )

        self.contacts_box = QWidget(body)
        self.contacts_grid = QGridLayout(self.contacts_box)
        self.contacts_grid.setContentsMargins(0, 0, 0, 0)
        self.contacts_grid.setSpacing(6)
        self.contact_rows: list[ContactRow] = []
        self.add_contact_button = QPushButton(self.tr("&Add a contact method"), body)
        self.add_contact_button.setAccessibleName(self.tr("Add a contact method"))

        self.secure_route = self._text(body, self.tr("Most secure way to reach them"), 60)
        self.hours = self._line(body, self.tr("Hours"))
        self.time_zone = self._line(body, self.tr("Time zone"))
        self.time_zone.setPlaceholderText(self.tr("e.g. America/Mexico_City"))
        self.cost = self._combo(body, self.tr("Cost"), cost_names())
        self.who_qualifies = self._text(body, self.tr("Who qualifies"), 60)
        self.experienced = self._combo(
            body, self.tr("Experienced with defenders"), experience_names()
        )
        self.checked = QCheckBox(self.tr("Checked on"), body)
        self.checked.setAccessibleName(self.tr("I know when this was last checked"))
        self.last_checked = QDateEdit(QDate.currentDate(), body)
        self.last_checked.setCalendarPopup(True)
        self.last_checked.setDisplayFormat(short_date_format())  # never "6 12 2026"
        self.last_checked.setAccessibleName(self.tr("Last checked"))
        name_inner_parts(self.last_checked)
        self.safety_notes = self._text(body, self.tr("Safety notes"), 60)
        self.notes = self._text(body, self.tr("My notes"), 80)
        self.favourite = QCheckBox(self.tr("Favourite"), body)
        self.favourite.setAccessibleName(self.tr("Favourite"))

        self.error = QLabel(body)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save"), body)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save this entry"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), body)
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Escape)"))
        comfortable(self.save_button, self.cancel_button, self.add_contact_button)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(8)
        form.addRow(self._label(self.tr("Name"), body), self.name)
        form.addRow(self._label(self.tr("Organisation"), body), self.organisation)
        form.addRow(self._label(self.tr("Kind"), body), self.kind)
        form.addRow(self._label(self.tr("Description"), body), self.description)
        form.addRow(self._label(self.tr("Categories"), body), self.categories)
        form.addRow(self._label(self.tr("Languages"), body), self.languages)
        form.addRow(self._label(self.tr("Regions"), body), self.regions)
        contacts = QVBoxLayout()
        contacts.setSpacing(6)
        contacts.addWidget(self.contacts_box)
        contacts.addWidget(self.add_contact_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self._label(self.tr("Contact methods"), body), contacts)
        form.addRow(self._label(self.tr("Most secure way"), body), self.secure_route)
        form.addRow(self._label(self.tr("Hours"), body), self.hours)
        form.addRow(self._label(self.tr("Time zone"), body), self.time_zone)
        form.addRow(self._label(self.tr("Cost"), body), self.cost)
        form.addRow(self._label(self.tr("Who qualifies"), body), self.who_qualifies)
        form.addRow(self._label(self.tr("Experienced with defenders"), body), self.experienced)
        checked_row = QHBoxLayout()
        checked_row.addWidget(self.checked)
        checked_row.addWidget(self.last_checked)
        checked_row.addStretch(1)
        form.addRow(self._label(self.tr("Last checked"), body), checked_row)
        form.addRow(self._label(self.tr("Safety notes"), body), self.safety_notes)
        form.addRow(self._label(self.tr("My notes"), body), self.notes)
        form.addRow("", self.favourite)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.add_contact_button.clicked.connect(lambda: self.add_contact(None, focus=True))
        self.checked.toggled.connect(self.last_checked.setEnabled)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancelled)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_requested)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancelled)
        self.clear()

    # -- building ------------------------------------------------------------------------

    def _label(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("fieldLabel")
        return label

    def _line(self, parent: QWidget, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setAccessibleName(name)
        return edit

    def _text(self, parent: QWidget, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        return edit

    def _combo(self, parent: QWidget, name: str, choices: dict[str, str]) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        for key, label in choices.items():
            combo.addItem(label, key)
        return combo

    # -- contacts ------------------------------------------------------------------------

    def add_contact(
        self,
        contact: ContactMethod | None,
        *,
        focus: bool = False,
        shown_label: str | None = None,
    ) -> ContactRow:
        row = ContactRow(self.contacts_box, contact, shown_label)
        number = len(self.contact_rows)
        for column, widget in enumerate(row.widgets()):
            self.contacts_grid.addWidget(widget, number, column)
            widget.setVisible(True)  # at once, so the focus and Tab can reach it
        self.contacts_grid.setColumnStretch(1, 2)
        self.contacts_grid.setColumnStretch(2, 1)
        row.remove.clicked.connect(lambda: self.remove_contact(row))
        self.contact_rows.append(row)
        if focus:
            row.value.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_contact(self, row: ContactRow) -> None:
        index = self.contact_rows.index(row)
        kept = [(r.contact(), r.label.text()) for r in self.contact_rows if r is not row]
        self._drop_contacts()
        for contact, shown in kept:
            self.add_contact(contact, shown_label=shown)
        if self.contact_rows:
            self.contact_rows[min(index, len(self.contact_rows) - 1)].value.setFocus()
        else:
            self.add_contact_button.setFocus()

    def _drop_contacts(self) -> None:
        for row in self.contact_rows:
            for widget in row.widgets():
                self.contacts_grid.removeWidget(widget)
                widget.hide()
                if isinstance(widget, QLineEdit):
                    widget.setText("")
                widget.setParent(None)
                widget.deleteLater()
        self.contact_rows = []

    # -- opening -------------------------------------------------------------------------

    def open_new(self) -> None:
        self._fill(None, DirectoryEntryInput(name=""), self.tr("New directory entry"))

    def open_entry(self, found: DirectoryEntry) -> None:
        self._fill(found.id, found.entry, self.tr("Edit directory entry"), found)

    def _fill(
        self,
        entry_id: str | None,
        entry: DirectoryEntryInput,
        title: str,
        found: DirectoryEntry | None = None,
    ) -> None:
        self.clear()
        # Starter text in her language, unless she edited it; the stored text is kept
        # while the field still shows the translation (``_stored``).
        for field in _SHOWN_FIELDS:
            stored = str(getattr(entry, field))
            self._shown[field] = ((shown_text(found, field) if found else "") or stored, stored)
        self.is_open = True
        self.entry_id = entry_id
        self._base = entry
        entry = replace(
            entry,
            description=self._shown["description"][0],
            secure_route=self._shown["secure_route"][0],
            hours=self._shown["hours"][0],
            who_qualifies=self._shown["who_qualifies"][0],
            safety_notes=self._shown["safety_notes"][0],
        )
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.name.setText(entry.name)
        self.organisation.setText(entry.organisation)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.description.setPlainText(entry.description)
        self.categories.set_checked_ids(entry.categories)
        self.languages.setText(", ".join(entry.languages))
        self.regions.setText(", ".join(entry.regions))
        for contact in entry.contacts:
            shown = shown_contact_label(found, contact) if found else None
            self.add_contact(contact, shown_label=shown)
        self.secure_route.setPlainText(entry.secure_route)
        self.hours.setText(entry.hours)
        self.time_zone.setText(entry.time_zone)
        self.cost.setCurrentIndex(max(0, self.cost.findData(entry.cost)))
        self.who_qualifies.setPlainText(entry.who_qualifies)
        self.experienced.setCurrentIndex(
            max(0, self.experienced.findData(entry.experienced_with_defenders))
        )
        self.checked.setChecked(entry.last_checked is not None)
        self.last_checked.setEnabled(entry.last_checked is not None)
        if entry.last_checked is not None:
            day = entry.last_checked
            self.last_checked.setDate(QDate(day.year, day.month, day.day))
        self.safety_notes.setPlainText(entry.safety_notes)
        self.notes.setPlainText(entry.notes)
        self.favourite.setChecked(entry.favourite)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reading -------------------------------------------------------------------------

    def form_entry(self) -> DirectoryEntryInput:
        """What the form says, on top of the entry being edited (not yet validated)."""
        checked: date | None = None
        if self.checked.isChecked():
            qdate = self.last_checked.date()
            checked = date(qdate.year(), qdate.month(), qdate.day())
        return replace(
            self._base,
            name=self.name.text(),
            organisation=self.organisation.text(),
            kind=str(self.kind.currentData()),
            description=self._stored("description", self.description.toPlainText()),
            categories=tuple(sorted(self.categories.checked_ids())),
            languages=split_list(self.languages.text()),
            regions=split_list(self.regions.text()),
            contacts=tuple(row.contact() for row in self.contact_rows),
            secure_route=self._stored("secure_route", self.secure_route.toPlainText()),
            hours=self._stored("hours", self.hours.text()),
            time_zone=self.time_zone.text().strip(),
            cost=str(self.cost.currentData()),
            who_qualifies=self._stored("who_qualifies", self.who_qualifies.toPlainText()),
            experienced_with_defenders=str(self.experienced.currentData()),
            last_checked=checked,
            safety_notes=self._stored("safety_notes", self.safety_notes.toPlainText()),
            notes=self.notes.toPlainText(),
            favourite=self.favourite.isChecked(),
        )

    def _stored(self, field: str, text: str) -> str:
        """The stored text while the field still shows its translation, else what it says."""
        shown, stored = self._shown.get(field, ("", ""))
        return stored if text == shown and shown else text

    def show_error(self, error: DirectoryValueError) -> None:
        """One clear sentence for what the vault refused, and the keyboard on that field."""
        message, widget = self._describe(str(error))
        self.error.setText(message)
        self.error.setVisible(True)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _describe(self, text: str) -> tuple[str, QWidget | None]:
        field = text.split(":", 1)[0]
        if "at most" in text:
            return self.tr("This text is too long to keep; please shorten it."), None
        if "invisible control character" in text:  # pasted from a web page or a terminal
            return (
                self.tr(
                    "A field holds an invisible control character (pasted text can carry one). "
                    "Retype the field or paste it again as plain text."
                ),
                None,
            )
        focus = self.contact_rows[0].value if self.contact_rows else self.add_contact_button
        known: dict[str, tuple[str, QWidget | None]] = {
            "name": (self.tr("Please give the entry a name."), self.name),
            "contacts": (self.tr("Each contact method needs a number, address or handle."), focus),
            "languages": (
                self.tr("Languages are written as codes such as es, en or pt-BR."),
                self.languages,
            ),
            "regions": (
                self.tr(
                    "Regions are written as two-letter country codes such as MX, or worldwide."
                ),
                self.regions,
            ),
        }
        return known.get(
            field, (self.tr("Please check the entry: something could not be saved."), None)
        )

    # -- closing -------------------------------------------------------------------------

    def clear(self) -> None:
        """Empty every field and forget the entry (after saving, cancelling or on lock)."""
        self.is_open = False
        self.entry_id = None
        self._base = DirectoryEntryInput(name="")
        self._shown = {}
        self._drop_contacts()
        self.title.setText("")
        self.title.setAccessibleName("")
        for edit in (self.name, self.organisation, self.languages, self.regions, self.hours,
                     self.time_zone):  # fmt: skip
            edit.setText("")
        for text in (self.description, self.secure_route, self.who_qualifies, self.safety_notes,
                     self.notes):  # fmt: skip
            text.clear()
            text.document().clearUndoRedoStacks()
        self.categories.set_checked_ids(())
        for combo in (self.kind, self.cost, self.experienced):
            combo.setCurrentIndex(0)
        self.kind.setCurrentIndex(max(0, self.kind.findData("organisation")))
        self.checked.setChecked(False)
        self.last_checked.setEnabled(False)
        self.favourite.setChecked(False)
        self.show_message("")
