"""Support shortcuts leave no hidden filters (issue 10 §4, CARE.md §2).

``DirectoryPage.show_support`` lists counselling, trauma care, peer support
and helplines in every language (hers first); the filter shows in the
category box, "Clear filters" lists everything again, and an entry she adds
or imports is never hidden by a filter she did not choose.
"""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import (
    HOTLINE,
    LEGAL,
    PSYCHOLOGIST,
    add_directory,
    names,
    open_directory,
    settle,
)
from tests.ui.directory.test_import_export import TWO_CARDS, finish_import, start_import, write
from wellbeing_desk.ui.directory.page import DirectoryPage
from wellbeing_desk.vault.directory import SUPPORT

pytestmark = pytest.mark.usefixtures("existing_vault")
COUNSELLOR = replace(PSYCHOLOGIST, name="Dr Amal Haddad", languages=("en", "ar"))
EVERYONE = ["Digital Help Line", "Dr Amal Haddad", "Legal Aid Dublin", "Psicóloga Ana Ruiz"]
NOTHING_YET = (
    "You have not added a counsellor or helpline you trust yet. Add one in your language, "
    "so it is here offline when you need it."
)


@pytest.fixture
def page(qtbot, window, ui_vault_dir) -> DirectoryPage:
    add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL, HOTLINE, COUNSELLOR])
    return open_directory(qtbot, window)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_entry(qtbot, window, page: DirectoryPage, name: str) -> None:
    page.new_entry()
    page.editor.name.setText(name)
    page.save()
    qtbot.waitUntil(lambda: not page.editor.is_open, timeout=WORKER_TIMEOUT_MS)
    settle(qtbot, window, page)


def test_the_shortcut_shows_its_filter_and_clear_filters_shows_everything(
    qtbot, window, page
) -> None:
    f = page.filters
    assert names(page) == EVERYONE
    assert not f.reset_button.isEnabled()  # nothing to clear
    # Whatever she had chosen before, the shortcut starts from a clean page.
    f.search.setText("legal")
    f.language.setCurrentIndex(f.language.findData("en"))
    f.favourites.setChecked(True)
    settle(qtbot, window, page)
    assert names(page) == ["Legal Aid Dublin"]

    page.show_support("es")
    settle(qtbot, window, page)
    # Every language, Spanish first; helplines of any kind of help are support too.
    assert names(page) == ["Digital Help Line", "Psicóloga Ana Ruiz", "Dr Amal Haddad"]
    assert f.search.text() == ""
    assert f.category.currentData() == SUPPORT
    assert f.category.currentText() == "Support and helplines"
    assert f.category.isVisible()
    assert f.language.currentData() == "" and not f.favourites.isChecked()
    assert f.reset_button.text() == "Clea&r filters"

    click(qtbot, f.reset_button)
    settle(qtbot, window, page)
    assert names(page) == EVERYONE  # by name again
    assert f.category.currentText() == "Any category"
    assert not f.reset_button.isEnabled()


def test_nothing_found_says_what_to_add(qtbot, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [LEGAL])
    page = open_directory(qtbot, window)
    page.show_support("en")
    settle(qtbot, window, page)
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == NOTHING_YET
    page.filters.search.setText("dublin")  # her own search: the usual words
    settle(qtbot, window, page)
    assert "Nothing matches" in page.empty_label.text()


def test_a_new_entry_is_not_hidden_by_the_shortcuts_filter(qtbot, window, page) -> None:
    page.show_support("en")
    settle(qtbot, window, page)
    assert "Legal Aid Dublin" not in names(page)

    add_entry(qtbot, window, page, "Casa de Acogida")  # no category: not support
    assert page.filters.category.currentData() == ""  # the shortcut's filter is off
    assert names(page) == sorted([*EVERYONE, "Casa de Acogida"])
    qtbot.waitUntil(lambda: page.detail.name.text() == "Casa de Acogida", timeout=WORKER_TIMEOUT_MS)
    assert page.notice.label.text() == "Saved."


def test_an_import_is_not_hidden_by_the_shortcuts_filter(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    page.show_support("es")
    settle(qtbot, window, page)
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "c.vcf", TWO_CARDS))
    finish_import(qtbot, window, page, dialog)
    assert page.filters.category.currentData() == ""
    assert {"Pérez, María", "Red de Defensoras"} <= set(names(page))
    assert len(names(page)) == 6
    assert "2 entries imported" in page.notice.label.text()


def test_her_own_filter_hiding_a_new_entry_is_said_and_undone_in_one_click(
    qtbot, window, page
) -> None:
    f = page.filters
    page.show_support("en")
    settle(qtbot, window, page)
    # She chooses "Support and helplines" herself: now the filter is hers, and stays.
    index = f.category.findData(SUPPORT)
    f.category.setCurrentIndex(index)
    f.category.activated.emit(index)
    settle(qtbot, window, page)
    assert not f.set_by_shortcut()

    add_entry(qtbot, window, page, "Casa de Acogida")
    assert f.category.currentData() == SUPPORT
    assert "Casa de Acogida" not in names(page)
    qtbot.waitUntil(
        lambda: page.notice.label.text() == "Saved. Your search or filters hide it.",
        timeout=WORKER_TIMEOUT_MS,
    )
    assert page.notice.action.text() == "Show all"
    click(qtbot, page.notice.action)
    settle(qtbot, window, page)
    assert names(page) == sorted([*EVERYONE, "Casa de Acogida"])
    assert f.category.currentData() == ""
    qtbot.waitUntil(lambda: page.detail.name.text() == "Casa de Acogida", timeout=WORKER_TIMEOUT_MS)


def test_deleting_still_offers_undo(qtbot, window, page) -> None:
    """The notice's button does what its words say: here, bring the entry back."""
    page.select_id(page.model.ids()[0])
    page.delete_selected()
    settle(qtbot, window, page)
    assert page.notice.action.text() == "Undo"
    click(qtbot, page.notice.action)
    settle(qtbot, window, page)
    assert names(page) == EVERYONE


def test_search_finds_support_by_what_it_is(qtbot, window, page) -> None:
    for query in ("terapia", "counsellors", "psicólog"):
        page.filters.search.setText(query)
        settle(qtbot, window, page)
        assert names(page) == ["Dr Amal Haddad", "Psicóloga Ana Ruiz"], query
    page.filters.search.setText("línea")
    settle(qtbot, window, page)
    assert names(page) == ["Digital Help Line"]


def test_the_shortcut_after_locking_starts_clean(qtbot, window, page) -> None:
    page.show_support("en")
    settle(qtbot, window, page)
    window.lock()
    qtbot.waitUntil(lambda: not page._active, timeout=WORKER_TIMEOUT_MS)
    assert page.filters.category.currentData() == ""
    assert not page.filters.set_by_shortcut()
    page.show_support("en")  # locked: nothing happens
    assert page.filters.category.currentData() == ""
