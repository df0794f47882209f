"""The ``team`` commands in child processes: a team created, a member added on the
fingerprint she reads, an entry shared, synced, and the member removed."""

import json
from pathlib import Path

from tests.cli.support import PASS, cli
from tests.cli.test_cli_hostile_text import ESC, assert_clean
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput


def _new_vault(path: Path) -> Path:
    Vault.create(path, PASS, KdfParams.fast_for_tests()).lock()
    return path


def _json(result: object) -> object:
    assert getattr(result, "returncode", None) == 0, getattr(result, "stderr", "")
    return json.loads(result.stdout)  # type: ignore[attr-defined]


def test_a_team_from_creation_to_removal(tmp_path: Path) -> None:
    home, folder = tmp_path / "home", tmp_path / "stick"
    folder.mkdir()
    rosa, ana = _new_vault(tmp_path / "rosa"), _new_vault(tmp_path / "ana")

    ana_key = _json(cli(home, ana, "team", "key", "--json"))
    assert isinstance(ana_key, dict)
    key, fingerprint = ana_key["key"], ana_key["fingerprint"]
    created = _json(
        cli(
            home,
            rosa,
            "team",
            "create",
            "--name",
            "Red",
            "--as",
            "Rosa",
            "--folder",
            str(folder),
            "--json",
        )
    )
    assert isinstance(created, dict)
    team_id, creator = created["team_id"], created["fingerprint"]

    asked = cli(home, rosa, "team", "invite", key, "--name", "Ana")
    assert asked.returncode == 2 and fingerprint in asked.stderr  # compare first
    wrong = cli(home, rosa, "team", "invite", key, "--name", "Ana", "--fingerprint", creator)
    assert wrong.returncode == 2 and "does not match" in wrong.stderr
    typed = fingerprint.lower().replace("-", " ")  # as she reads it aloud and he types it
    added = cli(home, rosa, "team", "invite", key, "--name", "Ana", "--fingerprint", typed)
    assert added.returncode == 0, added.stderr
    assert team_id in added.stdout and creator in added.stdout

    joined = cli(
        home,
        ana,
        "team",
        "join",
        team_id,
        "--creator-fingerprint",
        creator,
        "--folder",
        str(folder),
    )
    assert joined.returncode == 0, joined.stderr

    with Vault.open(rosa, PASS) as vault:
        entry = vault.directory.add(
            DirectoryEntryInput(
                name="Counsellor who knows this work",
                kind="person",
                contacts=(ContactMethod("phone", "+34 600 111 222"),),
                notes="Rosa's own note",
            )
        )
    unasked = cli(home, rosa, "team", "share", entry)
    assert unasked.returncode == 2 and "'Red'" in unasked.stderr  # it names the team
    shared = cli(home, rosa, "team", "share", entry, "--yes")
    assert shared.returncode == 0, shared.stderr
    team_entry = shared.stdout.strip()

    sent = _json(cli(home, rosa, "team", "sync", "--json"))
    assert isinstance(sent, dict) and sent["sent"] == 1
    received = _json(cli(home, ana, "team", "sync", "--json"))
    assert isinstance(received, dict) and received["received"] == 1
    listed = _json(cli(home, ana, "directory", "list", "--json"))
    assert isinstance(listed, list)
    assert [(d["id"], d["team_id"], d["note"]) for d in listed] == [(team_entry, team_id, "")]

    members = _json(cli(home, ana, "team", "members", "--json"))
    assert isinstance(members, list)
    assert [(m["name"], m["admin"], m["me"]) for m in members] == [
        ("Rosa", True, False),
        ("Ana", False, True),
    ]

    refused = cli(home, rosa, "team", "remove", fingerprint)
    assert refused.returncode == 2 and "keeps what she already saw" in refused.stderr
    removed = cli(home, rosa, "team", "remove", fingerprint, "--yes")
    assert removed.returncode == 0, removed.stderr
    told = cli(home, ana, "team", "sync")
    assert told.returncode == 0 and "no longer on this team's roster" in told.stdout
    teams = _json(cli(home, ana, "team", "list", "--json"))
    assert isinstance(teams, list) and teams[0]["removed"] is True

    kept = cli(home, ana, "team", "keep", team_entry)
    assert kept.returncode == 0, kept.stderr
    mine = _json(cli(home, ana, "directory", "list", "--json"))
    assert isinstance(mine, list)
    assert sorted(str(d["team_id"]) for d in mine) == sorted([team_id, "None"])

    # Removed, she leaves the team on her computer: its entry goes, her copy stays.
    asked_first = cli(home, ana, "team", "leave")
    assert asked_first.returncode == 2 and "only the person who created it" in asked_first.stderr
    left = _json(cli(home, ana, "team", "leave", "--yes", "--json"))
    assert left == {"team_id": team_id, "team": "Red", "entries_removed": 1}
    assert _json(cli(home, ana, "team", "list", "--json")) == []
    after = _json(cli(home, ana, "directory", "list", "--json"))
    assert isinstance(after, list) and [d["team_id"] for d in after] == [None]


def test_unprintable_names_are_refused_and_bad_keys_explained(tmp_path: Path) -> None:
    home, folder = tmp_path / "home", tmp_path / "stick"
    folder.mkdir()
    rosa = _new_vault(tmp_path / "rosa")
    bad = cli(
        home,
        rosa,
        "team",
        "create",
        "--name",
        f"Red{ESC}[31m",
        "--as",
        "Rosa",
        "--folder",
        str(folder),
    )
    assert bad.returncode == 2
    assert_clean(bad.stderr)
    garbled = cli(home, rosa, "team", "invite", "ABCD-EFGH", "--name", "Ana")
    assert garbled.returncode == 2 and "not a member key" in garbled.stderr
    nothing = cli(home, rosa, "team", "sync")
    assert nothing.returncode != 0 and "no team space" in nothing.stderr
