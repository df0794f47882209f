"""After creating a vault: 'Who would you reach in a hard moment?'; Today's quiet reminder;
the plan's 'In an emergency' list."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.plan.person_dialog import PersonDialog
from wellbeing_desk.vault import Vault

STRONG = "tangerine harbour whistles slowly"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _create(qtbot, window: MainWindow) -> None:
    page = window.create_page
    qtbot.keyClicks(page.passphrase.edit, STRONG)
    qtbot.keyClicks(page.repeat.edit, STRONG)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)


def _ask(qtbot, window: MainWindow, op: Any) -> Any:
    answers: list[Any] = []
    window.worker.submit(op, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=WORKER_TIMEOUT_MS)
    return answers[0]


def _people(vault: Vault) -> list[tuple[str, str, str]]:
    return [(p.name, p.contacts[0].type, p.contacts[0].value) for p in vault.emergency.list()]


def test_first_run_asks_who_she_would_reach_and_saves_them(qtbot, window: MainWindow) -> None:
    _create(qtbot, window)
    step = window.first_people_page
    assert window.stack.currentWidget() is step
    assert step.focusWidget() is step.names[0]  # she can type a name at once
    QTest.keyClicks(step.names[0], "Ana")
    QTest.keyClicks(step.values[0], "+52 55 1234 5678")
    QTest.keyClicks(step.names[1], "Security desk")
    QTest.keyClicks(step.values[1], "security@example.org")
    step.kinds[1].setCurrentIndex(step.kinds[1].findData("email"))
    QTest.keyClick(step.values[1], Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.workspace, timeout=WORKER_TIMEOUT_MS
    )
    assert _ask(qtbot, window, _people) == [
        ("Ana", "phone", "+52 55 1234 5678"),
        ("Security desk", "email", "security@example.org"),
    ]
    today = window.workspace.pages["today"]
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert not today.reminder.isVisible()  # she has people: no reminder
    # The plan's emergency list shows them too.
    plan = window.workspace.pages["journal"].plan
    qtbot.waitUntil(lambda: plan.emergency.people.count() == 2, timeout=WORKER_TIMEOUT_MS)
    assert step.names[0].text() == ""  # the step forgot what she typed


def test_a_half_filled_row_is_named_and_nothing_is_saved(qtbot, window: MainWindow) -> None:
    _create(qtbot, window)
    step = window.first_people_page
    QTest.keyClicks(step.names[0], "Ana")
    QTest.keyClick(step.names[0], Qt.Key.Key_Return)
    assert step.error.isVisible()
    assert "Ana" in step.error.text()
    assert window.stack.currentWidget() is step
    assert _ask(qtbot, window, _people) == []


def test_skipping_leaves_a_quiet_reminder_that_can_go_for_good(
    qtbot, window: MainWindow, ui_vault_dir: Path
) -> None:
    _create(qtbot, window)
    qtbot.mouseClick(window.first_people_page.skip_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    today = window.workspace.pages["today"]
    qtbot.waitUntil(today.reminder.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "hard moment" in today.reminder.label.text()
    # "Add my people" goes to the plan's emergency list.
    qtbot.mouseClick(today.reminder.action, Qt.MouseButton.LeftButton)
    assert window.workspace.current_section() == "journal"
    window.workspace.show_section("today")
    qtbot.waitUntil(today.reminder.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(today.reminder.close_button, Qt.MouseButton.LeftButton)  # not again
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    window.lock()
    unlock(qtbot, window, STRONG)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    qtbot.wait(50)
    assert not today.reminder.isVisible()


def test_plan_emergency_list_add_remove_undo_and_order(
    qtbot, existing_vault: Path, window: MainWindow
) -> None:
    unlock(qtbot, window)
    journal = window.workspace.pages["journal"]
    window.open_emergency_plan()
    card = journal.plan.emergency
    qtbot.waitUntil(card.add_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    for name, number in (("Ana", "111"), ("Luis", "222")):
        card.add_person()
        dialog = card.findChild(PersonDialog)
        assert dialog is not None
        QTest.keyClicks(dialog.name, name)
        QTest.keyClicks(dialog.contacts["phone"], number)
        QTest.keyClick(dialog.contacts["phone"], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        dialog.deleteLater()
        qtbot.waitUntil(lambda n=name: _names(card)[-1:] == [n], timeout=WORKER_TIMEOUT_MS)
    assert _names(card) == ["Ana", "Luis"]
    card.people.setCurrentRow(0)
    qtbot.mouseClick(card.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(card) == ["Luis", "Ana"], timeout=WORKER_TIMEOUT_MS)
    assert card.people.currentRow() == 1  # Ana stays selected where she moved
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(card) == ["Luis"], timeout=WORKER_TIMEOUT_MS)
    assert card.notice.isVisible()
    qtbot.mouseClick(card.notice.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(card) == ["Luis", "Ana"], timeout=WORKER_TIMEOUT_MS)
    window.lock()
    assert card.people.count() == 0  # nothing kept while locked


def test_person_dialog_needs_a_name_and_a_way(qtbot) -> None:
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._accept_if_complete()
    assert dialog.error.isVisible() and not dialog.result()
    QTest.keyClicks(dialog.name, "Ana")
    dialog._accept_if_complete()
    assert "way to reach" in dialog.error.text()
    QTest.keyClicks(dialog.contacts["signal"], "+1 555")
    dialog._accept_if_complete()
    assert dialog.result() == 1
    name, role, contacts = dialog.person()
    assert (name, role, [(c.type, c.value) for c in contacts]) == (
        "Ana",
        "person",
        [("signal", "+1 555")],
    )


def _names(card: Any) -> list[str]:
    return [card.people.item(i).text().split("\n")[0] for i in range(card.people.count())]
