"""Turning what she types into a safe FTS5 query, and marking matches."""

import re
import unicodedata

# Control characters mark matches in snippets; the UI escapes the text and
# turns them into emphasis, the CLI into brackets.
MATCH_START = "\x02"
MATCH_END = "\x03"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_query(text: str) -> str | None:
    """Every word must match, as a prefix; ``None`` when there is no word.

    Each token is quoted, so FTS5 syntax (``AND``, ``NEAR``, ``*``, quotes,
    column filters) in her text is searched for, never interpreted.
    """
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens[:32])


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its match markers replaced for plain-text output."""
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end)


def fold(text: str) -> str:
    """Case and accents folded like the index's tokenizer (unicode61, remove_diacritics)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def make_snippet(text: str, query: str, context: int = 8, max_chars: int = 20_000) -> str | None:
    """A short excerpt around the first match, matches wrapped in the markers.

    Done here rather than with FTS5's ``snippet()``, which re-runs the whole
    query once per row of a page (measured: 45 ms for a page of 200 rows).
    """
    terms = [fold(token) for token in _TOKEN.findall(query)]
    if not terms:
        return None
    tokens = list(_TOKEN.finditer(text[:max_chars]))
    hits = {i for i, m in enumerate(tokens) if any(fold(m.group()).startswith(t) for t in terms)}
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
