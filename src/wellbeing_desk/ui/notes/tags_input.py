"""A note's tags: chips with "×", and a line to add more (Enter or a comma adds).

Her existing tags are offered as she types (a completer over a list the
editor fills when it opens; emptied on lock).
"""

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from wellbeing_desk.ui.notes.chips_input import ChipRow, RemovableChip
from wellbeing_desk.ui.widgets.page_style import name_inner_parts
from wellbeing_desk.vault.journal import MAX_TAG_LENGTH, clean_tags


class TagsInput(QWidget):
    changed = Signal()
    structure_changed = Signal()  # chips came or went: the tab order needs redoing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags: list[str] = []
        self.chips = ChipRow(self.tr("Tags of this note"), self)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(MAX_TAG_LENGTH)
        self.edit.setPlaceholderText(self.tr("Add a tag, then Enter"))
        self.edit.setAccessibleName(self.tr("Add a tag"))
        self.edit.setClearButtonEnabled(True)
        name_inner_parts(self.edit, self.tr("Clear the tag"))
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(self.completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.chips)
        layout.addWidget(self.edit)
        self.edit.returnPressed.connect(self.add_typed)
        self.edit.textEdited.connect(self._on_edited)
        self.chips.setVisible(False)

    # -- in and out --------------------------------------------------------------------

    def values(self) -> tuple[str, ...]:
        """Her tags, with what she is still typing (nothing typed is lost)."""
        pending = self.edit.text().strip()
        return tuple(self.tags) + ((pending,) if pending else ())

    def set_values(self, tags: tuple[str, ...]) -> None:
        self.tags = list(tags)
        self.edit.setText("")
        self._show()

    def set_suggestions(self, tags: list[str]) -> None:
        self.suggestions.setStringList(tags)

    def clear(self) -> None:
        self.tags = []
        self.chips.clear()
        self.edit.setText("")
        self.suggestions.setStringList([])
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def focusables(self) -> list[QWidget]:
        return [*self.chips.focusables(), self.edit]

    # -- changing ----------------------------------------------------------------------

    def add(self, text: str) -> None:
        try:
            added = clean_tags([*self.tags, *text.split(",")])
        except ValueError:
            return  # longer than a tag can be (the field's limit prevents it)
        if list(added) != self.tags:
            self.tags = list(added)
            self._show()
            self.changed.emit()

    def add_typed(self) -> None:
        text = self.edit.text()
        self.edit.setText("")
        if text.strip():
            self.add(text)
            self.changed.emit()  # the typed text left the line either way

    def remove(self, tag: str) -> None:
        if tag in self.tags:
            index = self.tags.index(tag)
            self.tags.remove(tag)
            self._show()
            self.changed.emit()
            chips = self.chips.chips
            target = chips[min(index, len(chips) - 1)].remove if chips else self.edit
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edited(self, text: str) -> None:
        if "," in text:
            self.edit.setText("")
            self.add(text)
        self.changed.emit()

    def _show(self) -> None:
        def make(parent: QWidget) -> list[RemovableChip]:
            chips = []
            for tag in self.tags:
                chip = RemovableChip(
                    f"#{tag}",
                    self.tr("Remove the tag “{tag}”").format(tag=tag),
                    parent,
                )
                chip.remove_clicked.connect(lambda t=tag: self.remove(t))
                chips.append(chip)
            return chips

        self.chips.rebuild(make)
        self.structure_changed.emit()
