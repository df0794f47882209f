"""``wipe --yes``: the vault destroyed, the limits said; without ``--yes`` nothing changes.

Run in this process (``main``) for speed; the refusal of a vault open elsewhere
runs the command in a child process, as a second program would.
"""

import hashlib
import io
from pathlib import Path

import pytest

from tests.cli.support import PASS, cli
from wellbeing_desk.cli.main import main
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.wipe_limits import WIPE_LIMITS


def make_vault(vault_path: Path) -> None:
    Vault.create(vault_path, PASS, KdfParams.fast_for_tests()).lock()


def run(vault_path: Path, *args: str, stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))  # not a terminal
    return main(["--vault", str(vault_path), *args])


def digests(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir())}


def test_wipe_yes_destroys_the_vault_and_says_what_it_cannot_reach(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_vault(vault_path)

    code = run(vault_path, "wipe", "--yes", stdin="", monkeypatch=monkeypatch)

    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    first, *rest = out.splitlines()
    assert first.startswith(f"Destroyed the vault at {vault_path}: ")
    assert "overwritten" in first and "removed" in first
    for limit in WIPE_LIMITS:
        assert f"  - {limit.text}" in rest
    assert not vault_path.exists()
    assert run(vault_path, "check", stdin=PASS + "\n", monkeypatch=monkeypatch) == 4


def test_wipe_without_yes_changes_nothing_and_says_what_it_would_do(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_vault(vault_path)
    before = digests(vault_path)

    # Not a terminal: no question is asked, so the typed word does not count.
    code = run(vault_path, "wipe", stdin="destroy\n", monkeypatch=monkeypatch)

    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "wipe destroys the vault at" in err
    assert "'wipe --yes'" in err and "nothing was changed" in err
    assert digests(vault_path) == before
    Vault.open(vault_path, PASS).lock()


def test_files_the_vault_does_not_know_are_left_and_named(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_vault(vault_path)
    (vault_path / "my-notes.txt").write_text("hers\n")

    code = run(vault_path, "wipe", "--yes", stdin="", monkeypatch=monkeypatch)

    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Left alone (not the vault's): my-notes.txt" in out
    assert [p.name for p in vault_path.iterdir()] == ["my-notes.txt"]


def test_no_vault_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "nowhere", "wipe", "--yes", stdin="", monkeypatch=monkeypatch) == 4
    assert capsys.readouterr().err.count("\n") == 1


def test_a_vault_open_in_another_process_is_refused(home: Path, vault_path: Path) -> None:
    make_vault(vault_path)
    opened = Vault.open(vault_path, PASS)  # this test's process holds it; the CLI is a child
    try:
        before = digests(vault_path)
        result = cli(home, vault_path, "wipe", "--yes", stdin="")
        assert result.returncode == 1
        assert "in use" in result.stderr and result.stderr.count("\n") == 1
        assert digests(vault_path) == before
    finally:
        opened.lock()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("typed", "code"), [("no\n", 2), ("", 2), ("destroy\n", 0)])
def test_on_a_terminal_only_the_typed_word_destroys(
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    code: int,
) -> None:
    make_vault(vault_path)
    monkeypatch.setattr("sys.stdin", _Terminal(typed))

    assert main(["--vault", str(vault_path), "wipe"]) == code

    out, _err = capsys.readouterr()
    assert 'Type "destroy" to destroy it: ' in out
    assert vault_path.exists() == (code != 0)
