"""The CLI's home and an uncreated vault folder, each test its own (files may override)."""

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "cli-home"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "cli-vault"
