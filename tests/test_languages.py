"""One list of interface languages, read the same by the app, the command line and the vault."""

import pytest

from wellbeing_desk.cli.language import locale_language
from wellbeing_desk.languages import UI_LANGUAGES, interface_language, is_right_to_left
from wellbeing_desk.vault.directory import INDEX_LANGUAGES


def test_the_vault_indexes_place_names_in_every_ui_language() -> None:
    # The vault imports nothing of the app, so it keeps its own copy of the list.
    assert INDEX_LANGUAGES == UI_LANGUAGES


@pytest.mark.parametrize(
    ("name", "language"),
    [("fr_FR.UTF-8", "fr"), ("pt_BR", "pt"), ("pt-PT", "pt"), ("ar_EG.UTF-8", "ar"),
     ("es_MX", "es"), ("de_DE.UTF-8", "en"), ("C.UTF-8", "en"), ("POSIX", "en"), ("", "en")],
)  # fmt: skip
def test_a_locale_name_gives_its_interface_language(name: str, language: str) -> None:
    assert interface_language(name) == language


def test_the_command_line_reads_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert locale_language() == "pt"
    monkeypatch.setenv("LC_ALL", "ar_LB.UTF-8")  # LC_ALL wins, as in libc
    assert locale_language() == "ar"


def test_only_arabic_is_written_right_to_left() -> None:
    assert [code for code in UI_LANGUAGES if is_right_to_left(code)] == ["ar"]
    assert is_right_to_left("ar_SA")


def test_the_command_lines_own_words_exist_in_every_language() -> None:
    from wellbeing_desk.cli.debrief_words import WORDS

    assert list(WORDS) == list(UI_LANGUAGES)
    for language, words in WORDS.items():
        assert set(words) == set(WORDS["en"]), language
        assert all(text.strip() for text in words.values()), language
