"""Debriefs and templates as neutral JSON documents (CLI listings, the full export)."""

from typing import Any

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.flow import answer_to_json
from wellbeing_desk.debrief.summary import MarkdownLabels, answer_lines, debrief_markdown
from wellbeing_desk.debrief.templates import Template, TemplateError, Text
from wellbeing_desk.vault.debriefs import Debrief
from wellbeing_desk.vault.follow_ups import FollowUp


def template_document(template: Template, language: str, mine: bool) -> dict[str, Any]:
    def text(value: Text | None) -> str | None:
        return None if value is None else value.get(language)

    return {
        "id": template.id,
        "title": template.title.get(language),
        "builtin": template.builtin,
        "mine": mine,
        "purpose": text(template.purpose),
        "use_when": text(template.use_when),
        "avoid_when": text(template.avoid_when),
        "event_steps_by_default": template.event_steps_by_default,
        "steps": [
            {
                "id": step.id,
                "kind": step.kind,
                "prompt": step.prompt.get(language),
                "help": step.help.get(language) if step.help else None,
                "about_event": step.about_event,
                "options": [{"id": o.id, "label": o.label.get(language)} for o in step.options],
            }
            for step in template.steps
        ],
    }


def debrief_document(debrief: Debrief, follow_ups: list[FollowUp], language: str) -> dict[str, Any]:
    """One debrief: its dates and ratings, and every answer with the question it answers."""
    document: dict[str, Any] = {
        "id": debrief.id,
        "template_id": debrief.template_id,
        "title": debrief.title,
        "status": debrief.status,
        "started": debrief.created_at,
        "updated": debrief.updated_at,
        "finished": debrief.finished_at,
        "distress_start": debrief.distress_start,
        "distress_end": debrief.distress_end,
        "answers": [],
        "follow_ups": [
            {
                "id": item.item_id,
                "text": item.text,
                "due": item.due_date.isoformat() if item.due_date else None,
                "done": item.done,
            }
            for item in follow_ups
        ],
    }
    try:
        flow = record.resume(debrief)
    except TemplateError:
        document["damaged"] = True  # the stored copy cannot be read; the rest still can
        return document
    for step in flow.steps:
        value = flow.answer(step.id)
        if value is None:
            continue
        document["answers"].append(
            {
                "step": step.id,
                "kind": step.kind,
                "prompt": step.prompt.get(language),
                "answer": answer_to_json(value),
                "text": "\n".join(answer_lines(step, value, language)),
            }
        )
    return document


def debriefs_markdown(vault_debriefs: list[Debrief], language: str) -> str:
    """Every debrief as Markdown, for the full export (English labels, like the CLI)."""
    parts: list[str] = []
    for debrief in vault_debriefs:
        try:
            flow = record.resume(debrief)
        except TemplateError:
            continue
        finished = f" · finished {debrief.finished_at[:10]}" if debrief.finished_at else ""
        labels = MarkdownLabels(
            heading=f"Debrief: {debrief.title}",
            dates=f"Started {debrief.created_at[:10]}{finished}",
            follow_ups="Follow-ups",
            nothing="Nothing was written.",
        )
        parts.append(debrief_markdown(flow, language, labels))
    return "\n".join(parts)
