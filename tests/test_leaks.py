"""No plaintext of the user's content (or her passphrase) reaches disk outside the vault."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.support.isolation import REPO, child_env, run_cli
from tests.support.leakcheck import LeakScanner, encodings_of

pytestmark = pytest.mark.slow


def make_canary() -> str:
    return f"CanaryZ{uuid.uuid4().hex[:12]}Leak"


def test_encodings_cover_base64_at_every_offset() -> None:
    import base64

    canary = make_canary()
    patterns = encodings_of(canary)
    for prefix in (b"", b"a", b"ab", b"abc"):
        encoded = base64.b64encode(prefix + canary.encode())
        assert any(p in encoded for k, p in patterns.items() if k.startswith("base64")), prefix


def test_scanner_finds_a_planted_leak(tmp_path: Path) -> None:
    canary = make_canary()
    scanner = LeakScanner([tmp_path])
    (tmp_path / "cache.bin").write_bytes(b"xx" + canary.encode("utf-16-le") + b"yy")
    assert scanner.findings(canary)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_scanner_passes_over_a_fifo_without_waiting(tmp_path: Path) -> None:
    # Other tests leave FIFOs in the temp folders; opening one would wait for ever.
    canary = make_canary()
    scanner = LeakScanner([tmp_path])
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link").symlink_to(tmp_path / "pipe")
    (tmp_path / "notes.txt").write_text(canary, encoding="utf-8")
    assert {hit.split(" ")[0] for hit in scanner.findings(canary)} == {str(tmp_path / "notes.txt")}


def test_vault_and_cli_leave_no_plaintext(tmp_path: Path) -> None:
    home = tmp_path / "home"
    vault_dir = tmp_path / "vault"
    canary = make_canary()
    passphrase_canary = make_canary()
    env = child_env(home)
    scanner = LeakScanner([tmp_path])

    written = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.support.canary_writer",
            str(vault_dir),
            passphrase_canary,
            canary,
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert written.returncode == 0, written.stderr
    outputs = [written.stdout, written.stderr]
    journal_add = ("journal", "add", "--text", canary, "--tag", canary, "--activity", canary)
    for command in (("info",), ("check",), journal_add):
        result = run_cli(home, "--vault", str(vault_dir), *command, stdin=passphrase_canary + "\n")
        assert result.returncode == 0, result.stderr
        outputs += [result.stdout, result.stderr]
    # These print her content on request (to the terminal, not to disk).
    for command in (("journal", "list", "--json"), ("search", canary)):
        result = run_cli(home, "--vault", str(vault_dir), *command, stdin=passphrase_canary + "\n")
        assert result.returncode == 0, result.stderr
        assert canary in result.stdout

    assert (vault_dir / "vault.db").stat().st_size > 0
    for secret in (canary, passphrase_canary):
        assert scanner.findings(secret) == []
        assert not any(secret in text for text in outputs)
    assert scanner.unexpected_new_files() == []
