"""Argon2id parameters: floor, ceiling, calibration and a header that lies."""

import math
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.headers import edit_header
from wellbeing_desk.vault import DamagedVaultError, KdfParams, Vault, WrongPassphraseError
from wellbeing_desk.vault import kdf as kdf_module
from wellbeing_desk.vault.kdf import KdfParameterError


def test_recommended_floor_is_rfc9106_second_option() -> None:
    params = KdfParams()
    assert (params.memory_kib, params.iterations, params.lanes) == (64 * 1024, 3, 4)
    assert not params.below_recommended
    assert KdfParams.fast_for_tests().below_recommended


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=1024, iterations=3, lanes=4),
        KdfParams(memory_kib=64 * 1024, iterations=0, lanes=4),
        KdfParams(memory_kib=64 * 1024, iterations=3, lanes=0),
        KdfParams(memory_kib=64 * 1024 * 1024, iterations=3, lanes=4),
        KdfParams(memory_kib=64 * 1024, iterations=10_000, lanes=4),
    ],
)
def test_absurd_parameters_are_refused(params: KdfParams) -> None:
    with pytest.raises(KdfParameterError):
        params.validate()


def test_calibration_stays_at_or_above_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[KdfParams] = []
    monkeypatch.setattr(kdf_module, "derive_key", lambda _p, _s, params: calls.append(params))
    params = kdf_module.calibrate()
    assert params.memory_kib >= kdf_module.RECOMMENDED_MEMORY_KIB
    assert params.iterations >= kdf_module.RECOMMENDED_ITERATIONS
    assert params.memory_kib <= kdf_module.CALIBRATION_MAX_MEMORY_KIB
    assert calls[0] == KdfParams()  # measured at the floor first
    assert len(calls) == 2  # then the choice once, to correct the passes


def _edit_header(vault_dir: Path, **kdf_changes: int) -> None:
    # As an attacker would: the header and its copy, the (unkeyed) checksum recomputed.
    edit_header(vault_dir, lambda document: document["slots"][0]["kdf"].update(kdf_changes))


def test_tampered_header_cannot_weaken_the_key(vault_dir: Path) -> None:
    Vault.create(
        vault_dir, PASSPHRASE, KdfParams(memory_kib=16 * 1024, iterations=2, lanes=1)
    ).lock()
    _edit_header(vault_dir, iterations=1, memory_kib=8 * 1024)
    with pytest.raises(WrongPassphraseError):  # AEAD binds the parameters
        Vault.open(vault_dir, PASSPHRASE)


def test_header_beyond_the_ceiling_is_refused_before_deriving(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    _edit_header(vault_dir, memory_kib=512 * 1024 * 1024)
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_dir, PASSPHRASE)


class _SimulatedMachine:
    """Argon2id cost on a pretend machine: seconds grow with memory × passes."""

    def __init__(self, seconds_per_gib_pass: float, *, memory_penalty: float = 1.0) -> None:
        self.rate = seconds_per_gib_pass
        self.penalty = memory_penalty  # >1: larger memory costs more than linear (caches)
        self.now = 0.0
        self.measured: list[KdfParams] = []

    def derive(self, _passphrase: str, _salt: bytes, params: KdfParams) -> bytes:
        self.measured.append(params)
        self.now += self.cost(params)
        return b"\0" * 32

    def cost(self, params: KdfParams) -> float:
        gib = params.memory_kib / (1024 * 1024)
        scale = self.penalty ** math.log2(params.memory_kib / kdf_module.RECOMMENDED_MEMORY_KIB)
        return self.rate * gib * params.iterations * scale

    def clock(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("rate", "penalty"), [(0.75, 1.0), (0.75, 1.15), (2.0, 1.0), (0.2, 1.1), (0.05, 1.0)]
)
def test_calibration_tunes_iterations_to_about_a_second(
    monkeypatch: pytest.MonkeyPatch, rate: float, penalty: float
) -> None:
    # Issue 11.10: doubling memory alone landed at 0.37-0.45 s against the 1 s target.
    machine = _SimulatedMachine(rate, memory_penalty=penalty)
    monkeypatch.setattr(kdf_module, "derive_key", machine.derive)
    monkeypatch.setattr(kdf_module.time, "perf_counter", machine.clock)
    params = kdf_module.calibrate()
    assert 0.8 <= machine.cost(params) <= 1.25
    assert params.memory_kib >= kdf_module.RECOMMENDED_MEMORY_KIB
    assert params.iterations >= kdf_module.RECOMMENDED_ITERATIONS
    assert params.memory_kib <= kdf_module.CALIBRATION_MAX_MEMORY_KIB


def test_a_slow_machine_keeps_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    machine = _SimulatedMachine(40.0)  # the floor alone takes about 7.5 s
    monkeypatch.setattr(kdf_module, "derive_key", machine.derive)
    monkeypatch.setattr(kdf_module.time, "perf_counter", machine.clock)
    assert kdf_module.calibrate() == KdfParams()


def test_memory_beyond_half_of_this_machine_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf_module, "machine_memory_kib", lambda: 2 * 1024 * 1024)  # 2 GiB
    KdfParams(memory_kib=1024 * 1024, iterations=3, lanes=4).validate()
    with pytest.raises(KdfParameterError, match="half"):
        KdfParams(memory_kib=1024 * 1024 + 1024, iterations=3, lanes=4).validate()


def test_total_work_is_bounded() -> None:
    with pytest.raises(KdfParameterError, match="work"):
        KdfParams(memory_kib=2 * 1024 * 1024, iterations=64, lanes=4).validate()


def test_tampered_header_asking_for_most_of_the_memory_is_refused_before_deriving(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    _edit_header(vault_dir, memory_kib=3 * 1024 * 1024)
    monkeypatch.setattr(kdf_module, "machine_memory_kib", lambda: 4 * 1024 * 1024)
    derived: list[object] = []
    monkeypatch.setattr(kdf_module, "derive_key", lambda *args: derived.append(args))
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_dir, PASSPHRASE)
    assert derived == []
