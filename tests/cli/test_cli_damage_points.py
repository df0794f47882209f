"""Issue 11: damage is reported as damage, and only damage — driven through the CLI."""

import hashlib
from pathlib import Path

import pytest

from tests.cli.support import PASS, cli, init_empty
from tests.support.isolation import run_cli


def test_a_zero_length_database_is_damaged_and_left_as_it_is(home: Path, vault_path: Path) -> None:
    """11.1: power loss or a failed copy leaves a zero-length file; it is not a new vault."""
    init_empty(home, vault_path)
    assert cli(home, vault_path, "journal", "add", "--stress", "4").returncode == 0
    database = vault_path / "vault.db"
    database.write_bytes(b"")
    for command in (("check",), ("journal", "list"), ("journal", "add", "--stress", "2")):
        result = cli(home, vault_path, *command)
        assert result.returncode == 5, (command, result.stdout, result.stderr)
        assert result.stderr.startswith("wellbeing-desk-cli: the vault is damaged"), result.stderr
        assert result.stderr.count("\n") == 1
        assert database.stat().st_size == 0, command
    assert hashlib.sha256(database.read_bytes()).hexdigest() == hashlib.sha256(b"").hexdigest()


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_import_reads_only_regular_files(
    home: Path, vault_path: Path, tmp_path: Path, kind: str
) -> None:
    """11.13: a symlink to /dev/zero is not read until memory runs out; a FIFO does not hang."""
    import os

    init_empty(home, vault_path)
    chosen = tmp_path / "contacts.vcf"
    if kind == "device":
        chosen.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(chosen)
    else:
        chosen.mkdir()
    result = run_cli(
        home, "--vault", str(vault_path), "directory", "import", str(chosen),
        stdin=PASS + "\n", timeout=20,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "regular file" in result.stderr or "folder" in result.stderr


def test_the_gui_reader_refuses_devices_and_pipes(tmp_path: Path) -> None:
    import os

    from wellbeing_desk.files import NotAFileError, read_regular_file

    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)
    device = tmp_path / "zero.vcf"
    device.symlink_to("/dev/zero")
    for path in (fifo, device):
        with pytest.raises(NotAFileError):
            read_regular_file(path, 1024)
    small = tmp_path / "a.vcf"
    small.write_bytes(b"x" * 10)
    assert read_regular_file(small, 4) == b"xxxxx"  # one byte more than the bound, no more
