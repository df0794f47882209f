"""Nothing unprintable reaches her terminal: every line the CLI writes is escaped.

Text in the vault may have come from outside (an import, a sync file). The
vault refuses controls in names and numbers, but the CLI does not rely on
that: whatever it prints goes through ``escaped``, which writes C0/C1
controls (except newline and tab), line separators and bidi controls as
``\\uXXXX``. That form is also a valid escape inside a JSON string, so
``--json`` output stays valid JSON and decodes to the same text.

Stdout and stderr are also set to ``backslashreplace``: a terminal whose
encoding cannot show a character gets its escape, not a ``UnicodeEncodeError``.
"""

import io
import re
import sys
from typing import TextIO

from wellbeing_desk.vault.text_rules import (
    CONTROLS_BUT_TAB_NEWLINE,
    EMBEDDINGS_OVERRIDES,
    ISOLATES_MARKS,
    LINE_SEPARATORS,
)

# What a line in the vault may not hold, but newlines and tabs, plus lone surrogates.
_UNPRINTABLE = re.compile(
    f"[{CONTROLS_BUT_TAB_NEWLINE}{EMBEDDINGS_OVERRIDES}{ISOLATES_MARKS}{LINE_SEPARATORS}"
    "\ud800-\udfff]"
)


def escaped(text: str) -> str:
    """``text`` with every unprintable character written as ``\\uXXXX``."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    """An error message on one line, escaped: newlines inside it become spaces."""
    return escaped(" ".join(text.split()))


class EscapingWriter(io.TextIOBase):
    """A text stream that escapes what it is given, then writes it to ``stream``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escaped(text))
        return len(text)

    @property
    def underlying(self) -> TextIO:
        return self._stream

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding


def write_document(data: bytes) -> None:
    """A whole export on stdout: its exact bytes into a pipe or file, escaped on a terminal."""
    stream = sys.stdout
    if stream.isatty():
        stream.write(data.decode("utf-8", "replace"))
    else:
        raw = stream.underlying if isinstance(stream, EscapingWriter) else stream
        raw.flush()
        raw.buffer.write(data)
    stream.flush()


def install() -> None:
    """Wrap stdout and stderr for the rest of this process (the CLI's entry point calls it)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, EscapingWriter):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
        setattr(sys, name, EscapingWriter(stream))
