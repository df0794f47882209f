"""The CLI contract for ``debrief templates``, ``debrief list`` and debriefs in ``search``."""

import json
from datetime import date
from pathlib import Path

import pytest

from tests.support.isolation import run_cli
from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.debrief.flow import Contact, new_action
from wellbeing_desk.vault import Vault

PASS = "seven lanterns over the bay"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "cli-home"


@pytest.fixture
def vault_path(home: Path, tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    result = run_cli(
        home, "--vault", str(path), "init", "--kdf-memory", "8", "--kdf-iterations", "1",
        "--no-starter", stdin=PASS + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return path


def cli(home: Path, vault_path: Path, *args: str, language: str = "en_GB.UTF-8"):
    return run_cli(
        home, "--vault", str(vault_path), *args, stdin=PASS + "\n",
        env={"LANG": language, "LC_ALL": "", "LC_MESSAGES": ""},
    )  # fmt: skip


def add_debrief(vault_path: Path, *, finished: bool) -> str:
    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template, include_event_steps=True)
    flow.set_answer(8)
    flow.next()
    flow.set_answer("Agotada después de la redada")
    contacts = next(s for s in flow.steps if s.kind == "contacts")
    flow.set_answer((Contact("Marta"),), contacts.id)
    actions = next(s for s in flow.steps if s.kind == "actions")
    flow.set_answer((new_action("call Marta", date(2026, 12, 1)),), actions.id)
    if finished:
        flow.go_to(len(flow.steps) - 1)
        flow.set_answer(5)
        flow.finish()
    vault = Vault.open(vault_path, PASS)
    try:
        return vault.debriefs.create(record.debrief_input(flow, "en")).id
    finally:
        vault.lock()


def test_templates_in_the_locales_language(home: Path, vault_path: Path) -> None:
    english = cli(home, vault_path, "debrief", "templates", "--json")
    assert english.returncode == 0, english.stderr
    documents = json.loads(english.stdout)
    assert [d["id"] for d in documents] == [
        "recent-event", "after-incident", "security-review", "peer-conversation", "team-care",
    ]  # fmt: skip
    assert documents[1]["title"] == "After an incident"
    assert all(d["steps"] and d["builtin"] and not d["mine"] for d in documents)
    assert any(s["about_event"] for s in documents[1]["steps"])
    spanish = json.loads(
        cli(home, vault_path, "debrief", "templates", "--json", language="es_MX.UTF-8").stdout
    )
    assert spanish[1]["title"] == "Después de un incidente"
    people = cli(home, vault_path, "debrief", "templates", language="es_ES.UTF-8")
    assert people.returncode == 0
    assert "Después de un incidente" in people.stdout


@pytest.mark.parametrize(
    ("locale", "title"),
    [
        ("fr_FR.UTF-8", "Après un incident"),
        ("fr_CA.UTF-8", "Après un incident"),
        ("pt_BR.UTF-8", "Depois de um incidente"),
        ("pt_PT.UTF-8", "Depois de um incidente"),
        ("ar_EG.UTF-8", "بعد حادث"),
        ("ar", "بعد حادث"),
        ("de_DE.UTF-8", "After an incident"),  # a language the app lacks: English
    ],
)
def test_templates_in_each_ui_language(
    home: Path, vault_path: Path, locale: str, title: str
) -> None:
    people = cli(home, vault_path, "debrief", "templates", language=locale)
    assert people.returncode == 0, people.stderr
    assert title in people.stdout
    documents = json.loads(
        cli(home, vault_path, "debrief", "templates", "--json", language=locale).stdout
    )
    assert documents[1]["title"] == title
    steps = [step["prompt"] for document in documents for step in document["steps"]]
    assert all(prompt.strip() for prompt in steps)
    if locale.startswith("fr"):  # the words around the templates' own text too
        assert "(after-incident, fourni)" in people.stdout
        assert "[sur l'événement, facultatif]" in people.stdout
    if not locale.startswith("de"):
        english = {
            s["prompt"]
            for d in json.loads(cli(home, vault_path, "debrief", "templates", "--json").stdout)
            for s in d["steps"]
        }
        assert not english & set(steps)  # every step in the language, none left in English


def test_list_shows_in_progress_and_finished(home: Path, vault_path: Path) -> None:
    assert json.loads(cli(home, vault_path, "debrief", "list", "--json").stdout) == []
    draft = add_debrief(vault_path, finished=False)
    done = add_debrief(vault_path, finished=True)
    listed = cli(home, vault_path, "debrief", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    documents = {d["id"]: d for d in json.loads(listed.stdout)}
    assert documents[draft]["status"] == "in_progress"
    assert documents[done]["status"] == "finished"
    assert (documents[done]["distress_start"], documents[done]["distress_end"]) == (8, 5)
    answers = {a["step"]: a for a in documents[draft]["answers"]}
    assert answers["distress-start"]["answer"] == 8
    assert any(a["text"] == "Agotada después de la redada" for a in answers.values())
    assert documents[draft]["follow_ups"] == [
        {
            "id": documents[draft]["follow_ups"][0]["id"],
            "text": "call Marta",
            "due": "2026-12-01",
            "done": False,
        }
    ]
    people = cli(home, vault_path, "debrief", "list")
    assert "in progress" in people.stdout and "distress 8 → 5" in people.stdout


def test_search_includes_debriefs(home: Path, vault_path: Path) -> None:
    debrief_id = add_debrief(vault_path, finished=True)
    found = cli(home, vault_path, "search", "redada", "--json")
    assert found.returncode == 0, found.stderr
    (result,) = json.loads(found.stdout)
    assert result["section"] == "debrief"
    assert result["id"] == debrief_id
    assert "[redada]" in result["snippet"]
    assert set(result) == {"section", "id", "title", "snippet"}


def test_wrong_passphrase_is_exit_3(home: Path, vault_path: Path) -> None:
    result = run_cli(home, "--vault", str(vault_path), "debrief", "list", stdin="nope\n")
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1


def test_full_export_includes_debriefs(home: Path, vault_path: Path, tmp_path: Path) -> None:
    add_debrief(vault_path, finished=True)
    out_json, out_md = tmp_path / "all.json", tmp_path / "all.md"
    assert (
        cli(home, vault_path, "export", "--format", "json", "-o", str(out_json), "--yes").returncode
        == 0
    )
    (debrief,) = json.loads(out_json.read_text())["debriefs"]
    assert debrief["status"] == "finished"
    assert (
        cli(
            home, vault_path, "export", "--format", "markdown", "-o", str(out_md), "--yes"
        ).returncode
        == 0
    )
    text = out_md.read_text()
    assert "# Debrief: After an incident" in text
    assert "Agotada después de la redada" in text
    assert "- [ ] call Marta (2026-12-01)" in text
