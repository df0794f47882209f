"""Every error the user can meet, as one calm translated sentence.

The vault's own messages are English for logs and the CLI; the GUI never
shows them, nor a traceback, only the sentence chosen here by error type.
"""

from PySide6.QtCore import QCoreApplication

from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    NoVaultError,
    StorageFullError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultReadOnlyError,
    VaultTooNewError,
    WrongPassphraseError,
)


def describe_error(error: BaseException) -> str:
    """The translated sentence for ``error`` (a generic one for the unexpected)."""
    if isinstance(error, WrongPassphraseError):
        return QCoreApplication.translate(
            "Errors", "That passphrase did not unlock the vault. Please check it and try again."
        )
    if isinstance(error, VaultTooNewError):
        return QCoreApplication.translate(
            "Errors",
            "This vault was saved by a newer version of Wellbeing Desk. "
            "Please update the app to open it. Nothing was changed.",
        )
    if isinstance(error, DamagedVaultError):
        return QCoreApplication.translate(
            "Errors",
            "The vault could not be read; it may be damaged. Nothing was changed. "
            "If you have a backup, you can restore it.",
        )
    if isinstance(error, VaultReadOnlyError):
        return QCoreApplication.translate(
            "Errors",
            "This vault is read-only here (a write-protected drive or a folder you cannot "
            "change), so changes can't be saved. Nothing was lost.",
        )
    if isinstance(error, VaultInUseError):
        return QCoreApplication.translate(
            "Errors",
            "The vault is in use by another Wellbeing Desk window or command. "
            "Close it and try again.",
        )
    if isinstance(error, NoVaultError):
        return QCoreApplication.translate("Errors", "There is no vault in this folder.")
    if isinstance(error, VaultExistsError):
        return QCoreApplication.translate(
            "Errors",
            "There is already a vault or other files in this folder. Nothing was overwritten.",
        )
    if isinstance(error, StorageFullError):
        return QCoreApplication.translate(
            "Errors",
            "The disk is full or refused to save. Nothing was lost. Free some space and try again.",
        )
    if isinstance(error, VaultLockedError):
        return QCoreApplication.translate("Errors", "The vault is locked. Unlock it and try again.")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Errors",
            "Wellbeing Desk could not read or write its folder. "
            "Check that the folder exists and that you are allowed to write to it.",
        )
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "Errors", "There was not enough memory for this. Close other programs and try again."
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Nothing was changed. Please try again."
    )
