r"""Turning what she types into a safe FTS5 query, and marking matches.

Arabic is folded here, before the tokenizer sees it: FTS5's ``unicode61``
folds case and Latin accents (French é, Portuguese ã/ç) itself but keeps
Arabic short vowels (harakat) and hamza/madda forms as different letters,
and Python's ``\w`` even splits a word at a haraka. Index text and queries
both go through ``fold_arabic``, the normalisation of Lucene's Arabic
analyser (docs/TRANSLATING.md, "Search"):

- harakat, shadda, sukun, superscript alef and tatweel are dropped;
- أ إ آ ٱ → ا, ؤ → و, ئ → ي, ى → ي, ة → ه;
- a word the index sees with a joined article (ال، وال، بال، كال، فال، لل)
  or "and" (و) is indexed without it too, so "مدرسة" finds "المدرسة".
"""

import re
import unicodedata

# Control characters mark matches in snippets; the UI escapes the text and
# turns them into emphasis, the CLI into brackets.
MATCH_START = "\x02"
MATCH_END = "\x03"
_TOKEN = re.compile(r"\w+", re.UNICODE)
# A word as written, Arabic marks and tatweel included (``\w`` stops at them), for snippets.
_WRITTEN_WORD = re.compile("[\\w\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+")
# Arabic script, with its presentation forms (which NFKD turns into plain letters).
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")
_ARABIC_LETTERS = str.maketrans({"\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647",
                                 "\u0640": None})  # fmt: skip
_ARABIC_ARTICLES = ("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
                    "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644")  # fmt: skip
_ARTICLE_STEM = 2  # letters left after the article, at least
_AND = "\u0648"  # و, "and", written joined to the next word
_AND_STEM = 3


def _without_marks(text: str) -> str:
    """Letters without accents, harakat or hamza marks (أ → ا, é → e, ﻻ → لا)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(
        _ARABIC_LETTERS
    )


def _fold_arabic_run(match: re.Match[str]) -> str:
    return _without_marks(match.group())


def fold_arabic(text: str) -> str:
    """Arabic words without harakat, tatweel or hamza/alef variants; other text unchanged."""
    return _ARABIC_RUN.sub(_fold_arabic_run, text)


def without_prefixes(word: str) -> list[str]:
    """A folded Arabic word without its joined "and" and article: "وبالمدرسه" → "مدرسه" too.

    The prefixes of Lucene's light Arabic stemmer (a bare "و" only before three
    letters or more, as there, so short words keep their first letter); "و" may
    come before an article. Empty when the word has none.
    """
    forms: list[str] = []
    if word.startswith(_AND) and len(word) - 1 >= _AND_STEM:
        word = word[1:]
        forms.append(word)
    for article in _ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= _ARTICLE_STEM:
            forms.append(word[len(article) :])
            break
    return forms


def has_arabic(text: str) -> bool:
    return _ARABIC_RUN.search(text) is not None


def index_text(text: str) -> str:
    """Text as the full-text index stores it: Arabic folded, words also without their article."""
    if not has_arabic(text):
        return text
    folded = fold_arabic(text)
    words = _TOKEN.findall(folded)
    # Only forms not there yet, so indexing indexed text changes nothing (search_upkeep).
    present = set(words)
    stems: list[str] = []
    for word in words:
        for stem in without_prefixes(word):
            if stem not in present:
                present.add(stem)
                stems.append(stem)
    return f"{folded} {' '.join(stems)}" if stems else folded


def match_query(text: str) -> str | None:
    """Every word must match, as a prefix; ``None`` when there is no word.

    Each token is quoted, so FTS5 syntax (``AND``, ``NEAR``, ``*``, quotes,
    column filters) in her text is searched for, never interpreted.
    """
    tokens = _TOKEN.findall(fold_arabic(text))
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens[:32])


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its match markers replaced for plain-text output."""
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end)


def fold(text: str) -> str:
    """Case and accents folded like the index's tokenizer (unicode61, remove_diacritics)."""
    return _without_marks(text).casefold()


def _matches(word: str, terms: list[str]) -> bool:
    forms = [word, *without_prefixes(word)]
    return any(form.startswith(term) for form in forms for term in terms)


def make_snippet(text: str, query: str, context: int = 8, max_chars: int = 20_000) -> str | None:
    """A short excerpt around the first match, matches wrapped in the markers.

    Done here rather than with FTS5's ``snippet()``, which re-runs the whole
    query once per row of a page (measured: 45 ms for a page of 200 rows).
    """
    terms = [fold(token) for token in _TOKEN.findall(fold_arabic(query))]
    if not terms:
        return None
    tokens = list(_WRITTEN_WORD.finditer(text[:max_chars]))
    hits = {i for i, m in enumerate(tokens) if _matches(fold(m.group()), terms)}
    if not hits:
        return None
    first = min(hits)
    start, end = max(0, first - context), min(len(tokens), first + 2 * context)
    pieces: list[str] = ["…" if start > 0 else ""]
    position = tokens[start].start()
    for index in range(start, end):
        match = tokens[index]
        pieces.append(text[position : match.start()])
        word = match.group()
        pieces.append(f"{MATCH_START}{word}{MATCH_END}" if index in hits else word)
        position = match.end()
    if end < len(tokens):
        pieces.append(" …")
    return " ".join("".join(pieces).split())
