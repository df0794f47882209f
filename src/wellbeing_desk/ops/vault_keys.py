"""The vault's keys: change the passphrase, the recovery code, destroy the vault.

Named operations for Settings' "Your vault" section and the unlock screen's
"Forgot your passphrase?" (``ui/vault_care/vault_keys.py``). The slow parts
(deriving keys, re-keying, overwriting files) run on the database worker;
``recovery_code_typo`` is the one check made at once, before any of them, so
a mistyped code is said without a wait.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desk.vault import crockford
from wellbeing_desk.vault.recovery_code import DATA_SYMBOLS, MAX_CODE_TEXT
from wellbeing_desk.vault.recovery_slot import WrongRecoveryCodeError

if TYPE_CHECKING:  # the vault stack loads on the worker thread
    from wellbeing_desk.vault import KdfParams, Vault
    from wellbeing_desk.vault.instance_lock import InstanceLock

CODE_LENGTH = DATA_SYMBOLS + 1  # the symbols she types, the check symbol included

# What is wrong with a typed recovery code (``CodeTypo.kind``).
TYPO_LENGTH = "length"
TYPO_SYMBOL = "symbol"
TYPO_CHECK = "check"


class NoRecoveryCodeError(WrongRecoveryCodeError):
    """The vault has no recovery code at all: no code can open it."""


@dataclass(frozen=True)
class CodeTypo:
    """Why typed text is not a recovery code: a symbol too many or too few, one that
    is never used, or symbols whose check does not add up."""

    kind: str
    count: int = 0  # symbols typed (``TYPO_LENGTH``)
    symbol: str = ""  # the symbol never used in codes (``TYPO_SYMBOL``)


@dataclass(frozen=True)
class DestroyOutcome:
    """What destroying did, in the few facts the screen says (``wipe.WipeReport``)."""

    removed: int
    left: tuple[Path, ...]
    failed: tuple[Path, ...]
    folder_removed: bool

    @property
    def complete(self) -> bool:
        return not self.failed


# -- the passphrase ------------------------------------------------------------------------


def change_passphrase(vault: "Vault", old: str, new: str, kdf: "KdfParams | None" = None) -> bool:
    """Re-key under ``new`` once ``old`` is proven; True when the folder refused to sync
    (the change is made; it may not survive a power cut just now)."""
    vault.change_passphrase(old, new, kdf)
    return vault.folder_not_synced


# -- the recovery code ---------------------------------------------------------------------


def has_recovery_code(vault: "Vault") -> bool:
    return vault.has_recovery_code


def add_recovery_code(vault: "Vault", passphrase: str) -> str:
    """A new code (replacing any earlier one), to be shown once and never kept."""
    return vault.add_recovery_code(passphrase)


def remove_recovery_code(vault: "Vault", passphrase: str) -> None:
    vault.remove_recovery_code(passphrase)


def recovery_code_typo(text: str) -> CodeTypo | None:
    """Why ``text`` cannot be a recovery code, or ``None`` when its check adds up.

    Only the check symbol is used: nothing is derived, so this is instant.
    """
    try:
        crockford.decode(text, DATA_SYMBOLS, MAX_CODE_TEXT)
    except crockford.CodeLengthError as exc:
        return CodeTypo(TYPO_LENGTH, count=exc.count)
    except crockford.CodeSymbolError as exc:
        return CodeTypo(TYPO_SYMBOL, symbol=exc.symbol)
    except crockford.CodeCheckError:
        return CodeTypo(TYPO_CHECK)
    return None


def recover_with_code(
    root: Path, code: str, new_passphrase: str, kdf: "KdfParams | None" = None
) -> None:
    """Set ``new_passphrase`` with the recovery code and re-key; the vault is left locked.

    Runs with the vault closed (``DatabaseWorker.without_vault``).
    ``NoRecoveryCodeError`` when the vault has none, ``WrongRecoveryCodeError``
    when the code is not this vault's: nothing changed either way.
    """
    from wellbeing_desk.vault import Vault
    from wellbeing_desk.vault.folder import header_for_unlock
    from wellbeing_desk.vault.layout import VaultLayout
    from wellbeing_desk.vault.recovery_code import parse_recovery_code

    parse_recovery_code(code)  # a typo first, as ``Vault.recover`` says it
    if header_for_unlock(VaultLayout(root)).recovery_slot is None:
        raise NoRecoveryCodeError("this vault has no recovery code")
    Vault.recover(root, code, new_passphrase, kdf).lock()


# -- destroying the vault ----------------------------------------------------------------


def destroy(root: Path, held_app_lock: "InstanceLock | None" = None) -> DestroyOutcome:
    """Crypto-erase the vault at ``root`` (``wipe.destroy_vault``), with the vault closed.

    ``held_app_lock``: the app's own lock on this vault, when the window holds one.
    """
    from wellbeing_desk.vault.wipe import destroy_vault

    held = held_app_lock if held_app_lock is not None and held_app_lock.held else None
    report = destroy_vault(root, held_app_lock=held)
    return DestroyOutcome(
        removed=len(report.removed),
        left=tuple(report.left),
        failed=tuple(path for path, _reason in report.failed),
        folder_removed=report.folder_removed,
    )
