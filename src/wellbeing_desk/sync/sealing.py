"""The sealed file: a plaintext header, then the payload encrypted and padded.

Header (fixed ``HEADER_LENGTH`` bytes, big-endian, one canonical spelling):

    magic     8 bytes  b"WBDSYNC\\x00"
    format    u16      1 (larger: FormatTooNewError, told before anything else is read)
    kind      u8       1 changeset (.wbc), 2 snapshot (.wbs), 3 wrapped key (.wbk),
                       4 team roster (.wbr)
    reserved  u8       0
    epoch     u32      key epoch (personal space: 0)
    space     16 bytes space id (raw)
    device    16 bytes device id (raw)
    seq       u64      sequence number, >= 1
    prev      32 bytes SHA-256 of this device's previous file of this kind (zeros for seq 1)
    salt      32 bytes random, per file
    nonce     12 bytes random, per file
    length    u32      ciphertext length: a size bucket + the 16-byte tag
    zero padding up to HEADER_LENGTH

The fields take 136 bytes, so the header is 160 bytes (not the 128 first
sketched): every field keeps its planned size and 24 zero bytes stay free.

Ciphertext: AES-256-GCM under HKDF-SHA256(root key, salt, ``FILE_KEY_INFO``),
with the whole header as associated data, so any change to any header byte
fails the tag. Plaintext: u32 payload length, the payload, zeros up to a size
bucket (1, 2, 4 … 1024 KiB, then whole MiB), so the target learns only the
bucket. A file's hash, for the next file's ``prev``, is SHA-256 of all its bytes.

Reading is strict and bounded: nothing is allocated from a length the file
claims, and only this module's named errors (``sync/errors.py``) escape.
Any proper prefix of a sealed file, even one cut inside the header, is
``TruncatedFileError``: on a synced folder that is a copy still arriving, and
the engine waits for it. (What is present of a cut header is still checked:
a wrong magic is ``TamperedFileError``, a newer format ``FormatTooNewError``.)
A length field raised to another valid bucket also reads as truncated; the
file is never applied, and the tag refuses it once the bytes are there.
"""

import hashlib
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wellbeing_desk.sync.errors import (
    ChainBrokenError,
    FormatTooNewError,
    TamperedFileError,
    TruncatedFileError,
)
from wellbeing_desk.sync.names import check_id, check_seq

MAGIC = b"WBDSYNC\x00"
FORMAT = 1
HEADER_LENGTH = 160
ROOT_KEY_LENGTH = 32
HASH_LENGTH = 32
SALT_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
FILE_KEY_LENGTH = 32  # AES-256
FILE_KEY_INFO = b"wellbeing-desk sync v1 file"
NO_PREVIOUS = bytes(HASH_LENGTH)

KIB = 1024
MIB = 1024 * KIB
SMALLEST_BUCKET = KIB
MAX_PAYLOAD = 64 * MIB
_LENGTH_PREFIX = struct.Struct(">I")
MAX_BUCKET = -(-(_LENGTH_PREFIX.size + MAX_PAYLOAD) // MIB) * MIB  # 65 MiB

_FIELDS = struct.Struct(">8sHBBI16s16sQ32s32s12sI")
_FORMAT_END = 10  # magic and format: all a newer format is guaranteed to share
_MAX_U32 = 2**32 - 1


class FileKind(IntEnum):
    CHANGESET = 1
    SNAPSHOT = 2
    WRAPPED_KEY = 3
    ROSTER = 4  # a team space's signed roster (``team_files.py``)


@dataclass(frozen=True)
class SealedHeader:
    """A checked header; building one with a value it cannot hold raises ``ValueError``."""

    kind: FileKind
    epoch: int
    space: str
    device: str
    seq: int
    prev: bytes
    salt: bytes
    nonce: bytes
    length: int
    format: int = FORMAT

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", FileKind(self.kind))
        check_id(self.space)
        check_id(self.device)
        check_seq(self.seq)
        if self.format != FORMAT:
            raise ValueError(f"only format {FORMAT} is written")
        if isinstance(self.epoch, bool) or not 0 <= self.epoch <= _MAX_U32:
            raise ValueError("the key epoch must fit in 32 bits")
        _check_length("prev", self.prev, HASH_LENGTH)
        _check_length("salt", self.salt, SALT_LENGTH)
        _check_length("nonce", self.nonce, NONCE_LENGTH)
        if self.seq == 1 and self.prev != NO_PREVIOUS:
            raise ValueError("the first file of a device follows no other")
        if isinstance(self.length, bool) or not is_bucket(self.length - TAG_LENGTH):
            raise ValueError("the ciphertext length is not a size bucket")

    @property
    def file_length(self) -> int:
        """How many bytes the whole file has."""
        return HEADER_LENGTH + self.length

    def to_bytes(self) -> bytes:
        fields = _FIELDS.pack(
            MAGIC,
            self.format,
            self.kind,
            0,
            self.epoch,
            bytes.fromhex(self.space),
            bytes.fromhex(self.device),
            self.seq,
            self.prev,
            self.salt,
            self.nonce,
            self.length,
        )
        return fields.ljust(HEADER_LENGTH, b"\x00")


def bucket_size(used: int) -> int:
    """The smallest size bucket holding ``used`` bytes of plaintext."""
    if used <= MIB:
        return max(SMALLEST_BUCKET, 1 << max(used - 1, 0).bit_length())
    return -(-used // MIB) * MIB


def is_bucket(size: int) -> bool:
    """Whether ``size`` is a bucket a sealed file can have."""
    if not SMALLEST_BUCKET <= size <= MAX_BUCKET:
        return False
    if size <= MIB:
        return size & (size - 1) == 0
    return size % MIB == 0


def file_hash(data: bytes) -> bytes:
    """What the next file of the same device and kind records as its ``prev``."""
    return hashlib.sha256(data).digest()


def seal(
    root_key: bytes,
    kind: FileKind,
    space: str,
    device: str,
    seq: int,
    prev: bytes,
    payload: bytes,
    epoch: int = 0,
    *,
    random_bytes: Callable[[int], bytes] = os.urandom,
) -> bytes:
    """The sealed file holding ``payload``; ``ValueError`` for a value it cannot hold."""
    _check_root_key(root_key)
    if len(payload) > MAX_PAYLOAD:
        raise ValueError(f"a payload may have at most {MAX_PAYLOAD} bytes")
    bucket = bucket_size(_LENGTH_PREFIX.size + len(payload))
    header = SealedHeader(
        kind=kind,
        epoch=epoch,
        space=space,
        device=device,
        seq=seq,
        prev=prev,
        salt=random_bytes(SALT_LENGTH),
        nonce=random_bytes(NONCE_LENGTH),
        length=bucket + TAG_LENGTH,
    )
    head = header.to_bytes()
    plaintext = bytearray(bucket)
    _LENGTH_PREFIX.pack_into(plaintext, 0, len(payload))
    plaintext[_LENGTH_PREFIX.size : _LENGTH_PREFIX.size + len(payload)] = payload
    # Encrypt straight into the file's buffer: one copy of a big payload, not three.
    sealed = bytearray(HEADER_LENGTH + header.length)
    sealed[:HEADER_LENGTH] = head
    aead = AESGCM(_file_key(root_key, header.salt))
    aead.encrypt_into(header.nonce, plaintext, head, memoryview(sealed)[HEADER_LENGTH:])
    del plaintext
    return bytes(sealed)


def read_header(data: bytes) -> SealedHeader:
    """The checked header at the start of ``data`` (the rest is not looked at).

    ``TruncatedFileError`` if ``data`` is shorter than a header, ``FormatTooNewError``
    for a newer format, ``TamperedFileError`` for anything else not as written.
    """
    if len(data) < HEADER_LENGTH:
        _refuse_partial_header(data)
    magic, version = struct.unpack_from(">8sH", data)
    if magic != MAGIC:
        raise TamperedFileError("not a Wellbeing Desk sync file")
    _check_format(version)
    (_, _, kind, reserved, epoch, space, device, seq, prev, salt, nonce, length) = (
        _FIELDS.unpack_from(data)
    )
    if reserved != 0 or any(data[_FIELDS.size : HEADER_LENGTH]):
        raise TamperedFileError("the sync file's header has bytes set that must be zero")
    try:
        return SealedHeader(
            kind=kind,
            epoch=epoch,
            space=space.hex(),
            device=device.hex(),
            seq=seq,
            prev=prev,
            salt=salt,
            nonce=nonce,
            length=length,
        )
    except ValueError as error:
        raise TamperedFileError(f"the sync file's header is damaged: {error}") from None


def open_sealed(
    root_key: bytes,
    data: bytes,
    *,
    expect_kind: FileKind,
    expect_space: str,
    expect_device: str,
    expect_seq: int,
    expect_prev: bytes | None,
) -> bytes:
    """The payload of a sealed file that is exactly what its name and chain say.

    ``expect_prev`` is the hash of this device's previous file (``NO_PREVIOUS``
    for seq 1), or ``None`` where the chain is not checked (a snapshot read alone).
    """
    _check_root_key(root_key)
    header = read_header(data)
    if len(data) < header.file_length:
        raise TruncatedFileError(
            f"file {expect_seq} of device {expect_device} is shorter than its header says"
        )
    if len(data) > header.file_length:
        raise TamperedFileError(
            f"file {expect_seq} of device {expect_device} is longer than its header says"
        )
    expected = (FileKind(expect_kind), check_id(expect_space), check_id(expect_device))
    if (header.kind, header.space, header.device) != expected or header.seq != expect_seq:
        raise TamperedFileError(
            f"file {expect_seq} of device {expect_device} is not what its name says"
        )
    payload = _decrypt(root_key, header, data)
    if expect_prev is not None and header.prev != expect_prev:
        raise ChainBrokenError(_chain_message(header, expect_prev))
    return payload


def _decrypt(root_key: bytes, header: SealedHeader, data: bytes) -> bytes:
    view = memoryview(data)
    aead = AESGCM(_file_key(root_key, header.salt))
    try:
        plaintext = aead.decrypt(header.nonce, view[HEADER_LENGTH:], view[:HEADER_LENGTH])
    except InvalidTag:
        # A wrong key and a changed byte look the same to GCM: both are refused alike.
        raise TamperedFileError(
            f"file {header.seq} of device {header.device} was changed or sealed with another key"
        ) from None
    (used,) = _LENGTH_PREFIX.unpack_from(plaintext)
    end = _LENGTH_PREFIX.size + used
    if used > MAX_PAYLOAD or bucket_size(end) != len(plaintext) or any(plaintext[end:]):
        raise TamperedFileError(f"file {header.seq} of device {header.device} is padded wrongly")
    return plaintext[_LENGTH_PREFIX.size : end]


def _chain_message(header: SealedHeader, expect_prev: bytes) -> str:
    where = f"file {header.seq} of device {header.device}"
    if header.prev == NO_PREVIOUS:
        return f"{where} starts a new history: the device's files were rolled back or restarted"
    if expect_prev == NO_PREVIOUS:
        return f"{where} follows a file that was never read here: its history was replaced"
    return f"{where} does not follow the file before it: replayed, reordered or rolled back"


def _file_key(root_key: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=FILE_KEY_LENGTH, salt=salt, info=FILE_KEY_INFO)
    return hkdf.derive(root_key)


def _check_format(version: int) -> None:
    if version > FORMAT:
        raise FormatTooNewError(
            f"this sync file was written in format {version}; "
            f"this version of Wellbeing Desk reads format {FORMAT}"
        )
    if version != FORMAT:
        raise TamperedFileError(f"not a sync file format: {version}")


def _refuse_partial_header(data: bytes) -> NoReturn:
    if bytes(data[: len(MAGIC)]) != MAGIC[: len(data)]:
        raise TamperedFileError("not a Wellbeing Desk sync file")
    if len(data) >= _FORMAT_END:
        (version,) = struct.unpack_from(">H", data, len(MAGIC))
        _check_format(version)
    raise TruncatedFileError("the sync file is shorter than its header: still arriving or cut off")


def _check_root_key(root_key: bytes) -> None:
    # The vault may hand the key over as a bytearray (so it can be wiped).
    if not isinstance(root_key, bytes | bytearray) or len(root_key) != ROOT_KEY_LENGTH:
        raise ValueError(f"the sync root key must be {ROOT_KEY_LENGTH} bytes")


def _check_length(what: str, value: bytes, length: int) -> None:
    if not isinstance(value, bytes) or len(value) != length:
        raise ValueError(f"the {what} must be {length} bytes")
