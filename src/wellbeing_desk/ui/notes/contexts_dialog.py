"""Her list of contexts for notes (peer-support circle, counselling session, …).

Rename (F2 or the button), reorder (the buttons or Ctrl+Up/Down), hide or
show, add, as with her lists in the journal. Each change goes straight to the
vault through the worker; ``contexts_changed`` tells the editor and the
filters. Locking closes the dialog, which then empties itself and is deleted.
"""

from collections.abc import Callable
from typing import Any

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
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.journal.care_names import display_name
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import MAX_NAME_LENGTH, NOTE_CONTEXT, CareItem

IdRole = Qt.ItemDataRole.UserRole + 1
HiddenRole = Qt.ItemDataRole.UserRole + 2


class NoteContextsDialog(QDialog):
    contexts_changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.closed = False
        self.setWindowTitle(self.tr("Where notes come from"))
        self.setAccessibleName(self.tr("Where notes come from"))
        self.setMinimumSize(460, 400)
        self.resize(520, 460)
        intro = QLabel(
            self.tr(
                "These are the contexts you can give a note. Hiding one keeps it in the "
                "notes that already have it."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Your contexts"))
        self.items.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.rename_button = self._button(self.tr("&Rename"), self.tr("Rename the chosen context"))
        self.up_button = self._button(self.tr("Move &up"), self.tr("Move the chosen context up"))
        self.down_button = self._button(
            self.tr("Move &down"), self.tr("Move the chosen context down")
        )
        self.hide_button = self._button(self.tr("&Hide"), self.tr("Hide the chosen context"))
        self.new_name = QLineEdit(self)
        self.new_name.setMaxLength(MAX_NAME_LENGTH)
        self.new_name.setPlaceholderText(self.tr("A new context"))
        self.new_name.setAccessibleName(self.tr("Name of a new context"))
        self.add_button = self._button(self.tr("&Add"), self.tr("Add the new context"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close the list of contexts"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.items, 0, 0, 5, 1)
        for row, button in enumerate(
            (self.rename_button, self.up_button, self.down_button, self.hide_button)
        ):
            grid.addWidget(button, row, 1)
        grid.setRowStretch(4, 1)
        grid.addWidget(self.new_name, 5, 0)
        grid.addWidget(self.add_button, 5, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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
        self.finished.connect(self._forget)
        self._update_buttons()
        self.load()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.setMinimumHeight(32)
        return button

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

    # -- loading -----------------------------------------------------------------------

    def load(self, select_id: str | None = None) -> None:
        self.worker.submit(
            lambda vault: vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True),
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
                entry.setToolTip(self.tr("Hidden from the choices in the editor"))
            if item.id == current:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(blocked)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.items.currentItem()
        return None if item is None else str(item.data(IdRole))

    # -- changing ----------------------------------------------------------------------

    def _run(self, op: Callable[[Vault], Any], select_id: str | None = None) -> None:
        def done(_: object) -> None:
            if not self.closed:
                self.load(select_id)
                self.contexts_changed.emit()

        self.worker.submit(op, done, self._fail)

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
        self._run(lambda vault: vault.note_contexts.rename(item_id, name), item_id)

    def _move(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        ids = [str(self.items.item(i).data(IdRole)) for i in range(self.items.count())]
        ids[row], ids[target] = ids[target], ids[row]
        moved = ids[target]
        self._run(lambda vault: vault.note_contexts.reorder(NOTE_CONTEXT, ids), moved)

    def _toggle_hidden(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        item_id, hidden = str(item.data(IdRole)), bool(item.data(HiddenRole))
        self._run(lambda vault: vault.note_contexts.set_hidden(item_id, not hidden), item_id)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        self.new_name.setText("")

        def done(item: CareItem) -> None:
            if not self.closed:
                self.load(item.id)
                self.contexts_changed.emit()

        self.worker.submit(
            lambda vault: vault.note_contexts.add(NOTE_CONTEXT, name), done, self._fail
        )

    def _fail(self, error: BaseException) -> None:
        if not self.closed:
            self.error.setText(describe_error(error))
            self.error.setVisible(True)

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
            self.tr("Show the chosen context again")
            if hidden
            else self.tr("Hide the chosen context")
        )

    def _forget(self, _result: int) -> None:
        """Closed (by her or by locking): drop the names and go away."""
        self.closed = True
        self.items.clear()
        self.new_name.setText("")
        self.error.clear()
        self.deleteLater()
