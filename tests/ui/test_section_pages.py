"""Every section page keeps the declared contract (``ui/section_page.SectionPage``)."""

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import unlock
from wellbeing_desk.ui.section_page import SectionPage, made_here, show_requests
from wellbeing_desk.ui.widgets.placeholder_page import PlaceholderPage

pytestmark = pytest.mark.usefixtures("existing_vault")

# Sections other pages link to: they must be able to ask to be shown.
LINKED = ("journal", "debrief", "directory", "notes")


def section_pages(window):
    return {
        key: page
        for key, page in window.workspace.pages.items()
        if key != "settings" and not isinstance(page, PlaceholderPage)
    }


def test_every_section_page_keeps_the_contract(window) -> None:
    pages = section_pages(window)
    assert set(pages) >= {"today", *LINKED}
    broken = [key for key, page in pages.items() if not isinstance(page, SectionPage)]
    assert broken == []
    assert [key for key in LINKED if show_requests(pages[key]) is None] == []


def test_a_page_asking_to_be_shown_is_shown(qtbot, window) -> None:
    unlock(qtbot, window)
    for key in LINKED:
        window.workspace.show_section("today")
        signal = show_requests(window.workspace.pages[key])
        assert signal is not None
        signal.emit()
        assert window.workspace.current_section() == key


def test_focus_first_gives_each_page_the_keyboard(qtbot, window) -> None:
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key, page in section_pages(window).items():
        window.workspace.show_section(key)
        page.focus_first()
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), key


def test_made_here_walks_up_from_who_asked(window) -> None:
    today = window.workspace.pages["today"]
    assert made_here(today, today.checkin)
    assert not made_here(today, window.workspace.pages["journal"])
    assert not made_here(today, None)
