"""Search everywhere, driven like a person: Ctrl+K, typing, arrows, Enter, Esc, lock."""

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.directory.support import directory_page
from tests.ui.search.support import (
    Records,
    add_records,
    ctrl,
    focused,
    open_with_ctrl_k,
    settle,
    type_query,
)
from wellbeing_desk.ui.help_dialog import HelpDialog
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.search import SearchPalette, open_palette
from wellbeing_desk.ui.search.model import HitRole, SectionRole
from wellbeing_desk.vault.search import SearchHit

SECTIONS = ("journal", "debrief", "directory", "notes")


@pytest.fixture
def records(existing_vault: Path) -> Records:
    return add_records(existing_vault)


def current_hit(palette: SearchPalette) -> SearchHit:
    hit = palette.view.currentIndex().data(HitRole)
    assert isinstance(hit, SearchHit)
    return hit


def test_ctrl_k_opens_a_calm_empty_palette(qtbot, records: Records, window: MainWindow) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    assert palette.isVisible()
    assert focused() is palette.field
    assert palette.status.text() == "Type to search your journal, debriefs, directory and notes."
    assert palette.body.currentWidget() is palette.status
    assert palette.model.rowCount() == 0
    assert palette.model.searches == 0  # nothing asked before she types


def test_accents_and_case_do_not_matter_and_every_section_answers(
    qtbot, records: Records, window: MainWindow
) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "CAFE")
    model = palette.model
    assert model.sections() == list(SECTIONS)
    assert model.hit_count == 4
    # Each heading comes before its section's results; headings cannot be chosen.
    assert model.is_heading(0)
    assert model.index(0, 0).data() == "Journal"
    headings = [model.index(r, 0).data() for r in range(model.rowCount()) if model.is_heading(r)]
    assert headings == ["Journal", "Debriefs", "Directory", "Notes"]
    for row in range(model.rowCount()):
        selectable = bool(model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable)
        assert selectable is not model.is_heading(row)
    ids = {model.hit(r).section: model.hit(r).id for r in range(model.rowCount()) if model.hit(r)}
    assert ids == {s: records.id_of(s) for s in SECTIONS}
    # The first result is chosen at once; matches are bold in the snippet.
    assert current_hit(palette).section == "journal"
    assert palette.body.currentWidget() is palette.view
    journal_row = model.first_hit()
    assert "<b>café</b>" in model.index(journal_row, 0).data(Qt.ItemDataRole.UserRole + 6)
    assert model.index(journal_row, 0).data(Qt.ItemDataRole.UserRole + 5)  # a date
    described = model.index(journal_row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert described.startswith("Journal: Coffee at the café with Ana")


def test_nothing_matches_says_so(qtbot, records: Records, window: MainWindow) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "zebra")
    assert palette.model.rowCount() == 0
    assert palette.status.text() == "Nothing matches. Try other words, or fewer of them."
    palette.field.setText("")
    assert palette.status.text() == "Type to search your journal, debriefs, directory and notes."


def test_typing_is_debounced_and_late_answers_are_dropped(
    qtbot, records: Records, window: MainWindow
) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    qtbot.keyClicks(palette.field, "cafe soli")
    settle(qtbot, window, palette)
    assert palette.model.searches == 1  # one search once she stopped typing
    assert palette.model.sections() == ["directory"]

    # An answer to an older question never replaces the newer one.
    palette.model.search("cafe")
    palette.model.search("legal")
    settle(qtbot, window, palette)
    assert [palette.model.hit(r).title for r in range(1, palette.model.rowCount())] == [
        "Legal Aid Dublin"
    ]


@pytest.mark.parametrize("section", SECTIONS)
def test_arrows_and_enter_open_the_record_in_its_page(
    qtbot, records: Records, window: MainWindow, section: str, monkeypatch
) -> None:
    unlock(qtbot, window)
    notes_page = window.workspace.pages["notes"]
    opened_notes: list[str] = []
    if section == "notes" and callable(getattr(notes_page, "open_record", None)):
        # The Notes page opens a note itself; here: it is asked to, with the right id.
        monkeypatch.setattr(notes_page, "open_record", opened_notes.append)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "Cafe")
    for _ in range(SECTIONS.index(section)):
        qtbot.keyClick(palette.field, Qt.Key.Key_Down)  # the headings are skipped
    assert current_hit(palette).section == section
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)

    assert not shiboken6.isValid(palette) or not palette.isVisible()
    assert open_palette() is None
    assert window.workspace.current_section() == section
    wanted = records.id_of(section)
    page = window.workspace.pages[section]
    if section == "journal":
        entries = page.entries  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: entries.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
        assert entries.editor.record_id == wanted
        assert entries.stack.currentWidget() is entries.editor
    elif section == "debrief":
        qtbot.waitUntil(
            lambda: page.session is not None and page.session.record_id == wanted,  # type: ignore[attr-defined]
            timeout=WORKER_TIMEOUT_MS,
        )
        assert page.stack.currentWidget() is page.wizard  # type: ignore[attr-defined]
    elif section == "directory":
        directory = directory_page(window)
        qtbot.waitUntil(lambda: directory.detail_id() == wanted, timeout=WORKER_TIMEOUT_MS)
        assert directory.selected_id() == wanted
        assert directory.filters.search.text() == ""
    elif callable(getattr(notes_page, "open_record", None)):
        assert opened_notes == [wanted]
    # else: the Notes page is still a placeholder; the section is shown (asserted above).
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def test_up_and_down_skip_headings_both_ways(qtbot, records: Records, window) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "cafe")
    seen = [current_hit(palette).section]
    for _ in range(5):  # past the end it stays on the last result
        qtbot.keyClick(palette.field, Qt.Key.Key_Down)
        seen.append(current_hit(palette).section)
    assert seen == ["journal", "debrief", "directory", "notes", "notes", "notes"]
    qtbot.keyClick(palette.field, Qt.Key.Key_Up)
    assert palette.view.currentIndex().data(SectionRole) == "directory"
    for _ in range(5):  # before the first it stays on the first
        qtbot.keyClick(palette.field, Qt.Key.Key_Up)
    assert current_hit(palette).section == "journal"
    assert focused() is palette.field


def test_a_click_opens_a_result(qtbot, records: Records, window: MainWindow) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "cafe")
    row = palette.model.row_of("directory", records.directory)
    rect = palette.view.visualRect(palette.model.index(row, 0))
    qtbot.mouseClick(palette.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.current_section() == "directory"
    directory = directory_page(window)
    qtbot.waitUntil(lambda: directory.detail_id() == records.directory, timeout=WORKER_TIMEOUT_MS)


def test_enter_before_the_answer_opens_its_first_result(
    qtbot, records: Records, window: MainWindow
) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    qtbot.keyClicks(palette.field, "solidario")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)  # at once, before the 150 ms pause
    qtbot.waitUntil(lambda: open_palette() is None, timeout=WORKER_TIMEOUT_MS)
    assert window.workspace.current_section() == "directory"
    directory = directory_page(window)
    qtbot.waitUntil(lambda: directory.detail_id() == records.directory, timeout=WORKER_TIMEOUT_MS)


def test_esc_closes_and_gives_the_focus_back(qtbot, records: Records, window) -> None:
    unlock(qtbot, window)
    window.workspace.show_section("directory")
    directory = directory_page(window)
    qtbot.waitUntil(directory.view.isVisible, timeout=WORKER_TIMEOUT_MS)
    directory.focus_search()
    before = focused()
    assert before is directory.filters.search
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "cafe")
    model = palette.model
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_palette() is None, timeout=WORKER_TIMEOUT_MS)
    assert model.rowCount() == 0
    qtbot.waitUntil(lambda: focused() is before, timeout=WORKER_TIMEOUT_MS)
    assert window.workspace.current_section() == "directory"


def test_ctrl_k_again_keeps_one_palette(qtbot, records: Records, window: MainWindow) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    qtbot.keyClicks(palette.field, "cafe")
    qtbot.keyClick(palette.field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert open_palette() is palette
    assert [w for w in visible_dialogs() if isinstance(w, SearchPalette)] == [palette]
    assert palette.field.selectedText() == "cafe"
    settle(qtbot, window, palette)


def test_lock_closes_the_palette_and_forgets_every_result(
    qtbot, records: Records, window: MainWindow
) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "cafe")
    model, field = palette.model, palette.field
    assert model.rowCount() > 0
    palette.field.setText("café solidario")  # a search on its way when the lock comes
    palette.search_now()
    window.lock()
    assert window.state == "locked"
    assert open_palette() is None
    assert model.rowCount() == 0
    assert field.text() == ""
    assert not field.isUndoAvailable()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    qtbot.wait(50)  # deleteLater and any late answer
    assert window.findChildren(SearchPalette) == []
    # Locked: neither key opens it.
    ctrl(qtbot, window, Qt.Key.Key_K)
    ctrl(qtbot, window, Qt.Key.Key_F)
    assert open_palette() is None
    assert window.open_search() is None


def test_ctrl_f_searches_everywhere_only_where_the_page_has_no_search(
    qtbot, records: Records, window: MainWindow
) -> None:
    unlock(qtbot, window)
    assert window.workspace.current_section() == "today"
    ctrl(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: open_palette() is not None, timeout=WORKER_TIMEOUT_MS)
    palette = open_palette()
    assert palette is not None
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_palette() is None, timeout=WORKER_TIMEOUT_MS)

    # Journal and Directory keep Ctrl+F for their own search field.
    journal = window.workspace.pages["journal"]
    window.workspace.show_section("journal")
    qtbot.waitUntil(journal.entries.list.isVisible, timeout=WORKER_TIMEOUT_MS)  # type: ignore[attr-defined]
    window.workspace.nav.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_F)
    assert focused() is journal.entries.list.filters.search  # type: ignore[attr-defined]
    window.workspace.show_section("directory")
    directory = directory_page(window)
    qtbot.waitUntil(directory.view.isVisible, timeout=WORKER_TIMEOUT_MS)
    window.workspace.nav.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_F)
    assert focused() is directory.filters.search
    qtbot.wait(20)
    assert open_palette() is None

    # Insights has no search field: Ctrl+F searches everywhere there.
    journal.show_tab("insights")  # type: ignore[attr-defined]
    window.workspace.nav.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: open_palette() is not None, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def test_every_input_has_an_accessible_name(qtbot, records: Records, window) -> None:
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "cafe")
    assert palette.accessibleName() == "Search everywhere"
    assert palette.field.accessibleName() == "Search everywhere"
    assert palette.field.accessibleDescription()
    assert palette.view.accessibleName() == "Results, grouped by section"
    for widget in palette.findChildren(QLabel):
        assert widget.text() or not widget.isVisible()
    model = palette.model
    for row in range(model.rowCount()):
        assert model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_help_lists_the_search_shortcuts(qtbot, window: MainWindow) -> None:
    window.show_help()
    (dialog,) = [w for w in visible_dialogs() if isinstance(w, HelpDialog)]
    keys = {label.accessibleName(): label.text() for label in dialog.findChildren(QLabel)}
    assert keys["Search everywhere: journal, debriefs, directory and notes"] == "Ctrl+K"
    assert (
        keys["Search the list on Journal, Directory and Notes; search everywhere elsewhere"]
        == "Ctrl+F"
    )
    dialog.reject()
