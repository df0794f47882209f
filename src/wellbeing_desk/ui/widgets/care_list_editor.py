"""One of her editable lists (journal activities, warning signs, note contexts) with its buttons.

Rename (F2 or the button), reorder (the buttons or Ctrl+Up/Down), hide or
show, add. Each change goes straight to the vault through the worker and is
announced with ``changed``; a problem with ``failed``. The owner names the
list's things (``ListNames``, in its own translations); the button labels
are the same for every list.
"""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from wellbeing_desk.ops import bind, care_lists
from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.worker import DatabaseWorker, Op
from wellbeing_desk.vault.care_items import MAX_NAME_LENGTH, CareItem

IdRole = Qt.ItemDataRole.UserRole + 1
HiddenRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ListNames:
    """The spoken names and hints that say what the list holds, already translated."""

    items: str  # the list itself
    rename: str
    up: str
    down: str
    hide: str
    show: str
    placeholder: str  # in the empty new-name field
    new_name: str
    add: str
    hidden_tip: str  # on a hidden item: where it no longer shows


class CareListEditor(QWidget):
    """One list with its buttons; talks to the worker itself."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        list_name: str,  # which of her lists (``ops.care_lists`` knows where it is kept)
        names: ListNames,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.list_name = list_name
        self.names = names
        self.closed = False
        self.items = QListWidget(self)
        self.items.setAccessibleName(names.items)
        self.items.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.rename_button = self._button(self.tr("&Rename"), names.rename)
        self.up_button = self._button(self.tr("Move &up"), names.up)
        self.down_button = self._button(self.tr("Move &down"), names.down)
        self.hide_button = self._button(self.tr("&Hide"), names.hide)
        self.new_name = QLineEdit(self)
        self.new_name.setMaxLength(MAX_NAME_LENGTH)
        self.new_name.setPlaceholderText(names.placeholder)
        self.new_name.setAccessibleName(names.new_name)
        self.add_button = self._button(self.tr("&Add"), names.add)

        self.grid = QGridLayout(self)
        self.grid.addWidget(self.items, 0, 0, 5, 1)
        for row, button in enumerate(
            (self.rename_button, self.up_button, self.down_button, self.hide_button)
        ):
            self.grid.addWidget(button, row, 1)
        self.grid.setRowStretch(4, 1)
        self.grid.addWidget(self.new_name, 5, 0)
        self.grid.addWidget(self.add_button, 5, 1)

        self.rename_button.clicked.connect(self._rename)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.add_button.clicked.connect(self._add)
        self.new_name.installEventFilter(self)  # Enter adds (and does not close the dialog)
        self.new_name.textChanged.connect(self._update_buttons)
        self.items.currentRowChanged.connect(self._update_buttons)
        self.items.itemChanged.connect(self._renamed)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.items)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self._move(step))
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add()
            return True
        return False

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.setMinimumHeight(32)
        return button

    # -- loading -----------------------------------------------------------------------

    def load(self, select_id: str | None = None) -> None:
        self.worker.submit(
            bind(care_lists.items, self.list_name),
            lambda items: self._show(items, select_id),
            self._fail,
            origin=self,
        )

    def _show(self, items: list[CareItem], select_id: str | None) -> None:
        if self.closed:
            return
        current = select_id or self.current_id()
        blocked = self.items.blockSignals(True)
        self.items.clear()
        for item in items:
            entry = QListWidgetItem(display_name(item), self.items)
            entry.setData(IdRole, item.id)
            entry.setData(HiddenRole, item.hidden)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
            if item.hidden:
                font = QFont(self.items.font())
                font.setItalic(True)
                entry.setFont(font)
                entry.setForeground(self.palette().placeholderText())
                hidden = self.tr("{name} (hidden)").format(name=display_name(item))
                entry.setData(Qt.ItemDataRole.AccessibleTextRole, hidden)
                entry.setToolTip(self.names.hidden_tip)
            if item.id == current:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(blocked)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.items.currentItem()
        return None if item is None else str(item.data(IdRole))

    def clear(self) -> None:
        self.closed = True
        self.items.clear()
        self.new_name.setText("")

    # -- changing ----------------------------------------------------------------------

    def _run(self, op: Op[None], select_id: str | None) -> None:
        def done(_: object) -> None:
            if not self.closed:
                self.load(select_id)
                self.changed.emit()

        self.worker.submit(op, done, self._fail, origin=self)

    def _rename(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.items.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        item_id = str(item.data(IdRole))
        name = " ".join(item.text().split())[:MAX_NAME_LENGTH]
        if not name:
            self.load(item_id)  # an empty name changes nothing
            return
        self._run(bind(care_lists.rename_item, self.list_name, item_id, name), item_id)

    def _move(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        ids = [str(self.items.item(i).data(IdRole)) for i in range(self.items.count())]
        ids[row], ids[target] = ids[target], ids[row]
        self._run(bind(care_lists.reorder_items, self.list_name, ids), ids[target])

    def _toggle_hidden(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        item_id, hidden = str(item.data(IdRole)), bool(item.data(HiddenRole))
        self._run(bind(care_lists.set_item_hidden, self.list_name, item_id, not hidden), item_id)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        self.new_name.setText("")

        def done(item: CareItem) -> None:
            if not self.closed:
                self.load(item.id)
                self.changed.emit()

        self.worker.submit(
            bind(care_lists.add_item, self.list_name, name), done, self._fail, origin=self
        )

    def _fail(self, error: BaseException) -> None:
        if not self.closed:
            self.failed.emit(describe_error(error))

    def _update_buttons(self, *_: object) -> None:
        row = self.items.currentRow()
        chosen = row >= 0
        self.rename_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.items.count() - 1)
        self.hide_button.setEnabled(chosen)
        self.add_button.setEnabled(bool(self.new_name.text().strip()))
        hidden = chosen and bool(self.items.item(row).data(HiddenRole))
        self.hide_button.setText(self.tr("S&how") if hidden else self.tr("&Hide"))
        self.hide_button.setAccessibleName(self.names.show if hidden else self.names.hide)
