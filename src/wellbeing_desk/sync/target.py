"""What a sync target is (list, read, create-once, delete, make a folder) and its safe paths.

A path on a target is '/'-separated and relative to the target's root, made
only of ``[a-z0-9._-]`` components: no ``..``, no ``.``, nothing absolute, no
backslash, no empty component. Names that come *from* a target (a listing) are
hostile: they are joined into a path only through ``join_path``, which checks
them first.
"""

import re
from typing import Protocol

MAX_PATH_LENGTH = 1024
MAX_NAME_LENGTH = 255  # the common limit of FAT/exFAT, ext4 and NTFS
_NAME = re.compile(r"[a-z0-9._-]+")

# Our own temporary files: `.<final name>.<12 hex>.tmp`, beside the final name.
TEMP_HEX_LENGTH = 12
_TEMP_NAME = re.compile(r"\.[a-z0-9_-][a-z0-9._-]*\.[0-9a-f]{12}\.tmp")


class Target(Protocol):
    """A dumb store of write-once files: a folder, an in-memory fake, later WebDAV.

    Every ``path`` and ``folder`` argument must pass ``check_path``
    (``ValueError`` otherwise).
    """

    def list_names(self, folder: str) -> list[str]:
        """Every file name directly inside ``folder``, sorted; [] if the folder is missing.

        Unfiltered: temp files, conflict copies and foreign names are included,
        and readers keep only the names they know (never joining any other).
        Sub-folders are not listed.
        """
        ...

    def list_folders(self, folder: str) -> list[str]:
        """Every sub-folder name directly inside ``folder``, sorted; [] if it is missing.

        Unfiltered like ``list_names`` (the devices of a space are its folders).
        """
        ...

    def read(self, path: str) -> bytes:
        """The whole file; ``FileNotFoundError`` if it is not there."""
        ...

    def create(self, path: str, data: bytes) -> None:
        """Write a new file, never replacing one; missing parent folders are made.

        If ``path`` already holds exactly ``data`` this is a success (an earlier
        try finished); if it holds anything else, ``FileExistsError`` naming it.
        """
        ...

    def delete(self, path: str) -> None:
        """Remove a file; one that is already gone is fine."""
        ...

    def make_folder(self, path: str) -> None:
        """Make ``path`` and its missing parents; an existing folder is fine."""
        ...

    def tidy(self, folder: str) -> list[str]:
        """Remove our own leftover temp files in ``folder``; return their names.

        Only for a folder this device alone writes, while no ``create`` runs.
        """
        ...


def check_name(name: str) -> str:
    """Return ``name`` if it is one safe path component, else raise ``ValueError``."""
    if (
        not isinstance(name, str)
        or len(name) > MAX_NAME_LENGTH
        or name in (".", "..")
        or not _NAME.fullmatch(name)
    ):
        raise ValueError(f"not a safe name on a sync target: {str(name)[:80]!r}")
    return name


def check_path(path: str) -> str:
    """Return ``path`` if every component is a safe name, else raise ``ValueError``."""
    if not isinstance(path, str) or not path or len(path) > MAX_PATH_LENGTH:
        raise ValueError(f"not a safe path on a sync target: {str(path)[:80]!r}")
    try:
        for name in path.split("/"):
            check_name(name)
    except ValueError:
        raise ValueError(f"not a safe path on a sync target: {path[:80]!r}") from None
    return path


def join_path(folder: str, name: str) -> str:
    """``folder/name``, both checked: the one way a listed name becomes a path."""
    return check_path(f"{check_path(folder)}/{check_name(name)}")


def split_path(path: str) -> tuple[str, str]:
    """The checked path's folder ('' at the root) and its file name."""
    folder, _, name = check_path(path).rpartition("/")
    return folder, name


def temp_name_for(name: str, random_hex: str) -> str:
    """The temp file name that becomes ``name`` once complete (readers ignore it)."""
    temp = f".{check_name(name)}.{random_hex}.tmp"
    if not is_temp_name(temp):
        raise ValueError(f"not a temp name: {temp[:80]!r}")
    return temp


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one of our own temp files (and nothing else's)."""
    return len(name) <= MAX_NAME_LENGTH and _TEMP_NAME.fullmatch(name) is not None
