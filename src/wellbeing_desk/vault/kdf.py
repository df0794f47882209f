"""Argon2id key derivation: parameters, limits and calibration.

The floor is RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes).
Creation calibrates memory upward toward about one second on this machine.
Opening refuses parameters beyond a ceiling, so a tampered header cannot make
the app allocate gigabytes or spin for minutes.
"""

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

# Hard limits accepted when opening. The lower ones exist only so that tests
# can use cheap parameters through an explicit option; creation warns below
# the recommended values.
MIN_MEMORY_KIB = 8 * 1024
MIN_ITERATIONS = 1
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16


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

    @property
    def below_recommended(self) -> bool:
        """True when weaker than the recommended floor (allowed for tests, warned)."""
        return self.memory_kib < RECOMMENDED_MEMORY_KIB or self.iterations < RECOMMENDED_ITERATIONS

    @classmethod
    def fast_for_tests(cls) -> "KdfParams":
        """Cheap parameters: only for tests and explicit ``--kdf-*`` options."""
        return cls(memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so that the same text typed on any keyboard gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the key-encryption key. Releases the GIL while it works."""
    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def calibrate(target_seconds: float = CALIBRATION_TARGET_SECONDS) -> KdfParams:
    """Pick parameters at or above the floor that take about ``target_seconds`` here.

    One measurement at the floor; memory then scales roughly linearly with
    time, so memory is raised in powers of two while the estimate stays under
    the target.
    """
    floor = KdfParams()
    started = time.perf_counter()
    derive_key("calibration", b"\0" * SALT_LENGTH, floor)
    elapsed = max(time.perf_counter() - started, 1e-3)
    memory = floor.memory_kib
    while (
        memory * 2 <= CALIBRATION_MAX_MEMORY_KIB
        and elapsed * (memory * 2) / floor.memory_kib <= target_seconds
    ):
        memory *= 2
    return KdfParams(memory_kib=memory, iterations=floor.iterations, lanes=floor.lanes)
