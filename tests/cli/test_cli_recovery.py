"""``recovery add/remove/unlock/status``, driven in child processes as she would."""

import hashlib
import json
import subprocess
from pathlib import Path

from tests.cli.support import FAST, PASS, cli, init_empty
from tests.support.leakcheck import LeakScanner
from wellbeing_desk.vault.recovery_code import generate_recovery_code

NEW = "a brand new passphrase of words"


def _add_code(home: Path, vault_path: Path) -> str:
    result = cli(home, vault_path, "recovery", "add", "--json")
    assert result.returncode == 0, result.stderr
    code: str = json.loads(result.stdout)["recovery_code"]
    return code


def _unlock(
    home: Path, vault_path: Path, code: str, new: str = NEW
) -> subprocess.CompletedProcess[str]:
    return cli(home, vault_path, "recovery", "unlock", *FAST, stdin=f"{code}\n{new}\n")


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _has_code(home: Path, vault_path: Path) -> bool:
    result = cli(home, vault_path, "recovery", "status", "--json", stdin="")
    assert result.returncode == 0, result.stderr
    has: bool = json.loads(result.stdout)["has_recovery_code"]
    return has


def test_the_code_sets_a_new_passphrase_and_the_vault_re_keys(
    home: Path, vault_path: Path, tmp_path: Path
) -> None:
    scanner = LeakScanner(roots=[tmp_path], system_temp_dirs=(Path("/var/tmp"), Path("/dev/shm")))
    init_empty(home, vault_path)
    assert cli(home, vault_path, "journal", "add", "--text", "still here").returncode == 0
    code = _add_code(home, vault_path)
    unlocked = _unlock(home, vault_path, code.lower())
    assert unlocked.returncode == 0, unlocked.stderr
    assert "re-encrypted" in unlocked.stdout
    assert cli(home, vault_path, "check").returncode == 3  # the old passphrase
    listed = cli(home, vault_path, "journal", "list", "--json", stdin=NEW + "\n")
    assert listed.returncode == 0, listed.stderr
    assert [entry["text"] for entry in json.loads(listed.stdout)] == ["still here"]
    assert _has_code(home, vault_path)  # the code keeps working
    for canary in (code, code.replace("-", "")):  # and it was never written down
        assert scanner.findings(canary) == []


def test_add_shows_the_code_once_and_says_what_it_can_do(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    refused = cli(home, vault_path, "recovery", "add", stdin="wrong\n")
    assert refused.returncode == 3
    assert not _has_code(home, vault_path)
    result = cli(home, vault_path, "recovery", "add")
    assert result.returncode == 0, result.stderr
    assert "Anyone who has this code can open the vault" in result.stdout
    code = [line.strip() for line in result.stdout.splitlines() if line.startswith("    ")]
    assert len(code) == 1 and len(code[0]) == 33 and code[0].count("-") == 6
    again = cli(home, vault_path, "recovery", "add")
    assert "The earlier recovery code no longer works." in again.stdout
    stale = _unlock(home, vault_path, code[0])
    assert stale.returncode == 3
    helped = cli(home, vault_path, "recovery", "--help", stdin="")
    assert "anyone with the code can open the vault" in " ".join(helped.stdout.lower().split())


def test_a_typo_exits_2_and_a_wrong_code_3_changing_nothing(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    code = _add_code(home, vault_path)
    before = _digests(vault_path)
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    # The typo is said before the new passphrase is asked: stdin holds only the code.
    result = cli(home, vault_path, "recovery", "unlock", *FAST, stdin=typo + "\n")
    assert result.returncode == 2
    assert "typo" in result.stderr and "Nothing was changed" in result.stderr
    wrong = _unlock(home, vault_path, generate_recovery_code())
    assert wrong.returncode == 3
    assert wrong.stderr == (
        "wellbeing-desk-cli: this recovery code does not open this vault; nothing was changed\n"
    )
    assert _digests(vault_path) == before


def test_the_code_survives_passwd_and_dies_with_remove(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    code = _add_code(home, vault_path)
    changed = cli(home, vault_path, "passwd", *FAST, stdin=f"{PASS}\n{NEW}\n")
    assert changed.returncode == 0, changed.stderr
    assert _unlock(home, vault_path, code, PASS).returncode == 0  # back to PASS by the code
    removed = cli(home, vault_path, "recovery", "remove")
    assert removed.returncode == 0, removed.stderr
    assert "removed" in removed.stdout
    assert not _has_code(home, vault_path)
    gone = _unlock(home, vault_path, code)
    assert gone.returncode == 3
    assert "no recovery code" in gone.stderr
    again = cli(home, vault_path, "recovery", "remove")
    assert again.returncode == 0, again.stderr
    assert again.stdout == "This vault has no recovery code; nothing was changed.\n"


def test_no_vault_exit_4(home: Path, tmp_path: Path) -> None:
    for action in ("unlock", "status"):
        result = cli(home, tmp_path / "nowhere", "recovery", action)
        assert result.returncode == 4, (action, result.stderr)
