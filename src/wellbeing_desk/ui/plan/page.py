"""My self-care plan: five sections in her own words, saved as she writes.

"In an emergency" comes first: her people, a safer place, and who would look
after the people who depend on her (her words, then the carers she links).

Each section is a plain text box. Changes are saved through the worker a
moment after she stops typing (``SAVE_DELAY_MS``) and at once when the vault
locks, so nothing is lost; the boxes stay read-only until the plan is loaded,
so an empty box can never overwrite what is stored.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import plan as plan_ops
from wellbeing_desk.ui.delays import AUTOSAVE_DELAY_MS as SAVE_DELAY_MS
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.plan.carers import CarersList
from wellbeing_desk.ui.plan.emergency import EmergencyCard
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_plan import EMERGENCY_SECTIONS, MAX_SECTION_LENGTH, PLAN_SECTIONS

BOX_STYLE = """
QPlainTextEdit {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
    padding: 4px 6px;
}
QPlainTextEdit:focus { border: 1px solid palette(highlight); }
"""


class PlanPage(QWidget):
    open_plan_requested = Signal()
    saved = Signal()  # every change so far is in the vault

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._loaded = False
        self._dirty: set[str] = set()
        self._in_flight = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

        content = QWidget(self)
        content.setStyleSheet(BOX_STYLE)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(44, 32, 44, 32)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("My self-care plan"), content))
        intro = paragraph(
            self.tr(
                "Your plan, in your own words, for the days when it is hard to think "
                "clearly. Write as much or as little as you like; it is saved as you "
                "write, inside your encrypted vault."
            ),
            content,
        )
        intro.setObjectName("muted")
        layout.addWidget(intro)
        self.status = QLabel(content)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)

        self.edits: dict[str, QPlainTextEdit] = {}
        titles, hints = self._titles(), self._hints()
        # "In an emergency" first: what she needs fastest on a hard day.
        layout.addSpacing(10)
        self.emergency = EmergencyCard(worker, content)
        layout.addWidget(self.emergency)
        self.carers = CarersList(worker, content)
        for section in (*EMERGENCY_SECTIONS, *PLAN_SECTIONS):
            layout.addSpacing(10)
            level = 3 if section in EMERGENCY_SECTIONS else 2  # part of "In an emergency"
            layout.addWidget(heading(titles[section], content, level=level))
            hint = paragraph(hints[section], content)
            hint.setObjectName("hint")
            layout.addWidget(hint)
            edit = QPlainTextEdit(content)
            edit.setObjectName(f"plan_{section}")
            edit.setAccessibleName(titles[section])
            edit.setAccessibleDescription(hints[section])
            edit.setTabChangesFocus(True)  # Tab moves on; the plan is written, not indented
            edit.setMinimumHeight(84)
            edit.setMaximumHeight(132)
            edit.textChanged.connect(lambda section=section: self._changed(section))
            layout.addWidget(edit)
            self.edits[section] = edit
            if section == "dependants":  # her words, then who she links for them
                layout.addWidget(self.carers)
        layout.addStretch(1)
        content.setMaximumWidth(820)

        self.scroll_area = scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its boxes take the focus, with a ring
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._set_editable(False)

    # -- hooks -----------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._say(self.tr("Opening your plan…"))
        self.emergency.load()
        self.carers.load()
        self.worker.submit(plan_ops.care_plan, self._loaded_plan, self._failed, origin=self)

    def clear_content(self) -> None:
        """Save what is not saved yet (before the lock reaches the worker), then forget it."""
        self.save_now()
        self._timer.stop()
        self.emergency.clear()
        self.carers.clear()
        self._loaded = False
        self._in_flight = 0
        for edit in self.edits.values():
            blocked = edit.blockSignals(True)
            edit.setPlainText("")
            edit.document().clearUndoRedoStacks()
            edit.blockSignals(blocked)
        self._set_editable(False)
        self._say("")

    def focus_emergency(self) -> None:
        """Show "In an emergency" and put the keyboard on her list (Reach someone → edit)."""
        self.scroll_area.ensureWidgetVisible(self.emergency.title)
        self.emergency.focus_list()

    def focus_dependants(self) -> None:
        """Show who would look after the people who depend on her (from a debrief step)."""
        edit = self.edits["dependants"]
        self.scroll_area.ensureWidgetVisible(self.carers)
        self.scroll_area.ensureWidgetVisible(edit)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ------------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """True while a change is waiting for the timer or for the worker."""
        return bool(self._dirty) or self._in_flight > 0

    def save_now(self) -> None:
        if not self._loaded or not self._dirty:
            return
        self._timer.stop()
        for section in sorted(self._dirty):
            text = self.edits[section].toPlainText()
            if len(text) > MAX_SECTION_LENGTH:
                self._say(
                    self.tr(
                        "This section is too long to save. Please shorten it to "
                        "%n characters or fewer.",
                        "",
                        MAX_SECTION_LENGTH,
                    )
                )
                continue
            self._dirty.discard(section)
            self._in_flight += 1
            self.worker.submit(
                bind(plan_ops.save_section, section, text),
                self._saved_one,
                self._save_failed,
                origin=self,
            )

    def _changed(self, section: str) -> None:
        if not self._loaded:
            return
        self._dirty.add(section)
        self._timer.start()

    def _saved_one(self, _: None) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if not self.pending:
            self._say(self.tr("Saved in your vault."))
            self.saved.emit()

    def _save_failed(self, error: BaseException) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        self._say(
            self.tr("Your plan could not be saved: {reason}").format(reason=describe_error(error))
        )

    # -- loading -----------------------------------------------------------------------

    def _loaded_plan(self, plan: dict[str, str]) -> None:
        for section, edit in self.edits.items():
            blocked = edit.blockSignals(True)
            edit.setPlainText(plan.get(section, ""))
            edit.document().clearUndoRedoStacks()
            edit.blockSignals(blocked)
        self._dirty.clear()
        self._loaded = True
        self._set_editable(True)
        self._say("")

    def _failed(self, error: BaseException) -> None:
        self._say(describe_error(error))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    def _set_editable(self, editable: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not editable)

    # -- words -------------------------------------------------------------------------

    def _titles(self) -> dict[str, str]:
        return {
            "safer_place": self.tr("A safer place I can go"),
            "dependants": self.tr("Who looks after the people who depend on me"),
            "warning_signs": self.tr("My warning signs"),
            "what_helps": self.tr("What helps me"),
            "people": self.tr("People I can reach"),
            "boundaries": self.tr("My boundaries and commitments"),
            "keeps_me_going": self.tr("What keeps me going"),
        }

    def _hints(self) -> dict[str, str]:
        return {
            "safer_place": self.tr(
                "Where you could go if home or the office is not safe, and how to get there."
            ),
            "dependants": self.tr(
                "Children, elders or others who rely on you: who would look after them if "
                "you could not, and what they need to know (school, medicines, routines)."
            ),
            "warning_signs": self.tr(
                "What tells you that stress is building up? For example: sleeping badly, "
                "snapping at people, feeling numb."
            ),
            "what_helps": self.tr(
                "Small things count: a walk, music, a call, a proper meal, prayer, time alone."
            ),
            "people": self.tr(
                "Who can you call or write to when things get hard? A friend, a colleague, "
                "a counsellor, a helpline."
            ),
            "boundaries": self.tr(
                "What will you say no to? What have you promised yourself, and others?"
            ),
            "keeps_me_going": self.tr(
                "What gives you strength and meaning, in this work and outside it."
            ),
        }
