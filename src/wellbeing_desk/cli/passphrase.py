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
        """The next passphrase, or ``None`` when she skips it (Enter, Ctrl-D, empty stdin)."""
        return self._read(prompt, confirm=False, required=False)

    def _read(self, prompt: str, *, confirm: bool, required: bool) -> str | None:
        """Ctrl-D, an empty line or empty stdin: ``None`` when optional, else a usage error."""
        value = _prompt(prompt) if self._interactive else self._next_line()
        if not value:
            if not required:  # Enter skips, as the prompt says
                return None
            if value is None:
                raise UsageError("no passphrase given; nothing was changed")
            raise UsageError("the passphrase must not be empty")
        if confirm and self._interactive and _prompt("Repeat: ") != value:
            raise UsageError("the passphrases do not match; nothing was changed")
        return value

    def read_text(self, limit: int) -> str:
        """The rest of standard input, for a free-text option given ``-``.

        Read after the passphrase line, so private words never sit in shell
        history or in ``/proc/PID/cmdline``. On a terminal she types it and
        ends with Ctrl-D. Trailing newlines are dropped; more than ``limit``
        characters is a usage error, and nothing is saved.
        """
        if sys.stdin is None:
            raise UsageError("no text on standard input; nothing was saved")
        if self._interactive:
            print("Type the text, then press Ctrl-D on a new line:", file=sys.stderr)
        text = sys.stdin.read(limit + 1)
        if len(text) > limit:
            raise UsageError(f"the text is longer than {limit:,} characters; nothing was saved")
        return text.rstrip("\r\n")

    def _next_line(self) -> str | None:
        if self._lines is None:
            self._lines = iter(sys.stdin.readline, "")
        line = next(self._lines, None)
        if line is None:
            return None
        return line.rstrip("\r\n")


def _prompt(prompt: str) -> str | None:
    """A passphrase typed without echo, or ``None`` on Ctrl-D (end of input)."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return None
