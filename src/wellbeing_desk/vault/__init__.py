"""The encrypted store. Never imports Qt; never touches the network.

The names below load on first use (PEP 562), so a module that needs only,
say, ``vault.connection`` or ``vault.errors`` does not pull in every
repository: the app paints its unlock screen before the vault stack loads.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "DamagedVaultError": "errors",
    "NoVaultError": "errors",
    "VaultError": "errors",
    "VaultExistsError": "errors",
    "VaultInUseError": "errors",
    "VaultLockedError": "errors",
    "VaultTooNewError": "errors",
    "WrongPassphraseError": "errors",
    "IntegrityReport": "integrity",
    "KdfParams": "kdf",
    "Vault": "vault",
    "VaultInfo": "vault",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once found, found for good
    return value
