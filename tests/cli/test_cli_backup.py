"""The CLI contract for ``backup`` and ``restore``: exit codes, one stderr line, places
checked before the passphrase, and nothing written when a backup is refused."""

import hashlib
import io
import json
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.support import PASS, cli
from wellbeing_desk.cli.main import main as cli_main
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.journal import EntryInput


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    vault: Path,
    *args: str,
    stdin: str = PASS + "\n",
) -> tuple[int, str, str]:
    """``wellbeing-desk-cli --vault VAULT ARGS…`` in this process: (exit code, stdout, stderr)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli_main(["--vault", str(vault), *args])
    out, err = capsys.readouterr()
    return code, out, err


def listing(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        if path.is_file()
        else "folder"
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture
def filled(vault_path: Path) -> Path:
    with Vault.create(vault_path, PASS, KdfParams.fast_for_tests()) as vault:
        for day in range(1, 4):
            vault.journal.add(EntryInput(datetime(2026, 12, day, 9), stress=day, body=f"day {day}"))
    return vault_path


@pytest.fixture
def backup(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    path = tmp_path / "saved" / "vault.wdbackup"
    path.parent.mkdir()
    code, _out, err = run(capsys, monkeypatch, filled, "backup", "-o", str(path))
    assert code == 0, err
    return path


def test_backup_then_restore(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "vault.wdbackup"
    code, out, err = run(capsys, monkeypatch, filled, "backup", "-o", str(path), "--json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document == {"path": str(path), "bytes": path.stat().st_size, "records": 3}

    restored = tmp_path / "elsewhere" / "restored"
    code, out, err = run(capsys, monkeypatch, restored, "restore", str(path))
    assert (code, err) == (0, ""), err
    assert str(restored) in out
    code, out, err = run(capsys, monkeypatch, restored, "info", "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["journal"] == 3
    code, _out, err = run(capsys, monkeypatch, restored, "check")
    assert (code, err) == (0, "")


def test_backup_refuses_an_existing_file_before_the_passphrase(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    existing = tmp_path / "hers.wdbackup"
    existing.write_bytes(b"her file")
    code, out, err = run(capsys, monkeypatch, filled, "backup", "-o", str(existing), stdin="")
    assert code == 1  # with no passphrase read: an empty stdin would have been exit 2
    assert err.count("\n") == 1 and "already exists" in err and out == ""
    assert existing.read_bytes() == b"her file"


def test_backup_refuses_the_vault_folder(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = listing(filled)
    code, _out, err = run(capsys, monkeypatch, filled, "backup", "-o", str(filled / "b"), stdin="")
    assert code == 2
    assert "inside the vault folder" in err and err.count("\n") == 1
    assert listing(filled) == before


def test_backup_with_a_wrong_passphrase_writes_nothing(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    code, _out, err = run(
        capsys, monkeypatch, filled, "backup", "-o", str(folder / "b"), stdin="wrong\n"
    )
    assert code == 3, err
    assert list(folder.iterdir()) == []


def _flipped(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x20
    return bytes(changed)


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "flipped byte": _flipped,
    "truncated": lambda data: data[: len(data) - 100],
    "random bytes": lambda data: os.urandom(len(data)),
    "empty": lambda _data: b"",
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_backup_is_exit_5_and_nothing_is_written(
    backup: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    backup.write_bytes(DAMAGE[damage](backup.read_bytes()))
    before = listing(tmp_path)
    code, out, err = run(capsys, monkeypatch, tmp_path / "new" / "vault", "restore", str(backup))
    assert code == 5, (damage, err)
    assert err.startswith("wellbeing-desk-cli: the backup is damaged or not a backup: ")
    assert err.count("\n") == 1 and out == ""
    assert listing(tmp_path) == before


def test_restore_with_a_wrong_passphrase_is_exit_3(
    backup: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = listing(tmp_path)
    code, _out, err = run(
        capsys, monkeypatch, tmp_path / "new", "restore", str(backup), stdin="wrong\n"
    )
    assert code == 3
    assert err == "wellbeing-desk-cli: wrong passphrase; nothing was changed\n"
    assert listing(tmp_path) == before


def test_restore_refuses_an_existing_vault_folder(
    backup: Path, filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = listing(filled)
    code, _out, err = run(capsys, monkeypatch, filled, "restore", str(backup), stdin="")
    assert code == 1  # said before a passphrase is read
    assert "already exists" in err and err.count("\n") == 1
    assert listing(filled) == before


def test_restore_of_a_missing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = run(capsys, monkeypatch, tmp_path / "new", "restore", str(tmp_path / "x"))
    assert code == 2 and "is not a file" in err
    assert not (tmp_path / "new").exists()


def test_backup_and_restore_as_a_user_runs_them(home: Path, filled: Path, tmp_path: Path) -> None:
    """The real entry point in child processes, the passphrase on stdin."""
    path = tmp_path / "vault.wdbackup"
    made = cli(home, filled, "backup", "-o", str(path))
    assert made.returncode == 0, made.stderr
    assert "checked" in made.stdout
    restored = cli(home, tmp_path / "restored", "restore", str(path))
    assert restored.returncode == 0, restored.stderr
    with Vault.open(tmp_path / "restored", PASS) as vault:
        assert sorted(entry.body for entry in vault.journal.entries()) == [
            "day 1",
            "day 2",
            "day 3",
        ]


def test_a_damaged_vault_gives_no_backup(
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.conftest import PASSPHRASE
    from tests.vault.test_damage import flip_bytes_mid_file, make_filled_vault

    make_filled_vault(vault_path, KdfParams.fast_for_tests())
    flip_bytes_mid_file(vault_path / "vault.db")
    folder = tmp_path / "out"
    folder.mkdir()
    code, _out, err = run(
        capsys, monkeypatch, vault_path, "backup", "-o", str(folder / "b"), stdin=PASSPHRASE + "\n"
    )
    assert code == 5, err
    assert err.count("\n") == 1
    assert list(folder.iterdir()) == []
    assert (vault_path / "vault.damaged").is_file()  # remembered, as any read that meets damage
