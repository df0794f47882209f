"""The encrypted store. Never imports Qt; never touches the network."""

from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    NoVaultError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultTooNewError,
    WrongPassphraseError,
)
from wellbeing_desk.vault.integrity import IntegrityReport
from wellbeing_desk.vault.kdf import KdfParams
from wellbeing_desk.vault.vault import Vault, VaultInfo

__all__ = [
    "DamagedVaultError",
    "IntegrityReport",
    "KdfParams",
    "NoVaultError",
    "Vault",
    "VaultError",
    "VaultExistsError",
    "VaultInUseError",
    "VaultInfo",
    "VaultLockedError",
    "VaultTooNewError",
    "WrongPassphraseError",
]
