"""The starter directory file: loads, validates, and ships only checked contact details."""

import json
from pathlib import Path

import pytest

from wellbeing_desk.directory_starter import contact_problem, default_path, load_starter
from wellbeing_desk.vault.directory_types import ContactMethod

FACTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "starter-directory-facts.md"


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def test_the_file_loads_and_every_entry_validates() -> None:
    starter = load_starter()
    assert default_path().is_file()
    assert len(starter.entries) >= 10
    for item in starter.entries:
        assert item.entry.source == "starter"
        assert item.entry.starter_key == item.key
        assert item.entry.description == item.text("description", "en")


def test_every_entry_has_sources_and_evidence() -> None:
    for item in load_starter().entries:
        assert item.source_urls, item.key
        assert item.evidence.strip(), item.key


def test_keys_are_unique() -> None:
    keys = [item.key for item in load_starter().entries]
    assert len(keys) == len(set(keys))


def test_descriptions_exist_in_english_and_spanish_and_differ() -> None:
    for item in load_starter().entries:
        english = item.texts["description"].get("en", "")
        spanish = item.texts["description"].get("es", "")
        assert english and spanish, item.key
        assert english != spanish, item.key
        for field, values in item.texts.items():
            assert values.get("es"), f"{item.key}: {field} has no Spanish text"


def test_text_falls_back_to_english() -> None:
    starter = load_starter()
    key = starter.entries[0].key
    english = starter.text(key, "description", "en")
    assert starter.text(key, "description", "fr") == english
    assert starter.text(key, "description", "es-MX") == starter.text(key, "description", "es")
    assert starter.text(key, "no_such_field", "es") == ""


def test_every_contact_value_appears_in_the_facts_file() -> None:
    if not FACTS.is_file():
        pytest.skip(f"facts file not available at {FACTS}")
    facts = _squash(FACTS.read_text(encoding="utf-8"))
    missing = [
        f"{item.key}: {contact.value}"
        for item in load_starter().entries
        for contact in item.entry.contacts
        if _squash(contact.value) not in facts
    ]
    assert missing == []


def test_every_contact_value_is_well_formed() -> None:
    problems = [
        f"{item.key}: {problem}"
        for item in load_starter().entries
        for contact in item.entry.contacts
        if (problem := contact_problem(contact))
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("kind", "value", "ok"),
    [
        ("phone", "+353 1 210 0489", True),
        ("phone", "+353 (0) 1 21 00 489", False),
        ("phone", "2254 4981", False),
        ("phone", "+1 23", False),
        ("whatsapp", "+52 55 1234 5678", True),
        ("email", "help@example.org", True),
        ("email", "help[at]example[dot]org", False),
        ("email", "help@example", False),
        ("website", "https://www.example.org/help", True),
        ("website", "www.example.org", False),
        ("website", "https://exa mple.org", False),
    ],
)
def test_contact_shapes(kind: str, value: str, ok: bool) -> None:
    assert (contact_problem(ContactMethod(kind, value)) is None) is ok


def test_exclusions_are_documented() -> None:
    excluded = load_starter().excluded
    names = " ".join(name for name, _ in excluded)
    assert "Urban Sangha Project" in names
    assert "Amnesty International" in names
    assert all(reason.strip() for _, reason in excluded)
    shipped = {item.entry.name for item in load_starter().entries}
    assert not any("Urban Sangha" in name or "Amnesty" in name for name in shipped)


def test_a_bad_entry_is_rejected_by_key(tmp_path: Path) -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    data["entries"][0]["contacts"] = [{"type": "phone", "value": "call us", "label": ""}]
    bad = tmp_path / "starter.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=data["entries"][0]["key"]):
        load_starter(bad)


def test_a_missing_source_is_rejected(tmp_path: Path) -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    data["entries"][1]["source_urls"] = []
    bad = tmp_path / "starter.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=data["entries"][1]["key"]):
        load_starter(bad)


def test_ensure_starter_loads_once_per_version_and_keeps_her_edits(vault) -> None:
    from dataclasses import replace

    from wellbeing_desk.directory_starter import ensure_starter, load_starter
    from wellbeing_desk.vault.directory import DirectoryFilter

    starter = load_starter()
    assert ensure_starter(vault, starter) == (len(starter.entries), 0)
    assert ensure_starter(vault, starter) == (0, 0)  # same version: nothing to do
    (first,) = [
        e for e in vault.directory.entries() if e.entry.starter_key == starter.entries[0].key
    ]
    vault.directory.update(first.id, replace(first.entry, description="My own words."))
    newer = replace(starter, updated=starter.updated + "-newer")
    ensure_starter(vault, newer)
    kept = vault.directory.get(first.id)
    assert kept is not None and kept.entry.description == "My own words."
    assert vault.directory.count(DirectoryFilter()) == len(starter.entries)


def test_a_search_in_spanish_finds_starter_entries_stored_in_english(vault) -> None:
    from wellbeing_desk.directory_starter import ensure_starter
    from wellbeing_desk.vault.directory import DirectoryFilter

    ensure_starter(vault)
    hits = {s.name for s in vault.directory.search(DirectoryFilter(text="proteccion"))}
    assert "Front Line Defenders" in hits
    assert vault.directory.search(DirectoryFilter(text="subvenciones"))
