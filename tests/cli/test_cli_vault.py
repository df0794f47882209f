"""The CLI contract for init, info, check and passwd, driven in child processes."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import FAST, PASS
from tests.support.isolation import child_env, run_cli
from tests.vault.test_damage import flip_bytes_mid_file, make_filled_vault
from wellbeing_desk.directory.starter import load_starter
from wellbeing_desk.vault import KdfParams


def init(home: Path, vault_path: Path, passphrase: str = PASS) -> None:
    result = run_cli(home, "--vault", str(vault_path), "init", *FAST, stdin=passphrase + "\n")
    assert result.returncode == 0, result.stderr


def test_init_info_check_passwd(home: Path, vault_path: Path) -> None:
    init(home, vault_path)
    info = run_cli(home, "--vault", str(vault_path), "info", "--json", stdin=PASS + "\n")
    assert info.returncode == 0, info.stderr
    document = json.loads(info.stdout)
    assert document["format"] == 2  # header format 2: with its checksum
    assert document["kdf"] == {"name": "argon2id", "memory_kib": 8192, "iterations": 1, "lanes": 4}
    # A new vault holds the starter directory and nothing else.
    starter = len(load_starter().entries)
    assert document["counts"] == {"journal": 0, "debrief": 0, "directory": starter, "notes": 0}

    check = run_cli(home, "--vault", str(vault_path), "check", stdin=PASS + "\n")
    assert (check.returncode, check.stderr) == (0, "")

    new = "a brand new passphrase of words"
    changed = run_cli(home, "--vault", str(vault_path), "passwd", stdin=f"{PASS}\n{new}\n")
    assert changed.returncode == 0, changed.stderr
    assert run_cli(home, "--vault", str(vault_path), "check", stdin=PASS + "\n").returncode == 3
    assert run_cli(home, "--vault", str(vault_path), "check", stdin=new + "\n").returncode == 0


def test_info_without_passphrase_shows_non_secret_facts(home: Path, vault_path: Path) -> None:
    init(home, vault_path)
    result = run_cli(home, "--vault", str(vault_path), "info", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"] is None


def test_wrong_passphrase_exit_3_nothing_changed_no_sqlcipher_noise(
    home: Path, vault_path: Path
) -> None:
    init(home, vault_path)
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in vault_path.iterdir()}
    for command in ("info", "check"):
        result = run_cli(home, "--vault", str(vault_path), command, stdin="wrong\n")
        assert result.returncode == 3
        assert result.stderr == "wellbeing-desk-cli: wrong passphrase; nothing was changed\n"
    result = run_cli(home, "--vault", str(vault_path), "passwd", stdin="wrong\nnew one\n")
    assert result.returncode == 3
    assert "hmac" not in result.stderr.lower()
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in vault_path.iterdir()}
    assert after == digests


@pytest.mark.parametrize("command", ["info", "check", "passwd"])
def test_no_vault_exit_4(home: Path, tmp_path: Path, command: str) -> None:
    result = run_cli(home, "--vault", str(tmp_path / "nowhere"), command, stdin=PASS + "\n")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1


def test_damaged_vault_exit_5_and_file_unchanged(home: Path, vault_path: Path) -> None:
    make_filled_vault(vault_path, KdfParams.fast_for_tests())
    database = vault_path / "vault.db"
    flip_bytes_mid_file(database)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    from tests.conftest import PASSPHRASE

    result = run_cli(home, "--vault", str(vault_path), "check", stdin=PASSPHRASE + "\n")
    assert result.returncode == 5
    assert result.stderr.startswith("wellbeing-desk-cli: the vault is damaged")
    assert result.stderr.count("\n") == 1
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_truncated_header_exit_5(home: Path, vault_path: Path) -> None:
    init(home, vault_path)
    headers = (vault_path / "vault.header", vault_path / "vault.header.copy")
    for header in headers:  # the copy too: a sound copy would open the vault
        header.write_bytes(header.read_bytes()[:40])
    before = [hashlib.sha256(header.read_bytes()).hexdigest() for header in headers]
    for command in ("info", "check", "passwd"):
        result = run_cli(home, "--vault", str(vault_path), command, stdin=PASS + "\n")
        assert result.returncode == 5, (command, result.stderr)
        assert "Traceback" not in result.stderr
    assert [hashlib.sha256(header.read_bytes()).hexdigest() for header in headers] == before


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("bogus",), ""),
        (("init", "--kdf-memory", "1"), PASS + "\n"),
        (("init", "--kdf-iterations", "0"), PASS + "\n"),
        (("init", "--kdf-memory", "lots"), PASS + "\n"),
        (("init", *FAST), "\n"),
        (("init", *FAST), ""),
        ((), ""),
    ],
)
def test_usage_errors_exit_2_one_line(
    home: Path, vault_path: Path, args: tuple[str, ...], stdin: str
) -> None:
    result = run_cli(home, "--vault", str(vault_path), *args, stdin=stdin)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("wellbeing-desk-cli: ")
    assert not vault_path.exists() or not any(vault_path.iterdir())


def test_init_warns_below_recommended_and_refuses_to_overwrite(
    home: Path, vault_path: Path
) -> None:
    first = run_cli(home, "--vault", str(vault_path), "init", *FAST, stdin=PASS + "\n")
    assert first.returncode == 0
    assert "below the recommended" in first.stderr
    header = (vault_path / "vault.header").read_bytes()
    again = run_cli(home, "--vault", str(vault_path), "init", *FAST, stdin="other passphrase\n")
    assert again.returncode == 1
    assert "refusing to overwrite" in again.stderr
    assert (vault_path / "vault.header").read_bytes() == header


def test_default_location_follows_wellbeing_desk_home(home: Path) -> None:
    result = run_cli(home, "init", *FAST, stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    assert (home / "wd" / "vault" / "vault.header").is_file()


def test_cli_never_imports_qt(home: Path, vault_path: Path) -> None:
    init(home, vault_path)
    probe = (
        "import sys\n"
        "from wellbeing_desk.cli.main import main\n"
        f"main(['--vault', {str(vault_path)!r}, 'info'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:' + ','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        input="",
        capture_output=True,
        text=True,
        env=child_env(home),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("QT:")


def test_init_without_the_starter_directory(home: Path, vault_path: Path) -> None:
    result = run_cli(
        home, "--vault", str(vault_path), "init", *FAST, "--no-starter", stdin=PASS + "\n"
    )
    assert result.returncode == 0, result.stderr
    info = run_cli(home, "--vault", str(vault_path), "info", "--json", stdin=PASS + "\n")
    assert json.loads(info.stdout)["counts"]["directory"] == 0


def test_passwd_re_keys_so_an_old_header_and_passphrase_open_nothing(
    home: Path, vault_path: Path
) -> None:
    # Issue 11.8: a header copied before the change (a backup, a sync copy) plus
    # the old passphrase must not open the database as it is now.
    init(home, vault_path)
    old_header = (vault_path / "vault.header").read_bytes()
    new = "a brand new passphrase of words"
    changed = run_cli(
        home, "--vault", str(vault_path), "passwd", "--kdf-memory", "16", "--kdf-iterations", "2",
        stdin=f"{PASS}\n{new}\n",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "re-encrypted" in changed.stdout
    info = run_cli(home, "--vault", str(vault_path), "info", "--json")
    assert json.loads(info.stdout)["kdf"]["memory_kib"] == 16 * 1024
    assert json.loads(info.stdout)["kdf"]["iterations"] == 2
    (vault_path / "vault.header").write_bytes(old_header)
    stale = run_cli(home, "--vault", str(vault_path), "journal", "list", stdin=PASS + "\n")
    assert stale.returncode == 5, stale.stderr
    assert stale.stdout == ""


def test_passwd_without_kdf_options_calibrates_again(home: Path, vault_path: Path) -> None:
    init(home, vault_path)  # made with the weak test settings
    new = "a brand new passphrase of words"
    changed = run_cli(home, "--vault", str(vault_path), "passwd", stdin=f"{PASS}\n{new}\n")
    assert changed.returncode == 0, changed.stderr
    kdf = json.loads(run_cli(home, "--vault", str(vault_path), "info", "--json").stdout)["kdf"]
    assert kdf["memory_kib"] >= 64 * 1024
    assert kdf["iterations"] >= 3


def test_passwd_refuses_kdf_settings_outside_the_limits_before_asking(
    home: Path, vault_path: Path
) -> None:
    init(home, vault_path)
    result = run_cli(home, "--vault", str(vault_path), "passwd", "--kdf-memory", "1", stdin="")
    assert result.returncode == 2
    assert "memory must be" in result.stderr


def test_a_long_passphrase_is_welcome(home: Path, vault_path: Path) -> None:
    # zxcvbn refuses input over 72 characters; a long passphrase is the best kind.
    long_one = "the tide comes in slowly over the grey stones of the harbour wall at dusk"
    long_one += " and again"
    assert len(long_one) > 72
    init(home, vault_path, long_one)
    other = long_one + " tomorrow"
    changed = run_cli(
        home, "--vault", str(vault_path), "passwd", "--kdf-memory", "8", "--kdf-iterations", "1",
        stdin=f"{long_one}\n{other}\n",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "easy to guess" not in changed.stderr


def test_a_short_or_common_passphrase_gets_a_warning(home: Path, vault_path: Path) -> None:
    for passphrase in ("short", "te quiero mucho"):
        target = vault_path.with_name(f"v-{len(passphrase)}")
        result = run_cli(home, "--vault", str(target), "init", *FAST, stdin=passphrase + "\n")
        assert result.returncode == 0, result.stderr
        assert "easy to guess" in result.stderr
