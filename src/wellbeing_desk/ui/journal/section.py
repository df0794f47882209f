"""The Journal section: entries, insights and my self-care plan, as tabs."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from wellbeing_desk.ui.insights.page import InsightsPage
from wellbeing_desk.ui.journal.entries_page import EntriesPage
from wellbeing_desk.ui.plan.page import PlanPage
from wellbeing_desk.ui.section_page import made_here
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.change_feed import JOURNAL, VaultChanges

TABS = ("entries", "insights", "plan")


class JournalSection(QWidget):
    show_requested = Signal()  # bring the Journal on screen (the workspace listens)

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = EntriesPage(worker, self)
        self.insights = InsightsPage(worker, self)
        self.plan = PlanPage(worker, self)
        worker.vault_changed.connect(self._vault_changed)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Journal views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.tabs.addTab(self.insights, self.tr("Insights"))
        self.tabs.addTab(self.plan, self.tr("My self-care plan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.entries.editor_resumed.connect(lambda: self.show_tab("entries"))

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))
        self.show_requested.emit()

    def focus_first(self) -> None:
        """The keyboard to the tab bar: arrows change the view, Tab goes into it."""
        self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def new_entry(self) -> None:
        """Open the editor for a new entry (or the unsaved one) and show it."""
        self.show_tab("entries")
        self.entries.new_entry()

    def open_record(self, entry_id: str) -> None:
        """Open one entry in the editor, as activating its row does (Search everywhere)."""
        self.show_tab("entries")
        self.entries.open_entry(entry_id)

    def _vault_changed(self, changes: VaultChanges, origin: object) -> None:
        """Entries written elsewhere (a check-in on Today, later sync) take their place."""
        if changes.touches(JOURNAL) and not made_here(self, origin):
            self.entries.entries_changed(sorted(changes.ids_of(JOURNAL)))

    def vault_opened(self) -> None:
        for page in (self.entries, self.insights, self.plan):
            page.vault_opened()

    def clear_content(self) -> None:
        for page in (self.entries, self.insights, self.plan):
            page.clear_content()
        self.tabs.setCurrentIndex(0)
