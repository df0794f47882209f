"""Whether a vault may be written here, and damage remembered beside it.

Two reasons keep a vault from being written, and neither is the other:

- ``READ_ONLY_HERE``: a write-protected USB stick, a read-only mount, a
  folder she may not change. Nothing is wrong with the vault; it opens
  read-only and every write says so. Never "damaged", never "restore a
  backup" (that could replace a good vault with an older one).
- ``DAMAGED``: a page failed its checks (SQLCipher's HMAC, SQLite's
  "malformed"). From the moment that is seen, the vault saves nothing until
  a full check passes. The database itself cannot be trusted to remember
  this, so a small marker file beside it does (``vault.damaged``): it holds
  no content, only what to do; a passing check removes it.
"""

import contextlib
import errno
import os
from pathlib import Path
from typing import Protocol

from wellbeing_desk.vault.connection import (
    READ_ONLY_MESSAGE,
    Connection,
    is_cannot_open,
    is_damage,
    is_write_refused,
)
from wellbeing_desk.vault.errors import DamagedVaultError, VaultReadOnlyError
from wellbeing_desk.vault.fileio import PRIVATE_FILE_MODE, fsync_dir_quietly
from wellbeing_desk.vault.layout import VaultLayout

READ_ONLY_HERE = "read-only here"
DAMAGED = "damaged"

DAMAGE_MARK_NAME = "vault.damaged"
CHECK_COMMAND = "wellbeing-desk-cli check"
_MARK_TEXT = (
    "Wellbeing Desk found damage in vault.db in this folder, so it saves nothing\n"
    "to this vault until a full check passes. To check it, run:\n"
    "    wellbeing-desk-cli --vault <this folder> check\n"
    "If the check finds damage, restore your most recent backup. A passing check\n"
    "removes this file. It holds nothing from the vault.\n"
).encode("ascii")
# What the file system answers to a write on a read-only place.
_WRITE_REFUSED_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
MARKED_MESSAGE = (
    f"damage was found in this vault earlier, so it saves nothing until '{CHECK_COMMAND}' passes"
)


class OpenVault(Protocol):
    """What ``typed_error`` needs of an open ``Vault``."""

    layout: VaultLayout
    read_only: str | None

    def connection(self) -> Connection: ...


# -- the place --------------------------------------------------------------------------


def writable_here(layout: VaultLayout) -> bool:
    """False on a read-only mount or medium, or where she may not change the folder or
    the database's files. ``access(2)`` answers for root too on a read-only mount."""
    paths = [layout.root, *(p for p in (layout.database, layout.wal, layout.shm) if p.exists())]
    effective = os.access in os.supports_effective_ids
    return all(os.access(path, os.W_OK, effective_ids=effective) for path in paths)


def why_read_only(layout: VaultLayout) -> str | None:
    """``DAMAGED``, ``READ_ONLY_HERE`` or ``None`` (the vault may be written)."""
    if is_marked_damaged(layout):
        return DAMAGED
    if not writable_here(layout):
        return READ_ONLY_HERE
    return None


def refusal(reason: str) -> DamagedVaultError | VaultReadOnlyError:
    """The error a write meets on a vault that is read-only for ``reason``."""
    if reason == DAMAGED:
        return DamagedVaultError(MARKED_MESSAGE)
    return VaultReadOnlyError(READ_ONLY_MESSAGE)


def refuse_unless_writable(layout: VaultLayout) -> None:
    """Raise the refusal now if this vault cannot be written (asks for no passphrase)."""
    reason = why_read_only(layout)
    if reason is not None:
        raise refusal(reason)


# -- damage remembered -------------------------------------------------------------------


def damage_mark(layout: VaultLayout) -> Path:
    return layout.root / DAMAGE_MARK_NAME


def is_marked_damaged(layout: VaultLayout) -> bool:
    return damage_mark(layout).is_file()


def mark_damaged(layout: VaultLayout) -> bool:
    """Remember that damage was seen; ``False`` when the folder cannot be written.

    Only beside a vault (its header present). The damage is reported either
    way; where nothing can be written, nothing needs stopping.
    """
    path = damage_mark(layout)
    if path.is_file():
        return True
    if not layout.exists():
        return False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        try:
            os.write(fd, _MARK_TEXT)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        return False
    fsync_dir_quietly(layout.root)
    return True


def clear_damage_mark(layout: VaultLayout) -> None:
    """After a passing check (best effort: a read-only place keeps its mark)."""
    with contextlib.suppress(OSError):
        damage_mark(layout).unlink(missing_ok=True)
        fsync_dir_quietly(layout.root)


# -- errors met while a vault is open ------------------------------------------------------


def typed_error_at(
    exc: BaseException, layout: VaultLayout, read_only: str | None = None
) -> BaseException:
    """The typed error behind ``exc``, met on the open vault at ``layout``.

    SQLite's damage codes become ``DamagedVaultError`` and mark the vault;
    a refused write becomes ``VaultReadOnlyError``, or the damaged refusal
    when the vault is read-only because of damage. Anything else is returned
    as it is.
    """
    if is_damage(exc):
        mark_damaged(layout)
        return DamagedVaultError(
            f"a part of the database cannot be read ({exc}); it saves nothing until "
            f"'{CHECK_COMMAND}' passes"
        )
    refused = isinstance(exc, VaultReadOnlyError) or is_write_refused(exc)
    refused = refused or (is_cannot_open(exc) and layout.exists() and not writable_here(layout))
    if read_only is not None and isinstance(exc, OSError):  # e.g. the header's rename
        refused = refused or exc.errno in _WRITE_REFUSED_ERRNOS
    if not refused:
        return exc
    if read_only == DAMAGED:
        return refusal(DAMAGED)
    return exc if isinstance(exc, VaultReadOnlyError) else refusal(READ_ONLY_HERE)


def typed_error(exc: BaseException, vault: OpenVault) -> BaseException:
    """``typed_error_at`` for an open vault; damage met also stops its writes at once."""
    typed = typed_error_at(exc, vault.layout, vault.read_only)
    if is_damage(exc):
        _stop_writes(vault)
    return typed


def notice_mark(vault: OpenVault) -> bool:
    """True, and no more writes, when another command marked this open vault damaged."""
    if vault.read_only == DAMAGED or not is_marked_damaged(vault.layout):
        return False
    _stop_writes(vault)
    return True


def _stop_writes(vault: OpenVault) -> None:
    if vault.read_only == DAMAGED:
        return
    vault.read_only = DAMAGED
    with contextlib.suppress(Exception):  # a locked vault, a connection in error
        vault.connection().execute("PRAGMA query_only = ON").fetchall()
