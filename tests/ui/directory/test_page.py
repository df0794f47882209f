"""The Directory page driven like a person would: typing, facets, copy, links, the form."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication

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
from tests.ui.journal.keyboard import focused, press
from tests.ui.journal.support import run
from wellbeing_desk.ui.widgets.clipboard_guard import KDE_HINT
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault.directory import DirectoryFilter

pytestmark = pytest.mark.usefixtures("existing_vault")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def directory(qtbot, window, ui_vault_dir):
    ids = add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL, HOTLINE])
    page = open_directory(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page, dict(zip(("psychologist", "legal", "hotline"), ids, strict=True))


def wait_detail(qtbot, page, name: str) -> None:
    qtbot.waitUntil(lambda: page.detail.name.text() == name, timeout=WORKER_TIMEOUT_MS)


def test_typing_without_accents_finds_the_entry(qtbot, window, directory) -> None:
    page, _ = directory
    assert names(page) == ["Digital Help Line", "Legal Aid Dublin", "Psicóloga Ana Ruiz"]
    assert page.count_label.text() == "3 entries"
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_F, modifier=CTRL)
    assert focused() is page.filters.search
    press(qtbot, "psicologa")
    settle(qtbot, window, page)
    assert names(page) == ["Psicóloga Ana Ruiz"]
    wait_detail(qtbot, page, "Psicóloga Ana Ruiz")  # the only match is shown at once
    assert page.model.queries <= 1 + len("psicologa")

    page.filters.search.setText("")
    press(qtbot, "mexico")  # a country name, in either language
    settle(qtbot, window, page)
    assert names(page) == ["Psicóloga Ana Ruiz"]
    page.filters.search.setText("nothing like this")
    settle(qtbot, window, page)
    assert page.model.rowCount() == 0
    assert page.list_stack.currentWidget() is page.empty_label
    assert "Nothing matches" in page.empty_label.text()
    assert page.right.currentWidget() is page.hint
    press(qtbot, Qt.Key.Key_Escape)


def test_facets_narrow_the_list(qtbot, window, directory) -> None:
    page, _ = directory
    f = page.filters
    assert [f.language.itemText(i) for i in range(f.language.count())] == [
        "Any language",
        "English",
        "Irish",
        "Portuguese",
        "Spanish",
    ]
    assert f.region.itemText(1) == "Worldwide"
    assert f.region.findText("Mexico") > 0

    f.category.setCurrentIndex(f.category.findData("legal_support"))
    settle(qtbot, window, page)
    assert names(page) == ["Legal Aid Dublin"]
    assert f.category.currentText() == "Legal support"
    f.category.setCurrentIndex(0)

    f.language.setCurrentIndex(f.language.findData("es"))
    settle(qtbot, window, page)
    assert names(page) == ["Digital Help Line", "Psicóloga Ana Ruiz"]
    f.region.setCurrentIndex(f.region.findData("MX"))  # a country also matches worldwide
    settle(qtbot, window, page)
    assert names(page) == ["Digital Help Line", "Psicóloga Ana Ruiz"]
    f.kind.setCurrentIndex(f.kind.findData("person"))
    settle(qtbot, window, page)
    assert names(page) == ["Psicóloga Ana Ruiz"]

    f.reset_filters()
    settle(qtbot, window, page)
    assert page.model.rowCount() == 3
    f.favourites.setChecked(True)
    settle(qtbot, window, page)
    assert names(page) == ["Legal Aid Dublin"]
    f.favourites.setChecked(False)
    f.experienced.setChecked(True)
    settle(qtbot, window, page)
    assert names(page) == ["Psicóloga Ana Ruiz"]


def test_detail_shows_every_field(qtbot, window, directory) -> None:
    page, ids = directory
    page.select_id(ids["psychologist"])
    wait_detail(qtbot, page, "Psicóloga Ana Ruiz")
    d = page.detail
    assert d.subtitle.text() == "Consultorio Ruiz · Person"
    assert d.description.text() == PSYCHOLOGIST.description
    texts = {key: label.text() for key, label in d.fields.items()}
    assert texts["secure_route"] == "Signal first, then a call."
    assert texts["categories"] == "Counselling, Trauma care"
    assert texts["languages"] == "Spanish"
    assert texts["regions"] == "Mexico"
    assert texts["hours"] == "Mon–Fri 9–17"
    assert texts["time_zone"] == "America/Mexico_City"
    assert texts["cost"] == "Sliding scale"
    assert texts["who_qualifies"] == PSYCHOLOGIST.who_qualifies
    assert texts["experienced"] == "Yes"
    assert "2024" in texts["last_checked"]
    assert texts["safety_notes"] == PSYCHOLOGIST.safety_notes
    assert texts["notes"] == "Recommended by Lucía."
    assert texts["source"] == "Added by you"
    assert not d.source_note.isVisible()
    assert len(d.copy_buttons()) == 3
    assert len(d.open_buttons()) == 2
    values = [w.text() for w in d.contact_widgets if w.objectName() != "muted"]
    assert "+52 55 1234 5678" in values
    for button in d.copy_buttons() + d.open_buttons():
        assert button.accessibleName()
    assert not d.favourite.isChecked()

    page.select_id(ids["hotline"])
    wait_detail(qtbot, page, "Digital Help Line")
    assert d.fields["languages"].text() == "English, Spanish, Portuguese (Brazil)"
    assert d.fields["regions"].text() == "Worldwide"
    assert not d.form.isRowVisible(d.fields["hours"])


def test_copy_marks_the_clipboard_and_clears_it(qtbot, window, directory) -> None:
    page, ids = directory
    board = QGuiApplication.clipboard()
    page.select_id(ids["psychologist"])
    wait_detail(qtbot, page, "Psicóloga Ana Ruiz")
    copy_phone = page.detail.copy_buttons()[0]
    qtbot.mouseClick(copy_phone, Qt.MouseButton.LeftButton)
    assert board.text() == "+52 55 1234 5678"
    assert bytes(board.mimeData().data(KDE_HINT).data()) == b"secret"
    assert "cleared in 30 seconds" in page.notice.label.text()
    page.clipboard.expire_now()
    assert board.text() == ""

    # Something she copied since is left alone.
    qtbot.mouseClick(page.detail.copy_buttons()[1], Qt.MouseButton.LeftButton)
    assert board.text() == "ana@example.org"
    board.setText("her own words")
    page.clipboard.expire_now()
    assert board.text() == "her own words"

    # Ctrl+C in the list copies the first contact; locking clears it.
    page.focus_list()
    press(qtbot, Qt.Key.Key_C, modifier=CTRL)
    assert board.text() == "+52 55 1234 5678"
    window.lock()
    assert board.text() == ""
    assert not page.clipboard.pending


def test_opening_a_link_asks_first(qtbot, window, directory, monkeypatch) -> None:
    page, ids = directory
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    page.select_id(ids["psychologist"])
    wait_detail(qtbot, page, "Psicóloga Ana Ruiz")
    email, website = page.detail.open_buttons()

    MessageBox.set_next_answer(Button.No)
    qtbot.mouseClick(website, Qt.MouseButton.LeftButton)
    assert MessageBox.shown_texts and "https://example.org/ana" in MessageBox.shown_texts[-1]
    assert opened == []

    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    assert opened == ["mailto:ana@example.org"]


def test_add_edit_delete_and_undo_by_keyboard(qtbot, window, directory) -> None:
    page, _ = directory
    page.focus_list()
    press(qtbot, Qt.Key.Key_N, modifier=CTRL)
    assert page.right.currentWidget() is page.editor
    assert focused() is page.editor.name
    assert not page.view.isEnabled()

    press(qtbot, Qt.Key.Key_S, modifier=CTRL)  # no name yet
    assert page.editor.error.text() == "Please give the entry a name."
    assert focused() is page.editor.name

    press(qtbot, "Refugio Seguro", Qt.Key.Key_Tab, "Red de Apoyo")
    page.editor.languages.setFocus()
    press(qtbot, "es, en")
    page.editor.add_contact_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is page.editor.contact_rows[0].value
    press(qtbot, "+34 600 000 000", Qt.Key.Key_Tab, "night line")
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)
    qtbot.waitUntil(lambda: not page.editor.is_open, timeout=WORKER_TIMEOUT_MS)
    settle(qtbot, window, page)
    assert "Refugio Seguro" in names(page)
    wait_detail(qtbot, page, "Refugio Seguro")
    assert page.selected_id() == page.detail_id()
    assert page.detail.fields["languages"].text() == "English, Spanish"
    new_id = page.detail_id()
    stored = run(qtbot, window, lambda v: v.directory.get(new_id)).entry
    assert stored.organisation == "Red de Apoyo"
    assert stored.contacts[0].value == "+34 600 000 000"
    assert stored.contacts[0].label == "night line"

    # Enter edits the chosen entry; Ctrl+S saves the change.
    page.focus_list()
    press(qtbot, Qt.Key.Key_Return)
    assert page.editor.is_open
    assert page.editor.name.text() == "Refugio Seguro"
    page.editor.hours.setFocus()
    press(qtbot, "day and night")
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)
    qtbot.waitUntil(lambda: not page.editor.is_open, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: page.detail.fields["hours"].text() == "day and night", timeout=WORKER_TIMEOUT_MS
    )

    # Escape leaves the form without saving.
    page.focus_list()
    press(qtbot, Qt.Key.Key_Return)
    page.editor.hours.setFocus()
    press(qtbot, " and never", Qt.Key.Key_Escape)
    assert not page.editor.is_open
    wait_detail(qtbot, page, "Refugio Seguro")
    assert page.detail.fields["hours"].text() == "day and night"

    # Ctrl+D marks it a favourite.
    press(qtbot, Qt.Key.Key_D, modifier=CTRL)
    qtbot.waitUntil(page.detail.favourite.isChecked, timeout=WORKER_TIMEOUT_MS)
    assert run(qtbot, window, lambda v: v.directory.get(new_id).entry.favourite)

    # Delete, then Undo; Delete again, then Ctrl+Z.
    page.focus_list()
    assert page.selected_id() == new_id
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Refugio Seguro" not in names(page), timeout=WORKER_TIMEOUT_MS)
    assert page.notice.label.text() == "Entry deleted."
    qtbot.mouseClick(page.notice.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Refugio Seguro" in names(page), timeout=WORKER_TIMEOUT_MS)
    wait_detail(qtbot, page, "Refugio Seguro")
    page.focus_list()
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Refugio Seguro" not in names(page), timeout=WORKER_TIMEOUT_MS)
    assert run(qtbot, window, lambda v: v.directory.count(DirectoryFilter(trash=True))) == 1
    press(qtbot, Qt.Key.Key_Z, modifier=CTRL)
    qtbot.waitUntil(lambda: "Refugio Seguro" in names(page), timeout=WORKER_TIMEOUT_MS)
    assert run(qtbot, window, lambda v: v.directory.count(DirectoryFilter(trash=True))) == 0


def test_bad_values_get_one_clear_message(qtbot, window, directory) -> None:
    page, _ = directory
    page.new_entry()
    page.editor.name.setText("Somewhere")
    page.editor.regions.setText("Mexico")
    page.save()
    assert page.editor.error.text() == (
        "Regions are written as two-letter country codes such as MX, or worldwide."
    )
    assert focused() is page.editor.regions
    page.editor.regions.setText("MX")
    page.editor.add_contact(None)
    page.save()
    assert "needs a number" in page.editor.error.text()
    assert page.editor.is_open


def test_editing_a_starter_entry_is_remembered(qtbot, window, ui_vault_dir) -> None:
    starter = replace(HOTLINE, source="starter", starter_key="digital-help")
    (entry_id,) = add_directory(ui_vault_dir, [starter])
    page = open_directory(qtbot, window)
    wait_detail(qtbot, page, "Digital Help Line")
    assert page.detail.source_note.isVisible()
    assert page.detail.source_note.text().startswith("From the starter directory")
    assert "check before relying on it" in page.detail.source_note.text()

    page.edit_selected()
    assert page.editor.is_open
    page.editor.hours.setText("Around the clock")
    page.save()
    qtbot.waitUntil(lambda: not page.editor.is_open, timeout=WORKER_TIMEOUT_MS)
    found = run(qtbot, window, lambda v: v.directory.get(entry_id))
    assert found.edited_fields == ("hours",)
    assert found.entry.source == "starter"
    assert found.entry.starter_key == "digital-help"
    wait_detail(qtbot, page, "Digital Help Line")
    qtbot.waitUntil(
        lambda: page.detail.fields["source"].text() == "The starter directory, with your changes",
        timeout=WORKER_TIMEOUT_MS,
    )


def test_every_control_has_an_accessible_name(qtbot, window, directory) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

    page, _ = directory
    page.new_entry()
    page.editor.add_contact(None)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)
    unnamed = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(page)
        and not w.accessibleName()
        and not isinstance(w.parent(), QComboBox)
        and w.objectName() != "qt_spinbox_lineedit"
    ]
    assert unnamed == []


def test_a_pasted_control_character_is_named_not_saved(qtbot, window, directory) -> None:
    """Issue 11.11: a bidi override pasted into a name is refused with a sentence she can act on."""
    page, _ = directory
    before = names(page)
    page.focus_list()
    press(qtbot, Qt.Key.Key_N, modifier=CTRL)
    page.editor.name.setText("Ana \u202eziuR")  # as a paste would put it there
    press(qtbot, Qt.Key.Key_S, modifier=CTRL)
    assert "invisible control character" in page.editor.error.text()
    assert page.right.currentWidget() is page.editor
    press(qtbot, Qt.Key.Key_Escape)
    settle(qtbot, window, page)
    assert names(page) == before
