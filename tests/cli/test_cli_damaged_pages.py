"""Issue 11.3: a flipped byte in a data page is damage (exit 5), and writing stops.

Once a command has met damage, the vault refuses writes, in any later
command, until ``check`` passes again: the knowledge is kept beside the
database (which cannot be trusted), in a marker file holding no content.
"""

import hashlib
from datetime import datetime
from pathlib import Path

from tests.cli.support import PASS, cli, init_empty
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput

DAMAGED = "wellbeing-desk-cli: the vault is damaged"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled_vault(home: Path, vault_path: Path, entries: int = 60) -> None:
    """A vault with entries of several pages, checkpointed (the -wal folded in)."""
    init_empty(home, vault_path)
    with Vault.open(vault_path, PASS) as vault:
        for number in range(entries):
            body = f"entry {number}: a lantern walk by the sea " + "quiet words " * 30
            vault.journal.add(EntryInput(occurred_at=datetime(2026, 3, 1, 12, 0), body=body))


def flip_a_byte_in_the_journal(vault_path: Path) -> bytes:
    """Flip one byte mid-page in the journal table's root page (never page 1).

    Every journal read starts at that page. Returns the good file, to put back.
    """
    with Vault.open_for_reading(vault_path, PASS) as vault:
        conn = vault.connection()
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'journal_entry'"
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    root, page_size = int(root), int(page_size)
    assert root > 1
    database = vault_path / "vault.db"
    good = database.read_bytes()
    damaged = bytearray(good)
    damaged[(root - 1) * page_size + page_size // 2] ^= 0x01
    database.write_bytes(bytes(damaged))
    return good


def assert_damaged(result: object, command: tuple[str, ...]) -> None:
    code, stderr = result.returncode, result.stderr  # type: ignore[attr-defined]
    assert code == 5, (command, code, stderr)
    assert stderr.startswith(DAMAGED), (command, stderr)
    assert "unexpected" not in stderr and "Traceback" not in stderr, stderr
    assert stderr.count("\n") == 1, stderr


def test_a_flipped_byte_is_damage_and_writes_wait_for_a_passing_check(
    home: Path, vault_path: Path, tmp_path: Path
) -> None:
    filled_vault(home, vault_path)
    good = flip_a_byte_in_the_journal(vault_path)
    database = vault_path / "vault.db"
    damaged = _digest(database)

    readers: tuple[tuple[str, ...], ...] = (
        ("journal", "list"),
        ("search", "lantern"),
        ("export", "--format", "json", "-o", str(tmp_path / "out.json"), "--yes"),
    )
    for command in readers:
        assert_damaged(cli(home, vault_path, *command), command)
    assert not (tmp_path / "out.json").exists()

    # A later write refuses before touching the file, and says what to do.
    add = ("journal", "add", "--stress", "2", "--text", "written into damage?")
    refused = cli(home, vault_path, *add)
    assert_damaged(refused, add)
    assert "check" in refused.stderr, refused.stderr
    assert _digest(database) == damaged

    check = cli(home, vault_path, "check")
    assert check.returncode == 5 and "restore a backup" in check.stderr, check.stderr
    assert_damaged(cli(home, vault_path, *add), add)  # a failed check clears nothing

    # The good file back (her backup): check passes, and writing works again.
    database.write_bytes(good)
    assert_damaged(cli(home, vault_path, *add), add)  # still refused until checked
    check = cli(home, vault_path, "check")
    assert (check.returncode, check.stderr) == (0, ""), check.stderr
    added = cli(home, vault_path, *add)
    assert added.returncode == 0, added.stderr


def test_a_write_that_meets_damage_is_exit_5_and_marks_the_vault(
    home: Path, vault_path: Path
) -> None:
    """The first command after the damage may be a write: it stops there, and so do later ones."""
    filled_vault(home, vault_path, entries=20)
    flip_a_byte_in_the_journal(vault_path)
    add = ("journal", "add", "--stress", "2", "--text", "after the damage")
    assert_damaged(cli(home, vault_path, *add), add)
    directory_add = ("directory", "add", "--name", "Elsewhere in the file")
    refused = cli(home, vault_path, *directory_add)
    assert_damaged(refused, directory_add)
    assert "check" in refused.stderr


def test_the_mark_holds_no_content_and_is_private(home: Path, vault_path: Path) -> None:
    import stat

    filled_vault(home, vault_path, entries=20)
    flip_a_byte_in_the_journal(vault_path)
    assert cli(home, vault_path, "journal", "list").returncode == 5
    mark = vault_path / "vault.damaged"
    text = mark.read_text(encoding="ascii")  # a fixed text: nothing from the vault
    assert "lantern" not in text and "entry" not in text
    assert "wellbeing-desk-cli --vault <this folder> check" in text
    assert stat.S_IMODE(mark.stat().st_mode) == 0o600
