"""The template the editor's form describes, built and checked (no widgets here).

``build_template`` gives new ids to a new template and to new steps, keeps
what the template says in other languages (``template_drafts.edited``), and
checks the result with the same rules as an imported file, so what is saved
can always be read back.
"""

from dataclasses import dataclass

from wellbeing_desk.debrief.template_drafts import StepDraft, edited
from wellbeing_desk.debrief.template_ids import slug, unique_id
from wellbeing_desk.debrief.templates import (
    Step,
    Template,
    TemplateError,
    Text,
    parse_template,
    template_to_json,
)

LONG_TEXTS = ("purpose", "use_when", "avoid_when")


@dataclass(frozen=True)
class WrittenForm:
    """What the form shows in the interface's language, besides the steps."""

    title: str
    long_texts: dict[str, str]  # each of LONG_TEXTS
    event_steps_by_default: bool


def build_template(
    form: WrittenForm,
    drafts: list[StepDraft],
    *,
    original: Template | None,
    texts: dict[str, Text | None],
    taken_ids: set[str],
    language: str,
) -> Template:
    """The template as written (``TemplateError`` naming the place if it is not one yet).

    ``texts`` are the original's title and long texts in every language;
    ``taken_ids`` the ids a new template must not take.
    """
    title = edited(texts.get("title"), form.title.strip(), language)
    if title is None:
        raise TemplateError("missing", "title")
    longs = {
        key: edited(texts.get(key), form.long_texts.get(key, "").strip(), language)
        for key in LONG_TEXTS
    }
    if original is not None:
        template_id = original.id
    else:
        template_id = unique_id(slug(title.get(language), "my-template"), taken_ids)
    steps: list[Step] = []
    step_ids = {draft.id for draft in drafts if draft.id}
    for number, draft in enumerate(drafts, start=1):
        prompt = draft.text("prompt", language)
        if prompt is None:
            raise TemplateError("missing", f"steps[{number}].prompt")
        step_id = draft.id or unique_id(slug(prompt.get(language), "step", 40), step_ids)
        step_ids.add(step_id)
        steps.append(draft.to_step(step_id, language))
    built = Template(
        id=template_id,
        title=title,
        steps=tuple(steps),
        purpose=longs["purpose"],
        use_when=longs["use_when"],
        avoid_when=longs["avoid_when"],
        event_steps_by_default=form.event_steps_by_default,
    )
    # The same rules as a file she imports: what is saved can always be read back.
    return parse_template(template_to_json(built))


def form_state(form: WrittenForm, drafts: list[StepDraft]) -> tuple[object, ...]:
    """What she has written and chosen, to tell whether anything changed."""
    steps = tuple(
        (
            draft.id,
            draft.kind,
            draft.about_event,
            tuple(sorted((key, text) for key, text in draft.written.items() if text)),
            tuple((option.id, option.written) for option in draft.options),
        )
        for draft in drafts
    )
    longs = tuple(form.long_texts.get(key, "") for key in LONG_TEXTS)
    return form.title, longs, form.event_steps_by_default, steps
