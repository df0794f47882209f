"""Private HOME/XDG/TMP folders for tests and the child processes they start."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

XDG_DIRS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "XDG_RUNTIME_DIR": "run",
}


def isolated_environment(home: Path) -> dict[str, str]:
    """Environment variables that send everything the app writes under ``home``."""
    env = {"HOME": str(home), "TMPDIR": str(home / "tmp"), "WELLBEING_DESK_HOME": str(home / "wd")}
    for name, relative in XDG_DIRS.items():
        env[name] = str(home / relative)
    for value in env.values():
        Path(value).mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """A full environment for a child process, isolated under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "WELLBEING_"))}
    env.update(isolated_environment(home))
    env.update(extra)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_cli(
    home: Path, *args: str, stdin: str = "", timeout: float = 60, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``wellbeing-desk-cli`` in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "wellbeing_desk.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=child_env(home, **(env or {})),
        timeout=timeout,
        check=False,
    )
