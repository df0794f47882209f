"""The five interface languages: each by its own name in Settings, each with Qt's own words.

The system locale is pinned (``application.system_locale``), so the outcome
does not depend on the machine the tests run on.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from wellbeing_desk.languages import NATIVE_NAMES, UI_LANGUAGES
from wellbeing_desk.ui import application
from wellbeing_desk.ui.settings.page import SettingsPage
from wellbeing_desk.ui.settings_store import LANGUAGES


@pytest.fixture
def system(monkeypatch) -> Iterator[list[QLocale]]:
    """The system locale, as the test sets it (C/POSIX unless changed)."""
    chosen = [QLocale.c()]
    monkeypatch.setattr(application, "system_locale", lambda: chosen[0])
    yield chosen
    application.install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_settings_lists_each_language_by_its_own_name(qtbot, settings_store) -> None:
    page = SettingsPage(settings_store)
    qtbot.addWidget(page)
    shown = {
        page.language.itemData(i): page.language.itemText(i) for i in range(page.language.count())
    }
    assert list(shown) == list(LANGUAGES) == ["system", *UI_LANGUAGES]
    assert [shown[code] for code in UI_LANGUAGES] == [
        "English", "Español", "Français", "Português", "العربية"
    ]  # fmt: skip
    assert NATIVE_NAMES["ar"] == "العربية"


@pytest.mark.parametrize(
    ("system_name", "choice", "word"),
    [
        ("C", "fr", "Déverrouiller"),
        ("C", "pt", "Desbloquear"),
        ("C", "ar", "فتح"),
        ("fr_CA", "system", "Déverrouiller"),
        ("pt_PT", "system", "Desbloquear"),  # Portuguese of Portugal reads the Brazilian file
        ("ar_MA", "system", "فتح"),
    ],
)
def test_each_language_loads_with_qts_own_words(
    qapp, system, system_name: str, choice: str, word: str
) -> None:
    system[0] = QLocale(system_name)
    loaded = application.install_translators(qapp, choice)
    assert loaded == ["wellbeing_desk", "qtbase"]  # Qt's own buttons in the language too
    from wellbeing_desk.ui.unlock.unlock_page import UnlockPage

    page = UnlockPage()
    try:
        assert word in page.unlock_button.text().replace("&", "")
    finally:
        page.deleteLater()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
