"""Reading a file she chose: a regular file only, and never more than a bound.

A symlink to ``/dev/zero`` would otherwise be read until memory runs out and
a FIFO would hang the reader, so the file is opened without blocking and
checked with ``fstat`` on the open descriptor (no race with a swapped path)
before a single byte is read.
"""

import os
import stat
from pathlib import Path


class NotAFileError(OSError):
    """The chosen path is a device, a pipe or a socket, not a file to read."""


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes, so the caller can tell "too large" apart.

    Raises ``IsADirectoryError`` for a folder, ``NotAFileError`` for anything
    else that is not a regular file, and the usual ``OSError`` subclasses.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as file:
        mode = os.fstat(file.fileno()).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotAFileError(22, "Not a regular file", str(path))
        return file.read(max_bytes + 1)
