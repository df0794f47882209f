"""How hard a passphrase would be to guess: zxcvbn, taught the UI languages' words.

Shared by the GUI's meter and the CLI, so it imports no Qt. Three things on
top of plain zxcvbn:

- a hard floor: below ``MIN_LENGTH`` characters a passphrase is refused
  outright; above it a weak one may still be kept with an explicit override;
- the most common words of each UI language (``assets/passphrase_words``,
  built by ``scripts/build_passphrase_words.py``) are registered with zxcvbn
  once, on first use, so "contraseña" is as weak as "password";
- a passphrase of words split by one common separator is also priced as an
  attacker who combines common words would: the product of the words'
  guesses. Plain zxcvbn treats each space as a random character and charges
  a large cost per extra match, so "te quiero mucho" came out "very strong".
"""

import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from wellbeing_desk.languages import UI_LANGUAGES
from wellbeing_desk.paths import assets_dir

MIN_LENGTH = 10  # characters; below this no override is offered
STRONG_ENOUGH = 3  # zxcvbn scores run 0..4; below this a passphrase needs an override
MAX_SCORED_LENGTH = 72  # zxcvbn refuses longer input (and slows down on it)
WORD_LIST_LANGUAGES = UI_LANGUAGES  # each with its most common words
APP_WORDS = ("wellbeing", "desk", "wellbeing desk", "bienestar")
# Separators between words, most likely first: the rank is what guessing it costs.
SEPARATORS = " -_.,+/"
_SPLIT = re.compile(f"[{re.escape(SEPARATORS)}]")

_lock = threading.Lock()
_registered: list[str] = []  # the dictionaries added to zxcvbn (once per process)


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4, zxcvbn's scale
    too_short: bool = False  # below MIN_LENGTH: refused, whatever the score

    @property
    def weak(self) -> bool:
        return self.too_short or self.score < STRONG_ENOUGH

    @property
    def can_override(self) -> bool:
        """A weak passphrase above the floor may be kept if she insists."""
        return not self.too_short

    @property
    def level(self) -> int:
        """0..4 for display: a passphrase below the floor shows as the weakest."""
        return 0 if self.too_short else self.score


def word_list_path(language: str) -> Path:
    return assets_dir() / "passphrase_words" / f"{language}.txt"


def estimate(passphrase: str) -> Strength:
    """Score the first 72 characters (plenty to judge); length counts characters."""
    too_short = len(passphrase) < MIN_LENGTH
    if not passphrase:
        return Strength(0, too_short)
    ensure_word_lists()
    scored = passphrase[:MAX_SCORED_LENGTH]
    guesses = _guesses(scored)
    phrase = _phrase_guesses(scored)
    if phrase is not None:
        guesses = min(guesses, phrase)
    from zxcvbn.time_estimates import guesses_to_score

    return Strength(int(guesses_to_score(guesses)), too_short)


def ensure_word_lists() -> None:
    """Register the shipped word lists with zxcvbn, once per process.

    zxcvbn loads here, not at import: only the screens that judge a new
    passphrase need it (they warm it up off the GUI thread, see ``warm_up``).
    """
    from zxcvbn import matching

    with _lock:
        if _registered:
            return
        for language in WORD_LIST_LANGUAGES:
            name = f"wellbeing_desk_{language}"
            matching.add_frequency_lists({name: _read_words(word_list_path(language))})
            ranked: dict[str, int] = matching.RANKED_DICTIONARIES[name]
            # People often leave accents out: "contrasena" is as common as "contraseña".
            accented = [(word, rank) for word, rank in ranked.items() if not word.isascii()]
            for word, rank in accented:
                ranked.setdefault(_without_accents(word), rank)
            _registered.append(name)


def _read_words(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def warm_up() -> None:
    """Load zxcvbn and the word lists in the background, before her first key press."""
    threading.Thread(target=ensure_word_lists, name="passphrase-words", daemon=True).start()


def _guesses(text: str) -> float:
    from zxcvbn import zxcvbn

    return float(zxcvbn(text, user_inputs=list(APP_WORDS))["guesses"])


def _phrase_guesses(text: str) -> float | None:
    """Guesses for words split by separators, or ``None`` when it is not such a phrase."""
    words = _SPLIT.split(text)
    if len(words) < 2 or not all(words):
        return None  # one word, or a separator at an end or doubled
    separators = _SPLIT.findall(text)
    cost = math.prod(SEPARATORS.index(s) + 1 for s in set(separators))
    return float(cost) * math.prod(_guesses(word) for word in words)
