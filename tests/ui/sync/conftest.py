"""Fixtures for the Sync screens: a folder to sync through, her vault on another
computer (not syncing until a test pairs it), and a WebDAV server (``dav``)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.dav_fixtures import _running_dav, dav
from wellbeing_desk.vault import KdfParams, Vault


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def other(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    """Her vault on another computer."""
    opened = Vault.create(tmp_path / "other", PASSPHRASE, fast_kdf)
    yield opened
    opened.lock()


__all__ = ["_running_dav", "dav", "folder", "other"]
