"""Who would look after the people who depend on her: linked directory entries.

Part of "In an emergency", under her own words about the children, elders or
others who depend on her. Like her people, someone added here becomes a
person in her directory, an entry she already has is linked, and removing
takes them off this list only (with Undo). They also appear in Reach someone
now, after her people.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import plan as plan_ops
from wellbeing_desk.reach_someone import best_first
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.plan.entry_picker import EntryPickerDialog
from wellbeing_desk.ui.plan.person_dialog import PersonDialog
from wellbeing_desk.ui.reach.picker import LIST_STYLE, contact_text
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.worker import DatabaseWorker, Op
from wellbeing_desk.vault.emergency import EmergencyContact


class CarersList(QWidget):
    changed = Signal()  # the list changed in the vault

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._carers: list[EmergencyContact] = []
        self._reading = Request(worker, self, self._failed)  # the newest read wins
        self._loaded = False
        self._removed: str | None = None

        self.carers = QListWidget(self)
        self.carers.setAccessibleName(self.tr("Who would look after them"))
        self.carers.setStyleSheet(LIST_STYLE)
        self.carers.setWordWrap(True)
        self.carers.setMinimumHeight(64)
        self.carers.setMaximumHeight(150)
        self.add_button = QPushButton(self.tr("Add someone to look after &them…"), self)
        self.pick_button = QPushButton(self.tr("Link someone from the director&y…"), self)
        self.remove_button = QPushButton(self.tr("Take off this l&ist"), self)
        button_row = QWidget(self)  # wraps on a narrow window instead of widening the page
        buttons = FlowLayout(button_row, spacing=6)
        for button in (self.add_button, self.pick_button, self.remove_button):
            button.setParent(button_row)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.notice = NoticeBar(self, timeout_ms=10_000)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.carers)
        layout.addWidget(button_row)
        layout.addWidget(self.notice)

        self.add_button.clicked.connect(self.add_person)
        self.pick_button.clicked.connect(self.pick_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.carers.currentRowChanged.connect(lambda _: self._update_buttons())
        self.notice.action_triggered.connect(self._undo_remove)
        self._update_buttons()

    # -- hooks -----------------------------------------------------------------------------

    def load(self) -> None:
        self._loaded = True
        self._reading.run(plan_ops.emergency_carers, self._show)

    def clear(self) -> None:
        self._loaded = False
        self._reading.cancel()
        self._carers = []
        self._removed = None
        self.carers.clear()
        self.notice.clear()
        self._update_buttons()

    # -- actions ---------------------------------------------------------------------------

    def add_person(self) -> None:
        dialog = PersonDialog(self, carer=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            name, _, contacts = dialog.person()
            self._write(bind(plan_ops.add_carer_person, name, contacts))

        dialog.accepted.connect(save)
        dialog.open()

    def pick_entry(self) -> None:
        dialog = EntryPickerDialog(self.worker, self, carer=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            chosen = dialog.chosen()
            if chosen is not None:
                self._write(bind(plan_ops.add_carer_entry, chosen[0]))

        dialog.accepted.connect(save)
        dialog.open()

    def remove_current(self) -> None:
        row = self.carers.currentRow()
        if not 0 <= row < len(self._carers):
            return
        carer = self._carers[row]
        self._removed = carer.id
        self._write(bind(plan_ops.remove_emergency_person, carer.id))
        self.notice.show_notice(
            self.tr("{name} is off this list (still in your directory).").format(name=carer.name),
            self.tr("Undo"),
            self.tr("Put {name} back on this list").format(name=carer.name),
        )

    # -- internals -------------------------------------------------------------------------

    def _undo_remove(self) -> None:
        removed, self._removed = self._removed, None
        if removed is not None:
            self._write(bind(plan_ops.restore_emergency_person, removed))
        self.notice.dismiss()

    def _write(self, op: Op[object]) -> None:
        def done(_: object) -> None:
            self.changed.emit()
            if self._loaded:
                self.load()

        self.worker.submit(op, done, self._failed, origin=self)

    def _show(self, carers: list[EmergencyContact]) -> None:
        self._carers = carers
        self.carers.clear()
        for carer in carers:
            contacts = best_first(carer.contacts)
            way = contact_text(contacts[0]) if contacts else self.tr("No number saved")
            text = f"{carer.name} · {way}"
            item = QListWidgetItem(text, self.carers)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace(" · ", ". "))
        if carers:
            self.carers.setCurrentRow(0)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_notice(describe_error(error), "")

    def _update_buttons(self) -> None:
        row = self.carers.currentRow()
        self.remove_button.setEnabled(0 <= row < len(self._carers))
        for button in (self.add_button, self.pick_button):
            button.setEnabled(self._loaded)
