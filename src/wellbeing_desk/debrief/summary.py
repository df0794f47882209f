"""The summary she can keep at the end, and its Markdown form (for an explicit export)."""

from dataclasses import dataclass

from wellbeing_desk.debrief.flow import Action, Contact, DebriefFlow
from wellbeing_desk.debrief.templates import Step


@dataclass(frozen=True)
class SummaryItem:
    step: Step
    prompt: str
    lines: tuple[str, ...]  # the answer as lines of text; a rating is "7 / 10"


def summary_items(flow: DebriefFlow, language: str) -> list[SummaryItem]:
    """The answered steps, in order, as text in her language (skipped ones left out)."""
    items: list[SummaryItem] = []
    for step in flow.steps:
        value = flow.answer(step.id)
        if value is None:
            continue
        items.append(
            SummaryItem(step, step.prompt.get(language), answer_lines(step, value, language))
        )
    return items


def answer_lines(step: Step, value: object, language: str) -> tuple[str, ...]:
    if isinstance(value, bool):
        return ()
    if isinstance(value, int):
        return (f"{value} / 10",)
    if isinstance(value, str):
        if step.kind == "text":
            return tuple(value.splitlines()) or (value,)
        return tuple(o.label.get(language) for o in step.options if o.id == value)
    if not isinstance(value, tuple):
        return ()
    lines: list[str] = []
    for item in value:
        if isinstance(item, Contact):
            lines.append(item.name)
        elif isinstance(item, Action):
            lines.append(f"{item.text} ({item.due.isoformat()})" if item.due else item.text)
    lines += [o.label.get(language) for o in step.options if o.id in value]
    return tuple(lines)


@dataclass(frozen=True)
class MarkdownLabels:
    """The few words around the answers, translated by the caller."""

    heading: str  # e.g. "Debrief: After an incident"
    dates: str  # e.g. "Started 2026-11-02 · finished 2026-11-02"
    follow_ups: str  # heading of the follow-up list
    nothing: str  # when nothing was answered


def debrief_markdown(flow: DebriefFlow, language: str, labels: MarkdownLabels) -> str:
    lines = [f"# {_escape(labels.heading)}", "", f"_{_escape(labels.dates)}_", ""]
    items = [i for i in summary_items(flow, language) if i.step.kind != "actions"]
    if not items and not flow.follow_ups():
        lines += [labels.nothing, ""]
    for item in items:
        lines += [f"## {_escape(item.prompt)}", ""]
        if item.step.kind in ("text", "rating", "choice"):
            lines += [_escape(line) if line else "" for line in item.lines]
        else:
            lines += [f"- {_escape(line)}" for line in item.lines]
        lines.append("")
    actions = flow.follow_ups()
    if actions:
        lines += [f"## {_escape(labels.follow_ups)}", ""]
        lines += [f"- [ ] {_escape(_action_text(a))}" for a in actions]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _action_text(action: Action) -> str:
    return f"{action.text} ({action.due.isoformat()})" if action.due else action.text


def _escape(text: str) -> str:
    """Her words stay words: Markdown that would turn into headings or links is escaped."""
    escaped = text
    for char in "\\`*_[]#<>!|":
        escaped = escaped.replace(char, "\\" + char)
    return escaped
