"""The vault header: the data key wrapped under passphrase-derived keys.

The header is a small JSON file beside the database. It holds no secret in
the clear: each key slot carries its own Argon2id parameters and salt and the
32-byte data key sealed with AES-256-GCM. Every header field that matters
(format, vault id, creation time, cipher, the slot's KDF parameters and salt)
is bound to the seal as associated data, so any change to them makes the
slot fail to open, exactly as a wrong passphrase does. There is always one
passphrase slot, and at most one recovery slot: the same data key sealed
under a key derived from a recovery code (``recovery_code``, ``recovery_slot``).

Reading is strict: every field has one JSON type (``true`` is not 1, ``"8192"``
is not a number), unknown or missing fields are refused, and no input, however
hostile (a 5,000-digit number, 64 KiB of nesting), raises anything but
``DamagedVaultError`` or ``VaultTooNewError``.

Since header format 2 the header also carries ``header_sha256``: an unkeyed
SHA-256 of the canonical JSON (sorted keys, no whitespace, ASCII escapes) of
every other field, as KeePass KDBX 4 keeps a hash of its header. It is checked
before any key is derived, so bit rot reads as a damaged header, never as a
wrong passphrase. Being unkeyed, it finds accidents, not attacks: the AEAD seal
is what stops a deliberate edit. Format 1 headers (no checksum) still open;
the next passphrase change writes format 2 (its new seal binds the new format).

``vault.header.copy`` holds the same bytes as ``vault.header``.
``write_vault_header`` is the one way a header is written (the header, then
its copy); ``load_vault_header`` reads the copy when the header is missing or
damaged; ``repair_vault_header`` makes the two the same again.
"""

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    VaultError,
    VaultTooNewError,
    WrongPassphraseError,
)
from wellbeing_desk.vault.fileio import atomic_write, fsync_dir_quietly
from wellbeing_desk.vault.kdf import SALT_LENGTH, KdfParameterError, KdfParams, derive_key
from wellbeing_desk.vault.layout import VaultLayout

MAGIC = "wellbeing-desk-vault"
HEADER_FORMAT = 2
CHECKSUM_FORMAT = 2  # the first format whose header carries its checksum
CHECKSUM_FIELD = "header_sha256"
CIPHER: dict[str, str | int] = {"engine": "sqlcipher", "major": 4, "key": "raw-256"}
NONCE_LENGTH = 12
DATA_KEY_LENGTH = 32
MAX_HEADER_BYTES = 64 * 1024
SLOT_PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
# The data key wrapped under a key derived from a recovery code (``recovery_slot``).
SLOT_RECOVERY = "recovery"

# Bounds that no header the app writes comes near. A header nests four deep and
# holds under twenty brackets; counting them before parsing keeps any nesting
# away from the JSON parser's recursion.
MAX_BRACKETS = 64
MAX_SLOTS = 8
MAX_INTEGER_DIGITS = 20  # more than any KDF parameter; Python's own limit is 4,300
MAX_SHORT_TEXT = 64  # a slot kind, a timestamp

_FIELDS_V1 = frozenset({"magic", "format", "vault_id", "created", "cipher", "slots"})
_TOP_FIELDS = {1: _FIELDS_V1, 2: _FIELDS_V1 | {CHECKSUM_FIELD}}
_SLOT_FIELDS = frozenset({"kind", "kdf", "salt", "nonce", "wrapped_key"})
_KDF_FIELDS = frozenset({"name", "memory_kib", "iterations", "lanes"})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")

CHECKSUM_MISMATCH = (
    "the header is damaged (its checksum does not match: this is not a wrong passphrase)"
)


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
    """The parsed header file (equal when the fields are, however the file was spelled)."""

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

    @property
    def recovery_slot(self) -> KeySlot | None:
        """The recovery code's slot, if the vault has one (parsing allows at most one)."""
        for slot in self.slots:
            if slot.kind == SLOT_RECOVERY:
                return slot
        return None

    def unwrap(self, passphrase: str) -> bytearray:
        """Return the data key, or raise ``WrongPassphraseError``."""
        slot = self.passphrase_slot
        key = self.open_slot(slot, derive_key(passphrase, slot.salt, slot.kdf))
        if key is None:
            raise WrongPassphraseError("wrong passphrase")
        return key

    def open_slot(self, slot: KeySlot, kek: bytes) -> bytearray | None:
        """The data key ``slot`` wraps under ``kek``, or ``None`` when the seal does not open."""
        try:
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, self.associated_data(slot))
        except InvalidTag:
            return None
        if len(key) != DATA_KEY_LENGTH:
            raise DamagedVaultError("the wrapped key has the wrong length")
        return bytearray(key)

    def with_passphrase(
        self, data_key: bytes | bytearray, passphrase: str, kdf: KdfParams
    ) -> "VaultHeader":
        """A copy whose passphrase slot wraps ``data_key`` under a new passphrase.

        The copy is in the current format (a format 1 header gains its
        checksum): the new seal binds the new format number. Other slots were
        sealed under the old number, so a header that has any keeps it.
        """
        others = tuple(s for s in self.slots if s.kind != SLOT_PASSPHRASE)
        base = self if others else replace(self, format=HEADER_FORMAT)
        slot = seal_slot(base, SLOT_PASSPHRASE, bytes(data_key), passphrase, kdf)
        return replace(base, slots=(slot, *others))

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
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
        if self.format >= CHECKSUM_FORMAT:
            document[CHECKSUM_FIELD] = header_checksum(document)
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def seal_slot(
    header: VaultHeader, kind: str, data_key: bytes, passphrase: str, kdf: KdfParams
) -> KeySlot:
    """Wrap ``data_key`` under ``passphrase`` into a fresh slot for ``header``."""
    kdf.validate()
    salt = os.urandom(SALT_LENGTH)
    return seal_slot_with_key(header, kind, data_key, derive_key(passphrase, salt, kdf), kdf, salt)


def seal_slot_with_key(
    header: VaultHeader, kind: str, data_key: bytes, kek: bytes, kdf: KdfParams, salt: bytes
) -> KeySlot:
    """Wrap ``data_key`` under a key-encryption key already derived with ``kdf`` and ``salt``.

    A fresh nonce each time: a recovery slot is sealed again under the same
    key whenever the data key changes.
    """
    unsealed = KeySlot(
        kind=kind, kdf=kdf, salt=salt, nonce=os.urandom(NONCE_LENGTH), wrapped_key=b""
    )
    sealed = AESGCM(kek).encrypt(unsealed.nonce, data_key, header.associated_data(unsealed))
    return replace(unsealed, wrapped_key=sealed)


def header_checksum(document: Mapping[str, object]) -> str:
    """SHA-256 (hex) of the canonical JSON of every field but the checksum itself.

    Canonical: sorted keys, no whitespace, ASCII escapes. A header that is
    re-indented, reordered or re-escaped keeps its checksum; a changed value
    does not.
    """
    body = {key: value for key, value in document.items() if key != CHECKSUM_FIELD}
    try:
        canonical = json.dumps(
            body, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
        )
    except (TypeError, ValueError, RecursionError):
        raise DamagedVaultError("the header is malformed") from None
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


# --- parsing ------------------------------------------------------------------------------


def parse_header(raw: bytes) -> VaultHeader:
    """Parse header bytes; raise ``DamagedVaultError`` or ``VaultTooNewError``, nothing else."""
    document = _load_json(raw)
    if not isinstance(document, dict) or document.get("magic") != MAGIC:
        raise DamagedVaultError("the header is not a Wellbeing Desk header")
    version = document.get("format")
    if type(version) is not int or version < 1:
        raise DamagedVaultError("the header has no valid format number")
    if version > HEADER_FORMAT:
        raise VaultTooNewError(f"header format {version} is newer than this app supports")
    if version >= CHECKSUM_FORMAT:
        _verify_checksum(document)
    return _parse_document(document, version)


class _Refused(ValueError):
    """A JSON value no header holds (a float, NaN, an over-long integer, a repeated key)."""


def _load_json(raw: bytes) -> object:
    if len(raw) > MAX_HEADER_BYTES:
        raise DamagedVaultError("the header is too large")
    if raw.count(b"[") + raw.count(b"{") > MAX_BRACKETS:
        raise DamagedVaultError("the header is not readable (nested too deep)")
    try:
        return json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_object_without_repeats,
            parse_int=_bounded_int,
            parse_float=_refuse_value,
            parse_constant=_refuse_value,
        )
    except (ValueError, RecursionError):  # decoding, JSON syntax, a refused value
        raise DamagedVaultError("the header is not readable") from None


def _object_without_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    document = dict(pairs)
    if len(document) != len(pairs):
        raise _Refused("a key is repeated")
    return document


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _Refused("an integer is too long")
    return int(text)


def _refuse_value(_text: str) -> object:
    raise _Refused("a header holds no fractions or special numbers")


def _verify_checksum(document: Mapping[str, object]) -> None:
    stored = document.get(CHECKSUM_FIELD)
    if not isinstance(stored, str) or not _SHA256_HEX.fullmatch(stored):
        raise DamagedVaultError("the header is damaged (its checksum is missing or malformed)")
    if not hmac.compare_digest(stored, header_checksum(document)):
        raise DamagedVaultError(CHECKSUM_MISMATCH)


def _parse_document(document: dict[str, object], version: int) -> VaultHeader:
    _fields(document, _TOP_FIELDS[version], "its top level")
    _check_cipher(document["cipher"])
    vault_id = document["vault_id"]
    if not isinstance(vault_id, str) or not _UUID.fullmatch(vault_id):
        raise _malformed("vault_id")
    created = _short_text(document["created"], "created")
    try:
        datetime.fromisoformat(created)
    except ValueError:
        raise _malformed("created") from None
    slots_doc = document["slots"]
    if not isinstance(slots_doc, list) or not 1 <= len(slots_doc) <= MAX_SLOTS:
        raise _malformed("slots")
    slots = tuple(_parse_slot(item, f"slots[{index}]") for index, item in enumerate(slots_doc))
    if sum(1 for slot in slots if slot.kind == SLOT_PASSPHRASE) != 1:
        raise DamagedVaultError("the header must hold exactly one passphrase slot")
    if sum(1 for slot in slots if slot.kind == SLOT_RECOVERY) > 1:
        raise DamagedVaultError("the header holds more than one recovery slot")
    return VaultHeader(vault_id=vault_id, created=created, slots=slots, format=version)


def _parse_slot(item: object, where: str) -> KeySlot:
    slot = _fields(item, _SLOT_FIELDS, where)
    kdf_doc = _fields(slot["kdf"], _KDF_FIELDS, f"{where}.kdf")
    if kdf_doc["name"] != "argon2id":
        raise DamagedVaultError("the header names an unknown key derivation")
    params = KdfParams(
        memory_kib=_integer(kdf_doc["memory_kib"], f"{where}.kdf.memory_kib"),
        iterations=_integer(kdf_doc["iterations"], f"{where}.kdf.iterations"),
        lanes=_integer(kdf_doc["lanes"], f"{where}.kdf.lanes"),
    )
    try:
        params.validate()
    except KdfParameterError as exc:
        # A ceiling on open: a tampered header must not freeze the machine.
        raise DamagedVaultError(f"the header has unacceptable KDF parameters: {exc}") from None
    return KeySlot(
        kind=_short_text(slot["kind"], f"{where}.kind"),
        kdf=params,
        salt=_unb64(slot["salt"], SALT_LENGTH, f"{where}.salt"),
        nonce=_unb64(slot["nonce"], NONCE_LENGTH, f"{where}.nonce"),
        wrapped_key=_unb64(slot["wrapped_key"], DATA_KEY_LENGTH + 16, f"{where}.wrapped_key"),
    )


def _check_cipher(value: object) -> None:
    cipher = _fields(value, frozenset(CIPHER), "cipher")
    for key, expected in CIPHER.items():
        if type(cipher[key]) is not type(expected) or cipher[key] != expected:
            raise DamagedVaultError("the header names an unknown cipher")


def _fields(value: object, allowed: frozenset[str], where: str) -> dict[str, object]:
    """``value`` as an object with exactly the ``allowed`` fields (names are ours to show)."""
    if not isinstance(value, dict):
        raise _malformed(where)
    if not set(value) <= allowed:
        raise DamagedVaultError(f"the header has an unknown field in {where}")
    missing = sorted(allowed - set(value))
    if missing:
        raise DamagedVaultError(f"the header is malformed ({where} has no {missing[0]})")
    return value


def _integer(value: object, where: str) -> int:
    if type(value) is not int:  # bool is an int in Python; true is not 1 here
        raise _malformed(where)
    return value


def _short_text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_SHORT_TEXT:
        raise _malformed(where)
    if not value.isascii() or not value.isprintable():
        raise _malformed(where)
    return value


def _unb64(value: object, length: int, where: str) -> bytes:
    if not isinstance(value, str) or not value.isascii():
        raise _malformed(where)
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _malformed(where) from None
    if len(data) != length or _b64(data) != value:  # one spelling only
        raise _malformed(where)
    return data


def _malformed(where: str) -> DamagedVaultError:
    return DamagedVaultError(f"the header is malformed ({where})")


# --- the header file and its copy -----------------------------------------------------


def read_header(path: Path) -> VaultHeader:
    """Read and parse one header file (no copy is tried)."""
    raw = _read_bounded(path)
    if raw is None:
        raise DamagedVaultError("the header file is missing")
    return parse_header(raw)


@dataclass(frozen=True)
class _Reading:
    """One header file as found: its bytes, and the header or why there is none."""

    state: str  # "sound", "missing", "unreadable", "damaged" or "too new"
    raw: bytes | None = None
    header: VaultHeader | None = None
    error: VaultError | None = None


def _read(path: Path) -> _Reading:
    raw = _read_bounded(path)
    if raw is None:
        return _Reading("missing", error=DamagedVaultError("the header file is missing"))
    try:
        return _Reading("sound", raw=raw, header=parse_header(raw))
    except VaultTooNewError as exc:
        return _Reading("too new", raw=raw, error=exc)
    except DamagedVaultError as exc:
        return _Reading("damaged", raw=raw, error=exc)


def _read_quietly(path: Path) -> _Reading:
    """``_read`` for a spare: a file that cannot be read is one that cannot be used."""
    try:
        return _read(path)
    except OSError:
        return _Reading("unreadable")


def load_vault_header(layout: VaultLayout) -> VaultHeader:
    """The header from ``vault.header``, or from its copy when that is missing or damaged.

    Writes nothing (``repair_vault_header`` does, under the writer lock). A
    header from a newer version is never overruled by a copy: that is
    ``VaultTooNewError``. Both unusable: ``DamagedVaultError`` naming both.
    """
    primary = _read(layout.header)
    if primary.header is not None:
        return primary.header
    if isinstance(primary.error, VaultTooNewError):
        raise primary.error
    copy = _read_quietly(layout.header_copy)
    if copy.header is not None:
        return copy.header
    if isinstance(copy.error, VaultTooNewError):
        raise copy.error
    raise DamagedVaultError(f"{primary.error}; its copy is {copy.state}")


def repair_vault_header(layout: VaultLayout) -> bool:
    """Make ``vault.header`` and its copy the same sound bytes; ``True`` if one was written.

    Call only with the writer lock held and the passphrase proven
    (``Vault.open``). A missing or damaged header is restored from a sound
    copy; a missing, damaged or different copy is rewritten from a sound
    header. The header wins when both are sound: the copy is written second,
    so after a crash between the two writes the header is the newer one.
    Best effort: a folder that refuses the write keeps what it has.
    """
    primary = _read(layout.header)
    if primary.raw is not None and primary.state == "sound":
        if _read_quietly(layout.header_copy).raw == primary.raw:
            return False
        source, target = primary.raw, layout.header_copy
    elif primary.state == "too new":
        return False
    else:
        copy = _read_quietly(layout.header_copy)
        if copy.raw is None or copy.state != "sound":
            return False
        source, target = copy.raw, layout.header
    with contextlib.suppress(OSError):
        atomic_write(target, source)
        return True
    return False


def write_vault_header(layout: VaultLayout, header: VaultHeader) -> bool:
    """The one way a header is written: ``vault.header``, then ``vault.header.copy``.

    Each is replaced atomically (``atomic_write``); the header's rename is the
    commit point. When the header on disk is sound, the old copy is removed
    first: a stop between the two writes then leaves the new header and no
    copy, never an older copy that an old passphrase (or an old data key)
    would open; the next ``Vault.open`` writes the copy again. (A damaged
    header keeps its copy until the new header is in place, so one sound file
    is always there.)

    Returns ``False`` when the folder could not be synced or the copy could
    not be written: the header is replaced all the same (see ``atomic_write``).
    Raises only if the header itself could not be written.
    """
    data = header.to_bytes()
    synced = True
    if layout.header_copy.exists() and _read_quietly(layout.header).state == "sound":
        layout.header_copy.unlink(missing_ok=True)
        synced = fsync_dir_quietly(layout.root)
    synced = atomic_write(layout.header, data) and synced
    try:
        return atomic_write(layout.header_copy, data) and synced
    except OSError:
        return False


def _read_bounded(path: Path) -> bytes | None:
    """At most one byte more than a header may have; ``None`` when there is no file."""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
