"""kill -9 at random moments: the vault always opens, with every committed write."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.isolation import REPO
from wellbeing_desk.vault import KdfParams, Vault, VaultInUseError, WrongPassphraseError
from wellbeing_desk.vault.vault import check_integrity

pytestmark = pytest.mark.slow
NEW_PASSPHRASE = "another calm evening"


def start_worker(*args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.vault_worker", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def kill(process: subprocess.Popen[str]) -> str:
    os.kill(process.pid, signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    return output


def test_crash_during_passphrase_change_leaves_old_or_new(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    rng = random.Random(20261127)
    current, other = PASSPHRASE, NEW_PASSPHRASE
    for _round in range(8):
        worker = start_worker("passwd", str(vault_dir), current, other)
        time.sleep(rng.uniform(0.01, 0.3))
        kill(worker)
        working = []
        for candidate in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                Vault.open(vault_dir, candidate).lock()
                working.append(candidate)
            except WrongPassphraseError:
                pass
        assert len(working) == 1
        current = working[0]
        other = NEW_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
    assert not list(vault_dir.glob(".vault.header.*.tmp"))


def test_kill_during_writes_keeps_every_committed_record(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    rng = random.Random(7)
    committed: set[int] = set()
    for _round in range(6):
        worker = start_worker("write", str(vault_dir), PASSPHRASE)
        time.sleep(rng.uniform(0.05, 0.4))
        output = kill(worker)
        committed |= {int(line) for line in output.split()}
        vault = Vault.open(vault_dir, PASSPHRASE)
        try:
            stored = {
                int(key[1:])
                for (key,) in vault.connection().execute("SELECT key FROM vault_setting")
            }
        finally:
            vault.lock()
        assert committed <= stored
        assert check_integrity(vault_dir, PASSPHRASE).sound


def test_second_writer_is_refused_and_a_stale_lock_recovers(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    holder = start_worker("hold", str(vault_dir), PASSPHRASE)
    try:
        with pytest.raises(VaultInUseError):
            Vault.open(vault_dir, PASSPHRASE)
    finally:
        kill(holder)
    # The dead process's lock file remains; its lock does not.
    assert (vault_dir / "writer.lock").exists()
    Vault.open(vault_dir, PASSPHRASE).lock()
