"""The shared passphrase judge: a hard length floor and the UI languages' common words."""

import subprocess
import sys

import pytest

from wellbeing_desk import paths
from wellbeing_desk.languages import UI_LANGUAGES
from wellbeing_desk.passphrase_strength import (
    MIN_LENGTH,
    WORD_LIST_LANGUAGES,
    estimate,
    word_list_path,
)

# Passphrases the rest of the suite relies on being strong enough.
SUITE_PASSPHRASES = [
    "quiet river morning lantern",
    "tangerine harbour whistles slowly",
    "seven lanterns over the bay",
    "fixture vault passphrase",
]


def shipped_words(language: str) -> list[str]:
    text = word_list_path(language).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


def test_the_floor_is_ten_characters_and_no_override_goes_below_it() -> None:
    assert MIN_LENGTH == 10
    for short in ("abc", "Xk9#qz!Lm", "é" * 9):
        strength = estimate(short)
        assert strength.too_short
        assert strength.weak
        assert not strength.can_override
    ten = estimate("password12")  # ten characters: weak, but her call
    assert not ten.too_short
    assert ten.weak
    assert ten.can_override


def test_the_floor_counts_characters_not_bytes() -> None:
    assert not estimate("ñandú" * 2).too_short


@pytest.mark.parametrize(
    "passphrase",
    ["te quiero mucho", "contraseña", "contrasena", "Te quiero mucho", "te-quiero-mucho"],
)
def test_common_spanish_is_weak(passphrase: str) -> None:
    assert estimate(passphrase).score <= 1


@pytest.mark.parametrize("passphrase", ["i love you so much", "love you so much"])
def test_common_english_phrases_are_weak(passphrase: str) -> None:
    assert estimate(passphrase).score <= 1


@pytest.mark.parametrize(
    "passphrase",
    ["je vous aime beaucoup", "mot de passe", "eu te amo muito", "minha senha",
     "انا في البيت", "هذا كل شيء"],
)  # fmt: skip
def test_common_french_portuguese_and_arabic_are_weak(passphrase: str) -> None:
    assert estimate(passphrase).weak


@pytest.mark.parametrize("passphrase", SUITE_PASSPHRASES)
def test_several_unrelated_words_stay_strong(passphrase: str) -> None:
    assert not estimate(passphrase).weak


def test_long_input_is_cut_not_slow() -> None:
    estimate("x" * 10_000)
    estimate("word " * 2_000)


@pytest.mark.parametrize("language", WORD_LIST_LANGUAGES)
def test_word_lists_are_shipped_ranked_lowercase_and_modest(language: str) -> None:
    path = word_list_path(language)
    assert path.parent.parent == paths.assets_dir()
    words = shipped_words(language)
    assert 20_000 <= len(words) <= 60_000
    assert len(set(words)) == len(words)
    assert all(word == word.lower() and word.isalpha() and len(word) >= 2 for word in words)
    assert path.stat().st_size <= 500_000


def test_the_lists_are_ranked_by_frequency() -> None:
    spanish, english = shipped_words("es"), shipped_words("en")
    assert spanish.index("quiero") < spanish.index("contraseña")
    assert english.index("the") < english.index("river") < english.index("lantern")


def test_word_lists_load_without_wordfreq_or_the_network() -> None:
    """At run time the asset is read; wordfreq is a build-time tool only."""
    script = (
        "import sys\n"
        "sys.modules['wordfreq'] = None\n"  # any import of it now fails
        "import zxcvbn.matching as m\n"
        "from wellbeing_desk.passphrase_strength import estimate\n"
        "before = set(m.RANKED_DICTIONARIES)\n"
        "assert estimate('contraseña').score <= 1\n"
        "after = set(m.RANKED_DICTIONARIES)\n"
        "estimate('te quiero mucho')\n"
        "assert set(m.RANKED_DICTIONARIES) == after\n"
        "print(sorted(name for name in after - before if name != 'user_inputs'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == str(sorted(f"wellbeing_desk_{code}" for code in UI_LANGUAGES))
