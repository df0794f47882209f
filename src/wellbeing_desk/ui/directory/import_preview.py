"""What an import will bring, shown before she confirms: the import dialog's preview.

- the names it will import, each with what has no field of its own ("not imported:
  Birthday, Photo": kept in her notes, a photo left out);
- for CSV, the columns kept in her notes and the columns left out;
- the cards or rows that cannot be read, each named, and the choice to import only
  the readable ones (off until she ticks it: nothing is left out behind her back).

Plain widgets and text only; the dialog owns the entries and the import.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QVBoxLayout, QWidget

from wellbeing_desk.imports.reading import Imported, Unreadable
from wellbeing_desk.ui.widgets.text import heading

LISTED_AT_MOST = 5_000  # names shown; a larger file says how many more
UNREADABLE_AT_MOST = 20


class ImportPreview(QWidget):
    """``choice_changed`` when she ticks or unticks "import only the readable ones"."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names_heading = heading(self.tr("What will be imported"), self, 3)
        self.names = QListWidget(self)
        self.names.setAccessibleName(self.tr("Entries that will be imported"))
        self.names.setUniformItemSizes(True)
        self.names.setMinimumHeight(64)
        self.columns_label = self._label()
        self.columns_label.setObjectName("muted")
        self.unreadable_label = self._label()
        self.unreadable_label.setObjectName("error")
        self.readable_only = QCheckBox(self)
        self.readable_only.setAccessibleName(self.tr("Import only the readable ones"))
        self.readable_only.toggled.connect(self.choice_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (
            self.names_heading,
            self.names,
            self.columns_label,
            self.unreadable_label,
            self.readable_only,
        ):
            layout.addWidget(widget)
        self.clear()

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def clear(self) -> None:
        self.names.clear()
        self.columns_label.setText("")
        self.unreadable_label.setText("")
        blocked = self.readable_only.blockSignals(True)
        self.readable_only.setChecked(False)
        self.readable_only.blockSignals(blocked)
        for widget in (self.columns_label, self.unreadable_label, self.readable_only):
            widget.setVisible(False)

    def show_records(self, records: Sequence[Imported]) -> None:
        """One line per entry: "Marta Gómez — not imported: Birthday, Photo"."""
        self.names.clear()
        for record in records[:LISTED_AT_MOST]:
            text = record.entry.name
            if record.not_imported:
                text = self.tr("{name} — not imported: {what}").format(
                    name=text, what=", ".join(record.not_imported)
                )
            self.names.addItem(text)
        more = len(records) - LISTED_AT_MOST
        if more > 0:
            self.names.addItem(self.tr("… and %n more", "", more))

    def show_columns(self, kept: Sequence[str], left_out: Sequence[str]) -> None:
        """For CSV: the columns nothing holds (kept in her notes) and those left out."""
        parts = []
        if kept:
            parts.append(
                self.tr("Kept in your notes, with the column's name: {columns}.").format(
                    columns=", ".join(kept)
                )
            )
        if left_out:
            parts.append(self.tr("Left out: {columns}.").format(columns=", ".join(left_out)))
        self.columns_label.setText(" ".join(parts))
        self.columns_label.setVisible(bool(parts))

    def show_unreadable(
        self, unreadable: Sequence[Unreadable], readable: int, *, cards: bool
    ) -> None:
        """Name each card or row that cannot be read; offer to import only the others."""
        if not unreadable:
            self.unreadable_label.setVisible(False)
            self.readable_only.setVisible(False)
            return
        lines = [self.describe(u) for u in unreadable[:UNREADABLE_AT_MOST]]
        if len(unreadable) > UNREADABLE_AT_MOST:
            lines.append(self.tr("… and %n more", "", len(unreadable) - UNREADABLE_AT_MOST))
        if cards:
            intro = self.tr("%n cards cannot be read:", "", len(unreadable))
            choice = self.tr("Import only the %n cards that can be read", "", readable)
        else:
            intro = self.tr("%n rows cannot be read:", "", len(unreadable))
            choice = self.tr("Import only the %n rows that can be read", "", readable)
        text = "\n".join([intro, *lines])
        self.unreadable_label.setText(text)
        self.unreadable_label.setAccessibleName(text)
        self.unreadable_label.setVisible(True)
        self.readable_only.setText(choice)
        self.readable_only.setVisible(readable > 0)

    def describe(self, unreadable: Unreadable) -> str:
        """ "Card 3 (line 17) “Marta”: …" with the words in her language, the detail as read."""
        error = unreadable.error
        if error.record is not None and error.line is not None:
            where = self.tr("Card {card} (line {line})").format(card=error.record, line=error.line)
        elif error.record is not None:
            where = self.tr("Card {card}").format(card=error.record)
        else:
            where = self.tr("Line {line}").format(line=error.line)
        name = f" “{unreadable.name}”" if unreadable.name else ""
        detail = str(error).partition(": ")[2] or str(error)
        return f"{where}{name}: {detail}"

    def readable_only_chosen(self) -> bool:
        return not self.readable_only.isHidden() and self.readable_only.isChecked()
