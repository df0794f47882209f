"""Nothing she writes is lost on lock; support is offered, never forced; calm is one click away."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.debrief.support import (
    click,
    every_step,
    go_to,
    open_page,
    show_page,
    start,
    step_id,
    stored,
    stored_answers,
)
from tests.ui.directory.support import HOTLINE, LEGAL, PSYCHOLOGIST, add_directory
from tests.ui.journal.support import idle
from wellbeing_desk.debrief.builtin import builtin_templates
from wellbeing_desk.ui.debrief.session import SAVE_DELAY_MS
from wellbeing_desk.ui.debrief.step_inputs import ChoiceInput, RatingInput, TextInput
from wellbeing_desk.ui.widgets.message import Button, MessageBox

pytestmark = pytest.mark.usefixtures("existing_vault")


def rate(qtbot, wizard, digit: str) -> None:
    assert isinstance(wizard.input, RatingInput)
    wizard.input.scale.setFocus()
    qtbot.keyClick(wizard.input.scale, digit)


def people_buttons(wizard) -> dict[str, QPushButton]:
    return {b.text(): b for b in wizard.support.people.findChildren(QPushButton) if b.isVisible()}


# -- locking -------------------------------------------------------------------------------


def test_lock_while_typing_loses_nothing(qtbot, window, ui_vault_dir) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    click(qtbot, wizard.next_button)
    assert isinstance(wizard.input, TextInput)
    qtbot.keyClicks(wizard.input.edit, "The words I wrote just now")
    assert wizard.session is not None and wizard.session._timer.isActive()  # not saved yet
    window.lock()  # before the 700 ms pause: the lock itself must save it
    assert window.is_locked
    assert wizard.input is None and wizard.prompt.text() == ""
    assert page.home.rows == [] and page.home.cards == []
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert stored_answers(ui_vault_dir)["how-i-am"] == "The words I wrote just now"

    unlock(qtbot, window)
    show_page(qtbot, window)
    assert page.resume_bar.isVisible()
    assert page.home.rows[0].open_button.text() == "Continue"
    click(qtbot, page.resume_bar.action)
    qtbot.waitUntil(wizard.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert step_id(wizard) == "how-i-am"
    assert isinstance(wizard.input, TextInput)
    assert wizard.input.edit.toPlainText() == "The words I wrote just now"
    assert wizard.input.edit.hasFocus()


def changed_template_editor(qtbot, window):
    """The Debrief page's template manager with a new template half written in the editor."""
    page = open_page(qtbot, window)
    click(qtbot, page.home.manage_button)
    qtbot.waitUntil(lambda: page.template_manager is not None, timeout=WORKER_TIMEOUT_MS)
    manager = page.template_manager
    qtbot.waitUntil(lambda: bool(manager.choices), timeout=WORKER_TIMEOUT_MS)
    click(qtbot, manager.new_button)
    qtbot.waitUntil(
        lambda: manager.editor is not None and manager.editor.isVisible(),
        timeout=WORKER_TIMEOUT_MS,
    )
    editor = manager.editor
    qtbot.keyClicks(editor.title_edit, "Half written")
    assert editor.has_changes()
    return manager, editor


def test_lock_closes_a_changed_template_editor_without_asking(qtbot, window) -> None:
    manager, editor = changed_template_editor(qtbot, window)
    MessageBox.set_next_answer(Button.Cancel)  # were she asked, "Cancel" would keep it open
    window.lock()
    assert window.is_locked
    assert not editor.isVisible() and not manager.isVisible()
    assert MessageBox.shown_texts == []
    assert visible_dialogs() == []


# QMessageBox fixes its size while showing; the offscreen plugin warns about that.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_lock_while_the_discard_question_is_open_does_not_wait(qtbot, window) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    manager, editor = changed_template_editor(qtbot, window)
    asked: list[str] = []

    def lock_now() -> None:
        asked.extend(w.text() for w in visible_dialogs() if isinstance(w, QMessageBox))
        window.lock()

    def never_hang() -> None:  # only if the lock failed to close the question
        for box in visible_dialogs():
            if isinstance(box, QMessageBox):
                box.reject()

    QTimer.singleShot(300, lock_now)
    QTimer.singleShot(5000, never_hang)
    click(qtbot, editor.cancel_button)  # the real question; the lock comes while it shows
    assert asked == ["Discard your changes to this template?"]
    assert window.is_locked
    assert not editor.isVisible() and not manager.isVisible()
    assert visible_dialogs() == []


def test_typing_is_saved_after_a_pause(qtbot, window, ui_vault_dir) -> None:
    open_page(qtbot, window)
    wizard = start(qtbot, window, "peer-conversation")
    go_to(qtbot, wizard, "listen")
    qtbot.keyClicks(wizard.input.edit, "She needs rest")
    qtbot.wait(SAVE_DELAY_MS + 200)
    idle(qtbot, window)
    assert stored_answers(ui_vault_dir)["listen"] == "She needs rest"
    assert len(stored(ui_vault_dir)) == 1  # created once, then saved in place


def test_lock_on_the_start_page_and_summary_keeps_nothing_on_screen(qtbot, window) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    go_to(qtbot, wizard, "calmer")
    qtbot.keyClicks(wizard.input.edit, "Tea and a blanket")
    go_to(qtbot, wizard, "distress-end")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    window.lock()
    texts = [label.text() for label in page.findChildren(type(wizard.prompt)) if label.text()]
    assert not any("Tea and a blanket" in text for text in texts)
    assert page.summary.flow is None
    assert not page.resume_bar.isVisible()  # finished: nothing to resume
    unlock(qtbot, window)
    show_page(qtbot, window)
    assert not page.resume_bar.isVisible()


# -- support offers ------------------------------------------------------------------------


def test_high_distress_at_the_start_offers_calm_and_people(qtbot, window, ui_vault_dir) -> None:
    psychologist, _legal, _hotline = add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL, HOTLINE])
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    rate(qtbot, wizard, "8")
    click(qtbot, wizard.next_button)
    assert step_id(wizard) == "how-i-am"  # never a gate: the next step is already there
    assert wizard.support.isVisible()
    assert wizard.support.title.text() == "That sounds like a lot right now."
    assert "8 out of 10" in wizard.support.message.text()
    assert "You do not have to go on" in wizard.support.message.text()
    assert wizard.support.crisis.isVisible()
    assert wizard.support.crisis.text() == CRISIS_LINE
    assert CRISIS_LINE in wizard.support.accessibleDescription()
    assert wizard.support.stop_button.isVisible()  # steps are left: she can stop for today
    assert wizard.support.continue_button.text() == "&Continue"
    assert wizard.support.continue_button.hasFocus()
    idle(qtbot, window)
    # The directory's counselling entries; not the legal or digital-security ones.
    assert list(people_buttons(wizard)) == ["Psicóloga Ana Ruiz · Consultorio Ruiz"]

    with qtbot.waitSignal(page.grounding_requested):
        click(qtbot, wizard.support.grounding_button)
    with qtbot.waitSignal(page.directory_entry_requested) as signal:
        click(qtbot, people_buttons(wizard)["Psicóloga Ana Ruiz · Consultorio Ruiz"])
    assert signal.args == [psychologist]
    directory = window.workspace.pages["directory"]
    assert window.workspace.current_section() == "directory"
    qtbot.waitUntil(lambda: directory.selected_id() == psychologist, timeout=WORKER_TIMEOUT_MS)

    window.workspace.show_section("debrief")
    assert wizard.support.isVisible()  # still there when she comes back
    click(qtbot, wizard.support.continue_button)
    assert not wizard.support.isVisible()
    assert step_id(wizard) == "how-i-am"


CRISIS_LINE = (
    "If you are thinking about hurting yourself, please reach one of your people now, "
    "or a local crisis line."
)
# A manual: in a support category, but no one to reach.
MANUAL = replace(
    HOTLINE,
    name="Self-care workbook",
    kind="resource",
    categories=("physical_protection", "counselling"),
    languages=("en",),
)
PROTECTION = replace(
    HOTLINE,
    name="Emergency line for defenders",
    kind="hotline",
    categories=("physical_protection",),
    languages=("en",),
)


def choose(qtbot, wizard, option_id: str) -> None:
    assert isinstance(wizard.input, ChoiceInput)
    click(qtbot, wizard.input.buttons[option_id])


@pytest.mark.parametrize("answer", ["no", "not-sure"])
def test_not_safe_right_now_offers_safety_first(qtbot, window, ui_vault_dir, answer) -> None:
    protection, _psychologist, _manual = add_directory(
        ui_vault_dir, [PROTECTION, PSYCHOLOGIST, MANUAL]
    )
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    assert step_id(wizard) == "safe-now"  # asked first, before the distress rating
    choose(qtbot, wizard, answer)
    click(qtbot, wizard.next_button)
    assert step_id(wizard) != "safe-now"  # never a gate: the next step is already there
    support = wizard.support
    assert support.isVisible()
    assert support.title.text() == "Your safety comes first."
    assert support.message.text().startswith("If you are not safe, you can stop here.")
    # The panic shortcut, as the main window has it and as this system writes it.
    keys = window.panic_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert f"If someone could see your screen, {keys} locks and hides" in support.message.text()
    assert support.crisis.isVisible() and support.crisis.text() == CRISIS_LINE
    assert support.accessibleDescription().startswith("Your safety comes first.")
    assert CRISIS_LINE in support.accessibleDescription()
    assert not support.grounding_button.isVisible()  # reaching someone comes first
    assert support.stop_button.isVisible() and support.directory_button.isVisible()
    assert support.continue_button.hasFocus()
    idle(qtbot, window)
    # Protection first (an emergency line), then counselling; never a manual.
    assert list(people_buttons(wizard)) == [
        "Emergency line for defenders",
        "Psicóloga Ana Ruiz · Consultorio Ruiz",
    ]
    assert not support.starter_note.isVisible()  # her own entries
    with qtbot.waitSignal(page.directory_entry_requested) as signal:
        click(qtbot, people_buttons(wizard)["Emergency line for defenders"])
    assert signal.args == [protection]
    window.workspace.show_section("debrief")

    click(qtbot, support.stop_button)  # stop here: kept for later
    qtbot.waitUntil(page.home.isVisible, timeout=WORKER_TIMEOUT_MS)
    (record,) = stored(ui_vault_dir)
    assert record.status == "in_progress"
    assert stored_answers(ui_vault_dir)["safe-now"] == answer


def test_safe_or_no_answer_offers_nothing_and_continue_goes_on(qtbot, window) -> None:
    open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    choose(qtbot, wizard, "yes")
    click(qtbot, wizard.next_button)
    assert not wizard.support.isVisible()
    click(qtbot, wizard.back_button)
    choose(qtbot, wizard, "yes")  # choosing it again clears it: no answer
    click(qtbot, wizard.next_button)
    assert not wizard.support.isVisible()
    click(qtbot, wizard.back_button)
    choose(qtbot, wizard, "no")
    click(qtbot, wizard.next_button)
    assert wizard.support.isVisible()
    after = step_id(wizard)
    assert after == "distress-start"
    click(qtbot, wizard.support.continue_button)
    assert not wizard.support.isVisible() and step_id(wizard) == after
    # A high distress offer afterwards still shows the breathing exercise.
    rate(qtbot, wizard, "9")
    click(qtbot, wizard.next_button)
    assert wizard.support.title.text() == "That sounds like a lot right now."
    assert wizard.support.grounding_button.isVisible()


def test_stop_for_today_pauses(qtbot, window, ui_vault_dir) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "security-review")
    rate(qtbot, wizard, "9")
    click(qtbot, wizard.next_button)
    assert wizard.support.isVisible()
    click(qtbot, wizard.support.stop_button)
    qtbot.waitUntil(page.home.isVisible, timeout=WORKER_TIMEOUT_MS)
    (record,) = stored(ui_vault_dir)
    assert record.distress_start == 9 and record.status == "in_progress"


def test_rising_distress_at_the_end_is_noticed(qtbot, window) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    rate(qtbot, wizard, "3")
    click(qtbot, wizard.next_button)
    assert not wizard.support.isVisible()
    go_to(qtbot, wizard, "who-i-can-reach")
    qtbot.keyClicks(wizard.input.name_edit, "Marta")
    click(qtbot, wizard.input.add_name)
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "6")
    click(qtbot, wizard.next_button)  # Finish
    assert wizard.isVisible() and wizard.support.isVisible()
    assert wizard.support.title.text() == "Your distress went up."
    assert "from 3 to 6" in wizard.support.message.text()
    assert not wizard.support.crisis.isVisible()
    # Nothing is left to stop: going on finishes, and says so.
    assert not wizard.support.stop_button.isVisible()
    assert wizard.support.continue_button.text() == "F&inish"
    names = [label.text() for label in wizard.support.people.findChildren(type(wizard.prompt))]
    assert "Marta" in names  # her own people from this debrief
    click(qtbot, wizard.support.continue_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)


@pytest.mark.parametrize("end", ["4", "5", "6"])
def test_no_offer_when_distress_is_low_and_steady(qtbot, window, end) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    go_to(qtbot, wizard, "distress-start")
    rate(qtbot, wizard, "5")
    click(qtbot, wizard.next_button)
    assert not wizard.support.isVisible()
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, end)  # one point up is not "went up"
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.id)
def test_calm_down_is_at_hand_on_every_step(qtbot, window, monkeypatch, template) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(window, "open_grounding", lambda: opened.append(True), raising=False)
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, template.id, include_event=True)
    seen = []
    while wizard.isVisible():
        seen.append(step_id(wizard))
        with qtbot.waitSignal(page.grounding_requested):
            click(qtbot, wizard.calm_button)
        assert wizard.isVisible() and step_id(wizard) == seen[-1]  # she stays where she was
        click(qtbot, wizard.skip_button)
    assert seen == every_step(template)
    assert len(opened) == len(seen)  # the wiring reaches the main window's grounding


def test_alt_t_takes_a_moment(qtbot, window) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    assert wizard.calm_button.text() == "&Take a moment"
    assert wizard.calm_button.accessibleName() == (
        "Take a moment: a breathing or grounding exercise"
    )
    with qtbot.waitSignal(page.grounding_requested):
        qtbot.keyClick(wizard.input.scale, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)


def test_no_debrief_content_survives_a_lock(qtbot, window, ui_vault_dir) -> None:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.ui.journal.test_canary import model_texts, widget_texts

    canary = "Canary5d2f"
    add_directory(ui_vault_dir, [replace(PSYCHOLOGIST, name=f"{canary} counsellor")])
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    rate(qtbot, wizard, "9")
    click(qtbot, wizard.next_button)
    idle(qtbot, window)
    qtbot.keyClicks(wizard.input.edit, f"{canary} words")
    go_to(qtbot, wizard, "who-i-can-reach")
    idle(qtbot, window)
    qtbot.keyClicks(wizard.input.name_edit, f"{canary} sister")
    click(qtbot, wizard.input.add_name)
    go_to(qtbot, wizard, "this-week")
    qtbot.keyClicks(wizard.input.rows[0].text, f"{canary} walk")
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "9")
    click(qtbot, wizard.next_button)  # the offer, with her people
    idle(qtbot, window)
    everything = [t for w in window.findChildren(QWidget) for t in widget_texts(w)]
    assert any(f"{canary} sister" in text for text in everything)  # the check can see it
    assert any(f"{canary} counsellor" in text for text in everything)

    window.lock()

    widgets = window.findChildren(QWidget) + QApplication.topLevelWidgets()
    leftovers = [t for w in widgets for t in widget_texts(w, locked=True) if canary in t]
    models = window.findChildren(QAbstractItemModel)
    leftovers += [t for m in models for t in model_texts(m) if canary in t]
    assert leftovers == []
    idle(qtbot, window)
    answers = stored_answers(ui_vault_dir)
    assert answers["how-i-am"] == f"{canary} words"
    assert page.home.rows == []


def test_high_distress_at_the_last_step_offers_finish_not_stop(qtbot, window) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "8")
    click(qtbot, wizard.next_button)  # Finish: first the offer
    support = wizard.support
    assert wizard.isVisible() and support.isVisible()
    assert support.title.text() == "That is a lot to carry right now."
    assert support.message.text() == (
        "At the end you rated your distress 8 out of 10. Your answers are kept. "
        "Before you close this, would one of these help?"
    )
    assert "You do not have to go on" not in support.message.text()
    assert support.crisis.isVisible() and support.crisis.text() == CRISIS_LINE
    assert support.grounding_button.isVisible()
    assert not support.stop_button.isVisible()
    assert support.continue_button.text() == "F&inish"
    assert support.continue_button.accessibleName() == "Finish the debrief"
    assert support.continue_button.hasFocus()
    click(qtbot, support.continue_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)


STARTER_NOTE = (
    "These come from the starter directory. On a calm day, add the people and numbers "
    "you would call in an emergency."
)


def starter(entry, key: str):
    return replace(entry, source="starter", starter_key=key)


def test_when_only_starter_entries_are_shown_she_is_asked_to_add_her_own(
    qtbot, window, ui_vault_dir
) -> None:
    add_directory(
        ui_vault_dir,
        [starter(PROTECTION, "protection"), starter(PSYCHOLOGIST, "psy"), starter(MANUAL, "kit")],
    )
    open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    choose(qtbot, wizard, "no")
    click(qtbot, wizard.next_button)
    idle(qtbot, window)
    support = wizard.support
    assert "Self-care workbook" not in people_buttons(wizard)  # a resource: no one to reach
    assert len(people_buttons(wizard)) == 2
    assert support.starter_note.isVisible()
    assert support.starter_note.text() == STARTER_NOTE
    click(qtbot, support.continue_button)
    assert not support.starter_note.isVisible()

    # A high rating next: the same note. Once she has named someone, it is gone.
    rate(qtbot, wizard, "9")
    click(qtbot, wizard.next_button)
    idle(qtbot, window)
    assert support.title.text() == "That sounds like a lot right now."
    assert support.starter_note.isVisible()
    click(qtbot, support.continue_button)
    go_to(qtbot, wizard, "who-knows")
    qtbot.keyClicks(wizard.input.name_edit, "Marta")
    click(qtbot, wizard.input.add_name)
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "9")
    click(qtbot, wizard.next_button)
    idle(qtbot, window)
    assert support.isVisible()
    assert support.people_shown[0].name == "Marta"
    assert not support.starter_note.isVisible()


def test_the_starter_note_is_only_for_crisis_panels(qtbot, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [starter(PSYCHOLOGIST, "psy")])
    open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    rate(qtbot, wizard, "2")
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "5")
    click(qtbot, wizard.next_button)
    idle(qtbot, window)
    assert wizard.support.title.text() == "Your distress went up."
    assert list(people_buttons(wizard)) == ["Psicóloga Ana Ruiz · Consultorio Ruiz"]
    assert not wizard.support.starter_note.isVisible()


def test_the_end_offer_shows_once_and_finish_then_finishes(qtbot, window) -> None:
    """She changes the last rating while the offer shows: one more Finish finishes."""
    page = open_page(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wizard = start(qtbot, window, "after-incident")
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "8")
    click(qtbot, wizard.next_button)  # Finish: first the offer
    assert wizard.support.isVisible()
    rate(qtbot, wizard, "9")  # she looks again and rates it higher
    wizard.support.continue_button.setFocus()
    qtbot.keyClick(wizard.support.continue_button, Qt.Key.Key_Return)  # Finish, by keyboard
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)


def test_the_wizard_finish_with_the_end_offer_showing_finishes(qtbot, window) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "8")
    click(qtbot, wizard.next_button)  # the offer
    rate(qtbot, wizard, "7")
    click(qtbot, wizard.next_button)  # Finish again: no second offer
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)


def test_keep_shows_the_debrief_page_from_its_heading(qtbot, window) -> None:
    page = open_page(qtbot, window)
    window.resize(900, 600)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wizard = start(qtbot, window, "after-incident")
    go_to(qtbot, wizard, "distress-end")
    click(qtbot, wizard.next_button)  # Finish
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClick(page.summary.keep_button, Qt.Key.Key_Return)
    qtbot.waitUntil(page.home.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    qtbot.wait(20)
    assert page.home.scroll_area.verticalScrollBar().value() == 0
    title = page.home.findChildren(type(wizard.prompt))[0]
    assert title.text() == "Debrief" and not title.visibleRegion().isEmpty()
