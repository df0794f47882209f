"""Showing the Directory section from elsewhere: its support entries, or one entry.

Used by the section wiring (``ui/sections.py``). It asks the Directory page
through its public methods (``show_support``), never through its filter
widgets, and shows the section through the workspace found up the widget tree.
"""

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.directory.page import DirectoryPage


def show_section(page: QWidget, key: str) -> None:
    workspace = page.parent()
    while workspace is not None and not hasattr(workspace, "show_section"):
        workspace = workspace.parent()
    if workspace is not None:
        workspace.show_section(key)


def show_support(directory: DirectoryPage, language: str = "") -> None:
    """The Directory with its support and helplines, in every language, ``language`` first.

    The filter it sets shows on the page ("Support and helplines" in the
    category box) and "Clear filters" undoes it; no language filter is set.
    """
    show_section(directory, "directory")
    directory.show_support(language)


def show_entry(directory: DirectoryPage, entry_id: str) -> None:
    """The Directory with every entry listed and ``entry_id`` chosen, its detail shown."""
    show_section(directory, "directory")
    directory.open_record(entry_id)
