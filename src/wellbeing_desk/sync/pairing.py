"""The pairing code, and the copy of the sync key it unwraps on the target.

A pairing code is 140 random bits written as 28 Crockford base32 symbols plus
one check symbol (the value mod 37, as in Crockford's spec), in groups of four:
``XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-C`` (``wellbeing_desk.vault.crockford``, shared
with the vault's recovery code). Because 37 is prime and does not divide 32
or 31, the check symbol catches every single changed symbol (the check symbol
included) and every swap of two adjacent different symbols, the check symbol
included (tested exhaustively).
Reading is forgiving: any case, spaces or dashes anywhere, i/l read as 1 and
o as 0.

The wrapped key file (``keys/pairing.wbk``) is 120 bytes: a 72-byte plaintext
header, big-endian, sharing its first 32 bytes with the sealed-file header
(magic, format, kind 3, reserved, epoch, space), then the Argon2id
parameters and salt and the AES-GCM nonce; then the 32-byte sync key
encrypted with AES-256-GCM under a key derived by Argon2id from the code's
140 bits, with the whole header as associated data. The parameters are
checked against fixed ceilings before anything is derived, so a hostile file
cannot make this device allocate gigabytes or spin for minutes.
A wrong code and a damaged ciphertext look the same to AES-GCM: both are
reported as ``WrongPairingCodeError``.
"""

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from wellbeing_desk.sync.errors import (
    FormatTooNewError,
    PairingCodeError,
    TamperedFileError,
    TruncatedFileError,
    WrongPairingCodeError,
)
from wellbeing_desk.sync.sealing import FORMAT, MAGIC, FileKind
from wellbeing_desk.vault import crockford

CODE_BITS = 140
CODE_BYTES = 18  # the 140 bits, big-endian; the top 4 bits of the first byte are zero
DATA_SYMBOLS = 28
GROUP_SIZE = crockford.GROUP_SIZE
ALPHABET = crockford.ALPHABET
CHECK_ALPHABET = crockford.CHECK_ALPHABET
# Longer input is refused before it is scanned.
MAX_CODE_TEXT = 200

SPACE_ID_BYTES = 16
SYNC_KEY_BYTES = 32
SALT_BYTES = 16
KEK_BYTES = 32
NONCE_BYTES = 12

KIND_WRAPPED_KEY = int(FileKind.WRAPPED_KEY)
# magic, format u16, kind u8, reserved u8, epoch u32, space 16 bytes (as in the sealed
# header), then Argon2id memory KiB u32, passes u32, lanes u32, salt 16 bytes, nonce 12 bytes.
_HEADER = struct.Struct(">8sHBBI16sIII16s12s")
HEADER_BYTES = _HEADER.size  # 72
WRAPPED_KEY_BYTES = HEADER_BYTES + SYNC_KEY_BYTES + 16  # 16: the GCM tag

# Argon2id: RFC 9106's second recommended option by default (memory in KiB).
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
# Ceilings accepted from a file: at most 1 GiB, 20 passes, 8 lanes.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 20
MAX_LANES = 8

RandomBytes = Callable[[int], bytes]


@dataclass(frozen=True)
class PairingKdfParams:
    """Argon2id cost of the wrapped key (memory in KiB)."""

    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES

    def problem(self) -> str | None:
        """What is out of bounds, or ``None`` when the parameters are acceptable."""
        if not 1 <= self.lanes <= MAX_LANES:
            return f"{self.lanes} Argon2id lanes is outside 1 to {MAX_LANES}"
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            return f"{self.iterations} Argon2id passes is outside 1 to {MAX_ITERATIONS}"
        # Argon2 itself needs at least 8 KiB per lane.
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            return f"{self.memory_kib} KiB of Argon2id memory is outside the accepted range"
        return None

    @classmethod
    def fast_for_tests(cls) -> "PairingKdfParams":
        """Cheap parameters: only for tests."""
        return cls(memory_kib=8 * 1024, iterations=1, lanes=1)


def generate_pairing_code(random_bytes: RandomBytes = os.urandom) -> str:
    """A new printable pairing code of 140 random bits."""
    return crockford.random_code(DATA_SYMBOLS, random_bytes)


def parse_pairing_code(text: str) -> bytes:
    """The code's 140 bits as 18 bytes; ``PairingCodeError`` says plainly what is wrong."""
    try:
        value = crockford.decode(text, DATA_SYMBOLS, MAX_CODE_TEXT)
    except crockford.CodeLengthError as exc:
        raise PairingCodeError(_wrong_length(exc.count)) from None
    except crockford.CodeSymbolError as exc:
        raise PairingCodeError(_not_a_symbol(exc.symbol)) from None
    except crockford.CodeCheckError:
        raise PairingCodeError(
            "This pairing code has a typo: its symbols do not add up. Compare it symbol by "
            "symbol with the code shown on the device that set up sync."
        ) from None
    return value.to_bytes(CODE_BYTES, "big")


def _wrong_length(count: int) -> str:
    return (
        f"A pairing code has {DATA_SYMBOLS + 1} symbols; this one has {count}. "
        "Check for a missing or extra symbol."
    )


def _not_a_symbol(symbol: str) -> str:
    return f"{symbol!r} does not appear in pairing codes. Check the code for a typo."


def wrap_sync_key(
    root_key: bytes,
    code: str,
    space_id: bytes,
    params: PairingKdfParams | None = None,
    *,
    random_bytes: RandomBytes = os.urandom,
) -> bytes:
    """The contents of ``keys/pairing.wbk``: ``root_key`` wrapped by the pairing code."""
    if params is None:
        params = PairingKdfParams()
    if len(root_key) != SYNC_KEY_BYTES:
        raise ValueError(f"a sync key is {SYNC_KEY_BYTES} bytes")
    if len(space_id) != SPACE_ID_BYTES:
        raise ValueError(f"a space id is {SPACE_ID_BYTES} bytes")
    problem = params.problem()
    if problem is not None:
        raise ValueError(problem)
    secret = parse_pairing_code(code)
    salt, nonce = random_bytes(SALT_BYTES), random_bytes(NONCE_BYTES)
    header = _HEADER.pack(
        MAGIC,
        FORMAT,
        KIND_WRAPPED_KEY,
        0,
        0,
        space_id,
        params.memory_kib,
        params.iterations,
        params.lanes,
        salt,
        nonce,
    )
    key = _key_encryption_key(secret, salt, params)
    return header + AESGCM(key).encrypt(nonce, root_key, header)


def unwrap_sync_key(data: bytes, code: str, space_id: bytes) -> bytes:
    """The sync key in ``data`` (a ``pairing.wbk``), opened with the pairing code she typed."""
    secret = parse_pairing_code(code)
    params, salt, nonce = _read_header(data, space_id)
    key = _key_encryption_key(secret, salt, params)
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except InvalidTag:
        raise WrongPairingCodeError(
            "This pairing code does not open the sync key of this space. Check that it is the "
            "code shown when sync was set up for this space."
        ) from None


def _read_header(data: bytes, space_id: bytes) -> tuple[PairingKdfParams, bytes, bytes]:
    """Argon2id parameters, salt and nonce, after every check that needs no key."""
    if data[: len(MAGIC)] != MAGIC[: len(data)]:
        raise TamperedFileError("This is not a Wellbeing Desk key file.")
    if len(data) >= len(MAGIC) + 2:
        file_format = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 2], "big")
        if file_format > FORMAT:
            raise FormatTooNewError(
                "This key file was written by a newer Wellbeing Desk; update this one to join."
            )
        if file_format != FORMAT:
            raise TamperedFileError(f"The key file claims format {file_format}.")
    if len(data) < WRAPPED_KEY_BYTES:
        raise TruncatedFileError("The key file is incomplete; it may still be arriving.")
    if len(data) > WRAPPED_KEY_BYTES:
        raise TamperedFileError("The key file is longer than a key file can be.")
    fields = _HEADER.unpack(data[:HEADER_BYTES])
    _magic, _format, kind, reserved, epoch, space, memory, iterations, lanes, salt, nonce = fields
    if (kind, reserved, epoch) != (KIND_WRAPPED_KEY, 0, 0):
        raise TamperedFileError("The key file's header is not that of a pairing key.")
    if space != space_id:
        raise TamperedFileError("The key file belongs to another sync space.")
    params = PairingKdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
    problem = params.problem()
    if problem is not None:
        raise TamperedFileError(f"The key file's parameters are refused: {problem}.")
    return params, salt, nonce


def _key_encryption_key(secret: bytes, salt: bytes, params: PairingKdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEK_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)
