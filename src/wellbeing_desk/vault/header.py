"""The vault header: the data key wrapped under passphrase-derived keys.

The header is a small JSON file beside the database. It holds no secret in
the clear: each key slot carries its own Argon2id parameters and salt and the
32-byte data key sealed with AES-256-GCM. Every header field that matters
(format, vault id, creation time, cipher, the slot's KDF parameters and salt)
is bound to the seal as associated data, so any change to them makes the
slot fail to open, exactly as a wrong passphrase does.
"""

import base64
import binascii
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wellbeing_desk.vault.errors import DamagedVaultError, VaultTooNewError, WrongPassphraseError
from wellbeing_desk.vault.fileio import atomic_write
from wellbeing_desk.vault.kdf import SALT_LENGTH, KdfParameterError, KdfParams, derive_key

MAGIC = "wellbeing-desk-vault"
HEADER_FORMAT = 1
CIPHER = {"engine": "sqlcipher", "major": 4, "key": "raw-256"}
NONCE_LENGTH = 12
DATA_KEY_LENGTH = 32
MAX_HEADER_BYTES = 64 * 1024
SLOT_PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key."""

    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def public_fields(self) -> dict[str, Any]:
        """The fields authenticated as associated data (everything but the seal)."""
        return {
            "kind": self.kind,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
            },
            "salt": _b64(self.salt),
        }


@dataclass(frozen=True)
class VaultHeader:
    """The parsed header file."""

    vault_id: str
    created: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    format: int = HEADER_FORMAT

    def associated_data(self, slot: KeySlot) -> bytes:
        """Canonical bytes binding the header's fields to one slot's seal."""
        body = {
            "magic": MAGIC,
            "format": self.format,
            "vault_id": self.vault_id,
            "created": self.created,
            "cipher": CIPHER,
            "slot": slot.public_fields(),
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @property
    def passphrase_slot(self) -> KeySlot:
        for slot in self.slots:
            if slot.kind == SLOT_PASSPHRASE:
                return slot
        raise DamagedVaultError("the header has no passphrase slot")

    def unwrap(self, passphrase: str) -> bytearray:
        """Return the data key, or raise ``WrongPassphraseError``."""
        slot = self.passphrase_slot
        kek = derive_key(passphrase, slot.salt, slot.kdf)
        try:
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, self.associated_data(slot))
        except InvalidTag:
            raise WrongPassphraseError("wrong passphrase") from None
        if len(key) != DATA_KEY_LENGTH:
            raise DamagedVaultError("the wrapped key has the wrong length")
        return bytearray(key)

    def with_passphrase(
        self, data_key: bytes | bytearray, passphrase: str, kdf: KdfParams
    ) -> "VaultHeader":
        """A copy whose passphrase slot wraps ``data_key`` under a new passphrase."""
        slot = seal_slot(self, SLOT_PASSPHRASE, bytes(data_key), passphrase, kdf)
        others = tuple(s for s in self.slots if s.kind != SLOT_PASSPHRASE)
        return replace(self, slots=(slot, *others))

    def to_bytes(self) -> bytes:
        document = {
            "magic": MAGIC,
            "format": self.format,
            "vault_id": self.vault_id,
            "created": self.created,
            "cipher": CIPHER,
            "slots": [
                {
                    **slot.public_fields(),
                    "nonce": _b64(slot.nonce),
                    "wrapped_key": _b64(slot.wrapped_key),
                }
                for slot in self.slots
            ],
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def seal_slot(
    header: VaultHeader, kind: str, data_key: bytes, passphrase: str, kdf: KdfParams
) -> KeySlot:
    """Wrap ``data_key`` under ``passphrase`` into a fresh slot for ``header``."""
    kdf.validate()
    unsealed = KeySlot(
        kind=kind,
        kdf=kdf,
        salt=os.urandom(SALT_LENGTH),
        nonce=os.urandom(NONCE_LENGTH),
        wrapped_key=b"",
    )
    kek = derive_key(passphrase, unsealed.salt, kdf)
    sealed = AESGCM(kek).encrypt(unsealed.nonce, data_key, header.associated_data(unsealed))
    return replace(unsealed, wrapped_key=sealed)


def parse_header(raw: bytes) -> VaultHeader:
    """Parse header bytes; raise ``DamagedVaultError`` or ``VaultTooNewError``."""
    if len(raw) > MAX_HEADER_BYTES:
        raise DamagedVaultError("the header is too large")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DamagedVaultError("the header is not readable") from None
    if not isinstance(document, dict) or document.get("magic") != MAGIC:
        raise DamagedVaultError("the header is not a Wellbeing Desk header")
    version = document.get("format")
    if not isinstance(version, int):
        raise DamagedVaultError("the header has no format number")
    if version > HEADER_FORMAT:
        raise VaultTooNewError(f"header format {version} is newer than this app supports")
    try:
        slots = tuple(_parse_slot(item) for item in document["slots"])
        header = VaultHeader(
            vault_id=str(document["vault_id"]),
            created=str(document["created"]),
            slots=slots,
            format=version,
        )
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise DamagedVaultError(f"the header is malformed ({type(exc).__name__})") from None
    if document.get("cipher") != CIPHER:
        raise DamagedVaultError("the header names an unknown cipher")
    return header


def _parse_slot(item: dict[str, Any]) -> KeySlot:
    kdf_doc = item["kdf"]
    if kdf_doc["name"] != "argon2id":
        raise ValueError("unknown kdf")
    params = KdfParams(
        memory_kib=int(kdf_doc["memory_kib"]),
        iterations=int(kdf_doc["iterations"]),
        lanes=int(kdf_doc["lanes"]),
    )
    try:
        params.validate()
    except KdfParameterError as exc:
        # A ceiling on open: a tampered header must not freeze the machine.
        raise DamagedVaultError(f"the header has unacceptable KDF parameters: {exc}") from None
    return KeySlot(
        kind=str(item["kind"]),
        kdf=params,
        salt=_unb64(item["salt"], SALT_LENGTH),
        nonce=_unb64(item["nonce"], NONCE_LENGTH),
        wrapped_key=_unb64(item["wrapped_key"], DATA_KEY_LENGTH + 16),
    )


def read_header(path: Path) -> VaultHeader:
    """Read and parse the header file at ``path``."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise DamagedVaultError("the header file is missing") from None
    return parse_header(raw)


def write_header(path: Path, header: VaultHeader) -> bool:
    """Atomically replace the header: a crash leaves the old or the new one.

    Returns ``False`` when the folder could not be synced after the rename
    (the header is replaced all the same; see ``atomic_write``).
    """
    return atomic_write(path, header.to_bytes())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    data = base64.b64decode(text, validate=True)
    if len(data) != length:
        raise ValueError("field has the wrong length")
    return data
