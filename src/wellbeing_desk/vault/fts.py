"""Turning what she types into a safe FTS5 query, and marking matches."""

import re

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
