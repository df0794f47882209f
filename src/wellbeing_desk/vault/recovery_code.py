"""The recovery code: 130 random bits she writes down, and the key derived from it.

A recovery code is 26 Crockford base32 symbols plus one check symbol, in
groups of four: ``XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXX`` (``wellbeing_desk.vault.crockford``,
as the sync pairing code, which has 29 symbols, so one is not taken for the
other). Reading forgives case, spaces, dashes and the look-alikes i/l (1) and
o (0); a typo is caught by the check symbol as ``RecoveryCodeTypoError``
before any key is derived.

The key-encryption key is Argon2id of the code's bits at the lowest cost the
header accepts (8 MiB, one pass, one lane). The code is random, not chosen:
130 bits cannot be guessed however cheap each guess is, so stretching adds
nothing. Argon2id rather than HKDF keeps the slot in the header's one format
(every slot names ``argon2id`` and its parameters), so a version of the app
that knows nothing of recovery still reads the header.
"""

import os
from collections.abc import Callable

from wellbeing_desk.vault import crockford
from wellbeing_desk.vault.kdf import (
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    KdfParams,
    derive_key_from_bytes,
)

DATA_SYMBOLS = 26
CODE_BITS = DATA_SYMBOLS * crockford.BITS_PER_SYMBOL  # 130
CODE_BYTES = 17  # the 130 bits, big-endian; the top 6 bits of the first byte are zero
MAX_CODE_TEXT = 200  # longer input is refused before it is scanned
RECOVERY_KDF = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=MIN_ITERATIONS, lanes=1)

RandomBytes = Callable[[int], bytes]


class RecoveryCodeTypoError(ValueError):
    """What she typed is not a recovery code (a typo, a missing or extra symbol)."""


def generate_recovery_code(random_bytes: RandomBytes = os.urandom) -> str:
    """A new printable recovery code of 130 random bits."""
    return crockford.random_code(DATA_SYMBOLS, random_bytes)


def parse_recovery_code(text: str) -> bytes:
    """The code's 130 bits as 17 bytes; ``RecoveryCodeTypoError`` says plainly what is wrong."""
    try:
        value = crockford.decode(text, DATA_SYMBOLS, MAX_CODE_TEXT)
    except crockford.CodeLengthError as exc:
        raise RecoveryCodeTypoError(
            f"A recovery code has {DATA_SYMBOLS + 1} symbols; this one has {exc.count}. "
            "Check for a missing or extra symbol."
        ) from None
    except crockford.CodeSymbolError as exc:
        raise RecoveryCodeTypoError(
            f"{exc.symbol!r} does not appear in recovery codes. Check the code for a typo."
        ) from None
    except crockford.CodeCheckError:
        raise RecoveryCodeTypoError(
            "This recovery code has a typo: its symbols do not add up. Compare it symbol by "
            "symbol with the code you wrote down."
        ) from None
    return value.to_bytes(CODE_BYTES, "big")


def derive_recovery_kek(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """The key-encryption key of the recovery slot, from the code's bits."""
    return derive_key_from_bytes(secret, salt, params)
