"""Checking her passphrase against the open vault before something drastic."""

from wellbeing_desk.vault import Vault


def check_passphrase(vault: Vault, passphrase: str) -> None:
    """Nothing if it opens this vault; ``WrongPassphraseError`` if not."""
    key = vault.header.unwrap(passphrase)
    key[:] = bytes(len(key))  # only the check was wanted
