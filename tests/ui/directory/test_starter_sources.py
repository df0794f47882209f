"""Starter entries say where their facts come from; "checked" is only ever her own check."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import PSYCHOLOGIST, add_directory, open_directory
from tests.ui.journal.support import run
from wellbeing_desk.directory.starter import load_starter
from wellbeing_desk.ui.directory.detail import DirectoryDetail
from wellbeing_desk.vault.directory import DirectoryEntry

FLD_SOURCE = "From protectdefenders.eu, seen February 2020. Check before relying on it."


def contact_titles(detail: DirectoryDetail) -> list[str]:
    return [
        w.text()
        for w in detail.contact_widgets
        if isinstance(w, QLabel) and w.objectName() == "muted" and not w.property("contactSource")
    ]


def starter_found(key: str, edited: tuple[str, ...] = ()) -> DirectoryEntry:
    return DirectoryEntry("id", load_starter().get(key).entry, edited, "", "", None)


def test_each_shipped_contact_shows_its_source_and_the_date_seen(qtbot) -> None:
    detail = DirectoryDetail()
    qtbot.addWidget(detail)
    detail.show_entry(starter_found("front-line-defenders"))
    assert detail.contact_sources() == [FLD_SOURCE]
    assert "Phone · 24/7 emergency line" in contact_titles(detail)
    assert detail.source_note.text() == "From the starter directory — check before relying on it."
    assert detail.fields["last_checked"].text() == ""  # no check of hers

    detail.show_entry(starter_found("access-now-helpline"))
    assert detail.contact_sources() == [
        "From accessnow.org, seen July 28, 2020. Check before relying on it."
    ]
    note = detail.source_note.text()
    assert "check before relying on it (from accessnow.org, seen July 28, 2020)" in note
    assert "checked" not in note
    assert detail.fields["last_checked"].text() == ""  # a page's date is not her check


def test_her_own_entries_and_edited_dates_say_checked(qtbot) -> None:
    detail = DirectoryDetail()
    qtbot.addWidget(detail)
    detail.show_entry(starter_found("access-now-helpline", edited=("last_checked",)))
    assert "(checked " in detail.source_note.text()
    assert "2020" in detail.fields["last_checked"].text()
    detail.show_entry(DirectoryEntry("id", PSYCHOLOGIST, (), "", "", None))
    assert "2024" in detail.fields["last_checked"].text()  # hers: shown as checked
    assert detail.contact_sources() == []


def test_labels_and_seen_dates_follow_the_interface_language(qtbot) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("es"))
        detail = DirectoryDetail()
        qtbot.addWidget(detail)
        detail.show_entry(starter_found("front-line-defenders"))
        assert any("Línea de emergencia 24/7" in title for title in contact_titles(detail))
        assert "febrero de 2020" in detail.contact_sources()[0]
        detail.show_entry(starter_found("access-now-helpline"))
        assert detail.fields["secure_route"].text().startswith("El primer contacto")
    finally:
        QLocale.setDefault(before)


@pytest.mark.usefixtures("existing_vault")
def test_i_checked_this_makes_it_her_check(qtbot, window, ui_vault_dir) -> None:
    starter = load_starter()
    access_now = starter.get("access-now-helpline").entry
    fld = starter.get("front-line-defenders").entry
    (access_id, fld_id) = add_directory(ui_vault_dir, [access_now, fld])
    page = open_directory(qtbot, window)
    assert page.select_id(fld_id)
    qtbot.waitUntil(
        lambda: page.detail.name.text() == "Front Line Defenders", timeout=WORKER_TIMEOUT_MS
    )
    assert page.detail.contact_sources() == [FLD_SOURCE]
    assert page.detail.checked_button.isEnabled()

    assert page.select_id(access_id)
    qtbot.waitUntil(lambda: "seen July 28, 2020" in page.detail.source_note.text())
    qtbot.mouseClick(page.detail.checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "(checked " in page.detail.source_note.text(), timeout=WORKER_TIMEOUT_MS
    )
    assert "seen" not in page.detail.source_note.text()
    assert str(date.today().year) in page.detail.fields["last_checked"].text()
    found = run(qtbot, window, lambda v: v.directory.get(access_id))
    assert found.entry.last_checked == date.today()
    assert found.edited_fields == ("last_checked",)  # a starter update leaves her date alone
    assert page.detail.name.text() == "Access Now Digital Security Helpline"
