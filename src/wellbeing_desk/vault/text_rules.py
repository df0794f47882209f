"""What text may hold when it crosses the vault boundary.

Text from outside (an import file, a template, a sync file) can carry
terminal escapes (``ESC ] 0 ;`` retitles a terminal, ``ESC [ 2 J`` clears it),
NUL, other C0/C1 controls, and bidirectional overrides that show a phone
number reversed in a bidi-aware view. None of these is ever part of a name,
a number or a note she would write, so:

- a *line* (a name, a contact value, a label) holds no control character at
  all and no bidi embedding, override, isolate or mark;
- a *long text* (a description, her notes) may hold newlines and tabs, and
  the isolates and marks that right-to-left writing uses, but no other
  control and no embedding or override.

``first_unsafe`` finds what the vault refuses; importers call ``without_unsafe``
first, so a card with a stray control is imported clean instead of refused.
"""

import re

# Character-class ranges (for ``[...]``), shared with the CLI's terminal escaping.
CONTROLS_BUT_TAB_NEWLINE = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0, DEL, C1
EMBEDDINGS_OVERRIDES = "\u202a-\u202e"
ISOLATES_MARKS = "\u061c\u200e\u200f\u2066-\u2069"
LINE_SEPARATORS = "\u2028\u2029"

_UNSAFE_IN_LINE = re.compile(
    f"[\t\n{CONTROLS_BUT_TAB_NEWLINE}{EMBEDDINGS_OVERRIDES}{ISOLATES_MARKS}{LINE_SEPARATORS}]"
)
_UNSAFE_IN_LONG = re.compile(f"[{CONTROLS_BUT_TAB_NEWLINE}{EMBEDDINGS_OVERRIDES}]")


def first_unsafe(text: str, *, long: bool = False) -> str | None:
    """The first character the vault refuses in ``text``, or ``None``."""
    match = (_UNSAFE_IN_LONG if long else _UNSAFE_IN_LINE).search(text)
    return match.group() if match else None


def without_unsafe(text: str, *, long: bool = False) -> str:
    """``text`` with what ``first_unsafe`` would refuse taken out (a line's tabs become spaces)."""
    if not long:
        text = text.replace("\t", " ")
    return (_UNSAFE_IN_LONG if long else _UNSAFE_IN_LINE).sub("", text)


def code_point(char: str) -> str:
    """``U+001B``: how an error names a character that cannot be shown."""
    return f"U+{ord(char):04X}"
