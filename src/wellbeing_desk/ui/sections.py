"""The pages of the sections that exist so far; the others keep their placeholders.

A section page may implement two hooks, called by the workspace:

- ``vault_opened()``: the vault was unlocked; load what the page shows
  (through the database worker, never on the GUI thread).
- ``clear_content()``: the vault is locking; drop every piece of content the
  page holds (models, text, caches). It must not ask anything.
"""

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.directory.page import DirectoryPage
from wellbeing_desk.ui.journal.section import JournalSection
from wellbeing_desk.ui.today.page import TodayPage
from wellbeing_desk.ui.worker import DatabaseWorker


def build_section_pages(worker: DatabaseWorker, parent: QWidget) -> dict[str, QWidget]:
    journal = JournalSection(worker, parent)
    today = TodayPage(worker, parent)
    today.open_plan_requested.connect(lambda: journal.show_tab("plan"))
    today.write_entry_requested.connect(journal.new_entry)
    today.entry_saved.connect(journal.entry_changed)
    return {"today": today, "journal": journal, "directory": DirectoryPage(worker, parent)}


def call_hook(page: QWidget, name: str) -> None:
    """Call ``page.<name>()`` if the page has that hook."""
    hook = getattr(page, name, None)
    if callable(hook):
        hook()
