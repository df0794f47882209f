"""A pseudo-translation: every string of the app about 40 % longer, with accents.

Installed as a test language (``install_pseudo``) so that a new string is
checked for room before any translator sees it: "Save check-in" becomes
"Sááve̋ chéeckk-ííñ". Only the app's own contexts are stretched (Qt's own
strings, such as the key names QKeySequence parses, stay as they are), and
nothing that is not prose changes: ``{placeholders}``, ``%n``/``%1``,
``<tags>``, ``&entities;`` and the ``&`` of a mnemonic.
"""

import math
import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from wellbeing_desk import paths

GROWTH = 1.4
ACCENTS = str.maketrans(
    "aeiouyncAEIOUYNCsSzZgG",
    "áéíóúýñçÁÉÍÓÚÝÑÇšŠžŽğĞ",
)
# What must survive untouched: placeholders, Qt's %-args, tags, entities, a mnemonic's &.
KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^>]*>|&[A-Za-z#0-9]+;|&&|&(?=\w)|https?://\S+")
WORD = re.compile(r"[^\W\d_]+")


def _stretch_word(match: re.Match[str]) -> str:
    word = match.group(0)
    extra = math.ceil(len(word) * GROWTH) - len(word)
    # Double letters spread over the word, so lines still break between words.
    step = len(word) / extra if extra else 0
    doubled = {int(i * step) for i in range(extra)}
    return "".join(c + c if i in doubled else c for i, c in enumerate(word)).translate(ACCENTS)


def stretch(text: str) -> str:
    """The pseudo-translation of one source string."""
    pieces: list[str] = []
    last = 0
    for kept in KEEP.finditer(text):
        pieces.append(WORD.sub(_stretch_word, text[last : kept.start()]))
        pieces.append(kept.group(0))
        last = kept.end()
    pieces.append(WORD.sub(_stretch_word, text[last:]))
    return "".join(pieces)


@cache
def app_contexts() -> frozenset[str]:
    """The translation contexts of the app itself (from its Spanish .ts file)."""
    tree = ET.parse(paths.assets_dir() / "translations" / "wellbeing_desk_es.ts")
    names = (name.text or "" for name in tree.getroot().iter("name"))
    return frozenset(name for name in names if not name.startswith("Q"))  # not Qt's own


class PseudoTranslator(QTranslator):
    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None (a null string) is "not mine": an empty string would be a translation.
        if context not in app_contexts() or not source_text:
            return None
        return stretch(source_text)

    def isEmpty(self) -> bool:
        return False


def install_pseudo(app: QCoreApplication, parent: QObject | None = None) -> PseudoTranslator:
    translator = PseudoTranslator(parent or app)
    app.installTranslator(translator)
    return translator
