"""The pages of the sections that exist so far; the others keep their placeholders.

Each page keeps the contract in ``section_page.SectionPage``; here they are
built and linked where one section opens another. Nothing here relays
changes: a page that shows records another page writes listens to the
worker's ``vault_changed`` itself.
"""

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.debrief.page import DebriefPage
from wellbeing_desk.ui.directory.page import DirectoryPage
from wellbeing_desk.ui.journal.section import JournalSection
from wellbeing_desk.ui.notes.page import NotesPage
from wellbeing_desk.ui.section_page import call_hook
from wellbeing_desk.ui.sync.page import SyncPage
from wellbeing_desk.ui.today.page import TodayPage
from wellbeing_desk.ui.worker import DatabaseWorker


def build_section_pages(worker: DatabaseWorker, parent: QWidget) -> dict[str, QWidget]:
    journal = JournalSection(worker, parent)
    today = TodayPage(worker, parent)
    today.open_plan_requested.connect(lambda: journal.show_tab("plan"))
    today.write_entry_requested.connect(journal.new_entry)
    directory = DirectoryPage(worker, parent)
    debrief = DebriefPage(worker, parent)
    debrief.support_directory_requested.connect(directory.show_support)
    debrief.directory_entry_requested.connect(directory.show_entry)
    debrief.plan_section_requested.connect(lambda _: call_hook(parent, "open_dependants_plan"))
    # The main window's grounding window (Ctrl+G), looked up when asked for.
    debrief.grounding_requested.connect(lambda: call_hook(parent, "open_grounding"))
    debrief.reactions_requested.connect(lambda: call_hook(parent, "open_common_reactions"))
    notes = NotesPage(worker, parent)
    notes.directory_entry_requested.connect(directory.show_entry)
    directory.detail.enable_notes(worker)  # "Notes this entry takes part in"
    directory.detail.note_requested.connect(notes.open_record)
    today.reach_requested.connect(lambda: call_hook(parent, "open_reach_someone"))
    today.emergency_people_requested.connect(lambda: call_hook(parent, "open_emergency_plan"))
    today.open_source_requested.connect(
        lambda kind, rid: open_record({"debrief": debrief, "note": notes}, kind, rid)
    )
    return {
        "today": today,
        "journal": journal,
        "debrief": debrief,
        "directory": directory,
        "notes": notes,
        # The window's clipboard guard: the pairing code copied there is emptied on lock.
        "sync": SyncPage(worker, parent, clipboard=getattr(parent, "clipboard", None)),
    }


def open_record(pages: dict[str, QWidget], kind: str, record_id: str) -> None:
    """A follow-up on Today opens the record it came from (the page asks to be shown)."""
    page = pages.get(kind)
    if isinstance(page, DebriefPage | NotesPage):
        page.open_record(record_id)
