"""Building a template from the editor's form, without widgets: ids, other languages, checks."""

import pytest

from wellbeing_desk.debrief.builtin import builtin_templates
from wellbeing_desk.debrief.template_drafts import StepDraft
from wellbeing_desk.debrief.templates import TemplateError
from wellbeing_desk.ui.debrief.templates.template_build import (
    WrittenForm,
    build_template,
    form_state,
)

LONGS = {"purpose": "", "use_when": "", "avoid_when": ""}


def _draft(prompt: str) -> StepDraft:
    return StepDraft(written={"prompt": prompt})


def test_a_new_template_gets_free_ids_from_its_words() -> None:
    form = WrittenForm("  Evening check ", LONGS, event_steps_by_default=False)
    built = build_template(
        form,
        [_draft("How am I?"), _draft("How am I?")],
        original=None,
        texts={},
        taken_ids={"evening-check"},
        language="en",
    )
    assert built.title.get("en") == "Evening check"
    assert built.id not in {"evening-check"} and built.id.startswith("evening-check")
    first, second = (step.id for step in built.steps)
    assert first != second


def test_editing_keeps_the_id_and_the_other_languages() -> None:
    original = builtin_templates()[0]
    drafts = [StepDraft.from_step(step, "en") for step in original.steps]
    form = WrittenForm("My title", {**LONGS, "purpose": "Mine"}, original.event_steps_by_default)
    built = build_template(
        form,
        drafts,
        original=original,
        texts={"title": original.title, "purpose": original.purpose},
        taken_ids=set(),
        language="en",
    )
    assert built.id == original.id
    assert built.title.get("en") == "My title"
    assert built.title.get("es") == original.title.get("es")
    assert [step.id for step in built.steps] == [step.id for step in original.steps]


@pytest.mark.parametrize(
    ("title", "drafts", "where"),
    [(" ", [_draft("Q")], "title"), ("T", [_draft("Q"), _draft(" ")], "steps[2].prompt")],
)
def test_what_is_missing_is_named_with_its_place(
    title: str, drafts: list[StepDraft], where: str
) -> None:
    form = WrittenForm(title, LONGS, False)
    with pytest.raises(TemplateError) as raised:
        build_template(form, drafts, original=None, texts={}, taken_ids=set(), language="en")
    assert raised.value.where == where


def test_the_form_state_sees_every_change_and_ignores_empty_texts() -> None:
    form = WrittenForm("T", LONGS, False)
    state = form_state(form, [_draft("Q")])
    assert form_state(form, [StepDraft(written={"prompt": "Q", "help": ""})]) == state
    assert form_state(form, [_draft("Q2")]) != state
    assert form_state(WrittenForm("T", LONGS, True), [_draft("Q")]) != state
