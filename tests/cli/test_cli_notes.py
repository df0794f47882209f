"""The CLI contract for ``notes add`` / ``notes list``, and ``search`` across all four sections."""

import json
from pathlib import Path

import pytest

from tests.support.isolation import run_cli

PASS = "seven lanterns over the bay"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    result = run_cli(
        tmp_path / "home", "--vault", str(path), "init", "--kdf-memory", "8",
        "--kdf-iterations", "1", "--no-starter", stdin=PASS + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return path


def cli(vault_path: Path, *args: str, stdin: str = PASS + "\n"):
    return run_cli(vault_path.parent / "home", "--vault", str(vault_path), *args, stdin=stdin)


def test_add_then_list_json(vault_path: Path) -> None:
    added = cli(
        vault_path, "notes", "add", "--title", "Círculo de pares", "--date", "2026-10-05",
        "--context", "peer-support circle", "--participant", "Ana", "--participant", "Luz",
        "--takeaway", "Walk together", "--follow-up", "Share the reading list",
        "--tag", "care", "--text", "What worked: **walking** meetings.",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    note_id = added.stdout.strip()
    listed = cli(vault_path, "notes", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (note,) = json.loads(listed.stdout)
    assert note["id"] == note_id
    assert note["title"] == "Círculo de pares"
    assert note["date"] == "2026-10-05"
    assert note["context"] == "Peer-support circle"  # her list's starter, matched by name
    assert note["participants"] == ["Ana", "Luz"]
    assert note["tags"] == ["care"]
    assert note["text"] == "What worked: **walking** meetings."
    assert note["takeaways"] == ["Walk together"]
    assert [f["text"] for f in note["follow_ups"]] == ["Share the reading list"]
    people = cli(vault_path, "notes", "list")
    assert "Círculo de pares  with Ana, Luz" in people.stdout


def test_list_filters_and_order(vault_path: Path) -> None:
    for day, person in (("2026-01-10", "Ana"), ("2026-03-10", "Luz"), ("2026-02-10", "Ana")):
        result = cli(
            vault_path, "notes", "add", "--title", day, "--date", day, "--participant", person
        )
        assert result.returncode == 0, result.stderr
    listed = json.loads(cli(vault_path, "notes", "list", "--json").stdout)
    assert [n["date"] for n in listed] == ["2026-03-10", "2026-02-10", "2026-01-10"]
    ana = json.loads(cli(vault_path, "notes", "list", "--participant", "ana", "--json").stdout)
    assert [n["date"] for n in ana] == ["2026-02-10", "2026-01-10"]
    window = cli(
        vault_path, "notes", "list", "--since", "2026-02-01", "--until", "2026-02-28", "--json"
    )
    assert [n["date"] for n in json.loads(window.stdout)] == ["2026-02-10"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["notes", "add"], "--title"),
        (["notes", "add", "--title", "   "], "title"),
        (["notes", "add", "--title", "x", "--date", "2026-13-01"], "not a date"),
        (["notes", "list", "--since", "2026-02-01", "--until", "2026-01-01"], "after"),
    ],
)
def test_bad_input_is_exit_2_and_saves_nothing(vault_path: Path, args, message) -> None:
    result = cli(vault_path, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(cli(vault_path, "notes", "list", "--json").stdout) == []


def test_search_covers_all_four_sections(vault_path: Path) -> None:
    word = "Ñandú"
    assert cli(vault_path, "journal", "add", "--text", f"Saw a {word} today").returncode == 0
    assert cli(vault_path, "directory", "add", "--name", f"{word} helpline").returncode == 0
    assert (
        cli(vault_path, "notes", "add", "--title", "Circle", "--takeaway", f"the {word}").returncode
        == 0
    )
    from datetime import date

    from wellbeing_desk.debrief import record
    from wellbeing_desk.debrief.builtin import builtin_template
    from wellbeing_desk.vault import Vault

    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template)
    flow.go_to(1)
    flow.set_answer(f"thinking of the {word}")
    with Vault.open(vault_path, PASS) as vault:
        vault.debriefs.create(record.debrief_input(flow, "en"))
    found = cli(vault_path, "search", "NANDU", "--json")  # no accent, other case
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)
    assert [r["section"] for r in results] == ["journal", "debrief", "directory", "notes"]
    for result in results:
        assert set(result) == {"section", "id", "title", "snippet"}
        assert f"[{word}]" in result["snippet"], result
    assert results[0]["title"].startswith(date.today().isoformat())
    people = cli(vault_path, "search", "nandu")
    assert people.stdout.count("\n    ") == 4


def test_full_export_includes_notes(vault_path: Path, tmp_path: Path) -> None:
    cli(vault_path, "notes", "add", "--title", "Retreat", "--takeaway", "Rest is work too")
    out_json, out_md = tmp_path / "all.json", tmp_path / "all.md"
    assert (
        cli(vault_path, "export", "--format", "json", "-o", str(out_json), "--yes").returncode == 0
    )
    (note,) = json.loads(out_json.read_text())["notes"]
    assert note["takeaways"] == ["Rest is work too"]
    assert (
        cli(vault_path, "export", "--format", "markdown", "-o", str(out_md), "--yes").returncode
        == 0
    )
    text = out_md.read_text()
    assert "# Retreat" in text and "- Rest is work too" in text
