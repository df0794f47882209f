"""Language: Qt's own words in Spanish, plural forms, the restart hint, dates, starter text.

The system locale is pinned with ``application.system_locale`` (the C locale
is what ``LANG=C.UTF-8`` gives), so the outcome does not depend on the
machine the tests run on.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import add_directory, open_directory
from wellbeing_desk.directory.starter import load_starter
from wellbeing_desk.ui import application
from wellbeing_desk.ui.directory.editor import DirectoryEditor
from wellbeing_desk.ui.export.save_file import make_open_dialog
from wellbeing_desk.ui.widgets import dates
from wellbeing_desk.vault.directory import DirectoryEntry
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput


@pytest.fixture
def c_system(monkeypatch) -> Iterator[None]:
    """The system locale is C/POSIX, as under ``LANG=C.UTF-8``."""
    monkeypatch.setattr(application, "system_locale", QLocale.c)
    yield


def speak(qapp: QApplication, language: str) -> None:
    application.install_translators(qapp, language)


def test_a_file_dialog_in_spanish_uses_qts_own_spanish_words(qapp, c_system) -> None:
    speak(qapp, "es")
    dialog = make_open_dialog(None, "Importar", "vCard (*.vcf)")
    try:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert not [t for t in texts if "Look in" in t or "Files of" in t or "File name" in t]
        assert any(t.replace("&", "") == "Ver en:" for t in texts), texts
        assert any(t.replace("&", "") == "Ficheros de tipo:" for t in texts), texts
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("system", "1 entry", "2 entries"), ("en", "1 entry", "2 entries"),
     ("es", "1 entrada", "2 entradas"), ("fr", "1 entrée", "2 entrées"),
     ("pt", "1 contato", "2 contatos"), ("ar", "1 جهة", "2 جهة")],
)  # fmt: skip
def test_counts_use_plural_forms(
    qtbot, qapp, c_system, existing_vault, make_window, ui_vault_dir, language, one, two
) -> None:
    speak(qapp, language)
    add_directory(ui_vault_dir, [DirectoryEntryInput(name="Ana")])
    window = make_window()
    page = open_directory(qtbot, window)
    qtbot.waitUntil(lambda: page.count_label.text() == one, timeout=WORKER_TIMEOUT_MS)
    window.lock()
    # Locking closes the vault on the database thread: opened here only once it has.
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    add_directory(ui_vault_dir, [DirectoryEntryInput(name="Bea")])
    page = open_directory(qtbot, window)
    qtbot.waitUntil(lambda: page.count_label.text() == two, timeout=WORKER_TIMEOUT_MS)


def test_the_restart_hint_goes_when_the_running_language_is_chosen_again(window) -> None:
    page = window.settings_page
    running = page.language.currentData()
    other = "es" if running != "es" else "en"
    page.language.setCurrentIndex(page.language.findData(other))
    assert page.language_note.isVisibleTo(page)
    page.language.setCurrentIndex(page.language.findData(running))
    assert not page.language_note.isVisibleTo(page)


DAY = QDate(2026, 12, 6)


def test_dates_under_a_c_locale_are_unambiguous(qapp, c_system) -> None:
    speak(qapp, "system")
    assert dates.short_date_format() == "d MMM yyyy"
    assert dates.short_date(DAY) == "6 Dec 2026"
    assert "6 Dec 2026" in dates.short_date_time(QDateTime(DAY, QTime(14, 5)))
    speak(qapp, "en")  # English chosen, no country known: no guess between 6/12 and 12/6
    assert dates.short_date(DAY) == "6 Dec 2026"


def test_dates_follow_the_chosen_language_and_the_system_country(qapp, monkeypatch) -> None:
    monkeypatch.setattr(application, "system_locale", lambda: QLocale("en_GB"))
    speak(qapp, "system")
    assert dates.short_date(DAY) == "06/12/2026"
    speak(qapp, "es")  # Spanish words, and still no month-first date
    assert QLocale().language() == QLocale.Language.Spanish
    assert dates.short_date(DAY).startswith("6")
    monkeypatch.setattr(application, "system_locale", lambda: QLocale("es_MX"))
    speak(qapp, "es")
    assert QLocale().name() == "es_MX"


ACCESS_NOW = "access-now-helpline"


def starter_entry(key: str) -> DirectoryEntry:
    item = load_starter().get(key)
    return DirectoryEntry(key, item.entry, (), "", "", None)


def test_the_editor_shows_starter_text_and_labels_in_spanish_and_keeps_the_originals(
    qapp, c_system
) -> None:
    speak(qapp, "es")
    found = starter_entry(ACCESS_NOW)
    editor = DirectoryEditor()
    try:
        editor.open_entry(found)
        assert editor.secure_route.toPlainText().startswith("El primer contacto es por correo")
        labels = [row.label.text() for row in editor.contact_rows]
        assert "Página de la línea de ayuda" in labels
        assert "Helpline page" not in labels
        assert {row.remove.text().replace("&", "") for row in editor.contact_rows} == {"Quitar"}
        assert editor.contact_rows[0].remove.accessibleName() == "Quitar esta forma de contacto"
        # Saved untouched, the vault keeps what it had (so nothing counts as her edit).
        assert editor.form_entry() == found.entry
        editor.secure_route.setPlainText("Por Signal")
        assert editor.form_entry().secure_route == "Por Signal"
    finally:
        editor.deleteLater()


def test_the_editor_shows_vcard_labels_in_her_language_and_stores_them_as_they_were(
    qapp, c_system
) -> None:
    speak(qapp, "es")
    entry = DirectoryEntryInput(
        name="Ana",
        contacts=(
            ContactMethod("phone", "+52 55 1", "work"),
            ContactMethod("phone", "+52 55 2", "cell"),
            ContactMethod("email", "a@example.org", "home"),
        ),
    )
    editor = DirectoryEditor()
    try:
        editor.open_entry(DirectoryEntry("x", entry, (), "", "", None))
        assert [row.label.text() for row in editor.contact_rows] == ["Trabajo", "Móvil", "Casa"]
        assert editor.form_entry().contacts == entry.contacts
        editor.contact_rows[0].label.setText("Oficina")
        assert editor.form_entry().contacts[0].label == "Oficina"
    finally:
        editor.deleteLater()
