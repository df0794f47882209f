"""Search snippets as text for list rows: escaped first, then only the matches marked.

The vault puts ``MATCH_START``/``MATCH_END`` around the words that matched.
Her words are HTML-escaped *before* the markers become ``<b>``, so nothing
she wrote is ever read as markup. Shared by the journal, notes and search rows.
"""

import html
import re

from wellbeing_desk.vault.fts import MATCH_END, MATCH_START

# Markdown punctuation that means nothing in a one-line snippet: emphasis, code,
# and heading or quote marks at the start of a line.
_MARKDOWN_MARKS = re.compile(r"\*+|_{2,}|`+|(?m:^\s*(?:#+|>+)\s)")


def without_markdown(text: str) -> str:
    return " ".join(_MARKDOWN_MARKS.sub("", text).split())


def snippet_html(snippet: str) -> str:
    """Escape her text, then turn the vault's match markers into bold."""
    text = html.escape(without_markdown(snippet), quote=False)
    return text.replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


def plain_snippet(snippet: str) -> str:
    return without_markdown(snippet.replace(MATCH_START, "").replace(MATCH_END, ""))


def row_text_html(snippet: str | None, preview: str) -> str:
    """A row's line of text as rich text: the snippet when searching, else the preview."""
    if snippet:
        return snippet_html(snippet)
    return html.escape(preview, quote=False)


def row_text(snippet: str | None, preview: str) -> str:
    """The same line as plain text (for screen readers and the model's display text)."""
    return plain_snippet(snippet) if snippet else preview
