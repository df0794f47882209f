"""The "who can I reach" step: people from her directory, or any name she types.

Suggestions come from the directory through the worker, her favourites
first, then counselling, peer-support and trauma-care entries, then the
rest; typing in the search narrows them (as in the Directory section).
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import Answer, Contact
from wellbeing_desk.debrief.templates import Step
from wellbeing_desk.ops import bind
from wellbeing_desk.ops.debrief import Suggestion, directory_suggestions
from wellbeing_desk.ui.debrief.common import empty_layout
from wellbeing_desk.ui.debrief.step_inputs import StepInput
from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker

EntryRole = Qt.ItemDataRole.UserRole
NameRole = Qt.ItemDataRole.UserRole + 1


class ContactsInput(StepInput):
    def __init__(
        self,
        step: Step,
        language: str,
        worker: DatabaseWorker | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(step, language, parent)
        self.worker = worker
        self.people: list[Contact] = []
        # The suggestions for what she typed last; none once this input is cleared.
        self.suggestions_request = None if worker is None else Request(worker, self)

        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("fieldLabel")
        self.chosen_rows = QVBoxLayout()
        self.chosen_rows.setSpacing(4)

        self.search = QLineEdit(self)
        self.search.setObjectName("answerLine")
        self.search.setPlaceholderText(self.tr("Search your directory"))
        self.search.setAccessibleName(self.tr("Search your directory for people to add"))
        self.search.setAccessibleDescription(self.prompt)
        self.search.setClearButtonEnabled(True)
        name_inner_parts(self.search, self.tr("Clear the search"))
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName(
            self.tr("People and organisations in your directory; Enter adds one")
        )
        self.suggestions.setAccessibleDescription(self.prompt)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestions.setUniformItemSizes(True)
        self.suggestions.setMinimumHeight(120)
        self.suggestions.setMaximumHeight(170)
        self.add_chosen = QPushButton(self.tr("A&dd"), self)
        self.add_chosen.setAccessibleName(self.tr("Add the one chosen in the list"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("answerLine")
        self.name_edit.setPlaceholderText(self.tr("Or type any name"))
        self.name_edit.setAccessibleName(self.tr("A name to add"))
        self.name_edit.setAccessibleDescription(self.prompt)
        self.name_edit.setMaxLength(300)
        self.add_name = QPushButton(self.tr("Add na&me"), self)
        self.add_name.setAccessibleName(self.tr("Add the name you typed"))
        comfortable(self.add_chosen, self.add_name)

        from_directory = QLabel(self.tr("From your directory"), self)
        from_directory.setObjectName("fieldLabel")
        pick_row = QHBoxLayout()
        pick_row.setSpacing(8)
        pick_row.addWidget(self.suggestions, 1)
        pick_row.addWidget(self.add_chosen, 0, Qt.AlignmentFlag.AlignTop)
        name_row = QHBoxLayout()
        name_row.setSpacing(8)
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.add_name)
        self.box.addWidget(self.chosen_label)
        self.box.addLayout(self.chosen_rows)
        self.box.addSpacing(6)
        self.box.addWidget(from_directory)
        self.box.addWidget(self.search)
        self.box.addLayout(pick_row)
        self.box.addSpacing(4)
        self.box.addLayout(name_row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load_suggestions)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.installEventFilter(self)
        self.suggestions.itemActivated.connect(self._add_item)
        self.add_chosen.clicked.connect(lambda: self._add_item(self.suggestions.currentItem()))
        self.name_edit.returnPressed.connect(self._add_typed)
        self.add_name.clicked.connect(self._add_typed)
        self._show_people()
        self.load_suggestions()

    # -- the answer ----------------------------------------------------------------------

    def value(self) -> Answer | None:
        return tuple(self.people)

    def set_value(self, value: Answer | None) -> None:
        people = value if isinstance(value, tuple) else ()
        self.people = [p for p in people if isinstance(p, Contact)]
        self._show_people()

    def focus_first(self) -> None:
        self.search.setFocus()

    def clear_content(self) -> None:
        if self.suggestions_request is not None:
            self.suggestions_request.cancel()
            self.suggestions_request = None
        super().clear_content()
        self.suggestions.clear()
        for edit in (self.search, self.name_edit):
            blocked = edit.blockSignals(True)
            edit.setText("")
            edit.blockSignals(blocked)
        self._timer.stop()
        self.worker = None  # nothing more is asked for: this input is going away

    # -- adding and removing -------------------------------------------------------------

    def add(self, contact: Contact) -> None:
        if not contact.name.strip():
            return
        same = [p for p in self.people if p.entry_id == contact.entry_id and p.name == contact.name]
        if same:
            return
        self.people.append(Contact(contact.name.strip(), contact.entry_id))
        self._show_people()
        self.changed.emit()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.people):
            del self.people[index]
            self._show_people()
            self.changed.emit()
            self.search.setFocus()

    def _add_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.add(Contact(str(item.data(NameRole)), str(item.data(EntryRole))))

    def _add_typed(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self.add(Contact(name))
            self.name_edit.setText("")

    def _show_people(self) -> None:
        empty_layout(self.chosen_rows)
        self.chosen_label.setText(
            self.tr("You chose:") if self.people else self.tr("Nobody chosen yet.")
        )
        for index, person in enumerate(self.people):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            name = QLabel(person.name, row)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            remove = QPushButton(self.tr("&Remove"), row)
            remove.setAccessibleName(self.tr("Remove {name}").format(name=person.name))
            remove.clicked.connect(lambda _=False, index=index: self.remove(index))
            line.addWidget(name)
            line.addWidget(remove)
            line.addStretch(1)
            self.chosen_rows.addWidget(row)

    # -- suggestions -----------------------------------------------------------------------

    def load_suggestions(self) -> None:
        request = self.suggestions_request
        if request is None or not request.available:
            return
        request.run(
            bind(directory_suggestions, self.search.text().strip()),
            self._show_suggestions,
            lambda _error: None,  # no suggestions: she can still type any name
        )

    def _show_suggestions(self, found: list[Suggestion]) -> None:
        self.suggestions.clear()
        for found_one in found:
            name, organisation = found_one.name, found_one.organisation
            shown = (
                self.tr("{name} · {organisation}").format(name=name, organisation=organisation)
                if organisation and organisation != name
                else name
            )
            item = QListWidgetItem(shown, self.suggestions)
            item.setData(EntryRole, found_one.entry_id)
            item.setData(NameRole, name)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)
        self.add_chosen.setEnabled(bool(self.suggestions.count()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Down and self.suggestions.count():
                self.suggestions.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._add_item(self.suggestions.currentItem())
                return True
        return False
