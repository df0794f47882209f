"""What the CLI tests share: the passphrase, fast KDF options, running a command on a vault."""

import subprocess
from pathlib import Path

from tests.support.isolation import run_cli

PASS = "seven lanterns over the bay"
FAST = ("--kdf-memory", "8", "--kdf-iterations", "1")


def cli(
    home: Path, vault_path: Path, *args: str, stdin: str = PASS + "\n", **env: str
) -> subprocess.CompletedProcess[str]:
    """``wellbeing-desk-cli --vault VAULT ARGS…`` with the passphrase on stdin."""
    return run_cli(home, "--vault", str(vault_path), *args, stdin=stdin, env=env or None)


def init_empty(home: Path, vault_path: Path) -> None:
    """A new vault without the starter directory."""
    result = cli(home, vault_path, "init", "--no-starter", *FAST)
    assert result.returncode == 0, result.stderr
