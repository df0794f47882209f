"""Process hardening applied first thing by the app and the CLI."""

import contextlib
import ctypes
import os
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Private file modes and no core dumps.

    SQLCipher's stderr logging is silenced before the first connection opens
    (``vault.connection.open_connection``), so the app's first screen does not
    wait for the database library.
    """
    if os.name == "posix":
        os.umask(0o077)
        disable_core_dumps()


def disable_core_dumps() -> None:
    """A crash must not write the process memory (keys, text) to disk."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            # The process's own symbols hold libc's prctl: no ``find_library``, which runs
            # ``ldconfig`` in a child process before the first window can show.
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
