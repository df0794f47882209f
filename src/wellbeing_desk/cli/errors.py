"""Exit codes of the CLI contract and the one-line messages behind them."""

from collections.abc import Iterator
from contextlib import contextmanager

from wellbeing_desk.sync.errors import SyncError
from wellbeing_desk.vault.backup_format import DamagedBackupError
from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    NoVaultError,
    StorageFullError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultReadOnlyError,
    VaultTooNewError,
    WrongPassphraseError,
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_NO_VAULT = 4
EXIT_DAMAGED = 5


class UsageError(Exception):
    """Bad arguments or input: exit 2, nothing changed."""


@contextmanager
def as_usage_error() -> Iterator[None]:
    """A ``ValueError`` from checking or storing her input becomes a usage error (exit 2)."""
    try:
        yield
    except ValueError as exc:
        raise UsageError(str(exc)) from None


# (error type, exit code, how to say it); the first matching row wins.
_ERROR_TABLE: tuple[tuple[type[BaseException], int, str], ...] = (
    (UsageError, EXIT_USAGE, "{exc}"),
    (WrongPassphraseError, EXIT_WRONG_PASSPHRASE, "wrong passphrase; nothing was changed"),
    (NoVaultError, EXIT_NO_VAULT, "{exc} (create one with 'wellbeing-desk-cli init')"),
    (
        DamagedBackupError,
        EXIT_DAMAGED,
        "the backup is damaged or not a backup: {exc}; nothing was written",
    ),
    (
        DamagedVaultError,
        EXIT_DAMAGED,
        "the vault is damaged or not a vault: {exc}; nothing was changed",
    ),
    (VaultTooNewError, EXIT_ERROR, "{exc}; please update Wellbeing Desk"),
    (VaultExistsError, EXIT_ERROR, "{exc}"),
    (VaultInUseError, EXIT_ERROR, "{exc}; close it and try again"),
    (StorageFullError, EXIT_ERROR, "{exc}"),
    # Not damage: the vault is fine, the place refuses writes (never "restore a backup").
    (VaultReadOnlyError, EXIT_ERROR, "{exc}; nothing was changed"),
    (VaultError, EXIT_ERROR, "{exc}"),
    # Sync's messages are plain sentences already (a wrong pairing code, a missing folder).
    (SyncError, EXIT_ERROR, "{exc}"),
    (KeyboardInterrupt, EXIT_ERROR, "interrupted; nothing was changed"),
)


def describe_error(exc: BaseException) -> tuple[int, str]:
    """The exit code and the single stderr line for ``exc``."""
    for kind, code, template in _ERROR_TABLE:
        if isinstance(exc, kind):
            return code, template.format(exc=exc)
    if isinstance(exc, OSError):
        # The file name is the user's own path, not vault content.
        where = f": {exc.filename}" if exc.filename else ""
        return EXIT_ERROR, f"{exc.strerror or type(exc).__name__}{where}"
    return EXIT_ERROR, f"unexpected error ({type(exc).__name__}); nothing was changed"
