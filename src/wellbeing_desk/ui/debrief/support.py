"""The gentle offer shown inside the flow when distress is high or went up, or when she
says she is not safe right now (or is not sure). Never a gate.

It offers a breathing or grounding exercise, people to reach (see
``ops.debrief.people_to_reach``), stopping for today, or going on. Not safe: the panic
shortcut that locks and hides the app is named. High distress or not safe: one
gentle line about hurting herself. At the last step there is nothing left to
stop, so the offer has "Finish" and no "Stop for today".
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import Contact, SupportOffer, SupportReason
from wellbeing_desk.ops import bind
from wellbeing_desk.ops.debrief import SupportPerson, only_starter, people_to_reach
from wellbeing_desk.ui.debrief.common import empty_layout
from wellbeing_desk.ui.reach.picker import contact_text
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker

# The main window's "Lock and minimise" (panic) shortcut; a test keeps the two in step.
PANIC_SHORTCUT = "Ctrl+Shift+L"
# The panels where the crisis line, and the note about the starter directory, belong.
CRISIS_REASONS = (SupportReason.UNSAFE, SupportReason.HIGH)


def panic_keys() -> str:
    """The panic shortcut as this system writes it (Ctrl+Shift+L, or ⇧⌘L on a Mac)."""
    return QKeySequence(PANIC_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)


class SupportPanel(QFrame):
    grounding_requested = Signal()
    stop_requested = Signal()
    continue_requested = Signal()
    entry_requested = Signal(str)  # a directory entry id
    directory_requested = Signal()  # the directory's counselling entries

    def __init__(self, worker: DatabaseWorker | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.offer: SupportOffer | None = None
        self.at_end = False
        self.people_shown: list[SupportPerson] = []
        # Who to reach, read on the worker; a newer offer's answer replaces an older one's.
        self.people_request = None if worker is None else Request(worker, self)
        self.setObjectName("supportPanel")
        self.setAccessibleName(self.tr("Support"))
        self.title = heading("", self, level=2)
        self.message = paragraph("", self)
        self.crisis = paragraph(
            self.tr(
                "If you are thinking about hurting yourself, please reach one of your "
                "people now, or a local crisis line."
            ),
            self,
        )
        self.grounding_button = QPushButton(self.tr("T&ry a breathing or grounding exercise"), self)
        self.grounding_button.setAccessibleName(self.tr("Try a breathing or grounding exercise"))
        self.stop_button = QPushButton(self.tr("St&op for today"), self)
        self.stop_button.setAccessibleName(
            self.tr("Stop for today: your debrief is kept and you can come back to it")
        )
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue the debrief"))
        comfortable(self.grounding_button, self.stop_button, self.continue_button)
        button_row = QWidget(self)  # wraps on a narrow window instead of widening the page
        buttons = FlowLayout(button_row, spacing=8)
        for button in (self.grounding_button, self.stop_button, self.continue_button):
            button.setParent(button_row)
            buttons.addWidget(button)

        reach = QLabel(self.tr("Reach someone"), self)
        reach.setObjectName("fieldLabel")
        self.people = QWidget(self)
        self.people_layout = FlowLayout(self.people, spacing=8)
        self.starter_note = paragraph(
            self.tr(
                "These come from the starter directory. On a calm day, add the people and "
                "numbers you would call in an emergency."
            ),
            self,
        )
        self.starter_note.setObjectName("muted")
        self.directory_button = QPushButton(self.tr("&See support in your directory"), self)
        self.directory_button.setObjectName("link")
        self.directory_button.setAccessibleName(
            self.tr("See counselling, trauma care, peer support and helplines in your directory")
        )
        self.directory_button.setCursor(Qt.CursorShape.PointingHandCursor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.crisis)
        layout.addWidget(button_row)
        layout.addSpacing(4)
        layout.addWidget(reach)
        layout.addWidget(self.people)
        layout.addWidget(self.starter_note)
        layout.addWidget(self.directory_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.grounding_button.clicked.connect(self.grounding_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.continue_button.clicked.connect(self.continue_requested)
        self.directory_button.clicked.connect(self.directory_requested)
        self.crisis.setVisible(False)
        self.starter_note.setVisible(False)
        self.setVisible(False)

    def show_offer(
        self,
        offer: SupportOffer,
        before: int | None,
        contacts: tuple[Contact, ...],
        language: str,
        *,
        at_end: bool = False,
    ) -> None:
        """Show the offer; ``at_end`` when it comes after the last step (going on finishes)."""
        self.offer = offer
        self.at_end = at_end
        unsafe = offer.reason is SupportReason.UNSAFE
        title, message = self._words(offer, before, at_end)
        crisis = offer.reason in CRISIS_REASONS
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.crisis.setVisible(crisis)
        described = [title, message] + ([self.crisis.text()] if crisis else [])
        self.setAccessibleDescription(" ".join(described))
        # Not safe: reaching someone matters more than breathing, so that button steps aside.
        self.grounding_button.setVisible(not unsafe)
        # After the last step nothing is left to stop for today: going on finishes.
        self.stop_button.setVisible(not at_end)
        if at_end:
            self.continue_button.setText(self.tr("F&inish"))
            self.continue_button.setAccessibleName(self.tr("Finish the debrief"))
        else:
            self.continue_button.setText(self.tr("&Continue"))
            self.continue_button.setAccessibleName(self.tr("Continue the debrief"))
        self._show_people(people_to_reach(None, language, contacts, offer.reason))
        self.setVisible(True)
        self._load_people(contacts, language, offer.reason)

    def _words(self, offer: SupportOffer, before: int | None, at_end: bool) -> tuple[str, str]:
        if offer.reason is SupportReason.UNSAFE:
            return self.tr("Your safety comes first."), self.tr(
                "If you are not safe, you can stop here. Go somewhere safer, or reach someone "
                "you trust who can help. If someone could see your screen, {keys} locks and "
                "hides Wellbeing Desk at once. Your debrief is kept for when you are ready."
            ).format(keys=panic_keys())
        if offer.reason is SupportReason.ROSE and before is not None:
            return self.tr("Your distress went up."), self.tr(
                "It went from {before} to {after}. That can happen after thinking about "
                "hard things, and it is all right. Be gentle with yourself. Would one of "
                "these help?"
            ).format(before=before, after=offer.rating)
        if at_end:
            return self.tr("That is a lot to carry right now."), self.tr(
                "At the end you rated your distress {rating} out of 10. Your answers are "
                "kept. Before you close this, would one of these help?"
            ).format(rating=offer.rating)
        return self.tr("That sounds like a lot right now."), self.tr(
            "You rated your distress {rating} out of 10. You do not have to go on: you "
            "can stop for today and come back later, or continue when you feel ready. "
            "Would one of these help?"
        ).format(rating=offer.rating)

    def hide_offer(self) -> None:
        if self.people_request is not None:
            self.people_request.cancel()
        self.offer = None
        self.at_end = False
        self.setVisible(False)
        self._show_people([])
        for label in (self.title, self.message):
            label.setText("")
            label.setAccessibleName("")

    def _load_people(
        self, contacts: tuple[Contact, ...], language: str, reason: SupportReason
    ) -> None:
        if self.people_request is None:
            return
        self.people_request.run(
            bind(people_to_reach, language, contacts, reason),
            self._show_people,
            lambda _error: None,  # the people she named are shown already: nothing to add
        )

    def _show_people(self, people: list[SupportPerson]) -> None:
        empty_layout(self.people_layout)
        self.people_shown = list(people)
        for person in people:
            name, organisation = person.name, person.organisation
            text = (
                self.tr("{name} · {organisation}").format(name=name, organisation=organisation)
                if organisation and organisation != name
                else name
            )
            if person.way is not None:  # her emergency people: the number is right there
                text = self.tr("{name} · {way}").format(name=name, way=contact_text(person.way))
            self._add_person(text, person.entry_id)
        crisis = self.offer is not None and self.offer.reason in CRISIS_REASONS
        self.starter_note.setVisible(crisis and only_starter(people))

    def _add_person(self, text: str, entry_id: str | None) -> None:
        if entry_id is None:
            label = QLabel(text, self.people)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(4, 6, 4, 6)
            self.people_layout.addWidget(label)
            return
        button = QPushButton(text.replace("&", "&&"), self.people)  # her data: no Alt key
        button.setProperty("textIsData", True)
        button.setAccessibleName(self.tr("Open {name} in the directory").format(name=text))
        button.clicked.connect(lambda: self.entry_requested.emit(entry_id))
        comfortable(button)
        self.people_layout.addWidget(button)
        button.setVisible(True)
