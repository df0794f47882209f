"""The export includes who looks after the people who depend on her, like her people."""

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


def test_export_includes_her_words_and_her_carers(home: Path, tmp_path: Path) -> None:
    vault = Vault.open(home / "wd" / "vault", PASS)
    vault.emergency.add_person("Rosa", [ContactMethod("phone", "+502 1")], role="carer")
    vault.care_plan.set("dependants", "Lucía: school pick-up at 2")
    vault.lock()
    out = tmp_path / "all.json"
    result = run_cli(home, "export", "--format", "json", "-o", str(out), "--yes", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text())
    (rosa,) = document["emergency_people"]
    assert (rosa["name"], rosa["role"]) == ("Rosa", "carer")
    assert document["self_care_plan"]["dependants"] == "Lucía: school pick-up at 2"
    md = tmp_path / "all.md"
    args = ("export", "--format", "markdown", "-o", str(md), "--yes")
    assert run_cli(home, *args, stdin=PASS + "\n").returncode == 0
    text = md.read_text()
    assert "## Who looks after the people who depend on me" in text
    assert "Rosa (carer): phone: +502 1" in text
