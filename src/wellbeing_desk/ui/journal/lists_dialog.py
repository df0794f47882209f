"""Her lists: the activities that help her and the warning signs she watches for.

Rename (F2 or the button), reorder (the buttons or Ctrl+Up/Down), hide or
show, add. Each change goes straight to the vault through the worker; the
dialog says ``lists_changed`` so the check-in and the editor show it. Locking
closes the dialog, which then empties itself and is deleted.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.journal.care_names import display_name
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import ACTIVITY, MAX_NAME_LENGTH, WARNING_SIGN, CareItem

IdRole = Qt.ItemDataRole.UserRole + 1
HiddenRole = Qt.ItemDataRole.UserRole + 2


class CareListEditor(QWidget):
    """One list with its buttons; talks to the worker itself."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, worker: DatabaseWorker, list_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = worker
        self.list_name = list_name
        self.closed = False
        noun = self.tr("activities") if list_name == ACTIVITY else self.tr("warning signs")
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Your {things}").format(things=noun))
        self.items.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.rename_button = self._button(self.tr("&Rename"), self.tr("Rename the chosen item"))
        self.up_button = self._button(self.tr("Move &up"), self.tr("Move the chosen item up"))
        self.down_button = self._button(self.tr("Move &down"), self.tr("Move the chosen item down"))
        self.hide_button = self._button(self.tr("&Hide"), self.tr("Hide the chosen item"))
        self.new_name = QLineEdit(self)
        self.new_name.setMaxLength(MAX_NAME_LENGTH)
        self.new_name.setPlaceholderText(self.tr("A new name"))
        self.new_name.setAccessibleName(self.tr("Name of a new item"))
        self.add_button = self._button(self.tr("&Add"), self.tr("Add the new item"))

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.addWidget(self.items, 0, 0, 5, 1)
        for row, button in enumerate(
            (self.rename_button, self.up_button, self.down_button, self.hide_button)
        ):
            grid.addWidget(button, row, 1)
        grid.setRowStretch(4, 1)
        grid.addWidget(self.new_name, 5, 0)
        grid.addWidget(self.add_button, 5, 1)

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
        list_name = self.list_name
        self.worker.submit(
            lambda vault: vault.care_items.items(list_name, include_hidden=True),
            lambda items: self._show(items, select_id),
            self._fail,
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
                entry.setToolTip(self.tr("Hidden from the check-in and the editor"))
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

    def _run(self, op: object, select_id: str | None = None) -> None:
        def done(_: object) -> None:
            if not self.closed:
                self.load(select_id)
                self.changed.emit()

        self.worker.submit(op, done, self._fail)  # type: ignore[arg-type]

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
        self._run(lambda vault: vault.care_items.rename(item_id, name), item_id)

    def _move(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        ids = [str(self.items.item(i).data(IdRole)) for i in range(self.items.count())]
        ids[row], ids[target] = ids[target], ids[row]
        list_name, moved = self.list_name, ids[target]
        self._run(lambda vault: vault.care_items.reorder(list_name, ids), moved)

    def _toggle_hidden(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        item_id, hidden = str(item.data(IdRole)), bool(item.data(HiddenRole))
        self._run(lambda vault: vault.care_items.set_hidden(item_id, not hidden), item_id)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        self.new_name.setText("")
        list_name = self.list_name

        def done(item: CareItem) -> None:
            if not self.closed:
                self.load(item.id)
                self.changed.emit()

        self.worker.submit(lambda vault: vault.care_items.add(list_name, name), done, self._fail)

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
        self.hide_button.setAccessibleName(
            self.tr("Show the chosen item again") if hidden else self.tr("Hide the chosen item")
        )


class CareListsDialog(QDialog):
    lists_changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My lists"))
        self.setAccessibleName(self.tr("My lists"))
        self.setMinimumSize(460, 400)
        self.resize(540, 480)
        intro = QLabel(
            self.tr(
                "These are the choices in your check-in and your entries. Hiding an item "
                "keeps it in the entries that already have it."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.activities = CareListEditor(worker, ACTIVITY, self)
        self.signs = CareListEditor(worker, WARNING_SIGN, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Lists"))
        self.tabs.addTab(self.activities, self.tr("What helps me"))
        self.tabs.addTab(self.signs, self.tr("Warning signs"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close my lists"))
        layout = QVBoxLayout(self)
        # A fixed minimum instead of one that follows the content: button labels change.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for editor in (self.activities, self.signs):
            editor.changed.connect(self.lists_changed)
            editor.failed.connect(self._show_error)
            editor.load()
        self.finished.connect(self._forget)

    def editor(self, list_name: str) -> CareListEditor:
        return self.activities if list_name == ACTIVITY else self.signs

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _forget(self, _result: int) -> None:
        """Closed (by her or by locking): drop the names and go away."""
        self.activities.clear()
        self.signs.clear()
        self.error.clear()
        self.deleteLater()
