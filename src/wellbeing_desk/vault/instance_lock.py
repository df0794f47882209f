"""An advisory lock file that keeps a second writer out of the vault.

The operating system releases the lock when the holding process dies, so a
stale lock after a crash recovers by itself: the file may stay, the lock not.
"""

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import IO

from wellbeing_desk.vault.errors import VaultInUseError, VaultReadOnlyError
from wellbeing_desk.vault.fileio import PRIVATE_FILE_MODE

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    """An exclusive, non-blocking lock on one file."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise ``VaultInUseError`` at once (never waits).

        ``VaultReadOnlyError`` where the lock file cannot be made or opened for
        writing (a read-only drive, mount or folder): nothing could be written there.
        """
        if self._handle is not None:
            return
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise VaultReadOnlyError(f"{self._path.parent} is read-only here") from None
            raise
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            handle.close()
            raise VaultInUseError("the vault is in use by another Wellbeing Desk window or command")
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
