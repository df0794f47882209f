"""Reading passphrases: from the terminal without echo, else from stdin lines.

Never from an argument or an environment variable (they leak into process
listings and shell history).
"""

import getpass
import sys
from collections.abc import Iterator

from wellbeing_desk.cli.errors import UsageError


class PassphraseSource:
    """Hands out passphrases in order: prompts on a terminal, lines on a pipe."""

    def __init__(self) -> None:
        self._interactive = sys.stdin is not None and sys.stdin.isatty()
        self._lines: Iterator[str] | None = None

    @property
    def interactive(self) -> bool:
        return self._interactive

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        """The next passphrase (usage error when there is none)."""
        value = self._read(prompt, confirm=confirm, required=True)
        assert value is not None  # _read raises instead when required
        return value

    def read_optional(self, prompt: str) -> str | None:
        """The next passphrase, or ``None`` when standard input is already empty."""
        return self._read(prompt, confirm=False, required=False)

    def _read(self, prompt: str, *, confirm: bool, required: bool) -> str | None:
        value: str | None
        if self._interactive:
            value = getpass.getpass(prompt)
            if confirm and getpass.getpass("Repeat: ") != value:
                raise UsageError("the passphrases do not match; nothing was changed")
        else:
            value = self._next_line()
            if value is None:
                if not required:
                    return None
                raise UsageError("expected a passphrase on standard input")
        if not value:
            raise UsageError("the passphrase must not be empty")
        return value

    def _next_line(self) -> str | None:
        if self._lines is None:
            self._lines = iter(sys.stdin.readline, "")
        line = next(self._lines, None)
        if line is None:
            return None
        return line.rstrip("\r\n")
