"""The directory's parts on their own: names, the clipboard guard, the model, the form."""

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import (
    HOTLINE,
    LEGAL,
    PSYCHOLOGIST,
    add_directory,
    open_directory,
    settle,
)
from wellbeing_desk.directory.contacts import contact_url, split_list
from wellbeing_desk.ui.directory.names import language_name, region_name
from wellbeing_desk.ui.widgets.clipboard_guard import KDE_HINT, ClipboardGuard
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import ContactMethod


def test_languages_and_regions_are_named_in_the_interface_language() -> None:
    assert language_name("es", "en") == "Spanish"
    assert language_name("es", "es_ES") == "Español"
    assert language_name("pt-BR", "es_ES") == "Portugués (Brasil)"
    assert language_name("zz-qq", "en") == "zz-qq"
    assert region_name("MX", "es_ES") == "México"
    assert region_name("IE", "en") == "Ireland"
    assert region_name("worldwide", "en") == "Worldwide"


def test_form_lists_and_contact_urls() -> None:
    assert split_list("es, en pt-BR,,es") == ("en", "es", "pt-BR")
    assert contact_url(ContactMethod("email", "a@b.org")) == "mailto:a@b.org"
    assert contact_url(ContactMethod("website", "example.org")) == "https://example.org"
    assert contact_url(ContactMethod("website", "http://x.org")) == "http://x.org"


def test_clipboard_guard_marks_the_copy_and_clears_only_its_own(qapp) -> None:
    board = QGuiApplication.clipboard()
    guard = ClipboardGuard(clear_after_ms=30_000)
    assert guard.clear_after_ms == 30_000
    guard.copy("+52 55 1234 5678")
    assert board.text() == "+52 55 1234 5678"
    assert bytes(board.mimeData().data(KDE_HINT).data()) == b"secret"
    assert guard.pending
    guard.expire_now()
    assert board.text() == ""
    assert not guard.pending

    guard.copy("ana@example.org")
    board.setText("something she copied herself")
    guard.expire_now()
    assert board.text() == "something she copied herself"
    assert not guard.clear_if_ours()
    board.clear()


def test_clipboard_guard_real_timer(qtbot) -> None:
    guard = ClipboardGuard(clear_after_ms=10)
    with qtbot.waitSignal(guard.cleared, timeout=WORKER_TIMEOUT_MS):
        guard.copy("short-lived")
    assert QGuiApplication.clipboard().text() == ""


@pytest.mark.usefixtures("existing_vault")
def test_model_passes_the_model_tester(qtbot, qtmodeltester, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL, HOTLINE])
    page = open_directory(qtbot, window)
    model = page.model
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.set_filter(DirectoryFilter(text="dublin"))
    settle(qtbot, window, page)
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    assert "Legal Aid Dublin" in model.index(0, 0).data()
    assert model.index(0, 0).data().startswith("★ ")
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_starter_text_follows_the_interface_language_unless_she_edited_it(qapp) -> None:
    from dataclasses import replace

    from PySide6.QtCore import QLocale

    from wellbeing_desk.directory.starter import load_starter
    from wellbeing_desk.ui.directory.names import shown_text
    from wellbeing_desk.vault.directory import DirectoryEntry

    item = load_starter().entries[0]
    found = DirectoryEntry("id", item.entry, (), "", "", None)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("es"))
        assert shown_text(found, "description") == item.text("description", "es")
        assert shown_text(found, "description") != item.entry.description
        edited = DirectoryEntry(
            "id", replace(item.entry, description="Mías."), ("description",), "", "", None
        )
        assert shown_text(edited, "description") == "Mías."
    finally:
        QLocale.setDefault(before)
