"""The ``sync`` commands in child processes: two vaults syncing through one folder.

Vaults and, where a test is not about the command that does it, the pairing
are made in-process (fast KDFs) to keep the child processes few.
"""

import json
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.support import PASS, cli
from tests.cli.test_cli_hostile_text import ESC, RLO, assert_clean
from wellbeing_desk.cli.sync_commands import report_document, report_lines
from wellbeing_desk.sync import names, vault_sync
from wellbeing_desk.sync.engine import SyncReport
from wellbeing_desk.sync.pairing import PairingKdfParams, generate_pairing_code
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.journal import EntryInput

NOW_KEYS = {"sent", "received", "applied", "conflicts", "needs_review", "paused"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def vault_a(tmp_path: Path) -> Path:
    return _new_vault(tmp_path / "vault-a")


@pytest.fixture
def vault_b(tmp_path: Path) -> Path:
    return _new_vault(tmp_path / "vault-b")


def _new_vault(path: Path) -> Path:
    Vault.create(path, PASS, KdfParams.fast_for_tests()).lock()
    return path


class _Opened:
    """A vault opened in-process, locked again on leaving."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Vault:
        self.vault = Vault.open(self.path, PASS)
        return self.vault

    def __exit__(self, *_: object) -> None:
        self.vault.lock()


def _sync(path: Path) -> None:
    with _Opened(path) as vault:
        vault_sync.sync(vault.connection())


@pytest.fixture
def paired(vault_a: Path, vault_b: Path, folder: Path) -> Iterator[tuple[Path, Path]]:
    """A set up and B joined, in-process, with a cheap pairing KDF."""
    spec = TargetSpec.folder(folder)
    with _Opened(vault_a) as a:
        new = vault_sync.set_up(a.connection(), spec, params=PairingKdfParams.fast_for_tests())
    with _Opened(vault_b) as b:
        vault_sync.join(b.connection(), spec, new.pairing_code)
    yield vault_a, vault_b


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    return result.stderr


def test_setup_join_and_sync_now_carry_an_entry_to_the_other_vault(
    home: Path, vault_a: Path, vault_b: Path, folder: Path
) -> None:
    setup = cli(home, vault_a, "sync", "setup", "--folder", str(folder), "--json")
    assert setup.returncode == 0, setup.stderr
    created = json.loads(setup.stdout)
    assert set(created) == {"space_id", "device_id", "pairing_code"}
    assert (folder / names.format_path(created["space_id"])).is_file()

    joined = cli(
        home,
        vault_b,
        "sync",
        "join",
        "--folder",
        str(folder),
        stdin=f"{PASS}\n{created['pairing_code']}\n",
    )
    assert joined.returncode == 0, joined.stderr
    assert created["space_id"] in joined.stdout

    added = cli(home, vault_a, "journal", "add", "--text", "Written on the laptop.")
    assert added.returncode == 0, added.stderr
    sent = cli(home, vault_a, "sync", "now", "--json")
    assert sent.returncode == 0, sent.stderr
    report = json.loads(sent.stdout)
    assert set(report) >= NOW_KEYS
    assert report["sent"] >= 1 and report["paused"] is False

    received = cli(home, vault_b, "sync", "now")
    assert received.returncode == 0, received.stderr
    assert received.stdout.startswith("Sent ") and "received" in received.stdout

    listed = cli(home, vault_b, "journal", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert [e["id"] for e in entries] == [added.stdout.strip()]
    assert entries[0]["text"] == "Written on the laptop."


def test_setup_for_people_shows_the_code_and_says_to_keep_it(
    home: Path, vault_a: Path, folder: Path
) -> None:
    setup = cli(home, vault_a, "sync", "setup", "--folder", str(folder))
    assert setup.returncode == 0, setup.stderr
    assert "keep it safe" in setup.stdout
    people = cli(home, vault_a, "sync", "status")
    assert people.returncode == 0, people.stderr
    assert "Last sync: never" in people.stdout
    status = cli(home, vault_a, "sync", "status", "--json")
    assert status.returncode == 0, status.stderr
    state = json.loads(status.stdout)
    assert state["target"] == f"folder {folder.resolve()}"
    assert state["devices"] == [] and state["last_sync_at"] is None
    with _Opened(vault_a) as vault:  # the code shown opens this space's key
        space = vault_sync.status(vault.connection()).space
    code_line = next(line.strip() for line in setup.stdout.splitlines() if line.count("-") == 7)
    with _Opened(_new_vault(folder.parent / "vault-c")) as other:
        keys = vault_sync.join(other.connection(), TargetSpec.folder(folder), code_line)
    assert keys.space == space


@pytest.mark.parametrize(
    "code",
    [generate_pairing_code(), "ABCD-EFGH"],
    ids=["a wrong code", "a code with a typo"],
)
def test_join_with_a_wrong_code_is_one_line_and_changes_nothing(
    home: Path, vault_a: Path, vault_b: Path, folder: Path, code: str
) -> None:
    with _Opened(vault_a) as a:
        vault_sync.set_up(
            a.connection(), TargetSpec.folder(folder), params=PairingKdfParams.fast_for_tests()
        )
    joined = cli(home, vault_b, "sync", "join", "--folder", str(folder), stdin=f"{PASS}\n{code}\n")
    assert joined.returncode == 1
    assert "pairing code" in _one_error_line(joined)
    with _Opened(vault_b) as b:
        assert vault_sync.current_space(b.connection()) is None


def test_status_before_setup_says_so(home: Path, vault_a: Path) -> None:
    status = cli(home, vault_a, "sync", "status")
    assert status.returncode == 1
    assert "does not sync yet" in _one_error_line(status)


def test_webdav_without_a_user_is_refused_before_the_passphrase(home: Path, vault_a: Path) -> None:
    setup = cli(home, vault_a, "sync", "setup", "--webdav", "https://dav.example", stdin="")
    assert setup.returncode == 2
    assert "--user" in _one_error_line(setup)


def test_a_conflict_is_listed_for_review_and_its_hostile_title_is_escaped(
    home: Path, paired: tuple[Path, Path]
) -> None:
    vault_a, vault_b = paired
    hostile = f"{ESC}[2Jcleared? {RLO}reversed"  # whichever side loses, its title is hostile
    with _Opened(vault_a) as a:
        entry_id = a.journal.add(EntryInput(datetime(2026, 12, 1, 8), body="first words"))
    _sync(vault_a)
    _sync(vault_b)
    for path, body in ((vault_a, f"{hostile} on a"), (vault_b, f"{hostile} on b")):
        with _Opened(path) as vault:
            vault.journal.update(entry_id, EntryInput(datetime(2026, 12, 1, 8), body=body))
    _sync(vault_a)

    now = cli(home, vault_b, "sync", "now", "--json")  # receives a's edit over its own
    assert now.returncode == 0, now.stderr
    report = json.loads(now.stdout)
    assert report["conflicts"] == 1 and report["needs_review"] == 1

    as_json = cli(home, vault_b, "sync", "review", "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert_clean(as_json.stdout)
    (item,) = json.loads(as_json.stdout)
    assert set(item) == {"id", "kind", "reason", "of_id", "title", "noted_at"}
    assert item["reason"] == "conflict_copy" and item["of_id"] == entry_id
    assert item["title"] in (f"{hostile} on a", f"{hostile} on b")

    for_people = cli(home, vault_b, "sync", "review")
    assert for_people.returncode == 0, for_people.stderr
    assert_clean(for_people.stdout)
    assert item["id"] in for_people.stdout and "\\u001b[2Jcleared?" in for_people.stdout


def test_a_paused_sync_says_what_it_would_remove_and_alerts_stay_one_clean_line() -> None:
    report = SyncReport(
        sent=12,
        received=40,
        paused=True,
        would_remove={"journal": 60, "note": 1},
        alerts=[f"a file from {ESC}]0;pwned\x07 was not used\nsecond line{RLO}"],
    )
    lines = report_lines(report, needs_review=1)
    assert lines[0] == "Sent 12 changes, received 40, 1 needs review."
    assert "remove 60 journal entries, 1 dialogue note." in lines[1]
    assert "sync now --yes" in lines[1]
    (alert,) = [line for line in lines if line.startswith("Alert: ")]
    assert_clean(alert)
    assert "\n" not in alert and "second line" in alert
    assert report_document(report, 1)["would_remove"] == {"journal": 60, "note": 1}


def test_leave_asks_first_and_then_keeps_every_record(
    home: Path, paired: tuple[Path, Path]
) -> None:
    vault_a, _ = paired
    with _Opened(vault_a) as a:
        entry_id = a.journal.add(EntryInput(datetime(2026, 12, 1, 9), body="stays here"))
    asked = cli(home, vault_a, "sync", "leave")
    assert asked.returncode == 2 and "--yes" in asked.stderr
    with _Opened(vault_a) as a:
        assert vault_sync.current_space(a.connection()) is not None
    left = cli(home, vault_a, "sync", "leave", "--yes")
    assert left.returncode == 0, left.stderr
    with _Opened(vault_a) as a:
        assert vault_sync.current_space(a.connection()) is None
        assert a.journal.get(entry_id) is not None
        a.journal.add(EntryInput(datetime(2026, 12, 2, 9), body="not tracked any more"))
        assert a.connection().execute("SELECT count(*) FROM sync_outbox").fetchone() == (0,)
    status = cli(home, vault_a, "sync", "status")
    assert status.returncode == 1


def test_the_same_entry_edited_on_both_gives_both_the_same_two_versions(
    home: Path, paired: tuple[Path, Path]
) -> None:
    """The README's example: one entry, edited on each vault before they synced."""
    vault_a, vault_b = paired
    added = cli(home, vault_a, "journal", "add", "--text", "Slept badly.")
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    for vault in (vault_a, vault_b):
        assert cli(home, vault, "sync", "now").returncode == 0
    edit_a = cli(home, vault_a, "journal", "edit", entry_id, "--text", "Slept badly; walked.")
    edit_b = cli(home, vault_b, "journal", "edit", entry_id, "--text", "Slept badly; called Ana.")
    assert edit_a.returncode == edit_b.returncode == 0, edit_a.stderr + edit_b.stderr
    for vault in (vault_a, vault_b, vault_a):
        assert cli(home, vault, "sync", "now").returncode == 0
    texts = []
    for vault in (vault_a, vault_b):
        listed = cli(home, vault, "journal", "list", "--json")
        texts.append(sorted(entry["text"] for entry in json.loads(listed.stdout)))
        review = json.loads(cli(home, vault, "sync", "review", "--json").stdout)
        assert [(item["reason"], item["of_id"]) for item in review] == [("conflict_copy", entry_id)]
    assert texts[0] == texts[1] == ["Slept badly; called Ana.", "Slept badly; walked."]


def test_journal_edit_names_a_missing_entry_in_one_line(home: Path, vault_a: Path) -> None:
    result = cli(home, vault_a, "journal", "edit", "no-such-id", "--text", "x")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no journal entry" in result.stderr


def test_resolve_code_and_forget(home: Path, paired: tuple[Path, Path]) -> None:
    vault_a, vault_b = paired
    added = cli(home, vault_a, "journal", "add", "--text", "first")
    entry_id = added.stdout.strip()
    for vault in (vault_a, vault_b):
        assert cli(home, vault, "sync", "now").returncode == 0
    assert cli(home, vault_a, "journal", "edit", entry_id, "--text", "on a").returncode == 0
    assert cli(home, vault_b, "journal", "edit", entry_id, "--text", "on b").returncode == 0
    for vault in (vault_a, vault_b, vault_a):
        assert cli(home, vault, "sync", "now").returncode == 0
    (item,) = json.loads(cli(home, vault_a, "sync", "review", "--json").stdout)
    wrong = cli(home, vault_a, "sync", "resolve", item["id"], "--remove")
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
    done = cli(home, vault_a, "sync", "resolve", item["id"], "--keep-record")
    assert done.returncode == 0, done.stderr
    for vault in (vault_a, vault_b):
        assert cli(home, vault, "sync", "now").returncode == 0
        assert json.loads(cli(home, vault, "sync", "review", "--json").stdout) == []
    shown = cli(home, vault_a, "sync", "code")
    with _Opened(vault_a) as a:
        assert vault_sync.pairing_code(a.connection()) in shown.stdout
        b_id = json.loads(cli(home, vault_b, "sync", "status", "--json").stdout)["device_id"]
    forgot = cli(home, vault_a, "sync", "forget", b_id)
    assert forgot.returncode == 0, forgot.stderr
    status = json.loads(cli(home, vault_a, "sync", "status", "--json").stdout)
    assert [d["device_id"] for d in status["devices"]] == []
