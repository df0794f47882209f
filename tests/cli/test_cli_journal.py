"""The CLI contract for journal add/list, search and export, in child processes."""

import json
from pathlib import Path

import pytest

from tests.support.isolation import run_cli
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod

PASS = "seven lanterns over the bay"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "cli-home"
    result = run_cli(home, "init", "--kdf-memory", "8", "--kdf-iterations", "1", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    return home


def cli(home: Path, *args: str, stdin: str = PASS + "\n"):
    return run_cli(home, *args, stdin=stdin)


def test_add_then_list_json(home: Path) -> None:
    added = cli(
        home, "journal", "add", "--date", "2026-03-04", "--stress", "7", "--mood", "2",
        "--activity", "rest", "--activity", "Swimming", "--tag", "work", "--text", "Hard day.",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    listed = cli(home, "journal", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (entry,) = json.loads(listed.stdout)
    assert entry["id"] == entry_id
    assert entry["date"] == "2026-03-04"
    assert (entry["stress"], entry["mood"]) == (7, 2)
    assert entry["activities"] == ["Rest", "Swimming"]  # starter matched by key; new one added
    assert entry["tags"] == ["work"]
    assert entry["text"] == "Hard day."


def test_list_is_newest_first_and_filters_by_date(home: Path) -> None:
    for day in ("2026-01-10", "2026-02-10", "2026-03-10"):
        assert cli(home, "journal", "add", "--date", day, "--text", day).returncode == 0
    listed = json.loads(cli(home, "journal", "list", "--json").stdout)
    assert [e["date"] for e in listed] == ["2026-03-10", "2026-02-10", "2026-01-10"]
    window = json.loads(
        cli(
            home, "journal", "list", "--since", "2026-02-01", "--until", "2026-02-28", "--json"
        ).stdout
    )
    assert [e["date"] for e in window] == ["2026-02-10"]
    people = cli(home, "journal", "list")
    assert people.returncode == 0 and "2026-03-10" in people.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("--stress", "11"), ("--stress", "-1"), ("--mood", "0"), ("--mood", "6"),
        ("--stress", "lots"), ("--date", "2026-13-01"), ("--energy", "9"), ("--tag", "x" * 61),
    ],
)  # fmt: skip
def test_out_of_range_values_are_usage_errors_and_nothing_is_saved(home: Path, args: tuple) -> None:
    result = cli(home, "journal", "add", *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1
    assert json.loads(cli(home, "journal", "list", "--json").stdout) == []


def test_wrong_passphrase_exit_3(home: Path) -> None:
    assert cli(home, "journal", "add", "--text", "x", stdin="wrong\n").returncode == 3
    assert cli(home, "journal", "list", stdin="wrong\n").returncode == 3
    assert cli(home, "search", "x", stdin="wrong\n").returncode == 3


def test_search_json(home: Path) -> None:
    cli(home, "journal", "add", "--text", "Hablé con la psicóloga sobre el cansancio.")
    cli(home, "journal", "add", "--text", "Unrelated.")
    result = cli(home, "search", "psicologa", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    # Her entry, and directory entries found by what they are (counselling).
    (hit,) = [h for h in hits if h["section"] == "journal"]
    assert {h["section"] for h in hits} <= {"journal", "directory"}
    assert set(hit) == {"section", "id", "title", "snippet"}
    assert "[psicóloga]" in hit["snippet"]
    assert json.loads(cli(home, "search", "nothinglikethis", "--json").stdout) == []
    assert cli(home, "search", '"*').returncode == 2


def test_export_json_and_markdown(home: Path, tmp_path: Path) -> None:
    cli(home, "journal", "add", "--stress", "4", "--activity", "nature", "--text", "By the river.")
    refused = cli(home, "export", "--format", "json", "-o", str(tmp_path / "x.json"))
    assert refused.returncode == 2  # a pipe cannot confirm: --yes is needed
    assert not (tmp_path / "x.json").exists()

    out = tmp_path / "all.json"
    assert cli(home, "export", "--format", "json", "-o", str(out), "--yes").returncode == 0
    document = json.loads(out.read_text())
    assert document["journal"][0]["text"] == "By the river."
    assert document["journal"][0]["activities"] == ["Nature"]
    assert set(document["self_care_plan"]) >= {"what_helps", "people"}
    assert oct(out.stat().st_mode & 0o777) == "0o600"

    md = tmp_path / "all.md"
    assert cli(home, "export", "--format", "markdown", "-o", str(md), "--yes").returncode == 0
    text = md.read_text()
    assert "By the river." in text and "**Stress (0–10):** 4" in text

    again = cli(home, "export", "--format", "markdown", "-o", str(md), "--yes")
    assert again.returncode == 1 and "already exists" in again.stderr
    assert list(tmp_path.glob(".*.tmp")) == []


def test_export_includes_her_emergency_people_and_safer_place(home: Path, tmp_path: Path) -> None:
    vault = Vault.open(home / "wd" / "vault", PASS)
    vault.emergency.add_person("Ana", [ContactMethod("signal", "+52 1")], role="security")
    vault.care_plan.set("safer_place", "My aunt's house")
    vault.lock()
    out = tmp_path / "all.json"
    assert cli(home, "export", "--format", "json", "-o", str(out), "--yes").returncode == 0
    document = json.loads(out.read_text())
    (ana,) = document["emergency_people"]
    assert (ana["name"], ana["role"]) == ("Ana", "security")
    assert ana["contacts"] == [{"type": "signal", "value": "+52 1", "label": ""}]
    assert document["self_care_plan"]["safer_place"] == "My aunt's house"
    md = tmp_path / "all.md"
    assert cli(home, "export", "--format", "markdown", "-o", str(md), "--yes").returncode == 0
    text = md.read_text()
    assert "## In an emergency" in text and "Ana (security): signal: +52 1" in text
    assert "My aunt's house" in text
