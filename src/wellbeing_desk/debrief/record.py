"""Between the flow and the vault: what is stored for a debrief, and how it is read back."""

import json
from dataclasses import dataclass, replace

from wellbeing_desk.debrief.builtin import builtin_ids, builtin_templates, distress_steps
from wellbeing_desk.debrief.flow import Action, Contact, DebriefFlow
from wellbeing_desk.debrief.template_ids import unique_id
from wellbeing_desk.debrief.templates import (
    Template,
    TemplateError,
    Text,
    dump_template,
    parse_template,
    template_json,
)
from wellbeing_desk.vault.debrief_templates import DebriefTemplateRepository
from wellbeing_desk.vault.debriefs import FINISHED, IN_PROGRESS, Debrief, DebriefInput
from wellbeing_desk.vault.follow_ups import FollowUpInput


@dataclass(frozen=True)
class TemplateChoice:
    """A template she can start from: built in, or one of hers (with its record id)."""

    template: Template
    record_id: str | None = None


def available_templates(repository: DebriefTemplateRepository) -> list[TemplateChoice]:
    """The built-in templates first, then hers by title; unreadable ones are left out."""
    choices = [TemplateChoice(t) for t in builtin_templates()]
    for stored in repository.all():
        try:
            choices.append(TemplateChoice(parse_template(json.loads(stored.body)), stored.id))
        except (TemplateError, ValueError, RecursionError):
            continue
    return choices


def debrief_input(flow: DebriefFlow, language: str) -> DebriefInput:
    """What the vault keeps for a debrief at this moment."""
    template = flow.template
    return DebriefInput(
        template_id=template.id,
        template_json=template_json(template),
        title=template.title.get(language),
        status=FINISHED if flow.finished else IN_PROGRESS,
        state_json=json.dumps(flow.to_state(), ensure_ascii=False),
        distress_start=flow.rating(flow.distress_start),
        distress_end=flow.rating(flow.distress_end),
        search_text=search_text(flow),
        search_title="\n".join(dict.fromkeys(template.title.values.values())),
        follow_ups=tuple(
            FollowUpInput(action.id, action.text, action.due) for action in flow.follow_ups()
        ),
    )


def search_text(flow: DebriefFlow) -> str:
    """Everything she wrote or chose, as text for the full-text index.

    Option labels go in every language the template has, so a search in
    either language finds them (the title is indexed apart, in every language).
    """
    parts: list[str] = []
    for step in flow.steps:
        value = flow.answer(step.id)
        if isinstance(value, str) and step.kind == "text":
            parts.append(value)
        elif isinstance(value, str):
            parts += _labels(flow.template, step.id, (value,))
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, Contact):
                    parts.append(item.name)
                elif isinstance(item, Action):
                    parts.append(item.text)
            parts += _labels(flow.template, step.id, tuple(v for v in value if isinstance(v, str)))
    return "\n".join(parts)


def _labels(template: Template, step_id: str, option_ids: tuple[str, ...]) -> list[str]:
    step = template.step(step_id)
    if step is None:
        return []
    return [label for o in step.options if o.id in option_ids for label in o.label.values.values()]


def resume(record: Debrief) -> DebriefFlow:
    """The flow of a saved debrief, from its own copy of the template.

    ``TemplateError`` when the stored copy is unreadable (a damaged record).
    """
    try:
        data = json.loads(record.template_json)
        state = json.loads(record.state_json)
    except (ValueError, RecursionError):
        raise TemplateError("not_json", line=1, column=1) from None
    return DebriefFlow.from_state(parse_template(data), distress_steps(), state)


def start(template: Template, *, include_event_steps: bool | None = None) -> DebriefFlow:
    return DebriefFlow(template, distress_steps(), include_event_steps=include_event_steps)


def own_copy(template: Template, taken_ids: set[str], title_suffix: str) -> Template:
    """A copy of a template for her to edit: a fresh id and a title marked as hers."""
    new_id = unique_id(f"{template.id}-mine", taken_ids | builtin_ids())
    title = Text({lang: f"{value} {title_suffix}" for lang, value in template.title.values.items()})
    return replace(template, id=new_id, title=title, builtin=False)


__all__ = [
    "TemplateChoice",
    "available_templates",
    "debrief_input",
    "dump_template",
    "own_copy",
    "resume",
    "search_text",
    "start",
]
