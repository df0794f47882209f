"""The pages of the sections that exist so far; the others keep their placeholders.

A section page may implement these hooks, called by the workspace and the wiring:

- ``vault_opened()``: the vault was unlocked; load what the page shows
  (through the database worker, never on the GUI thread).
- ``clear_content()``: the vault is locking; drop every piece of content the
  page holds (models, text, caches). It must not ask anything.
- ``open_record(record_id)``: show one record of the section (Search
  everywhere, Today's follow-ups, links between sections).
"""

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.debrief.directory_link import show_entry, show_section, show_support
from wellbeing_desk.ui.debrief.page import DebriefPage
from wellbeing_desk.ui.directory.page import DirectoryPage
from wellbeing_desk.ui.journal.section import JournalSection
from wellbeing_desk.ui.notes.page import NotesPage
from wellbeing_desk.ui.today.page import TodayPage
from wellbeing_desk.ui.worker import DatabaseWorker


def build_section_pages(worker: DatabaseWorker, parent: QWidget) -> dict[str, QWidget]:
    journal = JournalSection(worker, parent)
    today = TodayPage(worker, parent)
    today.open_plan_requested.connect(lambda: journal.show_tab("plan"))
    today.write_entry_requested.connect(journal.new_entry)
    today.entry_saved.connect(journal.entry_changed)
    directory = DirectoryPage(worker, parent)
    debrief = DebriefPage(worker, parent)
    debrief.support_directory_requested.connect(lambda lang: show_support(directory, lang))
    debrief.directory_entry_requested.connect(lambda entry_id: show_entry(directory, entry_id))
    # The main window's grounding window (Ctrl+G), looked up when asked for.
    debrief.grounding_requested.connect(lambda: call_hook(parent, "open_grounding"))
    notes = NotesPage(worker, parent)
    notes.directory_entry_requested.connect(lambda entry_id: show_entry(directory, entry_id))
    directory.detail.enable_notes(worker)  # "Notes this entry takes part in"
    directory.detail.note_requested.connect(notes.open_record)
    notes.notes_changed.connect(directory.detail.refresh_notes)
    today.reach_requested.connect(lambda: call_hook(parent, "open_reach_someone"))
    today.emergency_people_requested.connect(lambda: call_hook(parent, "open_emergency_plan"))
    journal.plan.emergency.changed.connect(today.refresh)  # the reminder goes once she adds one
    today.open_source_requested.connect(
        lambda kind, rid: open_record({"debrief": debrief, "note": notes}, kind, rid)
    )
    return {
        "today": today,
        "journal": journal,
        "debrief": debrief,
        "directory": directory,
        "notes": notes,
    }


def open_record(pages: dict[str, QWidget], kind: str, record_id: str) -> None:
    """A follow-up on Today opens the record it came from."""
    page = pages.get(kind)
    if isinstance(page, DebriefPage):
        show_section(page, "debrief")
        page.open_debrief(record_id)
    elif isinstance(page, NotesPage):
        page.open_record(record_id)  # shows the Notes section itself


def call_hook(page: QWidget, name: str) -> None:
    """Call ``page.<name>()`` if the page has that hook."""
    hook = getattr(page, name, None)
    if callable(hook):
        hook()
