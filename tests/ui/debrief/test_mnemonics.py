"""The wizard's Alt keys stay distinct in each language ("Tomarme un momento" vs "Terminar")."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing_desk.languages import UI_LANGUAGES
from wellbeing_desk.ui.application import install_translators

# Every button on a step of the debrief; Next and Finish share a place, so both count.
WIZARD_BUTTONS = (
    "&Take a moment",
    "&Pause and come back later",
    "&Back",
    "S&kip",
    "&Next",
    "&Finish",
)


def alt_key(text: str) -> str:
    """The letter after the single "&" ("&&" is a literal ampersand)."""
    index = text.replace("&&", "__").find("&")
    assert 0 <= index < len(text) - 1, text
    return text[index + 1].lower()


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_the_wizard_buttons_have_distinct_alt_keys(qapp, language: str) -> None:
    try:
        install_translators(qapp, language)
        texts = [QCoreApplication.translate("DebriefWizard", text) for text in WIZARD_BUTTONS]
        if language != "en":
            assert texts[0] != WIZARD_BUTTONS[0]  # the translation is there
        keys = [alt_key(text) for text in texts]
        assert len(set(keys)) == len(keys), dict(zip(texts, keys, strict=True))
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale.system())
