"""'In an emergency': her people, in her order, kept in the vault like everything else.

Someone added here becomes a person in her directory; an entry she already
has is linked. Removing takes them off this list only (with Undo); the
directory entry stays. Every change goes through the worker and is announced
with ``changed`` (Today's reminder listens).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
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
from wellbeing_desk.ui.plan.person_dialog import PersonDialog, role_names
from wellbeing_desk.ui.reach import SHORTCUT as REACH_SHORTCUT
from wellbeing_desk.ui.reach.picker import LIST_STYLE, contact_text
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker, Op
from wellbeing_desk.vault.emergency import EmergencyContact


class EmergencyCard(QWidget):
    changed = Signal()  # her list changed in the vault

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._people: list[EmergencyContact] = []
        self._reading = Request(worker, self, self._failed)  # the newest read of her list wins
        self._loaded = False
        self._removed: str | None = None
        self._select_after_load: str | None = None  # keep the moved person selected

        keys = QKeySequence(REACH_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.title = heading(self.tr("In an emergency"), self, level=2)
        hint = paragraph(
            self.tr(
                "The people you would reach in a hard moment: someone you trust, your "
                "organisation's security contact, a local number you trust. They come first "
                "in Reach someone now ({keys}), even with no internet."
            ).format(keys=keys),
            self,
        )
        hint.setObjectName("hint")
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("My people for an emergency"))
        self.people.setStyleSheet(LIST_STYLE)  # a visible ring when it has the focus
        self.people.setWordWrap(True)
        self.people.setMinimumHeight(96)
        self.people.setMaximumHeight(200)
        self.add_button = QPushButton(self.tr("Add a &person…"), self)
        self.pick_button = QPushButton(self.tr("Add from &directory…"), self)
        self.remove_button = QPushButton(self.tr("&Remove from list"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        for button in (
            self.add_button, self.pick_button, self.remove_button, self.up_button,
            self.down_button,
        ):  # fmt: skip
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
        self.notice = NoticeBar(self, timeout_ms=10_000)
        button_row = QWidget(self)  # wraps on a narrow window instead of widening the page
        buttons = FlowLayout(button_row, spacing=6)
        for button in (
            self.add_button, self.pick_button, self.remove_button, self.up_button,
            self.down_button,
        ):  # fmt: skip
            button.setParent(button_row)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addWidget(self.people)
        layout.addWidget(button_row)
        layout.addWidget(self.notice)

        self.add_button.clicked.connect(self.add_person)
        self.pick_button.clicked.connect(self.pick_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.people.currentRowChanged.connect(lambda _: self._update_buttons())
        self.notice.action_triggered.connect(self._undo_remove)
        self._update_buttons()

    # -- hooks -----------------------------------------------------------------------------

    def load(self) -> None:
        self._loaded = True
        self._reading.run(plan_ops.emergency_people, self._show)

    def clear(self) -> None:
        self._loaded = False
        self._reading.cancel()
        self._people = []
        self._removed = None
        self.people.clear()
        self.notice.clear()
        self._update_buttons()

    def focus_list(self) -> None:
        target = self.people if self._people else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ---------------------------------------------------------------------------

    def add_person(self) -> None:
        dialog = PersonDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            name, role, contacts = dialog.person()
            self._write(bind(plan_ops.add_emergency_person, name, contacts, role))

        dialog.accepted.connect(save)
        dialog.open()

    def pick_entry(self) -> None:
        dialog = EntryPickerDialog(self.worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            chosen = dialog.chosen()
            if chosen is not None:
                entry_id, role = chosen
                self._write(bind(plan_ops.add_emergency_entry, entry_id, role))

        dialog.accepted.connect(save)
        dialog.open()

    def remove_current(self) -> None:
        row = self.people.currentRow()
        if not 0 <= row < len(self._people):
            return
        person = self._people[row]
        self._removed = person.id
        self._write(bind(plan_ops.remove_emergency_person, person.id))
        self.notice.show_notice(
            self.tr("{name} is off your emergency list (still in your directory).").format(
                name=person.name
            ),
            self.tr("Undo"),
            self.tr("Put {name} back on your emergency list").format(name=person.name),
        )

    # -- internals -------------------------------------------------------------------------

    def _undo_remove(self) -> None:
        removed, self._removed = self._removed, None
        if removed is not None:
            self._write(bind(plan_ops.restore_emergency_person, removed))
        self.notice.dismiss()

    def _move(self, step: int) -> None:
        row = self.people.currentRow()
        target = row + step
        if not (0 <= row < len(self._people) and 0 <= target < len(self._people)):
            return
        order = [p.id for p in self._people]
        order[row], order[target] = order[target], order[row]
        moved = order[target]
        self._write(bind(plan_ops.reorder_emergency_people, order), select=moved)

    def _write(self, op: Op[object], select: str | None = None) -> None:
        def done(_: object) -> None:
            self.changed.emit()
            if self._loaded:
                self._select_after_load = select
                self.load()

        self.worker.submit(op, done, self._failed, origin=self)

    def _show(self, people: list[EmergencyContact]) -> None:
        self._people = people
        roles = role_names()
        self.people.clear()
        for person in people:
            contacts = best_first(person.contacts)
            way = contact_text(contacts[0]) if contacts else self.tr("No number saved")
            text = f"{person.name}\n{roles.get(person.role, person.role)} · {way}"
            item = QListWidgetItem(text, self.people)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
        select = self._select_after_load
        self._select_after_load = None
        ids = [p.id for p in people]
        if select in ids:
            self.people.setCurrentRow(ids.index(select))
        elif people:
            self.people.setCurrentRow(0)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_notice(describe_error(error), "")

    def _update_buttons(self) -> None:
        row = self.people.currentRow()
        has = 0 <= row < len(self._people)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._people) - 1)
        for button in (self.add_button, self.pick_button):
            button.setEnabled(self._loaded)
