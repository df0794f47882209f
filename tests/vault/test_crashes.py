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
from wellbeing_desk.vault import KdfParams, Vault, VaultInUseError, WrongPassphraseError, rekey
from wellbeing_desk.vault.layout import VaultLayout
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
        # Opened, the header's copy is the header again: never an older one left.
        header = (vault_dir / "vault.header").read_bytes()
        assert (vault_dir / "vault.header.copy").read_bytes() == header
        current = working[0]
        other = NEW_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
    assert not list(vault_dir.glob(".vault.header.*.tmp"))


def test_kill_during_rekey_at_20_random_moments(vault_dir: Path, fast_kdf: KdfParams) -> None:
    # Issue 11.8: each change re-encrypts the database under a new key; a kill -9
    # at any moment leaves the old or the new passphrase working, never neither,
    # and every record readable.
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        for number in range(300):
            vault.settings.set(f"record{number}", f"value {number} " * 20)
    rng = random.Random(20261206)
    current = PASSPHRASE
    seen: list[rekey.RekeyState] = []
    for _round in range(20):
        other = NEW_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
        worker = start_worker("passwd", str(vault_dir), current, other)
        time.sleep(rng.uniform(0.0, 0.4))
        kill(worker)
        seen.append(rekey.state(VaultLayout(vault_dir)))
        working = []
        for candidate in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                with Vault.open(vault_dir, candidate) as vault:
                    assert vault.settings.get("record299") == "value 299 " * 20
                    conn = vault.connection()
                    count = conn.execute(
                        "SELECT count(*) FROM vault_setting WHERE key LIKE 'record%'"
                    ).fetchone()[0]
                    assert count == 300
                working.append(candidate)
            except WrongPassphraseError:
                pass
        assert len(working) == 1
        current = working[0]
        assert check_integrity(vault_dir, current).sound
    assert not list(vault_dir.glob("*.rekey*"))
    print("states at the kills:", [state.value for state in seen])


STEP_MARKS = [
    f"{step} {when}" for step in ("prepare", "commit", "finish") for when in ("start", "done")
]


def test_kill_at_each_rekey_step(vault_dir: Path, fast_kdf: KdfParams) -> None:
    # The random moments above land mostly in the long export; here each step's
    # start and end is hit on purpose, a few milliseconds either side.
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        vault.settings.set("kept", "through every kill")
    rng = random.Random(611)
    current = PASSPHRASE
    seen = set()
    for mark in STEP_MARKS * 2:
        other = NEW_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
        worker = start_worker("passwd-marked", str(vault_dir), current, other)
        assert worker.stdout is not None
        while worker.stdout.readline().strip() != mark:
            pass
        time.sleep(rng.uniform(0.0, 0.005))
        kill(worker)
        seen.add(rekey.state(VaultLayout(vault_dir)))
        working = []
        for candidate in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                with Vault.open(vault_dir, candidate) as vault:
                    assert vault.settings.get("kept") == "through every kill"
                working.append(candidate)
            except WrongPassphraseError:
                pass
        assert len(working) == 1, mark
        current = working[0]
    assert rekey.RekeyState.COMMITTED in seen
    assert rekey.RekeyState.UNCOMMITTED in seen


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
                for (key,) in vault.connection().execute(
                    "SELECT key FROM vault_setting WHERE key GLOB 'n[0-9]*'"
                )
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
