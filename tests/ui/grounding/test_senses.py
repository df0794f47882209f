"""5-4-3-2-1: Back and Next through the senses; the words typed are never kept."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout

from tests.ui.journal.keyboard import focused, press
from wellbeing_desk.ui.grounding.senses import SensesPage

CANARY = "canary-words-7Q"


@pytest.fixture
def page(qtbot) -> SensesPage:
    page = SensesPage()
    page.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    page.resize(560, 560)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_back_and_next_walk_the_five_senses(qtbot, page) -> None:
    assert [len(step.fields) for step in page.steps] == [5, 4, 3, 2, 1]
    assert page.index == 0
    assert page.progress.text() == "Step 1 of 5"
    assert page.steps[0].title.text() == "Five things you can see"
    assert not page.back_button.isEnabled()
    assert page.next_button.accessibleName() == "Go to the next step"

    for _ in range(4):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.index == 4
    assert page.steps[4].title.text() == "One thing you can taste"
    assert page.next_button.text() == "&Finish"
    assert page.next_button.accessibleName() == "Finish the exercise"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.index == 3
    assert page.progress.text() == "Step 4 of 5"

    page.next()
    page.next()
    assert page.index == 5  # the closing word
    headings = [label.text() for label in page.done_page.findChildren(QLabel)]
    assert "Here and now" in headings  # where she is, not praise for a performance
    assert "Well done" not in headings
    assert not page.next_button.isVisible()
    assert page.again_button.isVisible()
    assert page.progress.text() == ""
    qtbot.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert page.index == 0
    assert focused() is page.steps[0].fields[0]


def test_by_keyboard_enter_goes_from_field_to_field_and_on(qtbot, page) -> None:
    page.focus_first()
    see = page.steps[0].fields
    assert focused() is see[0]
    assert see[0].accessibleName() == "Something you can see, 1 of 5"
    for word in ("window", "cup", "plant", "light", "door"):
        press(qtbot, word, Qt.Key.Key_Return)
    assert [field.text() for field in see] == ["window", "cup", "plant", "light", "door"]
    assert page.index == 1  # Enter in the last field went on to touch
    assert focused() is page.steps[1].fields[0]
    assert focused().accessibleName() == "Something you can touch, 1 of 4"


def test_clear_forgets_every_word_and_its_undo(qtbot, page) -> None:
    page.focus_first()
    press(qtbot, CANARY)
    page.next()
    press(qtbot, CANARY)
    page.clear()
    assert page.index == 0
    for step in page.steps:
        for field in step.fields:
            assert field.text() == ""
            field.undo()
            assert CANARY not in field.text()


def test_finishing_forgets_the_words_at_once(qtbot, page) -> None:
    page.focus_first()
    press(qtbot, CANARY)
    for _ in range(5):
        page.next()
    assert page.index == 5
    assert all(field.text() == "" for step in page.steps for field in step.fields)
