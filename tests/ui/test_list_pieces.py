"""The pieces the journal's and the notes' lists share (no window needed for most)."""

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.widgets.same_fields import from_fields
from wellbeing_desk.ui.widgets.trash_controls import (
    EmptyListWords,
    TrashButtonWords,
    TrashControls,
    empty_list_text,
)


@dataclass(frozen=True)
class Stored:
    id: str
    title: str
    body: str


@dataclass(frozen=True)
class Editing:
    record_id: str | None
    title: str
    body: str


def test_a_record_takes_the_fields_it_shares_by_name_and_the_rest_as_keywords() -> None:
    stored = Stored("r1", "A title", "text")
    assert from_fields(Editing, stored, record_id=stored.id) == Editing("r1", "A title", "text")
    assert from_fields(Editing, stored, record_id=None, body="") == Editing(None, "A title", "")


def test_a_field_neither_shared_nor_given_is_an_error_not_a_default() -> None:
    with pytest.raises(AttributeError):
        from_fields(Editing, Stored("r1", "A title", "text"))


WORDS = EmptyListWords(trash="trash empty", no_match="no match", nothing_yet="none yet")


@pytest.mark.parametrize(
    ("in_trash", "filtered", "expected"),
    [
        (True, True, "trash empty"),
        (True, False, "trash empty"),
        (False, True, "no match"),
        (False, False, "none yet"),
    ],
)
def test_an_empty_list_says_why(in_trash: bool, filtered: bool, expected: str) -> None:
    assert empty_list_text(WORDS, in_trash=in_trash, filtered=filtered) == expected


class Owner:
    def __init__(self) -> None:
        self.calls: list[object] = []

    def show_trash(self, trash: bool) -> None:
        self.calls.append(("trash", trash))

    def restore_selected(self) -> None:
        self.calls.append("restore")

    def empty_trash(self) -> None:
        self.calls.append("empty")


def test_the_trash_buttons_switch_between_the_list_and_the_trash(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    owner = Owner()
    words = TrashButtonWords(
        new="&New", new_spoken="Write", new_tip="New (Ctrl+N)", trash="&Trash",
        show_trash="Show the trash", back="&Back", back_spoken="Back to the list",
        restore="&Restore", restore_spoken="Restore it", empty="Empty",
        empty_spoken="Empty it",
    )  # fmt: skip
    controls = TrashControls(words, parent, owner, new=lambda: owner.calls.append("new"))
    parent.show()
    controls.new_button.click()
    controls.trash_button.click()
    assert controls.in_trash
    controls.show_buttons(True)
    assert not controls.new_button.isVisible()
    assert controls.restore_button.isVisible() and controls.empty_button.isVisible()
    assert controls.trash_button.text() == "&Back"
    assert controls.trash_button.accessibleName() == "Back to the list"
    controls.restore_button.click()
    controls.empty_button.click()
    assert owner.calls == ["new", ("trash", True), "restore", "empty"]
    controls.show_buttons(False)
    assert controls.trash_button.text() == "&Trash"
    assert controls.trash_button.accessibleName() == "Show the trash"
