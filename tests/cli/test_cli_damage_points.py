"""Issue 11: damage is reported as damage, and only damage — driven through the CLI."""

import hashlib
from pathlib import Path

import pytest

from tests.cli.support import FAST, PASS, cli, init_empty
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


def test_a_wrong_passphrase_changes_nothing_on_disk(home: Path, vault_path: Path) -> None:
    """11.17: no lock file created, no leftover removed, before the passphrase is proven."""
    init_empty(home, vault_path)
    (vault_path / "writer.lock").unlink(missing_ok=True)
    leftover = vault_path / ".vault.header.abc123.tmp"
    leftover.write_bytes(b"ciphertext of an interrupted write")
    before = sorted(p.name for p in vault_path.iterdir())
    for command in (("journal", "list"), ("journal", "add", "--stress", "1"), ("passwd",)):
        result = cli(home, vault_path, *command, stdin="not my passphrase\nnew one here!\n" * 2)
        assert result.returncode == 3, (command, result.stderr)
        assert sorted(p.name for p in vault_path.iterdir()) == before, command
    assert cli(home, vault_path, "journal", "add", "--stress", "1").returncode == 0
    assert not leftover.exists()  # the right passphrase tidies up


def test_a_folder_that_refuses_fsync_is_a_warning_after_the_change(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """11.4: once the new header is renamed into place, success is success."""
    import errno
    import io

    from wellbeing_desk.cli.main import main as cli_main
    from wellbeing_desk.vault import Vault, fileio

    def refuse(_path: Path) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(fileio, "fsync_dir", refuse)
    new = "a brand new passphrase"
    for args, lines in (
        (("init", "--no-starter", *FAST), f"{PASS}\n"),
        (("passwd",), f"{PASS}\n{new}\n"),
    ):
        monkeypatch.setattr("sys.stdin", io.StringIO(lines))
        assert cli_main(["--vault", str(vault_path), *args]) == 0, capsys.readouterr().err
        err = capsys.readouterr().err
        assert "warning: the folder could not be flushed to disk" in err, args
    Vault.open(vault_path, new).lock()  # the change is made


@pytest.mark.parametrize(
    "command",
    [("export", "--format", "json", "--yes"), ("directory", "export", "--format", "csv")],
)
def test_exports_check_the_place_before_the_passphrase(
    home: Path, vault_path: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """11.17: a missing folder is exit 2 naming her path; the vault folder is refused."""
    init_empty(home, vault_path)
    missing = tmp_path / "no such folder" / "out.txt"
    result = cli(home, vault_path, *command, "-o", str(missing), stdin="")  # no passphrase
    assert result.returncode == 2, result.stderr
    assert f"the folder {missing.parent} does not exist" in result.stderr
    assert ".tmp" not in result.stderr and result.stderr.count("\n") == 1
    before = sorted(p.name for p in vault_path.iterdir())
    inside = vault_path / "plain.txt"
    result = cli(home, vault_path, *command, "-o", str(inside), stdin="")
    assert result.returncode == 2 and "inside the vault folder" in result.stderr
    assert sorted(p.name for p in vault_path.iterdir()) == before


def test_directory_export_accepts_yes_and_still_works_in_scripts(
    home: Path, vault_path: Path, tmp_path: Path
) -> None:
    init_empty(home, vault_path)
    for extra in ((), ("--yes",)):
        out = tmp_path / f"dir{len(extra)}.json"
        result = cli(
            home, vault_path, "directory", "export", "--format", "json", "-o", str(out), *extra
        )
        assert result.returncode == 0, result.stderr
        assert out.read_text(encoding="utf-8").startswith("[")


def test_a_copied_world_readable_vault_is_made_private_again(home: Path, vault_path: Path) -> None:
    """11.17: a vault copied with 0644 files in a 0755 folder is tightened when opened."""
    import stat

    init_empty(home, vault_path)
    vault_path.chmod(0o755)
    for path in vault_path.iterdir():
        if path.is_file():
            path.chmod(0o644)
    assert cli(home, vault_path, "journal", "list").returncode == 0
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o700
    for name in ("vault.header", "vault.header.copy", "vault.db"):
        assert stat.S_IMODE((vault_path / name).stat().st_mode) == 0o600, name


def test_init_resumes_after_an_interrupted_init(home: Path, vault_path: Path) -> None:
    """11.5: a create killed before its header is "no vault" (exit 4), and init runs again."""
    init_empty(home, vault_path)
    (vault_path / "vault.header").unlink()  # killed just before the header
    (vault_path / "vault.header.copy").unlink()  # (written after the header)
    (vault_path / ".creating").write_bytes(b"")
    result = cli(home, vault_path, "journal", "list")
    assert result.returncode == 4 and "interrupted; run init again" in result.stderr
    init_empty(home, vault_path)
    assert cli(home, vault_path, "journal", "list").returncode == 0
