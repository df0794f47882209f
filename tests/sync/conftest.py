"""Fixtures for syncing real vaults: a folder both can reach, and two vaults paired in it."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.vault_devices import Device


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """The folder they sync through (a USB stick, a synced folder)."""
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def pair(tmp_path: Path, stick: Path) -> Iterator[tuple[Device, Device]]:
    """Vault a set up sync in ``stick``; vault b joined with its pairing code."""
    a, b = Device(tmp_path / "a", stick), Device(tmp_path / "b", stick)
    b.join(a.set_up())
    yield a, b
    a.vault.lock()
    b.vault.lock()
