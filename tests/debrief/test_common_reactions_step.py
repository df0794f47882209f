"""Issue 19: the step "What many people feel afterwards" lists reactions, never the event.

The step is in "After an incident" and "A very recent event"; it is a checklist
of common reactions (she may tick what she notices), never a question to write
about what happened, and it is asked whether or not she includes the event's
questions.
"""

import pytest

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.languages import UI_LANGUAGES
from wellbeing_desk.ui.common_reactions import STEP_ID

TEMPLATES = ("after-incident", "recent-event")
REACTIONS = {
    "sleep",
    "startle",
    "irritable",
    "numb",
    "guilt",
    "tiredness",
    "concentration",
}
# Words that would turn the step toward the event itself.
EVENT_WORDS = ("happened", "describe", "what was", "tell us", "event")


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_the_step_lists_reactions_and_never_asks_about_the_event(template_id: str) -> None:
    template = builtin_template(template_id)
    assert template is not None
    step = template.step(STEP_ID)
    assert step is not None
    assert step.kind == "checklist"  # nothing to write: she only ticks, if she likes
    assert not step.about_event
    assert {option.id for option in step.options} == REACTIONS
    english = [step.prompt.get("en"), *(o.label.get("en") for o in step.options)]
    assert step.help is not None
    english.append(step.help.get("en"))
    for text in english:
        assert not any(word in text.lower() for word in EVENT_WORDS), text
    for text in (step.prompt, step.help, *(o.label for o in step.options)):
        assert text.languages() == set(UI_LANGUAGES)


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_the_step_is_asked_without_the_event_questions(template_id: str) -> None:
    template = builtin_template(template_id)
    assert template is not None
    flow = record.start(template, include_event_steps=False)
    assert STEP_ID in [step.id for step in flow.steps]
    # No step next to it is about the event either: it opens no door to re-telling.
    ids = [step.id for step in template.steps]
    index = ids.index(STEP_ID)
    neighbours = template.steps[max(0, index - 1) : index + 2]
    assert not any(step.about_event for step in neighbours)
