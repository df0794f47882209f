"""The built-in templates and the two distress steps, read from ``assets/debrief``."""

import json
from functools import cache
from pathlib import Path

from wellbeing_desk.debrief.templates import Step, Template, TemplateError, parse_template
from wellbeing_desk.paths import assets_dir

# The order they are offered in: the first days first (safety and basic needs, no
# re-telling), then the gentlest; the guides for looking after others come last.
BUILTIN_ORDER = (
    "recent-event",
    "after-incident",
    "security-review",
    "peer-conversation",
    "team-care",
)
DISTRESS_START = "distress-start"
DISTRESS_END = "distress-end"


def debrief_assets() -> Path:
    return assets_dir() / "debrief"


@cache
def builtin_templates() -> tuple[Template, ...]:
    folder = debrief_assets() / "templates"
    found = {
        template.id: template
        for path in sorted(folder.glob("*.json"))
        if (template := parse_template(_read(path), builtin=True))
    }
    ordered = [found.pop(key) for key in BUILTIN_ORDER if key in found]
    return (*ordered, *found.values())


def builtin_ids() -> set[str]:
    """The ids the built-in templates use (hers must not take them)."""
    return {t.id for t in builtin_templates()}


def builtin_template(template_id: str) -> Template | None:
    return next((t for t in builtin_templates() if t.id == template_id), None)


@cache
def distress_steps() -> tuple[Step, Step]:
    """The ratings asked before the first step and after the last of every debrief."""
    data = _read(debrief_assets() / "common.json")
    # Borrow the template parser for the steps, so they follow the same rules.
    holder = parse_template({"id": "common", "title": "common", "steps": data["steps"]})
    start, end = holder.step(DISTRESS_START), holder.step(DISTRESS_END)
    if start is None or end is None or start.kind != "rating" or end.kind != "rating":
        raise TemplateError("missing", "common.json")
    return start, end


def _read(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise TemplateError("wrong_type", path.name, expected="an object")
    return data
