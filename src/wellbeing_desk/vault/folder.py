"""The vault folder around the database: its header, its modes, leftovers of a crash."""

import contextlib

from wellbeing_desk.vault import rekey
from wellbeing_desk.vault.errors import DamagedVaultError, NoVaultError
from wellbeing_desk.vault.fileio import make_private
from wellbeing_desk.vault.header import (
    VaultHeader,
    load_vault_header,
    read_header,
    write_vault_header,
)
from wellbeing_desk.vault.layout import VaultLayout


def remove_create_leftovers(layout: VaultLayout) -> None:
    for leftover in layout.create_leftovers():
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def read_vault_header(layout: VaultLayout) -> VaultHeader:
    """The header, or ``NoVaultError`` / ``DamagedVaultError`` / ``VaultTooNewError``.

    From ``vault.header``, or from ``vault.header.copy`` when that is missing or
    damaged; nothing is written (``Vault.open`` repairs, under the writer lock).
    """
    if not layout.exists():
        if layout.interrupted_create():
            raise NoVaultError(
                f"there is no vault at {layout.root}: creating one was interrupted; run init again"
            )
        if layout.database.exists():
            raise DamagedVaultError(f"{layout.header} is missing")
        raise NoVaultError(f"there is no vault at {layout.root}")
    return load_vault_header(layout)


def make_vault_private(layout: VaultLayout) -> None:
    """A vault copied with 0644 files into a 0755 folder is made owner-only again on open."""
    files = [
        layout.header,
        layout.header_copy,
        layout.database,
        layout.wal,
        layout.shm,
        layout.writer_lock,
    ]
    make_private(layout.root, [path for path in files if path.exists()])


def remove_stale_temp_files(layout: VaultLayout) -> None:
    """Temp files of an atomic write interrupted by a crash (only ciphertext, but clutter)."""
    for leftover in layout.header_temp_files():
        with contextlib.suppress(OSError):
            leftover.unlink()


def header_for_unlock(layout: VaultLayout) -> VaultHeader:
    """The header that opens the database now: a committed re-key's pending one, if any."""
    if rekey.state(layout) is rekey.RekeyState.COMMITTED:
        return read_header(rekey.pending_header(layout))
    return read_vault_header(layout)


def settle_rekey(layout: VaultLayout, proven: VaultHeader) -> None:
    """Finish or roll back an interrupted re-key (passphrase proven, writer lock held)."""
    state = rekey.state(layout)
    if state is rekey.RekeyState.COMMITTED:
        rekey.finish(layout, write_vault_header, proven)
    elif state is rekey.RekeyState.UNCOMMITTED:
        rekey.discard(layout)
