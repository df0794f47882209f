"""Destroying a vault ("Destroy this vault"): a crypto-erase that needs no passphrase.

The database is encrypted under a random data key that exists only wrapped in
the header's key slots. Overwriting every header (the header, its copy, a
pending re-key header, temp files of an interrupted header write) with random
bytes destroys every slot, so no passphrase or recovery code opens anything
again. The database files are overwritten too, in place: whole up to
``WHOLE_FILE_UP_TO``, else their first pages (SQLCipher's salt and the
schema). So someone who kept an old header and knows the passphrase finds
nothing in place to decrypt (in a larger file, pages SQLCipher cannot open
without its first page). Then every file the vault layout knows is removed,
and the folder if that empties it. Files the vault does not know are never
touched: they are reported as left.

No passphrase is asked: anyone at her laptop may destroy it (the design's
choice; the GUI asks twice). A vault open in another window or command is
refused (its locks), so nothing is destroyed under a running writer.

What this cannot reach (copies elsewhere, flash memory's remapped blocks) is
in ``wipe_limits``, for the CLI and the GUI to say plainly.
"""

import contextlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wellbeing_desk.vault import pre_migration, rekey
from wellbeing_desk.vault.access import damage_mark
from wellbeing_desk.vault.errors import DamagedVaultError, NoVaultError
from wellbeing_desk.vault.fileio import fsync_dir_quietly
from wellbeing_desk.vault.instance_lock import InstanceLock
from wellbeing_desk.vault.layout import VaultLayout

# SQLCipher's first page holds the salt; 64 KiB is its first 16 pages at the default size.
FIRST_BYTES = 64 * 1024
# Up to this size a database file is overwritten whole (fast even on a slow disk);
# beyond it, the first ``FIRST_BYTES`` (an emergency must not wait minutes).
WHOLE_FILE_UP_TO = 64 * 1024 * 1024
_CHUNK = 1024 * 1024
_SQLITE_MAGIC = b"SQLite format 3\x00"
_DATABASE_ENDINGS = ("", "-wal", "-shm", "-journal")
# Never through a link, never waiting on a FIFO swapped in since the check.
_NO_FOLLOW_NO_WAIT = (
    getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)


@dataclass
class WipeReport:
    """What ``destroy_vault`` did, path by path."""

    root: Path
    overwritten: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    # Files (and folders) the vault does not know, or known names that are not
    # regular files (a link is never followed): never touched.
    left: list[Path] = field(default_factory=list)
    # Known files an error kept from being overwritten or removed, with the reason.
    failed: list[tuple[Path, str]] = field(default_factory=list)
    folder_removed: bool = False

    @property
    def complete(self) -> bool:
        """Every known file was overwritten as planned and removed."""
        return not self.failed


@dataclass(frozen=True)
class VaultFiles:
    """The files a vault folder may hold, grouped by what a wipe does to them."""

    # Hold key slots: overwritten whole.
    headers: list[Path]
    # Encrypted pages: overwritten from the start (``FIRST_BYTES`` or whole).
    databases: list[Path]
    # Hold nothing of hers: only removed.
    markers: list[Path]
    # Removed last, once released.
    locks: list[Path]
    # Known folders, removed when they are empty (innermost first).
    folders: list[Path]

    def all_files(self) -> list[Path]:
        return [*self.headers, *self.databases, *self.markers, *self.locks]


def vault_files(layout: VaultLayout) -> VaultFiles:
    """Every path the vault layout knows, present or not."""
    backups = layout.backups
    copies: list[Path] = []
    if backups.is_dir() and not backups.is_symlink():  # a linked folder could be anywhere
        for end in _DATABASE_ENDINGS:
            copies.extend(backups.glob(f"{pre_migration.PREFIX}*.db{end}"))
    databases = [
        *(_with_ending(layout.database, end) for end in _DATABASE_ENDINGS),
        *(p for p in rekey.pending_files(layout) if p != rekey.pending_header(layout)),
        *sorted(copies),
    ]
    headers = [
        layout.header,
        layout.header_copy,
        rekey.pending_header(layout),
        *layout.header_temp_files(),  # also the pending header's (".vault.header.rekey.*")
    ]
    return VaultFiles(
        headers,
        databases,
        markers=[layout.creating_marker, damage_mark(layout)],
        locks=[layout.writer_lock, layout.app_lock],
        folders=[backups, layout.root],
    )


def destroy_vault(root: Path, *, held_app_lock: InstanceLock | None = None) -> WipeReport:
    """Destroy the vault at ``root`` beyond recovery; return what was done.

    ``NoVaultError`` where there is nothing of a vault; ``DamagedVaultError``
    where a ``vault.db`` without any header is plain SQLite (not ours: left
    alone); ``VaultInUseError`` while another window or command holds it;
    ``VaultReadOnlyError`` where the folder cannot be written. A damaged vault
    is destroyed like a sound one. ``held_app_lock``: the GUI's own lock on
    this vault, held by the caller (it stays the caller's to release).

    Once the locks are taken, an error on one file does not stop the others:
    it is reported in ``failed``.
    """
    layout = VaultLayout(root)
    files = vault_files(layout)
    _refuse_if_not_a_vault(layout, files)
    report = WipeReport(root=root)
    with _locked(layout, held_app_lock):
        files = vault_files(layout)  # again: a re-key may have finished before the lock
        # Key slots first: from the first fsync on, no passphrase opens anything.
        for header in files.headers:
            _overwrite(header, None, report)
        for database in files.databases:
            _overwrite(database, _overwrite_length(database), report)
        for path in (*files.headers, *files.databases, *files.markers):
            _remove(path, report)
    # Released before their files go (Windows cannot remove an open file); the
    # caller's own app lock stays the caller's.
    for lock_file in files.locks:
        if held_app_lock is None or lock_file != layout.app_lock:
            _remove(lock_file, report)
    _remove_folders(files, report)
    return report


def would_destroy(root: Path) -> list[Path]:
    """The files ``destroy_vault`` would overwrite or remove now (it changes nothing)."""
    layout = VaultLayout(root)
    files = vault_files(layout)
    _refuse_if_not_a_vault(layout, files)
    return [p for p in files.all_files() if _is_regular(p)]


def unknown_files(root: Path) -> list[Path]:
    """Files in the vault folder (and its ``backups``) that are none of the vault's."""
    layout = VaultLayout(root)
    files = vault_files(layout)
    known = {*files.all_files(), *files.folders}
    found = [layout.backups] if layout.backups.is_symlink() else []  # never followed
    for folder in files.folders:
        if folder.is_dir() and not folder.is_symlink():
            found.extend(p for p in folder.iterdir() if p not in known)
    return sorted(found)


# -- steps --------------------------------------------------------------------------------


def _refuse_if_not_a_vault(layout: VaultLayout, files: VaultFiles) -> None:
    if not layout.root.is_dir():
        raise NoVaultError(f"there is no vault at {layout.root}")
    content = [p for p in (*files.headers, *files.databases) if _is_regular(p)]
    if not content and not _is_regular(layout.creating_marker):
        raise NoVaultError(f"there is no vault at {layout.root}")
    headers = [p for p in files.headers if _is_regular(p)]
    if not headers and _is_regular(layout.database) and _starts_plain(layout.database):
        # Without any header, a plain SQLite "vault.db" is some other program's file.
        raise DamagedVaultError(f"{layout.database} is not a Wellbeing Desk vault; left alone")


@contextlib.contextmanager
def _locked(layout: VaultLayout, held_app_lock: InstanceLock | None) -> Iterator[None]:
    """The writer lock (CLI commands, the open app) and the app lock (any open window)."""
    locks = [InstanceLock(layout.writer_lock)]
    if held_app_lock is None:
        locks.append(InstanceLock(layout.app_lock))
    elif not held_app_lock.held:
        raise ValueError("held_app_lock must be held by the caller")
    try:
        for lock in locks:
            lock.acquire()
        yield
    finally:
        for lock in reversed(locks):
            lock.release()


def _overwrite_length(path: Path) -> int | None:
    """``None`` (the whole file) when small enough, else the first ``FIRST_BYTES``."""
    with contextlib.suppress(OSError):
        if path.lstat().st_size > WHOLE_FILE_UP_TO:
            return FIRST_BYTES
    return None


def _overwrite(path: Path, length: int | None, report: WipeReport) -> None:
    """Random bytes over ``path`` in place, then fsync; ``length`` ``None``: the whole file.

    In place (never a new file renamed over it), so the blocks the file has
    are the ones written. A link is never followed: it could point anywhere.
    """
    if not path.exists() and not path.is_symlink():
        return
    if not _is_regular(path):  # a link, a folder, a FIFO (opening one would wait)
        report.left.append(path)
        return
    try:
        fd = os.open(path, os.O_WRONLY | _NO_FOLLOW_NO_WAIT)
    except FileNotFoundError:
        return
    except OSError as exc:
        report.failed.append((path, _reason(exc)))
        return
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            report.left.append(path)
            return
        total = info.st_size if length is None else min(length, info.st_size)
        written = 0
        while written < total:
            written += os.write(fd, os.urandom(min(_CHUNK, total - written)))
        os.fsync(fd)
    except OSError as exc:
        report.failed.append((path, _reason(exc)))
        return
    finally:
        os.close(fd)
    report.overwritten.append(path)


def _remove(path: Path, report: WipeReport) -> None:
    # A file whose overwrite failed still goes (its failure stays reported); a
    # link or anything not a regular file is left as it is.
    if path in report.left or not _is_regular(path):
        return
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        report.failed.append((path, _reason(exc)))
        return
    report.removed.append(path)


def _remove_folders(files: VaultFiles, report: WipeReport) -> None:
    report.left.extend(p for p in unknown_files(report.root) if p not in report.left)
    report.left.sort()
    for folder in files.folders:
        with contextlib.suppress(OSError):
            fsync_dir_quietly(folder)
            folder.rmdir()  # only when empty: what is left stays in its folder
            if folder == report.root:
                report.folder_removed = True
    fsync_dir_quietly(report.root.parent if report.folder_removed else report.root)


# -- small helpers ------------------------------------------------------------------------


def _with_ending(path: Path, ending: str) -> Path:
    return path.with_name(path.name + ending)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _starts_plain(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
