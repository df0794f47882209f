"""Private, atomic file writes: 0600 files, 0700 folders, temp + fsync + rename."""

import contextlib
import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) as a folder only its owner can enter."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # Windows and some file systems ignore modes
        os.chmod(path, PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file that is private from its first byte; refuse if it exists."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def make_private(folder: Path, files: list[Path]) -> None:
    """Tighten a folder to 0700 and its files to 0600 if they are looser (a copied vault).

    Best effort: a read-only mount or a file system without modes keeps what it has.
    """
    for path, mode in ((folder, PRIVATE_DIR_MODE), *((f, PRIVATE_FILE_MODE) for f in files)):
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o777 & ~mode:
                os.chmod(path, mode)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir_quietly(path: Path) -> bool:
    """``fsync_dir``, reporting a refusing file system as ``False`` instead of raising."""
    try:
        fsync_dir(path)
    except OSError:
        return False
    return True


def atomic_write(path: Path, data: bytes) -> bool:
    """Replace ``path`` with ``data`` so a crash leaves the old or the new file, never half.

    Returns whether the rename was also made durable. Once the rename is
    done the new file *is* the file, so a folder that refuses ``fsync``
    (some network, FUSE and shared-folder file systems) is not a failure:
    the caller gets ``False`` and says so as a warning.
    """
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return fsync_dir_quietly(path.parent)
