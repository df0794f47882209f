"""Two short lists in a note: key takeaways and follow-ups.

Takeaways are lines: Enter starts a new one below, Backspace in an empty one
removes it, Ctrl+Up and Ctrl+Down (or the arrow buttons) move one. A
follow-up is a line with an optional date ("By"); dated ones show on Today
when they are due. A follow-up row keeps its id, so editing the text or the
date keeps whether it is done.
"""

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.notes.formatting import date_format, from_qdate, to_qdate
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import MAX_ITEM, MAX_ITEMS
from wellbeing_desk.vault.records import new_id

ROW_STYLE = """
QToolButton#rowButton { border: none; border-radius: 6px; padding: 2px 6px; }
QToolButton#rowButton:hover { background: palette(midlight); }
QToolButton#rowButton:focus { border: 2px solid palette(highlight); }
QToolButton#rowButton:disabled { color: palette(mid); }
"""


def _tool(text: str, name: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("rowButton")
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(name)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _is_key(event: QEvent, *keys: Qt.Key) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and Qt.Key(event.key()) in keys
    )


class LineRow(QWidget):
    """A row of a ``RowList``: a line of text first, a remove button last."""

    edit: QLineEdit
    remove: QToolButton


class RowList(QWidget):
    """Rows in a column, an "Add" button under them; at least one row is always there."""

    changed = Signal()
    structure_changed = Signal()  # rows came or went: the tab order needs redoing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ROW_STYLE)
        self.rows: list[LineRow] = []
        self.box = QVBoxLayout()
        self.box.setSpacing(6)
        self.add_button = QPushButton(self)
        comfortable(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.add_button.clicked.connect(lambda: self.add_row(len(self.rows)))

    # subclasses: make a row, renumber

    def _new_row(self, value: object) -> LineRow:
        """A row showing ``value``, with what is particular to its kind wired."""
        raise NotImplementedError

    def _renumber(self) -> None:
        raise NotImplementedError

    def _blank(self) -> object:
        raise NotImplementedError

    def row_focusables(self, row: LineRow) -> list[QWidget]:
        raise NotImplementedError

    # -- rows --------------------------------------------------------------------------

    def _make_row(self, value: object) -> LineRow:
        row = self._new_row(value)
        row.edit.textChanged.connect(lambda _: self.changed.emit())
        row.edit.installEventFilter(self)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        return row

    def focusables(self) -> list[QWidget]:
        return [w for row in self.rows for w in self.row_focusables(row)] + [self.add_button]

    def add_row(self, position: int, value: object = None) -> None:
        if len(self.rows) >= MAX_ITEMS:
            return
        row = self._make_row(self._blank() if value is None else value)
        self.rows.insert(position, row)
        self.box.insertWidget(position, row)
        row.setVisible(True)
        self._renumber()
        self.structure_changed.emit()
        row.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove_row(self, row: LineRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self._drop(row)
        self.rows.remove(row)
        if not self.rows:
            self._append(self._blank())
        self._renumber()
        self.structure_changed.emit()
        self.rows[max(0, index - 1)].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def set_rows(self, values: list[object]) -> None:
        for row in self.rows:
            self._drop(row)
        self.rows = []
        for value in values or [self._blank()]:
            self._append(value)
        self._renumber()
        self.structure_changed.emit()

    def clear(self) -> None:
        self.set_rows([])

    def _append(self, value: object) -> None:
        row = self._make_row(value)
        row.edit.setCursorPosition(0)  # the start of what she wrote shows
        self.rows.append(row)
        self.box.addWidget(row)
        row.setVisible(True)

    def _drop(self, row: LineRow) -> None:
        self.box.removeWidget(row)
        row.hide()
        for edit in row.findChildren(QLineEdit):
            blocked = edit.blockSignals(True)
            edit.setText("")  # at once: deletion waits for the event loop
            edit.blockSignals(blocked)
        row.setParent(None)
        row.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        for row in self.rows:
            if watched is row.edit:
                return self._row_keys(row, event)
        return False

    def _row_keys(self, row: LineRow, event: QEvent) -> bool:
        """Keys in a row's line; a subclass may take more before these."""
        return self._line_keys(row, event)

    def _line_keys(self, row: LineRow, event: QEvent) -> bool:
        """Enter adds a row below; Backspace in an empty row removes it."""
        if _is_key(event, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_row(self.rows.index(row) + 1)
            return True
        if _is_key(event, Qt.Key.Key_Backspace) and not row.edit.text() and len(self.rows) > 1:
            self.remove_row(row)
            return True
        return False


class TakeawayRow(LineRow):
    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text, self)
        self.edit.setMaxLength(MAX_ITEM)
        self.up = _tool("↑", "", self)
        self.down = _tool("↓", "", self)
        self.remove = _tool("×", "", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addSpacing(4)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)


class TakeawaysInput(RowList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button.setText(self.tr("Add a &takeaway"))
        self.add_button.setAccessibleName(self.tr("Add another key takeaway"))
        self.set_rows([])

    def values(self) -> tuple[str, ...]:
        return tuple(row.edit.text() for row in self._rows())

    def set_values(self, takeaways: tuple[str, ...]) -> None:
        self.set_rows(list(takeaways))

    def move_row(self, row: TakeawayRow, step: int) -> None:
        rows = self._rows()
        index = rows.index(row)
        target = index + step
        if not 0 <= target < len(rows):
            return
        other = rows[target]
        first, second = row.edit.text(), other.edit.text()
        for edit, text in ((row.edit, second), (other.edit, first)):
            blocked = edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(blocked)
        focus = other.up if row.up.hasFocus() else other.down if row.down.hasFocus() else other.edit
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _rows(self) -> list[TakeawayRow]:
        return [row for row in self.rows if isinstance(row, TakeawayRow)]

    def _blank(self) -> object:
        return ""

    def _new_row(self, value: object) -> LineRow:
        row = TakeawayRow(str(value), self)
        row.edit.setPlaceholderText(self.tr("Something to remember"))
        row.up.clicked.connect(lambda: self.move_row(row, -1))
        row.down.clicked.connect(lambda: self.move_row(row, 1))
        return row

    def row_focusables(self, row: LineRow) -> list[QWidget]:
        assert isinstance(row, TakeawayRow)
        return [row.edit, row.up, row.down, row.remove]

    def _renumber(self) -> None:
        rows = self._rows()
        for number, row in enumerate(rows, start=1):
            row.edit.setAccessibleName(self.tr("Takeaway {number}").format(number=number))
            row.up.setAccessibleName(self.tr("Move takeaway {number} up").format(number=number))
            row.up.setToolTip(self.tr("Move up (Ctrl+Up)"))
            row.down.setAccessibleName(self.tr("Move takeaway {number} down").format(number=number))
            row.down.setToolTip(self.tr("Move down (Ctrl+Down)"))
            row.remove.setAccessibleName(self.tr("Remove takeaway {number}").format(number=number))
            row.remove.setToolTip(self.tr("Remove"))
            row.up.setEnabled(number > 1)
            row.down.setEnabled(number < len(rows))

    def _row_keys(self, row: LineRow, event: QEvent) -> bool:
        if (
            isinstance(row, TakeawayRow)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_row(row, -1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return self._line_keys(row, event)


class FollowUpRow(LineRow):
    def __init__(self, item: FollowUpInput, parent: QWidget) -> None:
        super().__init__(parent)
        self.item_id = item.item_id
        self.edit = QLineEdit(item.text, self)
        self.edit.setMaxLength(MAX_ITEM)
        self.dated = QCheckBox(self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format())
        day = item.due_date or date.today() + timedelta(days=7)
        self.due.setDate(to_qdate(day))
        self.dated.setChecked(item.due_date is not None)
        self.due.setEnabled(item.due_date is not None)
        self.remove = _tool("×", "", self)
        self.dated.toggled.connect(self.due.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.dated)
        layout.addWidget(self.due)
        layout.addWidget(self.remove)

    def value(self) -> FollowUpInput:
        due = from_qdate(self.due.date()) if self.dated.isChecked() else None
        return FollowUpInput(self.item_id, self.edit.text(), due)


class FollowUpsInput(RowList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button.setText(self.tr("Add a &follow-up"))
        self.add_button.setAccessibleName(self.tr("Add another follow-up"))
        self.set_rows([])

    def values(self) -> tuple[FollowUpInput, ...]:
        return tuple(row.value() for row in self._rows())

    def set_values(self, items: tuple[FollowUpInput, ...]) -> None:
        self.set_rows(list(items))

    def _rows(self) -> list[FollowUpRow]:
        return [row for row in self.rows if isinstance(row, FollowUpRow)]

    def _blank(self) -> object:
        return FollowUpInput(new_id(), "")

    def _new_row(self, value: object) -> LineRow:
        item = value if isinstance(value, FollowUpInput) else FollowUpInput(new_id(), "")
        row = FollowUpRow(item, self)
        row.edit.setPlaceholderText(self.tr("Something to do or check on"))
        row.dated.setText(self.tr("By"))
        row.dated.toggled.connect(lambda _: self.changed.emit())
        row.due.dateChanged.connect(lambda _: self.changed.emit())
        return row

    def row_focusables(self, row: LineRow) -> list[QWidget]:
        assert isinstance(row, FollowUpRow)
        return [row.edit, row.dated, row.due, row.remove]

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows(), start=1):
            row.edit.setAccessibleName(self.tr("Follow-up {number}").format(number=number))
            row.dated.setAccessibleName(
                self.tr("Give follow-up {number} a date").format(number=number)
            )
            row.due.setAccessibleName(self.tr("Date for follow-up {number}").format(number=number))
            name_inner_parts(row.due)
            row.remove.setAccessibleName(self.tr("Remove follow-up {number}").format(number=number))
            row.remove.setToolTip(self.tr("Remove"))
