"""Showing the Directory section from the debrief: its counselling entries, or one entry.

Used by the section wiring (``ui/sections.py``); it drives the Directory
page through its filter bar, as she would, and shows the section through the
workspace found up the widget tree.
"""

from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.directory.page import DirectoryPage

COUNSELLING = "counselling"


def show_section(page: QWidget, key: str) -> None:
    workspace = page.parent()
    while workspace is not None and not hasattr(workspace, "show_section"):
        workspace = workspace.parent()
    if workspace is not None:
        workspace.show_section(key)


def show_counselling(directory: DirectoryPage, language: str = "") -> None:
    """The Directory with only counselling entries, in ``language`` when she has entries in it."""
    bar = directory.filters
    combos = (bar.category, bar.language, bar.region, bar.kind)
    boxes = (bar.favourites, bar.experienced, bar.open_now)
    widgets = (bar.search, *combos, *boxes)
    blocked = [w.blockSignals(True) for w in widgets]
    bar.search.setText("")
    for combo in combos:
        combo.setCurrentIndex(0)
    for box in boxes:
        box.setChecked(False)
    bar.category.setCurrentIndex(max(0, bar.category.findData(COUNSELLING)))
    if language:
        bar.language.setCurrentIndex(max(0, bar.language.findData(language)))
    for widget, was in zip(widgets, blocked, strict=True):
        widget.blockSignals(was)
    show_section(directory, "directory")
    bar.changed.emit()


def show_entry(directory: DirectoryPage, entry_id: str) -> None:
    """The Directory with every entry listed and ``entry_id`` chosen, its detail shown."""
    done = False

    def arrived() -> None:
        nonlocal done
        if done:
            return
        done = True
        directory.model.results_arrived.disconnect(arrived)
        directory.select_id(entry_id)

    bar = directory.filters
    blocked = bar.search.blockSignals(True)
    bar.search.setText("")
    bar.search.blockSignals(blocked)
    directory.model.results_arrived.connect(arrived)
    show_section(directory, "directory")
    bar.reset_filters()  # emits "changed": the list reloads, then ``arrived`` chooses the entry
