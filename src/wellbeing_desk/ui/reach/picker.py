"""A list of people and lines with their ways to reach them; Enter copies the best one.

Shared by "Reach someone now" (her vault) and the lock screen's "Need help
now?" (public lines only). The people list has the focus and its first row
is selected, so Enter — the dialog's default button, Copy — copies that
person's first way to reach them (a number before a messenger, a messenger
before e-mail). Tab moves to that person's other ways.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.directory.names import contact_label_name, contact_type_names
from wellbeing_desk.ui.widgets.bidi import left_to_right
from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.vault.directory_types import ContactMethod

LIST_STYLE = """
QListWidget { border: 1px solid palette(mid); border-radius: 6px; padding: 2px; }
QListWidget:focus { border: 2px solid palette(highlight); }
QListWidget::item { padding: 6px 6px; }
"""


@dataclass(frozen=True)
class ReachRow:
    name: str
    about: str  # why she sees it: "Your person", "Helpline", "24 hours, every day"…
    contacts: tuple[ContactMethod, ...]  # best first
    entry_id: str = ""


def contact_text(contact: ContactMethod) -> str:
    """ "Phone (work): +52 …" in her language; a label that only repeats the type is left out."""
    kind = contact_type_names().get(contact.type, contact.type)
    label = contact_label_name(contact.label) if contact.label else ""
    repeats = label.casefold() in ("", kind.casefold(), contact.type.casefold())
    value = left_to_right(contact.value)  # a phone number reads forwards in Arabic too
    return f"{kind}: {value}" if repeats else f"{kind} ({label}): {value}"


class ReachPicker(QWidget):
    copied = Signal(str)  # the value now on the clipboard
    current_changed = Signal()

    def __init__(
        self, clipboard: ClipboardGuard, list_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        self._rows: list[ReachRow] = []
        self._copy_when_shown = False
        self.setStyleSheet(LIST_STYLE)

        self.people = QListWidget(self)
        self.people.setAccessibleName(list_name)
        self.people.setWordWrap(True)
        self.people.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ways_label = QLabel(self)
        self.ways_label.setWordWrap(True)
        self.ways = QListWidget(self)
        self.ways.setWordWrap(True)
        self.ways.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ways_label.setBuddy(self.ways)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the chosen number or address"))
        self.copy_button.setDefault(True)
        self.copy_button.setAutoDefault(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.ways_label)
        right.addWidget(self.ways, 1)
        right.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.extra_buttons = right  # a dialog may add buttons about the chosen person here
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(14)
        columns.addWidget(self.people, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)

        self.people.currentRowChanged.connect(self._show_ways)
        self.copy_button.clicked.connect(self.copy_current)
        self._show_ways(-1)

    # -- content -------------------------------------------------------------------------

    @property
    def rows(self) -> list[ReachRow]:
        return list(self._rows)

    def set_rows(self, rows: list[ReachRow]) -> None:
        self._rows = list(rows)
        self.people.clear()
        for row in self._rows:
            first = contact_text(row.contacts[0]) if row.contacts else self.tr("No number saved")
            # The number on its own line, right under the name: what she came for.
            text = f"{row.name}\n{first}\n{row.about}" if row.about else f"{row.name}\n{first}"
            item = QListWidgetItem(text, self.people)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
        if self._rows:
            self.people.setCurrentRow(0)
        else:
            self._show_ways(-1)
        if self._copy_when_shown and self._rows:
            self._copy_when_shown = False
            self.copy_current()

    def clear(self) -> None:
        self._copy_when_shown = False
        self._rows = []
        self.people.clear()
        self.ways.clear()
        self.status.clear()

    def current_row(self) -> ReachRow | None:
        index = self.people.currentRow()
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def focus_people(self) -> None:
        self.people.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- copying -------------------------------------------------------------------------

    def copy_current(self) -> None:
        """Copy the chosen way of the chosen person; before the list arrives, copy on arrival."""
        row = self.current_row()
        if row is None:
            self._copy_when_shown = not self._rows  # Enter pressed while the list still loads
            return
        way = self.ways.currentRow()
        if not row.contacts:
            self.status.setText(
                self.tr("There is no number or address saved for {name}.").format(name=row.name)
            )
            return
        contact = row.contacts[way if 0 <= way < len(row.contacts) else 0]
        self.clipboard.copy(contact.value)
        seconds = max(1, self.clipboard.clear_after_ms // 1000)
        self.status.setText(
            self.tr(
                "Copied {value}. It is taken off the clipboard after %n seconds.", "", seconds
            ).format(value=left_to_right(contact.value))
        )
        self.status.setAccessibleName(self.status.text())
        self.copied.emit(contact.value)

    # -- internals -----------------------------------------------------------------------

    def _show_ways(self, index: int) -> None:
        self.ways.clear()
        row = self._rows[index] if 0 <= index < len(self._rows) else None
        if row is None:
            self.ways_label.setText(self.tr("Ways to reach them"))
            self.ways.setAccessibleName(self.tr("Ways to reach them"))
        else:
            text = self.tr("Ways to reach {name}").format(name=row.name)
            self.ways_label.setText(text)
            self.ways.setAccessibleName(text)
            for contact in row.contacts:
                QListWidgetItem(contact_text(contact), self.ways)
            if row.contacts:
                self.ways.setCurrentRow(0)
        self.current_changed.emit()
