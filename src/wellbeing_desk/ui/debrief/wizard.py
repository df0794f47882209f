"""The debrief, one step at a time: a thin Qt page over ``DebriefFlow``.

Every step can be skipped and nothing has a minimum length. Her answers go
into the flow as she types and are saved through ``DebriefSession``; each step
change saves too. A high or rising distress rating, or "No" / "I am not sure"
to "Are you safe right now?", shows ``SupportPanel`` inside the page, never a
modal. Escape does nothing here: leaving is "Pause".

Keyboard: Alt+N or Ctrl+Enter next (finish on the last step), Alt+B back,
Alt+K skip, Alt+P pause, Alt+T take a moment (Ctrl+G works everywhere). In
Spanish: Alt+G, Alt+A, Alt+S, Alt+P, and Alt+M for "Tomarme un momento", so it
never meets "Terminar" (Alt+T) on the last step.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import Contact, SupportOffer
from wellbeing_desk.debrief.templates import Step
from wellbeing_desk.ui.common_reactions import shows_reactions_link, step_reactions_button
from wellbeing_desk.ui.debrief.actions_input import ActionsInput
from wellbeing_desk.ui.debrief.common import column_layout, discard, readable_scroll
from wellbeing_desk.ui.debrief.contacts_input import ContactsInput
from wellbeing_desk.ui.debrief.plan_link import (
    DEPENDANTS_SECTION,
    dependants_button,
    shows_dependants_link,
)
from wellbeing_desk.ui.debrief.session import DebriefSession
from wellbeing_desk.ui.debrief.step_inputs import (
    ChecklistInput,
    ChoiceInput,
    RatingInput,
    StepInput,
    TextInput,
)
from wellbeing_desk.ui.debrief.support import SupportPanel
from wellbeing_desk.ui.grounding.dialog import QUIET_STYLE
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.worker import DatabaseWorker

PROMPT_SCALE = 1.35


def make_input(
    step: Step, language: str, worker: DatabaseWorker | None, parent: QWidget
) -> StepInput:
    """The input for a step's kind."""
    if step.kind == "text":
        return TextInput(step, language, parent)
    if step.kind == "rating":
        return RatingInput(step, language, parent)
    if step.kind == "checklist":
        return ChecklistInput(step, language, parent)
    if step.kind == "choice":
        return ChoiceInput(step, language, parent)
    if step.kind == "contacts":
        return ContactsInput(step, language, worker, parent)
    if step.kind == "actions":
        return ActionsInput(step, language, parent)
    return StepInput(step, language, parent)


class DebriefWizard(QWidget):
    grounding_requested = Signal()
    paused = Signal()  # her debrief is saved; back to the list
    finished = Signal()  # the flow is finished; show the summary
    entry_requested = Signal(str)  # a directory entry to open
    directory_requested = Signal()  # the directory's counselling entries
    reactions_requested = Signal()  # "What many people feel afterwards"
    plan_section_requested = Signal(str)  # a section of her self-care plan

    def __init__(self, worker: DatabaseWorker | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: DebriefSession | None = None
        self.input: StepInput | None = None
        self._end_offer: SupportOffer | None = None

        self.template_label = QLabel(self)
        self.template_label.setObjectName("muted")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("muted")
        self.calm_button = QPushButton(self.tr("&Take a moment"), self)
        self.calm_button.setAccessibleName(
            self.tr("Take a moment: a breathing or grounding exercise")
        )
        self.calm_button.setToolTip(self.tr("Breathing and grounding exercises (Ctrl+G)"))
        self.calm_button.setObjectName("quiet")
        self.calm_button.setStyleSheet(QUIET_STYLE)
        top = QHBoxLayout()
        top.setContentsMargins(32, 16, 32, 0)
        top.setSpacing(16)
        top.addWidget(self.template_label, 1)
        top.addWidget(self.progress_label)
        top.addWidget(self.calm_button)

        scroll, column = readable_scroll(self)
        self.scroll_area = scroll
        body = column_layout(column, spacing=10)
        self.support = SupportPanel(worker, column)
        self.event_mark = QLabel(self.tr("About the event itself — only if you want to"), column)
        self.event_mark.setObjectName("eventMark")
        self.event_mark.setAccessibleName(self.event_mark.text())
        self.prompt = QLabel(column)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.prompt.font())
        font.setPointSizeF(font.pointSizeF() * PROMPT_SCALE)
        font.setWeight(QFont.Weight.DemiBold)
        self.prompt.setFont(font)
        self.help = QLabel(column)
        self.help.setObjectName("muted")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.input_box = QVBoxLayout()
        self.input_box.setContentsMargins(0, 10, 0, 0)
        body.addWidget(self.support)
        body.addSpacing(12)
        body.addWidget(self.event_mark, 0, Qt.AlignmentFlag.AlignLeading)
        body.addSpacing(2)
        body.addWidget(self.prompt)
        body.addWidget(self.help)
        self.reactions_button = step_reactions_button(column)  # read before she ticks
        body.addWidget(self.reactions_button, 0, Qt.AlignmentFlag.AlignLeading)
        body.addLayout(self.input_box)
        self.dependants_button = dependants_button(column)
        body.addWidget(self.dependants_button, 0, Qt.AlignmentFlag.AlignLeading)
        body.addStretch(1)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.pause_button = QPushButton(self.tr("&Pause and come back later"), self)
        self.pause_button.setAccessibleName(
            self.tr("Pause: your debrief is kept and you can come back to it later")
        )
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.skip_button = QPushButton(self.tr("S&kip"), self)
        self.skip_button.setAccessibleName(self.tr("Skip this step"))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)  # Enter on a choice goes on (``enter_key.py``)
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Next (Ctrl+Enter)"))
        self.next_button.setMinimumWidth(110)
        comfortable(
            self.calm_button, self.pause_button, self.back_button, self.skip_button,
            self.next_button,
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.setContentsMargins(32, 6, 32, 18)
        buttons.setSpacing(8)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        error_row = QHBoxLayout()
        error_row.setContentsMargins(32, 0, 32, 0)
        error_row.addWidget(self.error)
        layout.addLayout(error_row)
        layout.addLayout(buttons)

        self.calm_button.clicked.connect(self.grounding_requested)
        self.reactions_button.clicked.connect(self.reactions_requested)
        self.pause_button.clicked.connect(self.pause)
        self.back_button.clicked.connect(self.go_back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.go_next)
        self.support.grounding_requested.connect(self.grounding_requested)
        self.support.stop_requested.connect(self.pause)
        self.support.continue_requested.connect(self._continue_after_offer)
        self.support.entry_requested.connect(self.entry_requested)
        self.support.directory_requested.connect(self.directory_requested)
        self.dependants_button.clicked.connect(
            lambda: self.plan_section_requested.emit(DEPENDANTS_SECTION)
        )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.go_next)

    # -- opening and closing -------------------------------------------------------------

    def open(self, session: DebriefSession) -> None:
        self.close_session()
        self.session = session
        session.failed.connect(self._show_error)
        self.template_label.setText(session.flow.template.title.get(session.language))
        self._show_step()

    def close_session(self) -> None:
        """Save what is left (at once) and empty the page; used on pause, finish and lock."""
        session, self.session = self.session, None
        if session is not None:
            session.close()
            session.failed.disconnect(self._show_error)
        self._drop_input()
        self.support.hide_offer()
        self._end_offer = None
        for label in (self.template_label, self.progress_label, self.prompt, self.help):
            label.setText("")
            label.setAccessibleName("")
        self.error.clear()
        self.error.setVisible(False)

    @property
    def is_open(self) -> bool:
        return self.session is not None

    def focus_first(self) -> None:
        if self.input is not None:
            self.input.focus_first()

    # -- moving ----------------------------------------------------------------------------

    def go_next(self) -> None:
        session = self.session
        if session is None:
            return
        flow = session.flow
        if flow.is_last:
            self.finish()
            return
        offer = flow.next()
        self._moved()
        if offer is not None:
            self._offer(offer)

    def skip(self) -> None:
        session = self.session
        if session is None:
            return
        if session.flow.is_last:
            self.finish()
            return
        session.flow.skip()
        self._moved()

    def go_back(self) -> None:
        session = self.session
        if session is None or session.flow.is_first:
            return
        session.flow.back()
        self._moved()

    def finish(self) -> None:
        """Finish, after one gentle offer if the last rating is high or went up."""
        session = self.session
        if session is None:
            return
        flow = session.flow
        offer = flow.offer_after(flow.current)
        # One offer, once: with a panel already on this step (or a rating changed under
        # it), Finish finishes at the first press.
        if offer is not None and self._end_offer is None and self.support.isHidden():
            self._end_offer = offer
            self._offer(offer, at_end=True)
            return
        flow.finish()
        session.changed()
        session.save_now()
        self.finished.emit()

    def pause(self) -> None:
        """Save now, then go back to the list (if saving fails she stays, with a message)."""
        session = self.session
        if session is None:
            return
        session.changed()  # the step she is on is part of what is kept
        session.save_now(then=lambda: self._after_pause(session))

    def _after_pause(self, session: DebriefSession) -> None:
        if self.session is session:
            self.paused.emit()

    def _moved(self) -> None:
        if self.session is None:
            return
        self.session.changed()
        self.session.save_now()
        self._show_step()

    def _continue_after_offer(self) -> None:
        session = self.session
        if session is None:
            return
        if session.flow.is_last and self._end_offer is not None:
            self.finish()
            return
        self.support.hide_offer()
        self.focus_first()

    def _offer(self, offer: SupportOffer, *, at_end: bool = False) -> None:
        session = self.session
        if session is None:
            return
        flow = session.flow
        contacts: list[Contact] = []
        for step in flow.steps:
            value = flow.answer(step.id)
            if step.kind == "contacts" and isinstance(value, tuple):
                contacts += [c for c in value if isinstance(c, Contact)]
        self.support.show_offer(
            offer,
            flow.rating(flow.distress_start),
            tuple(contacts),
            session.language,
            at_end=at_end,
        )
        self.scroll_area.ensureWidgetVisible(self.support)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.support.continue_button.setFocus()

    # -- showing a step --------------------------------------------------------------------

    def _show_step(self) -> None:
        session = self.session
        if session is None:
            return
        flow, language = session.flow, session.language
        step = flow.current
        self.support.hide_offer()
        self._drop_input()
        number, total = flow.progress()
        progress = self.tr("Step {number} of {total}").format(number=number, total=total)
        self.progress_label.setText(progress)
        self.progress_label.setAccessibleName(progress)
        prompt = step.prompt.get(language)
        self.prompt.setText(prompt)
        self.prompt.setAccessibleName(prompt)
        help_text = step.help.get(language) if step.help else ""
        self.help.setText(help_text)
        self.help.setAccessibleName(help_text)
        self.help.setVisible(bool(help_text))
        self.event_mark.setVisible(step.about_event)
        self.reactions_button.setVisible(shows_reactions_link(step.id))
        self.dependants_button.setVisible(shows_dependants_link(step.id))
        self.back_button.setEnabled(not flow.is_first)
        if flow.is_last:
            self.next_button.setText(self.tr("&Finish"))
            self.next_button.setAccessibleName(self.tr("Finish and see the summary"))
        else:
            self.next_button.setText(self.tr("&Next"))
            self.next_button.setAccessibleName(self.tr("Next step"))
        widget = make_input(step, language, self.worker, self)
        widget.set_value(flow.answer(step.id))
        widget.changed.connect(self._input_changed)
        self.input = widget
        self.input_box.addWidget(widget)
        widget.setVisible(True)  # at once, so the focus can go into it now
        self.scroll_area.verticalScrollBar().setValue(0)
        widget.focus_first()

    def _input_changed(self) -> None:
        session, widget = self.session, self.input
        if session is None or widget is None:
            return
        session.flow.set_answer(widget.value(), widget.step.id)
        session.changed()
        if self.error.isVisible():
            self.error.setVisible(False)

    def _drop_input(self) -> None:
        widget, self.input = self.input, None
        if widget is None:
            return
        widget.changed.disconnect(self._input_changed)
        widget.clear_content()
        self.input_box.removeWidget(widget)
        discard(widget)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setVisible(True)
