"""The recovery slot: the data key sealed under a key derived from a recovery code.

The code itself is never stored: it is shown once. What the vault keeps is
the slot's key-encryption key (KEK), inside the encrypted database (the
setting ``KEK_SETTING``, never synced), so that a re-key (a passphrase
change) can seal the new data key under the same KEK and the code she wrote
down keeps working. Whoever can read the database already has the data key
and everything it protects; the KEK gives them nothing more.

Before a stored KEK is used it must open the slot in the header to the data
key in use: a KEK left from an interrupted change, or a slot changed by an
older version of the app, is never sealed again, so no slot claims a code
that no longer opens it.
"""

import base64
import binascii
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from wellbeing_desk.vault.errors import WrongPassphraseError
from wellbeing_desk.vault.folder import header_for_unlock
from wellbeing_desk.vault.header import (
    SLOT_RECOVERY,
    KeySlot,
    VaultHeader,
    seal_slot_with_key,
)
from wellbeing_desk.vault.kdf import KEY_LENGTH, SALT_LENGTH, KdfParams
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.recovery_code import (
    RECOVERY_KDF,
    RandomBytes,
    derive_recovery_kek,
    generate_recovery_code,
    parse_recovery_code,
)
from wellbeing_desk.vault.settings import SettingsRepository

KEK_SETTING = "vault.recovery_kek"


class WrongRecoveryCodeError(WrongPassphraseError):
    """A well-formed recovery code that does not open this vault (or it has none)."""


@dataclass(frozen=True)
class RecoveryKey:
    """The recovery slot's key-encryption key, with the salt and cost it was derived with."""

    kek: bytes
    salt: bytes
    kdf: KdfParams

    def seal(self, header: VaultHeader, data_key: bytes | bytearray) -> KeySlot:
        """A recovery slot for ``header`` wrapping ``data_key``."""
        return seal_slot_with_key(
            header, SLOT_RECOVERY, bytes(data_key), self.kek, self.kdf, self.salt
        )


def new_recovery_key(random_bytes: RandomBytes = os.urandom) -> tuple[str, RecoveryKey]:
    """A new code (to show once) and the key derived from it."""
    code = generate_recovery_code(random_bytes)
    salt = random_bytes(SALT_LENGTH)
    kek = derive_recovery_kek(parse_recovery_code(code), salt, RECOVERY_KDF)
    return code, RecoveryKey(kek=kek, salt=salt, kdf=RECOVERY_KDF)


def unwrap_with_code(header: VaultHeader, code: str) -> tuple[bytearray, RecoveryKey]:
    """The data key the code opens, and the key it was opened with.

    ``RecoveryCodeTypoError`` before any key is derived; ``WrongRecoveryCodeError``
    when the code is not this vault's, or the vault has no recovery code.
    """
    secret = parse_recovery_code(code)
    slot = header.recovery_slot
    if slot is None:
        raise WrongRecoveryCodeError("this vault has no recovery code")
    key = RecoveryKey(
        kek=derive_recovery_kek(secret, slot.salt, slot.kdf), salt=slot.salt, kdf=slot.kdf
    )
    data_key = header.open_slot(slot, key.kek)
    if data_key is None:
        raise WrongRecoveryCodeError("this recovery code does not open this vault")
    return data_key, key


def prove_recovery_code(root: Path, code: str) -> None:
    """Raise as ``Vault.recover`` would if ``code`` does not open the vault at ``root``.

    Nothing is changed; the command line asks for a new passphrase only after this.
    """
    data_key, _key = unwrap_with_code(header_for_unlock(VaultLayout(root)), code)
    data_key[:] = bytes(len(data_key))


def remember(settings: SettingsRepository, key: RecoveryKey) -> None:
    """Keep the KEK inside the encrypted database, for the next re-key."""
    settings.set(KEK_SETTING, base64.b64encode(key.kek).decode("ascii"))


def forget(settings: SettingsRepository) -> None:
    settings.delete(KEK_SETTING)


def kept_recovery_key(
    settings: SettingsRepository, header: VaultHeader, data_key: bytes | bytearray
) -> RecoveryKey | None:
    """The stored key, if it opens the header's recovery slot to ``data_key``; else ``None``."""
    slot = header.recovery_slot
    if slot is None:
        return None
    stored = settings.get(KEK_SETTING)
    if stored is None:
        return None
    try:
        kek = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(kek) != KEY_LENGTH:
        return None
    opened = header.open_slot(slot, kek)
    if opened is None:
        return None
    matches = hmac.compare_digest(bytes(opened), bytes(data_key))
    opened[:] = bytes(len(opened))
    return RecoveryKey(kek=kek, salt=slot.salt, kdf=slot.kdf) if matches else None
