"""Refusing a write before the passphrase is asked, where it could not be saved."""

from pathlib import Path

from wellbeing_desk.vault.access import refuse_unless_writable
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.vault import describe


def refuse_unwritable(vault_dir: Path) -> None:
    """No vault (exit 4), a damaged header or damage seen and not checked since (exit 5),
    a read-only place (exit 1): said at once, so no passphrase is typed in vain."""
    describe(vault_dir)
    refuse_unless_writable(VaultLayout(vault_dir))
