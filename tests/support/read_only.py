"""A vault folder that cannot be written, made so in a way that holds for root too.

Root ignores file modes, so a chmod alone proves nothing when the tests run
as root. Two ways hold for everyone:

- ``"chmod"``: the folder 0500 and its files 0400, as a folder she cannot
  write (EACCES). As root, a child process runs with the capabilities that
  override file modes dropped (``setpriv``); in-process checks need an
  ordinary user.
- ``"mount"``: a read-only bind mount of the folder, as a write-protected USB
  stick or a read-only mount (EROFS). Needs mount privileges (root).

Without what a way needs, the test is skipped and says why.
"""

import contextlib
import hashlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

WAYS = ("chmod", "mount")
# Root without these is bound by file modes like anyone else.
_DROP = "-dac_override,-dac_read_search,-fowner,-linux_immutable"


def is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


def child_prefix(way: str) -> list[str]:
    """What to put before a child's command so the folder's modes bind it."""
    if way != "chmod" or not is_root():
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes would not bind the child")
    return [setpriv, "--bounding-set", _DROP, "--"]


def digests(folder: Path) -> dict[str, str]:
    """Every file's name and content hash: to show nothing was written."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


@contextlib.contextmanager
def read_only(folder: Path, way: str, *, in_process: bool) -> Iterator[Path]:
    """Yield the path under which ``folder`` cannot be written, then make it writable again."""
    if os.name != "posix":
        pytest.skip("POSIX permissions and mounts")
    if way == "chmod":
        if in_process and is_root():
            pytest.skip("root ignores file modes in this process; the 'mount' way covers root")
        with _modes_taken_away(folder):
            yield folder
    elif way == "mount":
        if not is_root():
            pytest.skip("a read-only bind mount needs root; the 'chmod' way covers other users")
        with _read_only_mount(folder) as mounted:
            yield mounted
    else:  # pragma: no cover - a typo in a test
        raise ValueError(way)


@contextlib.contextmanager
def _modes_taken_away(folder: Path) -> Iterator[None]:
    files = [path for path in folder.iterdir() if path.is_file()]
    for path in files:
        path.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield
    finally:
        folder.chmod(stat.S_IRWXU)
        for path in folder.iterdir():
            if path.is_file():
                path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@contextlib.contextmanager
def _read_only_mount(folder: Path) -> Iterator[Path]:
    mounted = folder.with_name(folder.name + "-read-only")
    mounted.mkdir()
    if not _run("mount", "--bind", str(folder), str(mounted)):
        mounted.rmdir()
        pytest.skip("cannot bind-mount here (no mount privileges in this container)")
    try:
        if not _run("mount", "-o", "remount,ro,bind", str(mounted)):
            pytest.skip("cannot make a bind mount read-only here")
        yield mounted
    finally:
        if not _run("umount", str(mounted)):
            _run("umount", "-l", str(mounted))
        mounted.rmdir()


def _run(*command: str) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0
