"""Export builders (pure) and the atomic writer."""

import os
from datetime import datetime
from pathlib import Path

import pytest

from wellbeing_desk.exports.journal_markdown import MarkdownLabels, journal_markdown
from wellbeing_desk.exports.write import write_export
from wellbeing_desk.vault.journal import JournalEntry


def entry(day: int, **fields: object) -> JournalEntry:
    values: dict[str, object] = {
        "id": f"id-{day}", "occurred_at": datetime(2026, 5, day, 9, 30), "kind": "entry",
        "stress": None, "mood": None, "energy": None, "sleep_hours": None, "body": "",
        "item_ids": (), "tags": (), "created_at": "", "updated_at": "", "deleted_at": None,
    }  # fmt: skip
    values.update(fields)
    return JournalEntry(**values)  # type: ignore[arg-type]


def test_markdown_oldest_first_with_facts_items_and_body() -> None:
    entries = [
        entry(3, stress=2, body="Later."),
        entry(
            1, stress=7, mood=2, sleep_hours=5.5, item_ids=("a", "w"), tags=("work",), body="First."
        ),
    ]
    text = journal_markdown(entries, {"a": "Rest", "w": "Numbness"}, activity_ids=frozenset({"a"}))
    assert text.index("2026-05-01") < text.index("2026-05-03")
    assert "- **Stress (0–10):** 7" in text
    assert "- **Sleep (hours):** 5.5" in text
    assert "- **What I did for myself:** Rest" in text
    assert "- **Warning signs:** Numbness" in text
    assert "First." in text and "Later." in text


def test_markdown_uses_given_labels_and_escapes_names() -> None:
    labels = MarkdownLabels(title="Diario", stress="Estrés", empty="Sin entradas.")
    assert "Sin entradas." in journal_markdown([], {}, labels)
    text = journal_markdown([entry(1, stress=1, item_ids=("x",))], {"x": "*bold* [link]"}, labels)
    assert text.startswith("# Diario")
    assert "**Estrés:** 1" in text
    assert "\\*bold\\* \\[link\\]" in text


def test_write_export_is_atomic_and_private(tmp_path: Path) -> None:
    target = tmp_path / "export.md"
    write_export(target, b"first")
    assert target.read_bytes() == b"first"
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.md"
    write_export(target, b"old")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_export(target, b"new and longer")
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(".export.md.*"))  # the temporary file was removed


def test_write_export_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_export(tmp_path, b"x")
