"""Argon2id key derivation: parameters, limits and calibration.

The floor is RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes).
Creation calibrates memory, then passes, toward about one second on this
machine. Opening refuses parameters beyond a ceiling (and memory beyond half
of this machine's), so a tampered header cannot make the app allocate
gigabytes or spin for minutes: it is refused before anything is derived.
"""

import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LENGTH = 32
SALT_LENGTH = 16

RECOMMENDED_MEMORY_KIB = 64 * 1024
RECOMMENDED_ITERATIONS = 3
RECOMMENDED_LANES = 4

# Calibration never goes beyond this much memory (it must fit on a modest laptop).
CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024
CALIBRATION_TARGET_SECONDS = 1.0
CALIBRATION_MAX_ITERATIONS = 16

# Hard limits accepted when opening. The lower ones exist only so that tests
# can use cheap parameters through an explicit option; creation warns below
# the recommended values.
MIN_MEMORY_KIB = 8 * 1024
MIN_ITERATIONS = 1
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
# Memory × passes, in KiB: the most any header may ask for (1 GiB × 16 passes,
# what calibration can reach). Minutes on a slow laptop, never hours.
MAX_WORK_KIB_PASSES = CALIBRATION_MAX_MEMORY_KIB * CALIBRATION_MAX_ITERATIONS


class KdfParameterError(ValueError):
    """KDF parameters outside the accepted range."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters (memory in KiB)."""

    memory_kib: int = RECOMMENDED_MEMORY_KIB
    iterations: int = RECOMMENDED_ITERATIONS
    lanes: int = RECOMMENDED_LANES

    def validate(self) -> None:
        """Raise ``KdfParameterError`` if the parameters are absurd either way."""
        if not MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS:
            raise KdfParameterError(f"iterations {self.iterations} out of range")
        if not 1 <= self.lanes <= MAX_LANES:
            raise KdfParameterError(f"lanes {self.lanes} out of range")
        if not max(MIN_MEMORY_KIB, 8 * self.lanes) <= self.memory_kib <= MAX_MEMORY_KIB:
            raise KdfParameterError(f"memory {self.memory_kib} KiB out of range")
        if self.memory_kib * self.iterations > MAX_WORK_KIB_PASSES:
            raise KdfParameterError(
                f"{self.memory_kib} KiB × {self.iterations} passes is more work than allowed"
            )
        available = machine_memory_kib()
        if available is not None and self.memory_kib > available // 2:
            raise KdfParameterError(
                f"memory {self.memory_kib} KiB is more than half of this machine's"
            )

    @property
    def below_recommended(self) -> bool:
        """True when weaker than the recommended floor (allowed for tests, warned)."""
        return self.memory_kib < RECOMMENDED_MEMORY_KIB or self.iterations < RECOMMENDED_ITERATIONS

    @classmethod
    def fast_for_tests(cls) -> "KdfParams":
        """Cheap parameters: only for tests and explicit ``--kdf-*`` options."""
        return cls(memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)


def machine_memory_kib() -> int | None:
    """This machine's physical memory in KiB, or ``None`` where it cannot be read."""
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # no sysconf (Windows) or no such name
        return None
    if pages <= 0 or page_size <= 0:
        return None
    return int(pages) * int(page_size) // 1024


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so that the same text typed on any keyboard gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the key-encryption key. Releases the GIL while it works."""
    return derive_key_from_bytes(normalise_passphrase(passphrase), salt, params)


def derive_key_from_bytes(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id of ``secret`` (a normalised passphrase, a recovery code's bits)."""
    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def calibrate(target_seconds: float = CALIBRATION_TARGET_SECONDS) -> KdfParams:
    """Parameters at or above the floor that take about ``target_seconds`` here.

    One measurement at the floor; memory is then doubled while the linear
    estimate stays under the target (memory costs an attacker most), and the
    remaining time goes to extra passes. One more measurement of that choice
    corrects the passes, since memory does not scale exactly linearly (caches).
    """
    floor = KdfParams()
    per_floor = _measure(floor)
    memory = floor.memory_kib
    limit = CALIBRATION_MAX_MEMORY_KIB
    available = machine_memory_kib()
    if available is not None:
        limit = min(limit, available // 2)
    while memory * 2 <= limit and per_floor * (memory * 2) / floor.memory_kib <= target_seconds:
        memory *= 2
    estimate = per_floor * memory / floor.memory_kib
    iterations = _passes_for(target_seconds, estimate, floor.iterations)
    if iterations == floor.iterations and memory == floor.memory_kib:
        return floor  # a slow machine: the floor is the floor
    took = _measure(KdfParams(memory, iterations, floor.lanes))
    iterations = _passes_for(target_seconds, took, iterations)
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=floor.lanes)


def _measure(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_key("calibration", b"\0" * SALT_LENGTH, params)
    return max(time.perf_counter() - started, 1e-3)


def _passes_for(target_seconds: float, seconds: float, passes: int) -> int:
    """Passes that take about ``target_seconds``, given ``passes`` took ``seconds``."""
    wanted = round(passes * target_seconds / seconds)
    return max(RECOMMENDED_ITERATIONS, min(CALIBRATION_MAX_ITERATIONS, wanted))
