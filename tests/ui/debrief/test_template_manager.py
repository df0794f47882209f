"""The template manager as she uses it: copy, edit, write, import, export, delete."""

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.debrief.template_support import (
    idle,
    open_manager,
    open_worker,
    stored,
    titles,
    unnamed_inputs,
)
from wellbeing_desk.debrief.builtin import builtin_template, builtin_templates
from wellbeing_desk.debrief.templates import MAX_FILE_BYTES, dump_template, load_template
from wellbeing_desk.ui.debrief.templates import manager as manager_module
from wellbeing_desk.ui.debrief.templates.editor import TemplateEditor
from wellbeing_desk.ui.debrief.templates.manager import TemplateManagerDialog
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.worker import DatabaseWorker

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worker(qtbot, existing_vault: Path) -> Iterator[DatabaseWorker]:
    yield from open_worker(qtbot, existing_vault)


@pytest.fixture
def manager(qtbot, worker: DatabaseWorker) -> TemplateManagerDialog:
    return open_manager(qtbot, worker)


@pytest.fixture
def spanish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("es_MX"))
    yield
    QLocale.setDefault(before)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def wait_editor(qtbot, manager: TemplateManagerDialog) -> TemplateEditor:
    qtbot.waitUntil(
        lambda: manager.editor is not None and manager.editor.isVisible(),
        timeout=WORKER_TIMEOUT_MS,
    )
    assert manager.editor is not None
    return manager.editor


def save(qtbot, worker, manager: TemplateManagerDialog, editor: TemplateEditor) -> None:
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: manager.editor is None, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, worker)


def choose_kind(editor: TemplateEditor, kind: str) -> None:
    editor.steps.kind_combo.setCurrentIndex(editor.steps.kind_combo.findData(kind))


# -- the list ------------------------------------------------------------------------------


def test_lists_the_builtin_templates_read_only(manager) -> None:
    builtin = [t.title.get("en") for t in builtin_templates()]
    assert titles(manager) == [
        "Built in",
        *builtin,
        "Yours",
        "None yet: duplicate one, or write a new one.",
    ]
    assert manager.select("security-review")
    assert not manager.edit_button.isVisible() and not manager.delete_button.isVisible()
    assert manager.duplicate_button.text() == "&Duplicate to edit"
    assert manager.export_button.isEnabled()
    assert "Built in, read-only" in manager.detail_kind.text()
    assert "When it helps:" in manager.detail_text.text()


def test_titles_in_her_language(qtbot, worker, spanish) -> None:
    manager = open_manager(qtbot, worker)
    assert "Después de un incidente" in titles(manager)
    assert "After an incident" not in titles(manager)


def test_signal_and_accessible_names(qtbot, manager) -> None:
    assert unnamed_inputs(manager) == []
    assert manager.select("after-incident")
    with qtbot.waitSignal(manager.templates_changed, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, manager.duplicate_button)
    editor = wait_editor(qtbot, manager)
    assert unnamed_inputs(editor) == []
    for kind in ("checklist", "rating"):
        editor.tabs.setCurrentIndex(1)
        choose_kind(editor, kind)
        assert unnamed_inputs(editor) == []
    editor.reject()


# -- duplicate and edit --------------------------------------------------------------------


def test_duplicate_a_builtin_edit_add_reorder_and_reopen(qtbot, worker, manager) -> None:
    original = builtin_template("after-incident")
    assert original is not None
    assert manager.select("after-incident")
    click(qtbot, manager.duplicate_button)
    editor = wait_editor(qtbot, manager)
    idle(qtbot, worker)

    # At once one of hers, listed under "Yours".
    (record_id, copy), *_ = stored(qtbot, worker)
    assert copy.id == "after-incident-mine" and not copy.builtin
    assert copy.title.get("en") == "After an incident (my copy)"
    assert "After an incident (my copy)" in titles(manager)
    assert "is now one of yours" in manager.notice.text()

    # Edit the first question, add a rating after it, move the rating to the top.
    editor.tabs.setCurrentIndex(1)
    assert editor.steps.step_list.count() == len(original.steps)
    editor.steps.step_list.setCurrentRow(0)
    editor.steps.prompt_edit.setPlainText("How am I, honestly?")
    assert editor.steps.step_list.item(0).text().startswith("1. How am I, honestly?")
    click(qtbot, editor.steps.add_step_button)
    assert (
        editor.steps.current_step() == 1
        and editor.steps.step_list.count() == len(original.steps) + 1
    )
    choose_kind(editor, "rating")
    assert editor.steps.low_edit.isVisible() and not editor.steps.options_box.isVisible()
    qtbot.keyClicks(editor.steps.prompt_edit, "How tired am I?")
    editor.steps.low_edit.setText("Rested")
    editor.steps.high_edit.setText("Exhausted")
    click(qtbot, editor.steps.up_button)
    assert editor.steps.current_step() == 0
    assert editor.steps.step_list.item(0).text().startswith("1. How tired am I?")
    save(qtbot, worker, manager, editor)

    (saved_id, saved), *_ = stored(qtbot, worker)
    assert saved_id == record_id
    first, second = saved.steps[0], saved.steps[1]
    assert (first.kind, first.prompt.get("en")) == ("rating", "How tired am I?")
    assert first.low is not None and first.low.get("en") == "Rested"
    assert first.id == "how-tired-am-i"
    assert second.id == original.steps[0].id
    assert second.prompt.get("en") == "How am I, honestly?"
    # The Spanish text she did not touch is still there.
    assert second.prompt.get("es") == original.steps[0].prompt.get("es")
    assert saved.steps[2:] == original.steps[1:]
    assert "was saved" in manager.notice.text()

    # Reopen: the editor shows what was saved.
    assert manager.select(record_id)
    assert manager.edit_button.isVisible()
    click(qtbot, manager.edit_button)
    again = wait_editor(qtbot, manager)
    assert again is not editor
    assert again.title_edit.text() == "After an incident (my copy)"
    assert again.steps.step_list.item(0).text().startswith("1. How tired am I?")
    again.steps.step_list.setCurrentRow(0)
    assert again.steps.prompt_edit.toPlainText() == "How tired am I?"
    assert again.steps.high_edit.text() == "Exhausted"
    assert again.steps.kind_combo.currentData() == "rating"
    again.reject()


def test_edit_in_spanish_keeps_english(qtbot, worker, spanish) -> None:
    manager = open_manager(qtbot, worker)
    assert manager.select("recent-event")
    click(qtbot, manager.duplicate_button)
    editor = wait_editor(qtbot, manager)
    idle(qtbot, worker)
    (_, copy), *_ = stored(qtbot, worker)
    assert editor.language == "es"
    assert "Spanish" in editor.language_note.text() and "kept" in editor.language_note.text()
    assert editor.title_edit.text() == copy.title.get("es")
    editor.title_edit.setText("Mis primeros días")
    editor.tabs.setCurrentIndex(1)
    editor.steps.step_list.setCurrentRow(0)
    editor.steps.prompt_edit.setPlainText("")  # emptied on the way to retyping: nothing is lost
    editor.steps.prompt_edit.setPlainText("¿Estoy a salvo?")
    save(qtbot, worker, manager, editor)
    (_, saved), *_ = stored(qtbot, worker)
    # Her Spanish replaces the Spanish; every other language's text is kept as it was.
    assert saved.title.values == {**copy.title.values, "es": "Mis primeros días"}
    assert saved.steps[0].prompt.values == {**copy.steps[0].prompt.values, "es": "¿Estoy a salvo?"}
    assert saved.steps[1:] == copy.steps[1:]
    assert "Mis primeros días" in titles(manager)


def test_new_template_with_a_checklist(qtbot, worker, manager) -> None:
    click(qtbot, manager.new_button)
    editor = wait_editor(qtbot, manager)
    assert editor.windowTitle() == "New template"
    assert not editor.event_default.isChecked()  # her templates never push the event
    qtbot.keyClicks(editor.title_edit, "After the workshop")
    editor.purpose_edit.setPlainText("Checking in with myself after a long workshop.")
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.steps.prompt_edit, "How was today?")
    click(qtbot, editor.steps.add_step_button)
    choose_kind(editor, "checklist")
    assert editor.steps.options_box.isVisible() and not editor.steps.low_edit.isVisible()
    qtbot.keyClicks(editor.steps.prompt_edit, "What do I need now?")
    for label in ("Sleep", "A walk", "Talk to Ana"):
        qtbot.keyClicks(editor.steps.new_option, label)
        qtbot.keyClick(editor.steps.new_option, Qt.Key.Key_Return)
    assert editor.steps.option_list.count() == 3
    editor.steps.option_list.setCurrentRow(1)
    click(qtbot, editor.steps.remove_option_button)
    editor.steps.about_event_box.setChecked(False)
    save(qtbot, worker, manager, editor)

    (record_id, template), *_ = stored(qtbot, worker)
    assert template.id == "after-the-workshop"
    assert template.title.values == {"en": "After the workshop"}
    assert template.purpose is not None
    assert [s.kind for s in template.steps] == ["text", "checklist"]
    checklist = template.steps[1]
    assert [(o.id, o.label.get("en")) for o in checklist.options] == [
        ("sleep", "Sleep"),
        ("talk-to-ana", "Talk to Ana"),
    ]
    assert checklist.prompt.values == {"en": "What do I need now?"}
    assert manager.current_choice() is not None
    assert manager.current_choice().record_id == record_id  # type: ignore[union-attr]


def test_an_invalid_template_is_explained_and_not_saved(qtbot, worker, manager) -> None:
    click(qtbot, manager.new_button)
    editor = wait_editor(qtbot, manager)
    qtbot.keyClicks(editor.title_edit, "Too short")
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.steps.prompt_edit, "Fine question")
    click(qtbot, editor.steps.add_step_button)
    choose_kind(editor, "checklist")
    qtbot.keyClicks(editor.steps.prompt_edit, "Pick some")
    qtbot.keyClicks(editor.steps.new_option, "Only one")
    click(qtbot, editor.steps.add_option_button)
    editor.steps.step_list.setCurrentRow(0)  # look elsewhere: the error brings her back
    click(qtbot, editor.save_button)
    idle(qtbot, worker)
    assert editor.isVisible()
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == "Step 2, options: at least 2 are needed."
    assert editor.steps.current_step() == 1
    assert stored(qtbot, worker) == []

    # A step with no question names the step.
    qtbot.keyClicks(editor.steps.new_option, "Another")
    click(qtbot, editor.steps.add_option_button)
    click(qtbot, editor.steps.add_step_button)
    click(qtbot, editor.save_button)
    assert editor.error_label.text() == "Step 3, question: this is missing."
    assert stored(qtbot, worker) == []
    click(qtbot, editor.steps.remove_step_button)
    editor.tabs.setCurrentIndex(0)
    editor.title_edit.setText("")
    click(qtbot, editor.save_button)
    assert editor.error_label.text() == "Title: this is missing."
    editor.title_edit.setText("Now fine")
    save(qtbot, worker, manager, editor)
    assert [t.id for _, t in stored(qtbot, worker)] == ["now-fine"]


# -- import --------------------------------------------------------------------------------

VALID = {
    "format": 1,
    "id": "from-a-friend",
    "title": {"en": "From a friend", "es": "De una amiga"},
    "steps": [
        {"id": "how", "kind": "text", "prompt": {"en": "How are you?", "es": "¿Cómo estás?"}},
        {
            "id": "pick",
            "kind": "choice",
            "prompt": "Which?",
            "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
        },
    ],
}


def write_json(tmp_path: Path, data: object, name: str = "template.json") -> Path:
    path = tmp_path / "files" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def choose_file(monkeypatch, path: Path) -> list[str]:
    filters: list[str] = []

    def ask(_parent, _title, name_filter, on_chosen, _on_cancelled=None):
        filters.append(name_filter)
        on_chosen(path)

    monkeypatch.setattr(manager_module, "ask_open_path", ask)
    return filters


def test_import_a_valid_file(qtbot, worker, manager, monkeypatch, tmp_path) -> None:
    filters = choose_file(monkeypatch, write_json(tmp_path, VALID))
    with qtbot.waitSignal(manager.templates_changed, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, manager.import_button)
    idle(qtbot, worker)
    assert "*.json" in filters[0]
    (record_id, template), *_ = stored(qtbot, worker)
    assert template == load_template(json.dumps(VALID))
    assert "From a friend" in titles(manager)
    assert manager.current_choice().record_id == record_id  # type: ignore[union-attr]
    assert manager.notice.text() == "“From a friend” was imported."
    assert MessageBox.shown_texts == []

    # The same file again: a copy with an id of its own, and she is told.
    click(qtbot, manager.import_button)
    idle(qtbot, worker)
    ids = sorted(t.id for _, t in stored(qtbot, worker))
    assert ids == ["from-a-friend", "from-a-friend-mine"]
    assert "already here" in manager.notice.text() and "as a copy" in manager.notice.text()


def test_import_a_builtin_id_becomes_a_copy(qtbot, worker, manager, monkeypatch, tmp_path):
    template = builtin_template("peer-conversation")
    assert template is not None
    path = tmp_path / "peer.json"
    path.write_text(dump_template(template), encoding="utf-8")
    choose_file(monkeypatch, path)
    click(qtbot, manager.import_button)
    idle(qtbot, worker)
    (_, copy), *_ = stored(qtbot, worker)
    assert copy.id == "peer-conversation-mine" and copy.steps == template.steps
    assert "“peer-conversation”" in manager.notice.text()


def _step(**fields: object) -> dict[str, object]:
    return {**VALID, "steps": [fields]}


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "not-json": (b'{"id": "x", "title": "X",\n "steps": [}', "line 2, column"),
    "wrong-kind": (
        json.dumps(_step(id="s", kind="scale", prompt="P")).encode(),
        "Step 1, kind: “scale” is not a kind of step",
    ),
    "missing-prompt": (
        json.dumps(_step(id="s", kind="text")).encode(),
        "Step 1, question: this is missing.",
    ),
    "unknown-field": (
        json.dumps({**VALID, "colour": "blue"}).encode(),
        "“colour”: templates have no field with this name",
    ),
    "option-label": (
        json.dumps(
            _step(
                id="s",
                kind="checklist",
                prompt="P",
                options=[{"id": "a", "label": "A"}, {"id": "b", "label": " "}],
            )
        ).encode(),
        "Step 1, option 2, label: this is empty.",
    ),
    "too-large": (b" " * (MAX_FILE_BYTES + 10), "larger than 512 KB"),
    "binary": (bytes(range(256)) * 4, "not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_gives_one_clear_message(
    qtbot, worker, manager, monkeypatch, tmp_path, case
) -> None:
    data, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.json"
    path.write_bytes(data)
    choose_file(monkeypatch, path)
    MessageBox.set_next_answer(Button.Ok)
    click(qtbot, manager.import_button)
    idle(qtbot, worker)
    assert len(MessageBox.shown_texts) == 1
    text = MessageBox.shown_texts[0]
    assert f"“{case}.json” cannot be used as a template, so nothing was imported." in text
    assert expected in text
    assert "Traceback" not in text and "Error" not in text
    assert stored(qtbot, worker) == []


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def _unreadable(tmp_path: Path) -> Path:
    path = write_json(tmp_path, VALID, "locked.json")
    path.chmod(0)
    return path


FILE_PROBLEMS = {
    "folder": (lambda tmp: tmp, "is a folder"),
    "missing": (lambda tmp: tmp / "gone.json", "could not be found"),
    "pipe": (_fifo, "is not an ordinary file"),
    "unreadable": (_unreadable, "You are not allowed to read “locked.json”"),
}


@pytest.mark.parametrize("case", sorted(FILE_PROBLEMS))
def test_a_file_that_cannot_be_read_is_explained(
    qtbot, worker, manager, monkeypatch, tmp_path, case
) -> None:
    if case == "pipe" and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    if case == "unreadable" and hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root reads any file whatever its mode (CI runs as root): refuse the open the
        # way the kernel refuses it for her, so the same message path is exercised.
        from wellbeing_desk import files

        real_open = os.open

        def refusing_open(path, flags, *args):
            if str(path).endswith("locked.json"):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args)

        monkeypatch.setattr(files.os, "open", refusing_open)
    make, expected = FILE_PROBLEMS[case]
    choose_file(monkeypatch, make(tmp_path))
    MessageBox.set_next_answer(Button.Ok)
    click(qtbot, manager.import_button)
    idle(qtbot, worker)
    assert len(MessageBox.shown_texts) == 1
    assert expected in MessageBox.shown_texts[0]
    assert stored(qtbot, worker) == []


# -- export --------------------------------------------------------------------------------


def test_export_round_trips(qtbot, worker, manager, monkeypatch, tmp_path) -> None:
    target = tmp_path / "out" / "after.json"
    target.parent.mkdir()
    asked: list[tuple[str, str, str]] = []

    def ask(_parent, _title, suggested, name_filter, suffix, on_chosen, _cancel=None):
        asked.append((suggested, name_filter, suffix))
        on_chosen(target)

    monkeypatch.setattr(manager_module, "ask_save_path", ask)
    assert manager.select("after-incident")
    click(qtbot, manager.export_button)
    idle(qtbot, worker)
    assert asked == [("after-incident.json", "Debrief templates (*.json)", "json")]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert load_template(target.read_bytes()) == builtin_template("after-incident")
    assert "was saved to" in manager.notice.text()

    # One of hers round-trips too, and a folder that cannot be written is explained.
    choose_file(monkeypatch, write_json(tmp_path, VALID))
    click(qtbot, manager.import_button)
    idle(qtbot, worker)
    (record_id, mine), *_ = stored(qtbot, worker)
    assert manager.select(record_id)
    click(qtbot, manager.export_button)
    idle(qtbot, worker)
    assert load_template(target.read_bytes()) == mine
    target = tmp_path / "no-such-folder" / "x.json"
    MessageBox.set_next_answer(Button.Ok)
    click(qtbot, manager.export_button)
    idle(qtbot, worker)
    assert MessageBox.shown_texts == [
        "“x.json” could not be written. Check that the folder exists and that there is space "
        "on the disk."
    ]


# -- delete --------------------------------------------------------------------------------


def test_delete_asks_first(qtbot, worker, manager, monkeypatch, tmp_path) -> None:
    choose_file(monkeypatch, write_json(tmp_path, VALID))
    click(qtbot, manager.import_button)
    idle(qtbot, worker)
    (record_id, _), *_ = stored(qtbot, worker)
    assert manager.select(record_id)

    MessageBox.set_next_answer(Button.No)
    click(qtbot, manager.delete_button)
    idle(qtbot, worker)
    assert "Delete the template “From a friend”?" in MessageBox.shown_texts[0]
    assert len(stored(qtbot, worker)) == 1

    MessageBox.set_next_answer(Button.Yes)
    with qtbot.waitSignal(manager.templates_changed, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, manager.delete_button)
    idle(qtbot, worker)
    assert stored(qtbot, worker) == []
    assert "From a friend" not in titles(manager)
    assert manager.notice.text() == "“From a friend” was deleted."


def test_closing_forgets_and_reopening_reads_again(qtbot, worker, manager) -> None:
    manager.reject()
    assert manager.list.count() == 0 and manager.choices == []
    manager.show()
    qtbot.waitUntil(lambda: bool(manager.choices), timeout=WORKER_TIMEOUT_MS)
    assert "After an incident" in titles(manager)
