"""The backup file: one vault (its header and its encrypted database) in one file.

Format 1, every integer big-endian::

    b"wellbeing-desk-backup\\n"   the magic line (22 bytes)
    u16  format                   1
    u32  header length H          1 .. 65,536 (``header.MAX_HEADER_BYTES``)
    H    the vault header         JSON, as in ``vault.header`` (key slots wrapping the data key)
    u64  database length D        exactly what is left before the checksum
    D    the database             SQLCipher, encrypted with the data key the header wraps
    32   SHA-256                  of every byte before it

Nothing in the file is readable without the passphrase: the header holds the
data key only wrapped (AES-GCM under Argon2id), the database is SQLCipher.
The checksum is unkeyed, like the header's own: it finds accidents (bit rot,
a copy cut short), and is checked before the passphrase is used, so damage
reads as damage, never as a wrong passphrase. Deliberate edits are stopped by
the header's seal and the database's per-page HMACs.

"The last 32 bytes are the SHA-256 of the rest" holds for every format: a
file claiming a newer format is called too new only once its checksum holds
(a flipped format byte is damage). Reading is strict and bounded: the sizes
must add up to the file's exact length, and hostile input raises nothing but
``DamagedVaultError`` or ``VaultTooNewError``.
"""

import hashlib
import hmac
import struct
from typing import BinaryIO

from wellbeing_desk.vault.errors import DamagedVaultError, VaultTooNewError
from wellbeing_desk.vault.header import MAX_HEADER_BYTES

MAGIC = b"wellbeing-desk-backup\n"
BACKUP_FORMAT = 1
DIGEST_LENGTH = 32
CHUNK = 1024 * 1024
_VERSION = struct.Struct(">H")
_HEADER_LENGTH = struct.Struct(">I")
_DATABASE_LENGTH = struct.Struct(">Q")
# Everything but the header and the database.
FIXED_BYTES = (
    len(MAGIC) + _VERSION.size + _HEADER_LENGTH.size + _DATABASE_LENGTH.size + DIGEST_LENGTH
)


class DamagedBackupError(DamagedVaultError):
    """A backup file that is damaged, cut short or no backup at all (exit 5, as damage)."""


NOT_A_BACKUP = "this is not a Wellbeing Desk backup file"
CHECKSUM_MISMATCH = (
    "the backup is damaged (its checksum does not match: this is not a wrong passphrase)"
)
SIZES_WRONG = "the backup is damaged or cut short (its sizes do not add up)"


def write_backup_file(
    target: BinaryIO, header_bytes: bytes, database: BinaryIO, database_length: int
) -> int:
    """Write a format 1 backup to ``target``; return the number of bytes written."""
    if not 0 < len(header_bytes) <= MAX_HEADER_BYTES:
        raise ValueError("the header does not fit a backup")
    digest = hashlib.sha256()
    written = 0

    def put(data: bytes) -> None:
        nonlocal written
        digest.update(data)
        target.write(data)
        written += len(data)

    put(MAGIC)
    put(_VERSION.pack(BACKUP_FORMAT))
    put(_HEADER_LENGTH.pack(len(header_bytes)))
    put(header_bytes)
    put(_DATABASE_LENGTH.pack(database_length))
    copied = 0
    while chunk := database.read(CHUNK):
        put(chunk)
        copied += len(chunk)
    if copied != database_length:  # the snapshot changed under us: never write a wrong size
        raise OSError("the database copy changed while it was being written")
    target.write(digest.digest())
    return written + DIGEST_LENGTH


def read_backup_file(source: BinaryIO, size: int, database_out: BinaryIO | None) -> bytes:
    """Check a backup of ``size`` bytes; return its header bytes, its database to ``database_out``.

    The checksum is verified before anything is returned; ``database_out``
    (when given) receives the database bytes as they are read, and must be
    thrown away by the caller if this raises.
    """
    if size < len(MAGIC) or _read_exactly(source, len(MAGIC)) != MAGIC:
        raise DamagedBackupError(NOT_A_BACKUP)
    digest = hashlib.sha256(MAGIC)

    def take(length: int) -> bytes:
        data = _read_exactly(source, length)
        digest.update(data)
        return data

    if size < FIXED_BYTES + 2:  # one header byte, one database byte at least
        raise DamagedBackupError(SIZES_WRONG)
    (version,) = _VERSION.unpack(take(_VERSION.size))
    if version != BACKUP_FORMAT:
        _check_rest(source, size, digest)
        if version > BACKUP_FORMAT:
            raise VaultTooNewError(f"backup format {version} is newer than this app supports")
        raise DamagedBackupError(f"the backup names an unknown format ({version})")
    (header_length,) = _HEADER_LENGTH.unpack(take(_HEADER_LENGTH.size))
    if not 0 < header_length <= MAX_HEADER_BYTES or header_length > size - FIXED_BYTES - 1:
        raise DamagedBackupError(SIZES_WRONG)
    header_bytes = take(header_length)
    (database_length,) = _DATABASE_LENGTH.unpack(take(_DATABASE_LENGTH.size))
    if database_length != size - FIXED_BYTES - header_length:
        raise DamagedBackupError(SIZES_WRONG)
    remaining = database_length
    while remaining:
        chunk = take(min(CHUNK, remaining))
        remaining -= len(chunk)
        if database_out is not None:
            database_out.write(chunk)
    _check_digest(source, digest)
    return header_bytes


def _check_rest(source: BinaryIO, size: int, digest: "hashlib._Hash") -> None:
    """Hash what is left up to the checksum and compare (the rule every format keeps)."""
    remaining = size - len(MAGIC) - _VERSION.size - DIGEST_LENGTH
    while remaining > 0:
        chunk = _read_exactly(source, min(CHUNK, remaining))
        digest.update(chunk)
        remaining -= len(chunk)
    _check_digest(source, digest)


def _check_digest(source: BinaryIO, digest: "hashlib._Hash") -> None:
    stored = _read_exactly(source, DIGEST_LENGTH)
    if source.read(1):  # the file grew while it was read
        raise DamagedBackupError(SIZES_WRONG)
    if not hmac.compare_digest(stored, digest.digest()):
        raise DamagedBackupError(CHECKSUM_MISMATCH)


def _read_exactly(source: BinaryIO, length: int) -> bytes:
    data = source.read(length)
    if len(data) != length:
        raise DamagedBackupError(SIZES_WRONG)
    return data
