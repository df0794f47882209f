"""The debrief wizard driven like a person would: start, answer, skip, go back, finish."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.debrief.support import (
    click,
    debrief_page,
    go_to,
    open_page,
    start,
    step_id,
    stored,
    stored_answers,
)
from tests.ui.journal.support import idle, run
from wellbeing_desk.debrief.builtin import builtin_template, builtin_templates
from wellbeing_desk.debrief.flow import Contact
from wellbeing_desk.ui.debrief.actions_input import ActionsInput
from wellbeing_desk.ui.debrief.contacts_input import ContactsInput
from wellbeing_desk.ui.debrief.step_inputs import ChecklistInput, RatingInput, TextInput
from wellbeing_desk.vault.debriefs import FINISHED, IN_PROGRESS

pytestmark = pytest.mark.usefixtures("existing_vault")

BUILTIN_IDS = [t.id for t in builtin_templates()]


def rate(qtbot, wizard, digit: str) -> None:
    assert isinstance(wizard.input, RatingInput)
    wizard.input.scale.setFocus()
    qtbot.keyClick(wizard.input.scale, digit)


@pytest.mark.parametrize("template_id", [i for i in BUILTIN_IDS if i != "recent-event"])
def test_each_builtin_template_starts_gently(qtbot, window, template_id) -> None:
    template = builtin_template(template_id)
    assert template is not None
    open_page(qtbot, window)
    wizard = start(qtbot, window, template_id)
    assert step_id(wizard) == "distress-start"
    assert wizard.prompt.text().startswith("Before you start")
    assert wizard.progress_label.text().startswith("Step 1 of ")
    assert not wizard.back_button.isEnabled()
    assert isinstance(wizard.input, RatingInput)
    assert wizard.input.scale.hasFocus()

    click(qtbot, wizard.next_button)
    first = next(s for s in template.steps if template.event_steps_by_default or not s.about_event)
    assert step_id(wizard) == first.id
    assert wizard.prompt.text() == first.prompt.get("en")
    assert wizard.event_mark.isVisible() == first.about_event
    assert wizard.progress_label.text().startswith("Step 2 of ")


def test_a_very_recent_event_asks_about_safety_before_the_rating(qtbot, window) -> None:
    page = open_page(qtbot, window)
    # Listed first: the first days come first.
    assert page.home.cards[0].choice.template.id == "recent-event"
    wizard = start(qtbot, window, "recent-event")
    assert step_id(wizard) == "safe-now"
    assert wizard.prompt.text() == "Are you safe right now?"
    assert wizard.progress_label.text().startswith("Step 1 of ")
    assert not wizard.back_button.isEnabled()
    assert "only if that is safe where you are" in wizard.help.text()
    radios = wizard.input.findChildren(QRadioButton)
    click(qtbot, radios[0])  # yes
    click(qtbot, wizard.next_button)
    assert not wizard.support.isVisible()
    assert step_id(wizard) == "distress-start"
    assert wizard.progress_label.text().startswith("Step 2 of ")
    assert isinstance(wizard.input, RatingInput)
    click(qtbot, wizard.next_button)
    assert step_id(wizard) == "basic-needs"


def test_the_event_questions_are_left_out_unless_she_asks(qtbot, window) -> None:
    page = open_page(qtbot, window)
    cards = {c.choice.template.id: c for c in page.home.cards}
    assert cards["after-incident"].include_event.isVisibleTo(page)
    assert not cards["after-incident"].include_event.isChecked()
    assert cards["security-review"].include_event.isChecked()
    assert not cards["recent-event"].include_event.isVisibleTo(page)  # it has none

    wizard = start(qtbot, window, "after-incident")
    assert wizard.session is not None
    assert "what-happened" not in [s.id for s in wizard.session.flow.steps]
    click(qtbot, wizard.pause_button)
    qtbot.waitUntil(page.home.isVisible, timeout=WORKER_TIMEOUT_MS)

    wizard = start(qtbot, window, "after-incident", include_event=True)
    go_to(qtbot, wizard, "what-happened")
    assert wizard.event_mark.isVisible()
    assert wizard.event_mark.text() == "About the event itself — only if you want to"


def test_skip_everything_and_still_finish(qtbot, window, ui_vault_dir) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    assert wizard.session is not None
    total = len(wizard.session.flow.steps)
    for number in range(1, total + 1):
        assert wizard.progress_label.text() == f"Step {number} of {total}"
        click(qtbot, wizard.skip_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    texts = [label.text() for label in page.summary.findChildren(type(page.summary.subtitle))]
    assert "You did not write anything down this time, and that is fine." in texts
    assert not page.summary.follow_title.isVisible()
    (record,) = stored(ui_vault_dir)
    assert record.status == FINISHED

    click(qtbot, page.summary.keep_button)
    qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    (row,) = page.home.rows
    assert row.open_button.text() == "View summary"


def test_back_and_forward_keep_answers(qtbot, window) -> None:
    open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    rate(qtbot, wizard, "4")
    click(qtbot, wizard.next_button)
    assert isinstance(wizard.input, TextInput)
    qtbot.keyClicks(wizard.input.edit, "Tired but steady.")
    click(qtbot, wizard.next_button)
    assert isinstance(wizard.input, ChecklistInput)
    first_box = next(iter(wizard.input.boxes.values()))
    click(qtbot, first_box)

    click(qtbot, wizard.back_button)
    assert isinstance(wizard.input, TextInput)
    assert wizard.input.edit.toPlainText() == "Tired but steady."
    click(qtbot, wizard.back_button)
    assert isinstance(wizard.input, RatingInput)
    assert wizard.input.scale.score() == 4
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    assert isinstance(wizard.input, ChecklistInput)
    assert next(iter(wizard.input.boxes.values())).isChecked()

    # Ctrl+Enter moves on too; Escape leaves her where she is, nothing discarded.
    qtbot.keyClick(wizard.input, Qt.Key.Key_Escape)
    assert wizard.isVisible() and step_id(wizard) == "common-reactions"
    qtbot.keyClick(wizard.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert step_id(wizard) == "needs-today"


def test_pause_keeps_it_and_continue_returns_to_the_same_step(qtbot, window, ui_vault_dir) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    radios = wizard.input.findChildren(QRadioButton)
    click(qtbot, radios[0])
    click(qtbot, wizard.next_button)
    rate(qtbot, wizard, "5")
    click(qtbot, wizard.next_button)
    assert step_id(wizard) == "basic-needs"
    click(qtbot, wizard.pause_button)
    qtbot.waitUntil(page.home.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    assert "kept" in page.notice.label.text()
    (row,) = page.home.rows
    assert row.open_button.text() == "Continue"
    assert page.home.in_progress_title.isVisibleTo(page)
    (record,) = stored(ui_vault_dir)
    assert record.status == IN_PROGRESS and record.distress_start == 5

    click(qtbot, row.open_button)
    qtbot.waitUntil(wizard.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert step_id(wizard) == "basic-needs"
    click(qtbot, wizard.back_button)
    assert wizard.input.scale.score() == 5
    click(qtbot, wizard.back_button)
    assert wizard.input.findChildren(QRadioButton)[0].isChecked()


def test_choosing_the_chosen_option_again_clears_it(qtbot, window) -> None:
    open_page(qtbot, window)
    wizard = start(qtbot, window, "recent-event")
    assert step_id(wizard) == "safe-now"
    radio = wizard.input.findChildren(QRadioButton)[1]
    click(qtbot, radio)
    assert wizard.session.flow.answer("safe-now") is not None
    click(qtbot, radio)
    assert not radio.isChecked()
    assert wizard.session.flow.answer("safe-now") is None


def test_summary_shows_her_answers_and_follow_ups(qtbot, window, ui_vault_dir) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    rate(qtbot, wizard, "6")
    click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.input.edit, "Shaky after the hearing.")
    click(qtbot, wizard.next_button)
    boxes = wizard.input.findChildren(QCheckBox)
    click(qtbot, boxes[0])
    go_to(qtbot, wizard, "who-i-can-reach")
    contacts = wizard.input
    assert isinstance(contacts, ContactsInput)
    qtbot.keyClicks(contacts.name_edit, "My sister")
    qtbot.keyClick(contacts.name_edit, Qt.Key.Key_Return)
    assert contacts.value() == (Contact("My sister"),)
    go_to(qtbot, wizard, "this-week")
    actions = wizard.input
    assert isinstance(actions, ActionsInput)
    qtbot.keyClicks(actions.rows[0].text, "Walk by the river")
    click(qtbot, actions.add_button)
    qtbot.keyClicks(actions.rows[1].text, "Call Ana")
    actions.rows[1].dated.setChecked(True)
    due = date.today() + timedelta(days=2)
    actions.rows[1].due.setDate(QDate(due.year, due.month, due.day))
    click(qtbot, actions.add_button)  # an empty third row is not an action
    go_to(qtbot, wizard, "distress-end")
    rate(qtbot, wizard, "3")
    assert wizard.next_button.text() == "&Finish"
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)

    texts = "\n".join(label.text() for label in page.summary.findChildren(type(wizard.prompt)))
    assert "Shaky after the hearing." in texts
    assert "My sister" in texts
    assert "6 / 10" in texts and "3 / 10" in texts
    assert "Walk by the river" in texts and "Call Ana — by " in texts
    assert page.summary.follow_title.isVisible()
    assert "Today page" in page.summary.follow_note.text()

    (record,) = stored(ui_vault_dir)
    assert record.status == FINISHED
    assert (record.distress_start, record.distress_end) == (6, 3)
    follow_ups = run(qtbot, window, lambda vault: vault.follow_ups.due(due))
    assert [f.text for f in follow_ups] == ["Call Ana"]


def test_contacts_come_from_her_directory_favourites_first(qtbot, window, ui_vault_dir) -> None:
    from tests.ui.directory.support import HOTLINE, LEGAL, PSYCHOLOGIST, add_directory

    psychologist, legal, _hotline = add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL, HOTLINE])
    open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    go_to(qtbot, wizard, "who-i-can-reach")
    contacts = wizard.input
    assert isinstance(contacts, ContactsInput)
    idle(qtbot, window)
    shown = [contacts.suggestions.item(i).text() for i in range(contacts.suggestions.count())]
    assert shown[0] == "Legal Aid Dublin"  # her favourite
    assert shown[1] == "Psicóloga Ana Ruiz · Consultorio Ruiz"  # counselling next
    assert len(shown) == 3

    qtbot.keyClicks(contacts.search, "ruiz")
    qtbot.waitUntil(lambda: contacts.suggestions.count() == 1, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClick(contacts.search, Qt.Key.Key_Return)
    assert contacts.value() == (Contact("Psicóloga Ana Ruiz", psychologist),)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.back_button)
    assert wizard.input.value() == (Contact("Psicóloga Ana Ruiz", psychologist),)
    remove = [
        b for b in wizard.input.findChildren(type(wizard.next_button)) if b.text() == "&Remove"
    ]
    click(qtbot, remove[0])
    assert wizard.input.value() == ()
    assert wizard.session.flow.answer("who-i-can-reach") is None
    assert legal


def test_the_start_page_leads_to_real_help(qtbot, window, ui_vault_dir) -> None:
    from tests.ui.directory.support import LEGAL, PSYCHOLOGIST, add_directory, names, settle

    counsellor = replace(PSYCHOLOGIST, name="Dr Amal Haddad", languages=("en", "ar"))
    add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL, counsellor])
    page = open_page(qtbot, window)
    assert "This is not therapy" in "\n".join(
        label.text() for label in page.home.findChildren(type(page.wizard.prompt))
    )
    with qtbot.waitSignal(page.support_directory_requested) as signal:
        click(qtbot, page.home.help_button)
    assert signal.args == ["en"]
    directory = window.workspace.pages["directory"]
    assert window.workspace.current_section() == "directory"
    settle(qtbot, window, directory)
    # Support in every language, hers first; the filter shows and can be cleared.
    assert directory.filters.category.currentData() == "support"
    assert directory.filters.language.currentData() == ""
    assert names(directory) == ["Dr Amal Haddad", "Psicóloga Ana Ruiz"]
    assert directory.filters.reset_button.isEnabled()

    window.workspace.show_section("debrief")
    with qtbot.waitSignal(page.grounding_requested):
        click(qtbot, page.home.calm_button)


def test_deleting_moves_to_the_trash_and_undo_brings_it_back(qtbot, window, ui_vault_dir) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "peer-conversation")
    click(qtbot, wizard.pause_button)
    qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    click(qtbot, page.home.rows[0].delete_button)
    qtbot.waitUntil(lambda: not page.home.rows, timeout=WORKER_TIMEOUT_MS)
    assert page.notice.isVisible() and page.notice.label.text() == "Debrief moved to the trash."
    assert stored(ui_vault_dir) == []

    page.home.setFocus()
    qtbot.keyClick(page.home, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    assert not page.notice.isVisible()
    assert len(stored(ui_vault_dir)) == 1

    click(qtbot, page.home.rows[0].delete_button)
    qtbot.waitUntil(lambda: not page.home.rows, timeout=WORKER_TIMEOUT_MS)
    click(qtbot, page.notice.action)
    qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)


def test_a_finished_debrief_can_be_read_again(qtbot, window) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "security-review")
    click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.input.edit, "Phone taken at the checkpoint.")
    go_to(qtbot, wizard, "distress-end")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    click(qtbot, page.summary.keep_button)
    qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    assert page.home.finished_title.isVisibleTo(page)
    assert not page.home.in_progress_title.isVisibleTo(page)
    click(qtbot, page.home.rows[0].open_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    texts = "\n".join(label.text() for label in page.summary.findChildren(type(wizard.prompt)))
    assert "Phone taken at the checkpoint." in texts
    assert debrief_page(window).summary.subtitle.text().startswith("Security incident review")


def test_manage_templates_opens_the_manager_and_reloads_after(qtbot, window) -> None:
    from dataclasses import replace as copy

    from tests.ui.conftest import visible_dialogs
    from wellbeing_desk.debrief.builtin import BUILTIN_ORDER
    from wellbeing_desk.debrief.templates import Text, dump_template

    page = open_page(qtbot, window)
    click(qtbot, page.home.manage_button)
    qtbot.waitUntil(lambda: bool(visible_dialogs()), timeout=WORKER_TIMEOUT_MS)
    (dialog,) = visible_dialogs()
    assert dialog is page.template_manager
    mine = copy(builtin_template("recent-event"), id="my-own", title=Text({"*": "My own"}))
    run(qtbot, window, lambda v: v.debrief_templates.save("my-own", "My own", dump_template(mine)))
    dialog.reject()
    built_in = len(BUILTIN_ORDER)
    qtbot.waitUntil(lambda: len(page.home.cards) == built_in + 1, timeout=WORKER_TIMEOUT_MS)
    assert page.home.cards[-1].choice.template.title.get("en") == "My own"
    assert page.template_manager is None


# -- the trash -----------------------------------------------------------------------------


def add_debriefs(vault_dir, template_ids: list[str], trashed: set[str]) -> dict[str, str]:
    """Debriefs written into the locked vault (some moved to the trash); template id → id."""
    from tests.conftest import PASSPHRASE
    from wellbeing_desk.debrief import record
    from wellbeing_desk.vault import Vault

    ids = {}
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        for template_id in template_ids:
            template = builtin_template(template_id)
            assert template is not None
            flow = record.start(template)
            ids[template_id] = vault.debriefs.create(record.debrief_input(flow, "en")).id
            if template_id in trashed:
                vault.debriefs.delete(ids[template_id])
    return ids


def trashed_in_vault(vault_dir) -> list[str]:
    from tests.conftest import PASSPHRASE
    from wellbeing_desk.vault import Vault

    with Vault.open_for_reading(vault_dir, PASSPHRASE) as vault:
        return [s.title for s in vault.debriefs.summaries(trash=True)]


def test_the_trash_lists_restores_and_empties(qtbot, window, ui_vault_dir) -> None:
    from tests.ui.debrief.template_support import unnamed_inputs
    from wellbeing_desk.ui.widgets.message import Button, MessageBox

    ids = add_debriefs(
        ui_vault_dir,
        ["after-incident", "security-review", "peer-conversation"],
        trashed={"security-review", "peer-conversation"},
    )
    page = open_page(qtbot, window)
    home, trash = page.home, page.trash
    assert [r.summary.title for r in home.rows] == ["After an incident"]
    assert home.trash_button.isVisible() and home.trash_button.text() == "Trash (2)"
    assert home.trash_button.accessibleName() == "Open the trash (2)"

    # By keyboard: the link takes the focus and Space opens the trash.
    assert home.trash_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    home.trash_button.setFocus()
    qtbot.keyClick(home.trash_button, Qt.Key.Key_Space)
    qtbot.waitUntil(trash.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    titles = [r.summary.title for r in trash.rows]
    assert sorted(titles) == ["Peer or team conversation guide", "Security incident review"]
    assert trash.rows[0].restore_button.hasFocus()
    assert unnamed_inputs(trash) == []
    row = trash.row(ids["security-review"])
    assert row is not None
    assert row.restore_button.accessibleName().startswith("Restore “Security incident review”")
    texts = [label.text() for label in row.findChildren(QLabel)]
    assert "Security incident review" in texts
    assert any(t.startswith("Started and moved to the trash ") for t in texts)  # same day
    assert not trash.empty_note.isVisible() and trash.empty_button.isEnabled()

    click(qtbot, row.restore_button)
    qtbot.waitUntil(lambda: len(trash.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    assert page.notice.label.text() == "“Security incident review” is back with your debriefs."
    assert trash.rows[0].restore_button.hasFocus()
    assert trashed_in_vault(ui_vault_dir) == ["Peer or team conversation guide"]

    # Escape goes back; the list has it again and the link counts one.
    qtbot.keyClick(trash.rows[0].restore_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(home.rows) == 2, timeout=WORKER_TIMEOUT_MS)
    assert home.isVisible() and home.trash_button.text() == "Trash (1)"
    assert home.trash_button.hasFocus()

    # Emptying asks first; "No" keeps everything.
    click(qtbot, home.trash_button)
    qtbot.waitUntil(trash.isVisible, timeout=WORKER_TIMEOUT_MS)
    MessageBox.set_next_answer(Button.No)
    click(qtbot, trash.empty_button)
    idle(qtbot, window)
    assert trash.isVisible() and len(trash.rows) == 1
    assert trashed_in_vault(ui_vault_dir) == ["Peer or team conversation guide"]
    MessageBox.set_next_answer(Button.Yes)
    click(qtbot, trash.empty_button)
    qtbot.waitUntil(home.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert len(MessageBox.shown_texts) == 2
    assert "for good" in MessageBox.shown_texts[0]
    assert page.notice.label.text() == "The trash was emptied."
    assert not home.trash_button.isVisible()
    assert trashed_in_vault(ui_vault_dir) == []
    assert {d.id for d in stored(ui_vault_dir)} == {ids["after-incident"], ids["security-review"]}


def test_trash_appears_after_moving_one_there_and_the_last_restore_goes_home(
    qtbot, window, ui_vault_dir
) -> None:
    add_debriefs(ui_vault_dir, ["after-incident"], trashed=set())
    page = open_page(qtbot, window)
    home = page.home
    assert not home.trash_button.isVisible()
    click(qtbot, home.rows[0].delete_button)
    qtbot.waitUntil(lambda: not home.rows, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert home.trash_button.isVisible() and home.trash_button.text() == "Trash (1)"
    click(qtbot, home.trash_button)
    qtbot.waitUntil(page.trash.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.notice.isVisible()  # the undo bar is not needed in the trash itself
    click(qtbot, page.trash.rows[0].restore_button)
    qtbot.waitUntil(lambda: home.isVisible() and len(home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert not home.trash_button.isVisible()
    assert home.rows[0].open_button.hasFocus()


def test_lock_in_the_trash_leaves_nothing_on_screen(qtbot, window, ui_vault_dir) -> None:
    add_debriefs(ui_vault_dir, ["after-incident"], trashed={"after-incident"})
    page = open_page(qtbot, window)
    click(qtbot, page.home.trash_button)
    qtbot.waitUntil(lambda: bool(page.trash.rows), timeout=WORKER_TIMEOUT_MS)
    window.lock()
    assert page.trash.rows == [] and page.stack.currentWidget() is page.home
    assert not page.home.trash_button.isVisibleTo(page) and page.home.trash_button.text() == ""


def test_a_trash_row_names_both_dates_when_they_differ(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from wellbeing_desk.ui.debrief.trash_view import TrashRow
    from wellbeing_desk.vault.debriefs import DebriefSummary

    holder = QWidget()
    qtbot.addWidget(holder)
    summary = DebriefSummary(
        "d1", "After the raid", IN_PROGRESS, "2026-03-02T10:00:00+00:00",
        "2026-04-20T10:00:00+00:00", None, 6, None,
    )  # fmt: skip
    row = TrashRow(summary, holder)
    (details,) = [label for label in row.findChildren(QLabel) if label.objectName() == "muted"]
    assert details.text().startswith("Started ") and " · moved to the trash " in details.text()
    assert ", moved to the trash " in details.accessibleName()
    assert row.restore_button.accessibleName().startswith("Restore “After the raid” from ")


@pytest.mark.parametrize("reopened_from", ["summary", "list"])
def test_a_finished_debrief_can_be_opened_again_to_change_answers(
    qtbot, window, ui_vault_dir, reopened_from
) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    go_to(qtbot, wizard, "how-i-am")
    assert isinstance(wizard.input, TextInput)
    qtbot.keyClicks(wizard.input.edit, "Tired")
    while wizard.session is not None and not wizard.session.flow.is_last:
        click(qtbot, wizard.skip_button)
    click(qtbot, wizard.skip_button)  # finish
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    if reopened_from == "list":
        click(qtbot, page.summary.keep_button)
        qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
        click(qtbot, page.home.rows[0].open_button)
        qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)

    click(qtbot, page.summary.change_button)
    qtbot.waitUntil(wizard.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert step_id(wizard) == "distress-start"
    go_to(qtbot, wizard, "how-i-am")
    assert isinstance(wizard.input, TextInput)
    assert wizard.input.edit.toPlainText() == "Tired"  # her answer is there to change
    qtbot.keyClicks(wizard.input.edit, ", but safe")
    while wizard.session is not None and not wizard.session.flow.is_last:
        click(qtbot, wizard.skip_button)
    click(qtbot, wizard.skip_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    (record,) = stored(ui_vault_dir)  # the same record, changed, finished again
    assert record.status == FINISHED
    assert stored_answers(ui_vault_dir)["how-i-am"] == "Tired, but safe"


def test_a_debrief_asked_for_from_elsewhere_brings_the_section_forward(qtbot, window) -> None:
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "peer-conversation")
    click(qtbot, wizard.pause_button)
    qtbot.waitUntil(lambda: len(page.home.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    debrief_id = page.home.rows[0].summary.id
    window.workspace.show_section("journal")
    asked: list[bool] = []
    page.show_requested.connect(lambda: asked.append(True))
    page.open_record(debrief_id)  # as Search everywhere and Today do
    assert asked == [True]
    assert window.workspace.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.wizard, timeout=WORKER_TIMEOUT_MS)
