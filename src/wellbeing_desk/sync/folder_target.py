"""A sync target that is a folder: a USB stick, or one Syncthing or Nextcloud keeps in step.

Files are write-once. ``create`` writes a private temp file beside the final
name, fsyncs it, hard-links it to the final name (a link fails rather than
replace an existing file), removes the temp name and fsyncs the folder. A crash
at any moment leaves the whole file or nothing under the final name, plus at
most a temp file that ``tidy`` removes. Where the file system has no hard links
(FAT/exFAT, some network shares) the temp file is renamed after checking that
the final name is free: this device is the only writer of its own folder, so
nothing can take the name in between.

The root folder itself is never created: a missing root is a stick that is not
plugged in, and making it would write her files onto the computer's own disk.
"""

import contextlib
import errno
import os
import stat
from pathlib import Path

from wellbeing_desk.sync.errors import SyncError, TamperedFileError
from wellbeing_desk.sync.target import (
    TEMP_HEX_LENGTH,
    check_path,
    is_temp_name,
    join_path,
    split_path,
    temp_name_for,
)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
# The largest sealed file (a 64 MiB payload padded to 65 MiB, plus header and tag) fits.
MAX_FILE_BYTES = 66 * 1024 * 1024
# What os.link raises where a file system has no hard links.
NO_HARD_LINKS = frozenset(
    {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}
)
# A symlink or a FIFO planted on the target must not be followed or block a read.
_PORTABLE_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _PORTABLE_FLAGS
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _PORTABLE_FLAGS


class FolderTarget:
    """The ``Target`` protocol on a local folder (see ``sync/target.py``)."""

    def __init__(self, root: Path, *, max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.root = root
        self.max_file_bytes = max_file_bytes

    def list_names(self, folder: str) -> list[str]:
        return self._entries(folder, folders=False)

    def list_folders(self, folder: str) -> list[str]:
        return self._entries(folder, folders=True)

    def _entries(self, folder: str, *, folders: bool) -> list[str]:
        """The names of the files (or the folders) in ``folder``; links are neither."""
        try:
            with os.scandir(self._local(folder)) as entries:
                return sorted(
                    e.name
                    for e in entries
                    if (e.is_dir if folders else e.is_file)(follow_symlinks=False)
                )
        except (FileNotFoundError, NotADirectoryError):
            return []

    def read(self, path: str) -> bytes:
        return self._read_local(self._local(path), path)

    def create(self, path: str, data: bytes) -> None:
        folder, name = split_path(path)
        final = self._local(path)
        temp = final.with_name(temp_name_for(name, os.urandom(TEMP_HEX_LENGTH // 2).hex()))
        try:
            self._write_private(temp, data)
        except FileNotFoundError:
            if not folder:
                raise
            self.make_folder(folder)
            self._write_private(temp, data)
        try:
            self._publish(temp, final, path, data)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
        _fsync_folder(final.parent)

    def delete(self, path: str) -> None:
        # No folder fsync: a deleted write-once file that comes back is harmless.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._local(path))

    def make_folder(self, path: str) -> None:
        local = self.root
        for name in check_path(path).split("/"):
            local = local / name
            try:
                os.mkdir(local, FOLDER_MODE)
            except FileExistsError:
                if not local.is_dir():
                    raise NotADirectoryError(errno.ENOTDIR, "not a folder", path) from None
                continue
            with contextlib.suppress(OSError):  # FAT/exFAT and Windows keep their own modes
                os.chmod(local, FOLDER_MODE)
            _fsync_folder(local.parent)

    def tidy(self, folder: str) -> list[str]:
        removed = [name for name in self.list_names(folder) if is_temp_name(name)]
        for name in removed:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._local(join_path(folder, name)))
        return removed

    def _local(self, path: str) -> Path:
        return self.root.joinpath(*check_path(path).split("/"))

    def _read_local(self, local: Path, path: str) -> bytes:
        with open(os.open(local, _READ_FLAGS), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise TamperedFileError(f"{path} is not a file")
            data = handle.read(self.max_file_bytes + 1)
        if len(data) > self.max_file_bytes:
            raise TamperedFileError(f"{path} is larger than any sync file can be")
        return data

    def _write_private(self, temp: Path, data: bytes) -> None:
        fd = os.open(temp, _CREATE_FLAGS, FILE_MODE)
        try:
            with open(fd, "wb") as handle:
                if os.chmod in os.supports_fd:  # private whatever the umask
                    os.chmod(handle.fileno(), FILE_MODE)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise

    def _publish(self, temp: Path, final: Path, path: str, data: bytes) -> None:
        """Give the complete temp file its final name, never replacing another file."""
        try:
            os.link(temp, final)
            return
        except FileExistsError:
            pass
        except OSError as error:
            if error.errno not in NO_HARD_LINKS:
                raise
            if not os.path.lexists(final):
                os.rename(temp, final)
                return
        self._check_same(final, path, data)

    def _check_same(self, final: Path, path: str, data: bytes) -> None:
        """An existing final name is fine only if it holds exactly ``data``."""
        try:
            existing: bytes | None = self._read_local(final, path)
        except (OSError, SyncError):
            existing = None
        if existing != data:
            raise FileExistsError(errno.EEXIST, "a different file already has this name", path)


def _fsync_folder(folder: Path) -> None:
    """Make new names in ``folder`` durable where the file system allows it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some network and FUSE file systems refuse
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
