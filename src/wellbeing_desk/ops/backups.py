"""What the backup screens ask: the schedule, one backup now, one when due, a restore.

Every backup setting and the last result live in the vault's own settings
(inside the encryption), never in QSettings: a folder's path can say too much
(a USB stick's name, a user name). Only while she has not chosen a folder do
backups go to ``default_folder``: a folder beside the vault folder (never
inside it, where ``write_backup`` refuses), so a portable install on a stick
keeps its backups on the stick, and one folder of ours holds them all.

Automatic backups write one file a day (``backup_file_name``); a second backup
the same day replaces that day's file only after the new one was checked.
After each success the oldest of ours beyond ``keep`` are removed. A failure
is remembered with one reason code until a backup succeeds; the pages turn it
into a sentence. ``restore_in_place`` never overwrites a vault: the one there
is renamed aside with the day's date once the restored one is checked.
"""

import contextlib
import errno
import os
import secrets
import shutil
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.backup import (
    BackupPlaceError,
    BackupResult,
    Every,
    backup_file_name,
    is_due,
    restore_backup,
    rotate_backups,
    write_backup,
)
from wellbeing_desk.vault.backup_format import DamagedBackupError
from wellbeing_desk.vault.connection import is_damage
from wellbeing_desk.vault.errors import StorageFullError, VaultError
from wellbeing_desk.vault.fileio import ensure_private_dir
from wellbeing_desk.vault.layout import APP_LOCK_NAME, WRITER_LOCK_NAME, VaultLayout

OFF, DAILY, WEEKLY = "off", "daily", "weekly"
SCHEDULES = (OFF, DAILY, WEEKLY)
DEFAULT_SCHEDULE = DAILY
DEFAULT_KEEP = 7
KEEP_MIN, KEEP_MAX = 1, 60
DEFAULT_FOLDER_NAME = "Wellbeing Desk backups"

# Vault settings (``vault.settings``): inside the encryption.
KEY_SCHEDULE = "backup.schedule"
KEY_KEEP = "backup.keep"
KEY_FOLDER = "backup.folder"  # absent: ``default_folder``
KEY_LAST_SUCCESS = "backup.last_success"  # ISO date and time, with its UTC offset
KEY_LAST_FAILURE = "backup.last_failure"
KEY_FAILURE_REASON = "backup.failure_reason"  # one of FAILURE_*, until a backup succeeds

# Why a backup failed, in words the pages translate.
FOLDER_MISSING = "folder_missing"
NO_ROOM = "no_room"
NOT_ALLOWED = "not_allowed"
INSIDE_VAULT = "inside_vault"
CHECK_FAILED = "check_failed"
OTHER = "other"
_NO_ROOM_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Files in a vault folder that are not hers: a folder holding only these may be moved aside.
_LOCK_FILES = {APP_LOCK_NAME, WRITER_LOCK_NAME}


class RestorePlaceError(VaultError):
    """The place chosen for a restore holds files that are not a vault's."""


@dataclass(frozen=True)
class BackupSettings:
    """The schedule, where backups go, and how the last one went."""

    schedule: str  # OFF, DAILY or WEEKLY
    keep: int
    folder: Path
    folder_chosen: bool  # False: ``default_folder``
    last_success: datetime | None
    last_failure: datetime | None
    failure_reason: str | None  # set while the newest try failed

    @property
    def failing(self) -> bool:
        return self.failure_reason is not None


@dataclass(frozen=True)
class BackupOutcome:
    """One backup: the file (or why there is none) and the settings after it."""

    result: BackupResult | None
    failure_reason: str | None
    removed: tuple[Path, ...]  # older backups rotated away
    settings: BackupSettings


@dataclass(frozen=True)
class RestoreOutcome:
    """Where the restored vault is, and where the one that was there was kept."""

    vault: Path
    kept_aside: Path | None


def default_folder(vault_root: Path) -> Path:
    """``<vault's parent>/Wellbeing Desk backups``: beside the vault, never inside it."""
    return Path(os.path.abspath(vault_root)).parent / DEFAULT_FOLDER_NAME


def local_now() -> datetime:
    return datetime.now().astimezone()


# -- settings ----------------------------------------------------------------------


def backup_settings(vault: Vault) -> BackupSettings:
    settings = vault.settings
    schedule = settings.get(KEY_SCHEDULE) or DEFAULT_SCHEDULE
    folder = settings.get(KEY_FOLDER)
    return BackupSettings(
        schedule=schedule if schedule in SCHEDULES else DEFAULT_SCHEDULE,
        keep=_keep_from(settings.get(KEY_KEEP)),
        folder=Path(folder) if folder else default_folder(vault.layout.root),
        folder_chosen=bool(folder),
        last_success=_time_from(settings.get(KEY_LAST_SUCCESS)),
        last_failure=_time_from(settings.get(KEY_LAST_FAILURE)),
        failure_reason=settings.get(KEY_FAILURE_REASON),
    )


def set_schedule(vault: Vault, schedule: str) -> BackupSettings:
    if schedule not in SCHEDULES:
        raise ValueError(f"unknown backup schedule: {schedule}")
    vault.settings.set(KEY_SCHEDULE, schedule)
    return backup_settings(vault)


def set_keep(vault: Vault, keep: int) -> BackupSettings:
    if not KEEP_MIN <= keep <= KEEP_MAX:
        raise ValueError(f"keep between {KEEP_MIN} and {KEEP_MAX} backups")
    vault.settings.set(KEY_KEEP, str(keep))
    return backup_settings(vault)


def set_folder(vault: Vault, folder: Path | None) -> BackupSettings:
    """Back up into ``folder`` from now on (``None``: the default folder again)."""
    if folder is None:
        vault.settings.delete(KEY_FOLDER)
    else:
        vault.settings.set(KEY_FOLDER, os.path.abspath(folder))
    return backup_settings(vault)


def _keep_from(value: str | None) -> int:
    try:
        keep = int(value) if value is not None else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP
    return min(max(keep, KEEP_MIN), KEEP_MAX)


def _time_from(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.astimezone()


# -- backing up --------------------------------------------------------------------


def back_up_now(vault: Vault, now: datetime | None = None) -> BackupOutcome:
    """Write today's backup into her folder, checked, then keep only the newest ``keep``.

    A failure is not raised but remembered (and returned) with its reason,
    except damage met in the vault itself, which the worker must see.
    """
    moment = now or local_now()
    settings = backup_settings(vault)
    try:
        folder = _ready_folder(settings)
        result = _write_todays_backup(vault, folder, moment)
    except Exception as exc:
        if is_damage(exc):
            raise
        reason = failure_reason(exc)
        _remember(vault, {KEY_LAST_FAILURE: moment.isoformat(), KEY_FAILURE_REASON: reason})
        after = replace(settings, last_failure=moment, failure_reason=reason)
        return BackupOutcome(None, reason, (), after)
    removed: list[Path] = []
    with contextlib.suppress(OSError):  # the backup is made; rotation is tried again next time
        removed = rotate_backups(folder, settings.keep)
    _remember(vault, {KEY_LAST_SUCCESS: moment.isoformat(), KEY_FAILURE_REASON: None})
    after = replace(settings, last_success=moment, failure_reason=None)
    return BackupOutcome(result, None, tuple(removed), after)


def back_up_if_due(vault: Vault, now: datetime | None = None) -> BackupOutcome | None:
    """After unlocking: one backup when the schedule says so, else ``None``.

    Not for a read-only vault: nothing could remember that it was made, so one
    would be written at every unlock.
    """
    moment = now or local_now()
    settings = backup_settings(vault)
    if settings.schedule == OFF or vault.read_only is not None:
        return None
    every: Every = "weekly" if settings.schedule == WEEKLY else "daily"
    if not is_due(settings.last_success, moment, every):
        return None
    return back_up_now(vault, moment)


def failure_reason(error: BaseException) -> str:
    """The reason code (FOLDER_MISSING, NO_ROOM, …) for a backup that failed with ``error``."""
    if isinstance(error, BackupPlaceError):
        return INSIDE_VAULT
    if isinstance(error, DamagedBackupError):
        return CHECK_FAILED
    if isinstance(error, StorageFullError) or _errno_of(error) in _NO_ROOM_ERRNOS:
        return NO_ROOM
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return FOLDER_MISSING
    if isinstance(error, PermissionError) or _errno_of(error) in {errno.EROFS, errno.EACCES}:
        return NOT_ALLOWED
    if "full" in str(error).lower():  # SQLite's "database or disk is full" has no errno
        return NO_ROOM
    return OTHER


def _errno_of(error: BaseException) -> int | None:
    return error.errno if isinstance(error, OSError) else None


def _ready_folder(settings: BackupSettings) -> Path:
    """Her folder, which must exist (a USB stick not plugged in is not made on the
    computer's own disk); the default folder is made when missing."""
    folder = settings.folder
    if not settings.folder_chosen and not folder.exists():
        ensure_private_dir(folder)
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the backup folder is not there", str(folder))
    return folder


def _write_todays_backup(vault: Vault, folder: Path, now: datetime) -> BackupResult:
    target = folder / backup_file_name(now)
    if not os.path.lexists(target):
        return write_backup(vault, target)
    # Today's backup is there: the new one replaces it only once it is written and checked.
    fresh = folder / f".{target.name}.{secrets.token_hex(4)}.new"
    try:
        result = write_backup(vault, fresh)
        os.replace(fresh, target)
    finally:
        with contextlib.suppress(OSError):
            fresh.unlink()
    return BackupResult(path=target, bytes=result.bytes, records=result.records)


def _remember(vault: Vault, values: dict[str, str | None]) -> None:
    if vault.read_only is not None:
        return  # nothing can be saved: the outcome still says how this one went
    for key, value in values.items():
        if value is None:
            vault.settings.delete(key)
        else:
            vault.settings.set(key, value)


# -- restoring (no vault open) -----------------------------------------------------


def restore_in_place(
    backup: Path, passphrase: str, destination: Path, today: date | None = None
) -> RestoreOutcome:
    """Make the vault at ``destination`` from ``backup``; a vault there is kept aside.

    The backup is restored and checked under a hidden name first, so a wrong
    passphrase or a damaged file changes nothing; only then is the folder at
    ``destination`` renamed ``<name> (before restore YYYY-MM-DD)`` and the
    restored one put in its place. A folder holding other files is refused.
    """
    target = Path(os.path.abspath(destination))
    if os.path.lexists(target) and not _may_move_aside(target):
        raise RestorePlaceError(f"{target} holds files that are not a vault's")
    staged = target.parent / f".{target.name}.restored-{secrets.token_hex(4)}"
    restore_backup(backup, passphrase, staged)
    kept: Path | None = None
    try:
        if os.path.lexists(target):
            kept = _free_name(target, today or date.today())
            target.rename(kept)
        staged.rename(target)
    except BaseException:
        if kept is not None and not os.path.lexists(target):
            with contextlib.suppress(OSError):
                kept.rename(target)  # as it was
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return RestoreOutcome(vault=target, kept_aside=kept)


def _may_move_aside(folder: Path) -> bool:
    """A vault, or a folder with nothing of hers (the app's lock files at most)."""
    if VaultLayout(folder).exists():
        return True
    if not folder.is_dir() or folder.is_symlink():
        return False
    return all(entry.name in _LOCK_FILES for entry in folder.iterdir())


def _free_name(folder: Path, today: date) -> Path:
    base = f"{folder.name} (before restore {today.isoformat()})"
    candidate = folder.with_name(base)
    number = 2
    while os.path.lexists(candidate):
        candidate = folder.with_name(f"{base} {number}")
        number += 1
    return candidate
