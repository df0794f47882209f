"""The note editor's draft format (no Qt), the prompt templates, row texts."""

from datetime import date

import pytest

from wellbeing_desk.ui.notes.formatting import people_text
from wellbeing_desk.ui.notes.note_state import NoteState
from wellbeing_desk.ui.notes.prompts import prompt_templates, with_prompts
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import Participant

DAY = date(2024, 5, 12)


def full_state() -> NoteState:
    return NoteState(
        occurred_on=DAY,
        note_id="n1",
        title="Circle",
        context_id="c1",
        participants=(Participant("Ana", "d1"), Participant("Marta")),
        takeaways=("one", "two"),
        follow_ups=(FollowUpInput("f1", "Call Ana", DAY), FollowUpInput("f2", "Later")),
        tags=("care", "peer"),
        body="# Heading\n\ntext",
    )


def test_a_draft_reads_back_as_it_was_written() -> None:
    state = full_state()
    assert NoteState.from_json(state.to_json(), date(2000, 1, 1)) == state


@pytest.mark.parametrize(
    "text",
    [
        '{"title": 7, "occurred_on": "never", "participants": [{"name": 3}, "x"],'
        ' "takeaways": [1, "kept"], "follow_ups": [{"text": "t", "due": "soon"}, 5],'
        ' "tags": "care", "body": null, "context_id": ""}',
        "{}",
    ],
)
def test_a_damaged_draft_keeps_what_can_be_read(text: str) -> None:
    state = NoteState.from_json(text, DAY)
    assert state.occurred_on == DAY
    assert state.title == "" and state.body == "" and state.context_id is None
    assert state.participants == () and state.tags == ()
    if "kept" in text:
        assert state.takeaways == ("kept",)
        (item,) = state.follow_ups
        assert (item.text, item.due_date) == ("t", None) and item.item_id


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '"text"'])
def test_what_is_not_a_draft_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a note draft"):
        NoteState.from_json(text, DAY)


def test_to_input_cleans_and_refuses() -> None:
    note = NoteState(
        DAY,
        title="  Circle   again ",
        takeaways=("", " kept "),
        follow_ups=(FollowUpInput("f", "  "),),
        tags=("#care", "care"),
    ).to_input()
    assert (note.title, note.takeaways, note.follow_ups, note.tags) == (
        "Circle again",
        ("kept",),
        (),
        ("care",),
    )
    with pytest.raises(ValueError):
        NoteState(DAY, title="   ").to_input()


def test_is_empty() -> None:
    assert NoteState(DAY, context_id="c1").is_empty()
    assert not NoteState(DAY, takeaways=("x",)).is_empty()
    assert not full_state().is_empty()


def test_prompts_add_headings_after_the_text(qapp) -> None:
    templates = prompt_templates()
    assert len(templates) >= 3
    key, name, headings = templates[0]
    assert (key, name) == ("exchange", "Exchange of practices")
    assert headings == ("Practices that worked", "Obstacles", "What I take away", "Follow-ups")
    assert with_prompts("", ("A", "B")) == "## A\n\n\n## B\n\n"
    assert with_prompts("mine\n\n", ("A",)) == "mine\n\n## A\n\n"


def test_people_in_a_row_stay_short(qapp) -> None:
    assert people_text(("Ana", "Marta")) == "Ana, Marta"
    assert people_text(("A", "B", "C", "D", "E")) == "A, B, C and 2 more"
