"""Issue 11.17: the passphrase prompt on a real terminal (a pseudo-terminal here).

Ctrl-D at the prompt gave "unexpected error (EOFError)"; ``info`` said "Enter
to skip counts" but Enter exited 2.
"""

import os
import pty
import select
import sys
import time
from pathlib import Path

from tests.cli.support import init_empty
from tests.support.isolation import child_env

CTRL_D = b"\x04"


def in_terminal(home: Path, args: list[str], keys: bytes, timeout: float = 30) -> tuple[int, str]:
    """Run the CLI with a terminal of its own; type ``keys`` once it prompts."""
    argv = [sys.executable, "-m", "wellbeing_desk.cli.main", *args]
    env = child_env(home)
    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pseudo-terminal
        os.execve(sys.executable, argv, env)
    output, typed = b"", False
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            if not typed and b"Passphrase" in output:
                os.write(fd, keys)
                typed = True
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def test_ctrl_d_at_the_prompt_is_one_clear_line(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    code, output = in_terminal(home, ["--vault", str(vault_path), "journal", "list"], CTRL_D)
    assert code == 2, output
    assert "no passphrase given; nothing was changed" in output
    assert "EOFError" not in output and "Traceback" not in output


def test_enter_skips_the_counts_in_info(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    code, output = in_terminal(home, ["--vault", str(vault_path), "info"], b"\r")
    assert code == 0, output
    assert "Enter to skip counts" in output and str(vault_path) in output
    assert "wellbeing-desk-cli:" not in output  # no error line
