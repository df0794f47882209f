"""Who took part: chips for people, free names or linked to entries of her directory.

She types a name: matching directory entries are offered in a completer
(searched on the worker as she types); choosing one adds the person linked to
that entry, Enter without choosing adds the name as she typed it. A linked
person's name is a link: it opens the entry in the Directory section.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import notes as notes_ops
from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.notes.chips_input import ChipRow, RemovableChip
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.page_style import name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.notes import MAX_NAME, Participant

EntryRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2


class ParticipantsInput(QWidget):
    changed = Signal()
    structure_changed = Signal()  # chips came or went: the tab order needs redoing
    entry_requested = Signal(str)  # open this directory entry

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.people: list[Participant] = []
        self._matches = Request(worker, self, on_failure=lambda _error: self._clear_matches())
        self.chips = ChipRow(self.tr("People who took part"), self)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(MAX_NAME)
        self.edit.setPlaceholderText(self.tr("Type a name, or search your directory"))
        self.edit.setAccessibleName(self.tr("Add a person who took part"))
        self.edit.setAccessibleDescription(
            self.tr("Choose someone from your directory, or press Enter to add the name as typed")
        )
        self.edit.setClearButtonEnabled(True)
        name_inner_parts(self.edit, self.tr("Clear the name"))
        self.hint = QLabel(self.tr("Linked names open their directory entry."), self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.edit)  # not setCompleter: the line keeps what she typed
        popup = self.completer.popup()
        if popup is not None:
            popup.setAccessibleName(self.tr("Matching people in your directory"))
        self.completer.activated[QModelIndex].connect(self._picked_entry)  # type: ignore[index]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.chips)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.returnPressed.connect(self._return_pressed)
        self.chips.setVisible(False)
        self.hint.setVisible(False)

    # -- in and out --------------------------------------------------------------------

    def values(self) -> tuple[Participant, ...]:
        """The people, with a name she is still typing (nothing typed is lost)."""
        pending = " ".join(self.edit.text().split())
        return tuple(self.people) + ((Participant(pending),) if pending else ())

    def set_values(self, people: tuple[Participant, ...]) -> None:
        self.people = list(people)
        self._matches.cancel()
        self.edit.setText("")
        self._clear_matches()
        self._show()

    def clear(self) -> None:
        self._matches.cancel()
        self._timer.stop()
        self.people = []
        self.chips.clear()
        self.edit.setText("")
        self._clear_matches()
        self.hint.setVisible(False)

    def focusables(self) -> list[QWidget]:
        return [*self.chips.focusables(), self.edit]

    def link_buttons(self) -> list[QWidget]:
        return [chip.link for chip in self.chips.chips if chip.link is not None]

    # -- changing ----------------------------------------------------------------------

    def add(self, person: Participant) -> None:
        name = " ".join(person.name.split())[:MAX_NAME]
        if not name:
            return
        same = [
            p
            for p in self.people
            if p.directory_id == person.directory_id and p.name.casefold() == name.casefold()
        ]
        if not same:
            self.people.append(Participant(name, person.directory_id))
            self._show()
        self.changed.emit()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.people):
            del self.people[index]
            self._show()
            self.changed.emit()
            chips = self.chips.chips
            target = chips[min(index, len(chips) - 1)].remove if chips else self.edit
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _return_pressed(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # she chose a match: the completer adds it (``_picked_entry``)
        text = self.edit.text()
        self.edit.setText("")
        self._clear_matches()
        if text.strip():
            self.add(Participant(text))

    def _picked_entry(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entry_id, name = index.data(EntryRole), index.data(NameRole)
        if not entry_id or not name:
            return
        self.edit.setText("")
        self._clear_matches()
        self.add(Participant(str(name), str(entry_id)))

    # -- suggestions -------------------------------------------------------------------

    def _on_edited(self, _text: str) -> None:
        self.changed.emit()
        self._timer.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        if not text or not self._matches.available:
            self._matches.cancel()
            self._clear_matches()
            return
        self._matches.run(bind(notes_ops.directory_matches, text), self._show_matches)

    def _show_matches(self, found: list[notes_ops.Suggestion]) -> None:
        self.matches.clear()
        for match in found:
            name, organisation = match.name, match.organisation
            shown = (
                self.tr("{name} · {organisation}").format(name=name, organisation=organisation)
                if organisation and organisation != name
                else name
            )
            item = QStandardItem(shown)
            item.setData(match.entry_id, EntryRole)
            item.setData(name, NameRole)
            item.setEditable(False)
            self.matches.appendRow(item)
        if found and self.edit.hasFocus():
            self.completer.complete()
            popup = self.completer.popup()
            if popup is not None:  # nothing chosen until she moves down: Enter adds her text
                popup.setCurrentIndex(QModelIndex())
        elif not found:
            self._hide_popup()

    def _clear_matches(self) -> None:
        self._hide_popup()
        self.matches.clear()

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _show(self) -> None:
        def make(parent: QWidget) -> list[RemovableChip]:
            chips = []
            for index, person in enumerate(self.people):
                remove = self.tr("Remove {name}").format(name=person.name)
                if person.directory_id:
                    chip = RemovableChip(
                        person.name,
                        remove,
                        parent,
                        link_name=self.tr("Open {name} in the directory").format(name=person.name),
                        link_tip=self.tr("Open in the directory"),
                    )
                    entry_id = person.directory_id
                    chip.link_clicked.connect(lambda e=entry_id: self.entry_requested.emit(e))
                else:
                    chip = RemovableChip(person.name, remove, parent)
                chip.remove_clicked.connect(lambda i=index: self.remove(i))
                chips.append(chip)
            return chips

        self.chips.rebuild(make)
        self.hint.setVisible(any(p.directory_id for p in self.people))
        self.structure_changed.emit()
