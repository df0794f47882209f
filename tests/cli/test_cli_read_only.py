"""Issue 11.2: a vault she can read but not write is read-only here, never "damaged".

A write-protected USB stick, a read-only mount, a folder she cannot write:
every reading command works, every writing command says "read-only here"
(exit 1) and nothing in the folder changes. ``tests/support/read_only.py``
makes the folder read-only so that it holds when the tests run as root.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import PASS, cli, init_empty
from tests.support.isolation import child_env
from tests.support.read_only import WAYS, child_prefix, digests, read_only

NEW = "a new passphrase of many words"
WRITES = (
    ("journal", "add", "--stress", "2", "--text", "not saved"),
    ("directory", "add", "--name", "Not saved"),
    ("notes", "add", "--title", "Not saved"),
    ("passwd",),
)


def cli_in(
    way: str, home: Path, place: Path, *args: str, stdin: str = PASS + "\n"
) -> subprocess.CompletedProcess[str]:
    """The CLI on ``place``, bound by its modes even as root (see ``child_prefix``)."""
    command = [sys.executable, "-m", "wellbeing_desk.cli.main", "--vault", str(place), *args]
    return subprocess.run(
        [*child_prefix(way), *command],
        input=stdin,
        capture_output=True,
        text=True,
        env=child_env(home),
        timeout=60,
        check=False,
    )


def filled(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    for text in ("first calm morning", "a lantern walk by the sea"):
        result = cli(home, vault_path, "journal", "add", "--stress", "3", "--text", text)
        assert result.returncode == 0, result.stderr
    assert cli(home, vault_path, "directory", "add", "--name", "Harbour clinic").returncode == 0


@pytest.mark.parametrize("way", WAYS)
def test_a_read_only_vault_reads_and_refuses_writes_as_read_only(
    home: Path, vault_path: Path, tmp_path: Path, way: str
) -> None:
    filled(home, vault_path)
    before = digests(vault_path)
    exported = tmp_path / "export.json"
    with read_only(vault_path, way, in_process=False) as place:

        def run(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
            return cli_in(way, home, place, *args, stdin=stdin)

        info = run("info", "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["counts"]["journal"] == 2
        listing = run("journal", "list", "--json")
        assert listing.returncode == 0, listing.stderr
        assert {e["text"] for e in json.loads(listing.stdout)} == {
            "first calm morning",
            "a lantern walk by the sea",
        }
        found = run("search", "lantern", "--json")
        assert found.returncode == 0, found.stderr
        assert len(json.loads(found.stdout)) == 1
        directory = run("directory", "list", "--json")
        assert [e["name"] for e in json.loads(directory.stdout)] == ["Harbour clinic"]
        export = run("export", "--format", "json", "-o", str(exported), "--yes")
        assert export.returncode == 0, export.stderr
        assert "lantern walk" in exported.read_text(encoding="utf-8")
        check = run("check")
        assert (check.returncode, check.stderr) == (0, ""), check.stderr
        assert "sound" in check.stdout
        for command in WRITES:
            result = run(*command, stdin=f"{PASS}\n{NEW}\n{NEW}\n")
            assert result.returncode == 1, (command, result.stderr)
            assert "read-only here" in result.stderr, (command, result.stderr)
            for wrong in ("damaged", "backup", "unexpected", "Traceback"):
                assert wrong not in result.stderr, (command, result.stderr)
            assert result.stderr.count("\n") == 1, result.stderr
        assert digests(place) == before
    assert digests(vault_path) == before  # not a lock file, not a -wal, nothing
    # Writable again: it was never marked damaged.
    assert cli(home, vault_path, "journal", "add", "--stress", "1").returncode == 0


@pytest.mark.parametrize("way", WAYS)
def test_a_read_only_vault_is_refused_before_the_passphrase_is_asked(
    home: Path, vault_path: Path, way: str
) -> None:
    """No passphrase typed in vain: the place is judged first (stdin stays empty)."""
    filled(home, vault_path)
    with read_only(vault_path, way, in_process=False) as place:
        result = cli_in(way, home, place, "journal", "add", "--stress", "1", stdin="")
    assert result.returncode == 1, result.stderr
    assert "read-only here" in result.stderr
