"""Argon2id parameters: floor, ceiling, calibration and a header that lies."""

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
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
    assert calls == [KdfParams()]  # one measurement at the floor


def _edit_header(vault_dir: Path, **kdf_changes: int) -> None:
    path = vault_dir / "vault.header"
    document = json.loads(path.read_text())
    document["slots"][0]["kdf"].update(kdf_changes)
    path.write_text(json.dumps(document))


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
