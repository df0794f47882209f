"""The gentle offer shown inside the flow when distress is high or went up, or when she
says she is not safe right now (or is not sure). Never a gate.

It offers a breathing or grounding exercise, the people she named in this
debrief and the directory's counselling and support entries (in her
language first), stopping for today, or going on.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.flow import Contact, SupportOffer, SupportReason
from wellbeing_desk.ui.debrief.common import empty_layout
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter, DirectorySummary

SUPPORT_CATEGORIES = ("counselling", "trauma_care", "peer_support")
# Not safe right now: protection first (emergency lines), then the same support.
SAFETY_CATEGORIES = ("physical_protection", *SUPPORT_CATEGORIES)
MAX_ENTRIES = 5

Entry = tuple[str, str, str]  # entry id, name, organisation


def support_entries(
    vault: Vault,
    language: str | None,
    limit: int = MAX_ENTRIES,
    categories: tuple[str, ...] = SUPPORT_CATEGORIES,
) -> list[Entry]:
    """Counselling, trauma-care and peer-support entries: her language first, favourites first.

    Entries in other languages fill up the list when too few speak hers.
    """
    found: dict[str, DirectorySummary] = {}
    for lang in dict.fromkeys((language or None, None)):
        batch: list[DirectorySummary] = []
        for category in categories:
            batch += vault.directory.search(DirectoryFilter(category=category, language=lang))
        batch.sort(key=lambda row: not row.favourite)  # stable: favourites, then as found
        for row in batch:
            found.setdefault(row.id, row)
        if len(found) >= limit:
            break
    return [(row.id, row.name, row.organisation) for row in list(found.values())[:limit]]


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
        self._generation = 0
        self.setObjectName("supportPanel")
        self.setAccessibleName(self.tr("Support"))
        self.title = heading("", self, level=2)
        self.message = paragraph("", self)
        self.grounding_button = QPushButton(self.tr("Try a breathing or grounding exercise"), self)
        self.grounding_button.setAccessibleName(self.tr("Try a breathing or grounding exercise"))
        self.stop_button = QPushButton(self.tr("Stop for today"), self)
        self.stop_button.setAccessibleName(
            self.tr("Stop for today: your debrief is kept and you can come back to it")
        )
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue the debrief"))
        comfortable(self.grounding_button, self.stop_button, self.continue_button)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.grounding_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        reach = QLabel(self.tr("Reach someone"), self)
        reach.setObjectName("fieldLabel")
        self.people = QWidget(self)
        self.people_layout = FlowLayout(self.people, spacing=8)
        self.directory_button = QPushButton(
            self.tr("See counselling and helplines in the directory"), self
        )
        self.directory_button.setObjectName("link")
        self.directory_button.setAccessibleName(
            self.tr("Open the directory's counselling and helpline entries")
        )
        self.directory_button.setCursor(Qt.CursorShape.PointingHandCursor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addSpacing(4)
        layout.addWidget(reach)
        layout.addWidget(self.people)
        layout.addWidget(self.directory_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.grounding_button.clicked.connect(self.grounding_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.continue_button.clicked.connect(self.continue_requested)
        self.directory_button.clicked.connect(self.directory_requested)
        self.setVisible(False)

    def show_offer(
        self,
        offer: SupportOffer,
        before: int | None,
        contacts: tuple[Contact, ...],
        language: str,
    ) -> None:
        self.offer = offer
        unsafe = offer.reason is SupportReason.UNSAFE
        if unsafe:
            title = self.tr("Your safety comes first.")
            message = self.tr(
                "If you are not safe, you can stop here. Go somewhere safe, or reach someone "
                "who can help. Your debrief is kept for when you are ready."
            )
        elif offer.reason is SupportReason.ROSE and before is not None:
            title = self.tr("Your distress went up.")
            message = self.tr(
                "It went from {before} to {after}. That can happen after thinking about "
                "hard things, and it is all right. Be gentle with yourself. Would one of "
                "these help?"
            ).format(before=before, after=offer.rating)
        else:
            title = self.tr("That sounds like a lot right now.")
            message = self.tr(
                "You rated your distress {rating} out of 10. You do not have to go on: you "
                "can stop for today and come back later, or continue when you feel ready. "
                "Would one of these help?"
            ).format(rating=offer.rating)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.setAccessibleDescription(f"{title} {message}")
        # Not safe: reaching someone matters more than breathing, so that button steps aside.
        self.grounding_button.setVisible(not unsafe)
        self._show_people(contacts, [])
        self.setVisible(True)
        self._load_entries(contacts, language, SAFETY_CATEGORIES if unsafe else SUPPORT_CATEGORIES)

    def hide_offer(self) -> None:
        self._generation += 1
        self.offer = None
        self.setVisible(False)
        self._show_people((), [])
        for label in (self.title, self.message):
            label.setText("")
            label.setAccessibleName("")

    def _load_entries(
        self, contacts: tuple[Contact, ...], language: str, categories: tuple[str, ...]
    ) -> None:
        if self.worker is None:
            return
        self._generation += 1
        generation = self._generation

        def show(entries: list[Entry]) -> None:
            if generation == self._generation:
                self._show_people(contacts, entries)

        self.worker.submit(
            lambda vault: support_entries(vault, language, categories=categories), show
        )

    def _show_people(self, contacts: tuple[Contact, ...], entries: list[Entry]) -> None:
        empty_layout(self.people_layout)
        shown: set[str] = set()
        for person in contacts:
            if person.entry_id:
                shown.add(person.entry_id)
            self._add_person(person.name, person.entry_id)
        for entry_id, name, organisation in entries:
            if entry_id in shown:
                continue
            text = (
                self.tr("{name} · {organisation}").format(name=name, organisation=organisation)
                if organisation and organisation != name
                else name
            )
            self._add_person(text, entry_id)

    def _add_person(self, text: str, entry_id: str | None) -> None:
        if entry_id is None:
            label = QLabel(text, self.people)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(4, 6, 4, 6)
            self.people_layout.addWidget(label)
            return
        button = QPushButton(text, self.people)
        button.setAccessibleName(self.tr("Open {name} in the directory").format(name=text))
        button.clicked.connect(lambda: self.entry_requested.emit(entry_id))
        comfortable(button)
        self.people_layout.addWidget(button)
        button.setVisible(True)
