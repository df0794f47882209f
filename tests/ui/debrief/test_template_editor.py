"""The template editor on its own: texts per language, ids, steps, and what Save says."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent

from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.debrief.template_drafts import edited, step_in_place
from wellbeing_desk.debrief.template_ids import slug, unique_id
from wellbeing_desk.debrief.templates import Text, load_template, template_to_json
from wellbeing_desk.ui.debrief.templates.editor import TemplateEditor
from wellbeing_desk.ui.widgets.message import Button, MessageBox

LEFT = Qt.MouseButton.LeftButton


def test_edited_keeps_other_languages_and_untouched_text() -> None:
    both = Text({"en": "How are you?", "es": "¿Cómo estás?"})
    assert edited(both, "How are you?", "en") is both
    assert edited(both, "How are you now?", "en") == Text(
        {"en": "How are you now?", "es": "¿Cómo estás?"}
    )
    assert edited(both, "¿Y hoy?", "es").values == {"en": "How are you?", "es": "¿Y hoy?"}
    assert edited(both, "  ", "en") is None
    assert edited(None, "", "en") is None
    assert edited(None, "New", "es") == Text({"es": "New"})
    # One text for every language stays one text for every language.
    assert edited(Text({"*": "Same"}), "Other", "es") == Text({"*": "Other"})
    # Text only in Spanish, shown as it is in English and left alone, is not changed.
    spanish = Text({"es": "Hola"})
    assert edited(spanish, "Hola", "en") is spanish
    assert edited(spanish, "Hello", "en").values == {"es": "Hola", "en": "Hello"}


def test_ids_from_her_words() -> None:
    assert slug("Después del taller", "x") == "despues-del-taller"
    assert slug("¿¡!?", "step") == "step"
    assert slug("a" * 30 + " " + "b" * 30, "x") == "a" * 30
    assert len(slug("word " * 40, "x")) <= 48
    assert unique_id("mine", {"mine", "mine-2"}) == "mine-3"
    assert unique_id("", set()) == "template"
    assert len(unique_id("x" * 80, set())) <= 64
    assert step_in_place("steps[3].options[2].label") == 2
    assert step_in_place("title") is None


def test_opening_and_saving_changes_nothing(qtbot) -> None:
    for template_id in ("after-incident", "security-review", "peer-conversation"):
        template = builtin_template(template_id)
        assert template is not None
        editor = TemplateEditor(template, set(), None, "es")
        qtbot.addWidget(editor)
        for row in range(editor.steps.step_list.count()):
            editor.steps.step_list.setCurrentRow(row)  # every step loaded into the form and back
        with qtbot.waitSignal(editor.save_requested) as signal:
            editor.save()
        assert template_to_json(signal.args[0]) == template_to_json(template)


def test_a_text_for_every_language_stays_so(qtbot) -> None:
    template = load_template(
        b'{"id": "plain", "title": "Plain", "steps": [{"id": "a", "kind": "rating", '
        b'"prompt": "How much?", "low": "None", "high": "All"}]}'
    )
    editor = TemplateEditor(template, set(), None, "en")
    qtbot.addWidget(editor)
    editor.title_edit.setText("Plainer")
    editor.steps.high_edit.setText("Everything")
    with qtbot.waitSignal(editor.save_requested) as signal:
        editor.save()
    saved = signal.args[0]
    assert saved.title == Text({"*": "Plainer"})
    assert saved.steps[0].high == Text({"*": "Everything"})
    assert saved.steps[0].low == Text({"*": "None"})


def test_kind_fields_and_moving_steps(qtbot) -> None:
    editor = TemplateEditor(None, {"my-template"}, None, "en")
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(1)
    assert editor.steps.step_list.count() == 1
    assert not editor.steps.up_button.isEnabled() and not editor.steps.down_button.isEnabled()
    assert not editor.steps.options_box.isVisible() and not editor.steps.low_edit.isVisible()
    editor.steps.kind_combo.setCurrentIndex(editor.steps.kind_combo.findData("choice"))
    assert editor.steps.options_box.isVisible()
    assert editor.steps.step_list.item(0).text() == "1. (no question yet)\nSingle choice (pick one)"
    qtbot.keyClicks(editor.steps.prompt_edit, "One")
    for label in ("Yes", "No"):
        editor.steps.new_option.setText(label)
        qtbot.mouseClick(editor.steps.add_option_button, LEFT)
    qtbot.mouseClick(editor.steps.add_step_button, LEFT)
    qtbot.keyClicks(editor.steps.prompt_edit, "Two")
    qtbot.mouseClick(editor.steps.add_step_button, LEFT)
    qtbot.keyClicks(editor.steps.prompt_edit, "Three")
    editor.steps.step_list.setCurrentRow(0)
    assert editor.steps.option_list.count() == 2  # the options came back with their step
    editor.activateWindow()
    editor.steps.step_list.setFocus()
    qtbot.waitUntil(editor.steps.step_list.hasFocus)
    qtbot.keyClick(editor.steps.step_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.steps.current_step() == 1
    editor.steps.step_list.setCurrentRow(2)
    qtbot.mouseClick(editor.steps.remove_step_button, LEFT)
    assert editor.steps.step_list.count() == 2
    editor.tabs.setCurrentIndex(0)
    editor.title_edit.setText("My template")
    with qtbot.waitSignal(editor.save_requested) as signal:
        qtbot.mouseClick(editor.save_button, LEFT)
    saved = signal.args[0]
    assert saved.id == "my-template-2"  # "my-template" was taken
    assert [s.prompt.get("en") for s in saved.steps] == ["Two", "One"]
    assert [s.id for s in saved.steps] == ["two", "one"]
    assert [o.id for o in saved.steps[1].options] == ["yes", "no"]
    assert not saved.event_steps_by_default
    assert not editor.save_button.isEnabled()  # until the manager says how it went
    editor.show_error("It did not work.")
    assert editor.save_button.isEnabled() and editor.error_label.text() == "It did not work."


def test_a_too_long_text_is_named(qtbot) -> None:
    editor = TemplateEditor(None, set(), None, "en")
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.setText("Long")
    editor.tabs.setCurrentIndex(1)
    editor.steps.help_edit.setPlainText("x" * 4001)
    editor.steps.prompt_edit.setPlainText("Fine")
    editor.save()
    assert editor.error_label.text() == (
        "Step 1, help text in English: this is longer than 4000 characters."
    )


# -- closing without saving ----------------------------------------------------------------

DISCARD = "Discard your changes to this template?"


class WindowClose(QCloseEvent):
    """A close from the window system (the title bar's button, Alt+F4), not from code."""

    def spontaneous(self) -> bool:
        return True


def close_window(editor: TemplateEditor) -> bool:
    """Close it as she would with the title bar's button; True if it closed."""
    event = WindowClose()
    editor.closeEvent(event)
    return event.isAccepted() and not editor.isVisible()


def shown_editor(qtbot, template_id: str | None = "after-incident") -> TemplateEditor:
    template = None if template_id is None else builtin_template(template_id)
    editor = TemplateEditor(template, set(), None, "en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_closing_unchanged_asks_nothing(qtbot) -> None:
    for close in ("cancel", "escape", "window"):
        for template_id in ("after-incident", None):
            editor = shown_editor(qtbot, template_id)
            editor.tabs.setCurrentIndex(1)
            for row in range(editor.steps.step_list.count()):
                editor.steps.step_list.setCurrentRow(row)  # looking is not changing
            with qtbot.waitSignal(editor.rejected):
                if close == "cancel":
                    qtbot.mouseClick(editor.cancel_button, LEFT)
                elif close == "escape":
                    qtbot.keyClick(editor.steps.step_list, Qt.Key.Key_Escape)
                else:
                    assert close_window(editor)
            assert not editor.isVisible()
    assert MessageBox.shown_texts == []


def test_closing_with_changes_asks_and_keep_editing_keeps_them(qtbot) -> None:
    editor = shown_editor(qtbot)
    editor.tabs.setCurrentIndex(1)
    editor.steps.step_list.setCurrentRow(1)
    qtbot.keyClicks(editor.steps.prompt_edit, " Still?")

    # Cancel, Escape and the window's close button each ask; "Cancel" keeps her editing.
    MessageBox.set_next_answer(Button.Cancel)
    qtbot.mouseClick(editor.cancel_button, LEFT)
    MessageBox.set_next_answer(Button.Cancel)
    qtbot.keyClick(editor.steps.prompt_edit, Qt.Key.Key_Escape)
    MessageBox.set_next_answer(Button.Cancel)
    assert not close_window(editor)
    assert MessageBox.shown_texts == [DISCARD] * 3
    assert editor.isVisible()
    assert " Still?" in editor.steps.prompt_edit.toPlainText()

    MessageBox.set_next_answer(Button.Discard)
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(editor.steps.prompt_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible() and len(MessageBox.shown_texts) == 4

    # Closed from code (the manager, locking, the end of a test): never a question.
    for close in (editor.reject, editor.close):
        editor.show()
        editor.title_edit.setText("Changed again")
        close()
        assert not editor.isVisible()
    assert len(MessageBox.shown_texts) == 4


def test_every_kind_of_change_counts_and_undoing_it_does_not(qtbot) -> None:
    editor = shown_editor(qtbot, "recent-event")
    assert not editor.has_changes()
    title = editor.title_edit.text()
    editor.title_edit.setText("Another title")
    assert editor.has_changes()
    editor.title_edit.setText(title)
    assert not editor.has_changes()  # back as it was: nothing to lose
    editor.reject()
    changes = (
        lambda e: e.purpose_edit.setPlainText("Mine"),
        lambda e: e.event_default.setChecked(not e.event_default.isChecked()),
        lambda e: e.steps.add_step(),
        lambda e: e.steps.move_step(1),
        lambda e: e.steps.kind_combo.setCurrentIndex(e.steps.kind_combo.findData("text")),
        lambda e: e.steps.option_list.item(0).setText("Yes, I am"),  # "Are you safe right now?"
        lambda e: e.steps.option_list.takeItem(0),
    )
    for change in changes:
        editor = shown_editor(qtbot, "recent-event")
        editor.tabs.setCurrentIndex(1)
        editor.steps.step_list.setCurrentRow(0)
        change(editor)
        assert editor.has_changes()
    editor.reject()  # reject() itself never asks: the manager and locking use it
    assert MessageBox.shown_texts == []
