"""What the backup screens say: why a backup failed, when the last one was made, why a
restore did not happen. One calm sentence each, translated ("Backups" context)."""

import errno
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from wellbeing_desk.ops import backups as backup_ops
from wellbeing_desk.ops.backups import BackupSettings, RestorePlaceError
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    StorageFullError,
    VaultTooNewError,
    WrongPassphraseError,
)

_NO_ROOM_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def failure_reason(code: str | None) -> str:
    """The clause after "The last backup failed:" for a reason code of ``ops.backups``."""
    if code == backup_ops.FOLDER_MISSING:
        return QCoreApplication.translate(
            "Backups", "the backup folder is not there (is the USB stick plugged in?)"
        )
    if code == backup_ops.NO_ROOM:
        return QCoreApplication.translate(
            "Backups", "there is not enough room in the backup folder"
        )
    if code == backup_ops.NOT_ALLOWED:
        return QCoreApplication.translate(
            "Backups", "Wellbeing Desk may not write to the backup folder"
        )
    if code == backup_ops.INSIDE_VAULT:
        return QCoreApplication.translate(
            "Backups", "the backup folder is inside the vault folder; choose another one"
        )
    if code == backup_ops.CHECK_FAILED:
        return QCoreApplication.translate(
            "Backups", "the backup did not read back correctly (the drive may be failing)"
        )
    return QCoreApplication.translate("Backups", "something went wrong while writing it")


def moment(when: datetime) -> str:
    """``7 Dec 2026 09:12`` in her language, in local time."""
    shown = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(shown, "d MMM yyyy HH:mm")


def last_backup_line(settings: BackupSettings) -> str:
    """Settings' line about the newest backup: when, or why it failed and what happens next."""
    if settings.failing:
        reason = failure_reason(settings.failure_reason)
        if settings.schedule == backup_ops.OFF:
            return QCoreApplication.translate(
                "Backups", "The last backup failed: {reason}. Try again with “Back up now”."
            ).format(reason=reason)
        return QCoreApplication.translate(
            "Backups",
            "The last backup failed: {reason}. It will be tried again the next time you unlock.",
        ).format(reason=reason)
    if settings.last_success is None:
        return QCoreApplication.translate("Backups", "No backup has been made yet.")
    return QCoreApplication.translate("Backups", "Last backup: {when}").format(
        when=moment(settings.last_success)
    )


def notice_line(settings: BackupSettings) -> str:
    """Today's notice while backups fail."""
    return QCoreApplication.translate(
        "Backups", "The last backup failed: {reason}. Your vault itself is fine."
    ).format(reason=failure_reason(settings.failure_reason))


def restore_error(error: BaseException) -> str:
    """Why a restore did not happen, in one sentence (nothing was changed)."""
    if isinstance(error, WrongPassphraseError):
        return QCoreApplication.translate(
            "Backups",
            "That passphrase does not open this backup. Type the passphrase the vault had "
            "when the backup was made.",
        )
    if isinstance(error, VaultTooNewError):
        return QCoreApplication.translate(
            "Backups",
            "This backup was made by a newer version of Wellbeing Desk. "
            "Update the app to restore it. Nothing was changed.",
        )
    if isinstance(error, DamagedVaultError):
        return QCoreApplication.translate(
            "Backups",
            "This file is not a Wellbeing Desk backup, or it is damaged. Nothing was changed.",
        )
    if isinstance(error, RestorePlaceError):
        return QCoreApplication.translate(
            "Backups",
            "That folder holds other files. Choose an empty folder or make a new one. "
            "Nothing was changed.",
        )
    if isinstance(error, StorageFullError) or (
        isinstance(error, OSError) and error.errno in _NO_ROOM_ERRNOS
    ):
        return QCoreApplication.translate(
            "Backups",
            "There is not enough room on the disk to restore this backup. "
            "Free some space and try again. Nothing was changed.",
        )
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate(
            "Backups", "The backup file could not be found. Choose it again. Nothing was changed."
        )
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "Backups",
            "Wellbeing Desk may not write to that folder. Choose another one. Nothing was changed.",
        )
    return describe_error(error)
