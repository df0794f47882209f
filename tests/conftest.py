"""Shared fixtures. Every test gets private HOME/XDG/TMP folders and fast KDF settings."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support.isolation import isolated_environment
from wellbeing_desk.hardening import harden_process
from wellbeing_desk.vault import KdfParams, Vault

PASSPHRASE = "quiet river morning lantern"

harden_process()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HOME, XDG dirs and WELLBEING_DESK_HOME inside the test's own folder."""
    env = isolated_environment(tmp_path / "home")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield Path(env["HOME"])


@pytest.fixture
def fast_kdf() -> KdfParams:
    return KdfParams.fast_for_tests()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    opened = Vault.create(vault_dir, PASSPHRASE, fast_kdf)
    yield opened
    opened.lock()
