"""Typed errors of the vault layer.

Messages are plain English for logs and the CLI; the UI maps each type to its
own translated sentence, so these strings are never shown in the GUI.
"""


class VaultError(Exception):
    """Base class of every error the vault layer raises on purpose."""


class WrongPassphraseError(VaultError):
    """The passphrase does not unwrap any key slot. Nothing was changed."""


class NoVaultError(VaultError):
    """There is no vault at the given location."""


class VaultExistsError(VaultError):
    """A vault (or other files) already exists where a new one was to be created."""


class DamagedVaultError(VaultError):
    """The header or the database is unreadable or fails an integrity check."""


class VaultReadOnlyError(VaultError):
    """The vault can be read here but not written (a read-only drive, mount or folder).

    Not damage: nothing is wrong with the vault, and it must never be "repaired"
    or replaced by an older backup because of this.
    """


class VaultTooNewError(VaultError):
    """The vault was written by a newer version of the app."""


class VaultInUseError(VaultError):
    """Another instance of the app or the CLI holds the vault."""


class VaultLockedError(VaultError):
    """An operation needed an unlocked vault."""


class StorageFullError(VaultError):
    """The disk is full or the file system refused the write; nothing was lost."""
