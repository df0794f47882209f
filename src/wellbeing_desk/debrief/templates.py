"""Debrief templates: a strict, documented JSON format (see docs/DEBRIEF_TEMPLATES.md).

Parsing never raises anything but ``TemplateError``, whatever the input, and
the error names the problem and where it is, so she can fix her file.
"""

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1
STEP_KINDS = ("text", "rating", "checklist", "choice", "contacts", "actions")
FALLBACK_LANGUAGE = "en"

MAX_FILE_BYTES = 512 * 1024
MAX_STEPS = 60
MAX_OPTIONS = 40
MAX_ID = 64
MAX_SHORT = 300  # titles, option labels, rating ends
MAX_LONG = 4000  # purpose, prompts, help
# When a file has no "event_steps_by_default": steps about the event are left out.
EVENT_STEPS_DEFAULT = False

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")

# Problem codes with their English wording; the UI translates by code.
PROBLEMS: dict[str, str] = {
    "not_json": "The file is not valid JSON (line {line}, column {column}).",
    "too_large": "The file is larger than {limit} KB.",
    "unsupported_format": "This template uses format {value}; this app reads format 1.",
    "wrong_type": "“{where}” must be {expected}.",
    "missing": "“{where}” is missing.",
    "unknown_field": "“{where}” is not a field templates have.",
    "unknown_kind": "“{where}”: “{value}” is not a step kind.",
    "empty": "“{where}” is empty.",
    "too_long": "“{where}” is longer than {limit} characters.",
    "too_many": "“{where}” has more than {limit} items.",
    "too_few": "“{where}” needs at least {limit} items.",
    "bad_id": "“{where}”: “{value}” is not a valid id (lowercase letters, digits, hyphens).",
    "duplicate_id": "“{where}”: the id “{value}” is used twice.",
    "bad_language": "“{where}”: “{value}” is not a language code.",
    "not_allowed": "“{where}” does not belong to a step of this kind.",
}


class TemplateError(ValueError):
    """A template file she cannot use, with a problem code and the place it is."""

    def __init__(self, problem: str, where: str = "", **details: object) -> None:
        self.problem = problem
        self.where = where
        self.details = {key: str(value) for key, value in details.items()}
        super().__init__(PROBLEMS[problem].format(where=where, **self.details))


@dataclass(frozen=True)
class Text:
    """Text in one or more languages; a plain string in the file means every language."""

    values: Mapping[str, str]

    def get(self, language: str) -> str:
        base = language.split("-", maxsplit=1)[0].split("_", maxsplit=1)[0]
        for key in (language, base, FALLBACK_LANGUAGE):
            if key in self.values:
                return self.values[key]
        return next(iter(self.values.values()))

    def languages(self) -> set[str]:
        return set(self.values)

    def to_json(self) -> str | dict[str, str]:
        if set(self.values) == {"*"}:
            return self.values["*"]
        return dict(self.values)


def text(value: str) -> Text:
    """Text that reads the same in every language."""
    return Text({"*": value})


@dataclass(frozen=True)
class Option:
    id: str
    label: Text


@dataclass(frozen=True)
class Step:
    id: str
    kind: str
    prompt: Text
    help: Text | None = None
    about_event: bool = False
    options: tuple[Option, ...] = ()
    low: Text | None = None  # what 0 means on a rating
    high: Text | None = None  # what 10 means
    # The step asks about another person's feelings. Said out loud so it can be
    # checked: a built-in template never asks anyone to report on someone else.
    about_others: bool = False


@dataclass(frozen=True)
class Template:
    id: str
    title: Text
    steps: tuple[Step, ...]
    purpose: Text | None = None
    use_when: Text | None = None
    avoid_when: Text | None = None
    # Whether questions about the event itself are asked unless she says otherwise. Off
    # unless a template says so: re-telling an event is never pushed (a file without the
    # field, such as one she imports, leaves them out until she ticks them in).
    event_steps_by_default: bool = EVENT_STEPS_DEFAULT
    builtin: bool = field(default=False, compare=False)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)


# --- parsing -----------------------------------------------------------------------------

# The fields each kind of object may have (the editor's error messages name them too).
FIELDS: dict[str, frozenset[str]] = {
    "template": frozenset(
        {
            "format",
            "id",
            "title",
            "purpose",
            "use_when",
            "avoid_when",
            "event_steps_by_default",
            "steps",
        }
    ),
    "step": frozenset(
        {"id", "kind", "prompt", "help", "about_event", "about_others", "options", "low", "high"}
    ),
    "option": frozenset({"id", "label"}),
}


def load_template(data: bytes | str) -> Template:
    """A template from the bytes of a JSON file."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if len(raw) > MAX_FILE_BYTES:
        raise TemplateError("too_large", limit=MAX_FILE_BYTES // 1024)
    try:
        parsed = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TemplateError("not_json", line=1, column=1) from None
    except json.JSONDecodeError as error:
        raise TemplateError("not_json", line=error.lineno, column=error.colno) from None
    except ValueError:
        # Python refuses to read integers of more than 4,300 digits (a ValueError
        # that is not a JSONDecodeError); name the first such number's place.
        line, column = _long_number_place(raw.decode("utf-8-sig"))
        raise TemplateError("not_json", line=line, column=column) from None
    except RecursionError:
        raise TemplateError("not_json", line=1, column=1) from None
    return parse_template(parsed)


_LONG_NUMBER = re.compile(r"-?\d{1000,}")


def _long_number_place(text: str) -> tuple[int, int]:
    found = _LONG_NUMBER.search(text)
    if found is None:
        return 1, 1
    before = text[: found.start()]
    return before.count("\n") + 1, found.start() - (before.rfind("\n") + 1) + 1


def parse_template(data: object, *, builtin: bool = False) -> Template:
    """A template from parsed JSON; ``TemplateError`` for anything else."""
    obj = _object(data, "template", FIELDS["template"])
    version = obj.get("format", FORMAT_VERSION)
    if type(version) is not int:
        raise TemplateError("wrong_type", "format", expected="a number")
    if version != FORMAT_VERSION:
        raise TemplateError("unsupported_format", value=_short_number(version))
    steps_data = _required(obj, "steps", "steps")
    if not isinstance(steps_data, list):
        raise TemplateError("wrong_type", "steps", expected="a list")
    if not steps_data:
        raise TemplateError("too_few", "steps", limit=1)
    if len(steps_data) > MAX_STEPS:
        raise TemplateError("too_many", "steps", limit=MAX_STEPS)
    steps = tuple(_parse_step(item, f"steps[{i + 1}]") for i, item in enumerate(steps_data))
    _unique([s.id for s in steps], "steps")
    return Template(
        id=_parse_id(_required(obj, "id", "id"), "id"),
        title=_parse_text(_required(obj, "title", "title"), "title", MAX_SHORT),
        purpose=_optional_text(obj, "purpose", "purpose", MAX_LONG),
        use_when=_optional_text(obj, "use_when", "use_when", MAX_LONG),
        avoid_when=_optional_text(obj, "avoid_when", "avoid_when", MAX_LONG),
        event_steps_by_default=_bool(
            obj, "event_steps_by_default", "event_steps_by_default", EVENT_STEPS_DEFAULT
        ),
        steps=steps,
        builtin=builtin,
    )


def _parse_step(data: object, where: str) -> Step:
    obj = _object(data, where, FIELDS["step"])
    kind = _required(obj, "kind", f"{where}.kind")
    if not isinstance(kind, str):
        raise TemplateError("wrong_type", f"{where}.kind", expected="text")
    if kind not in STEP_KINDS:
        raise TemplateError("unknown_kind", f"{where}.kind", value=kind[:40])
    options: tuple[Option, ...] = ()
    if kind in ("checklist", "choice"):
        options_data = _required(obj, "options", f"{where}.options")
        if not isinstance(options_data, list):
            raise TemplateError("wrong_type", f"{where}.options", expected="a list")
        if len(options_data) < 2:
            raise TemplateError("too_few", f"{where}.options", limit=2)
        if len(options_data) > MAX_OPTIONS:
            raise TemplateError("too_many", f"{where}.options", limit=MAX_OPTIONS)
        options = tuple(
            _parse_option(item, f"{where}.options[{i + 1}]") for i, item in enumerate(options_data)
        )
        _unique([o.id for o in options], f"{where}.options")
    elif "options" in obj:
        raise TemplateError("not_allowed", f"{where}.options")
    if kind != "rating":
        for key in ("low", "high"):
            if key in obj:
                raise TemplateError("not_allowed", f"{where}.{key}")
    return Step(
        id=_parse_id(_required(obj, "id", f"{where}.id"), f"{where}.id"),
        kind=kind,
        prompt=_parse_text(
            _required(obj, "prompt", f"{where}.prompt"), f"{where}.prompt", MAX_LONG
        ),
        help=_optional_text(obj, "help", f"{where}.help", MAX_LONG),
        about_event=_bool(obj, "about_event", f"{where}.about_event", False),
        options=options,
        low=_optional_text(obj, "low", f"{where}.low", MAX_SHORT),
        high=_optional_text(obj, "high", f"{where}.high", MAX_SHORT),
        about_others=_bool(obj, "about_others", f"{where}.about_others", False),
    )


def _parse_option(data: object, where: str) -> Option:
    obj = _object(data, where, FIELDS["option"])
    return Option(
        id=_parse_id(_required(obj, "id", f"{where}.id"), f"{where}.id"),
        label=_parse_text(_required(obj, "label", f"{where}.label"), f"{where}.label", MAX_SHORT),
    )


def _object(data: object, where: str, allowed: frozenset[str]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TemplateError("wrong_type", where, expected="an object")
    for key in data:
        if key not in allowed:
            name = key[:40] if isinstance(key, str) else "?"  # str() of a huge int raises
            raise TemplateError("unknown_field", f"{where}.{name}".removeprefix("template."))
    return data


def _required(obj: dict[str, Any], key: str, where: str) -> object:
    if key not in obj or obj[key] is None:
        raise TemplateError("missing", where)
    return obj[key]


def _bool(obj: dict[str, Any], key: str, where: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise TemplateError("wrong_type", where, expected="true or false")
    return value


def _parse_id(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise TemplateError("wrong_type", where, expected="text")
    if len(value) > MAX_ID or not _ID.match(value):
        raise TemplateError("bad_id", where, value=value[:MAX_ID])
    return value


def _optional_text(obj: dict[str, Any], key: str, where: str, limit: int) -> Text | None:
    value = obj.get(key)
    return None if value is None else _parse_text(value, where, limit)


def _parse_text(value: object, where: str, limit: int) -> Text:
    if isinstance(value, str):
        return Text({"*": _checked_string(value, where, limit)})
    if not isinstance(value, dict):
        raise TemplateError("wrong_type", where, expected="text or an object of languages")
    if not value:
        raise TemplateError("empty", where)
    values: dict[str, str] = {}
    for language, item in value.items():
        if not isinstance(language, str):
            raise TemplateError("bad_language", where, value="?")
        if not _LANGUAGE.match(language):
            raise TemplateError("bad_language", where, value=language[:20])
        if not isinstance(item, str):
            raise TemplateError("wrong_type", f"{where}.{language}", expected="text")
        values[language] = _checked_string(item, f"{where}.{language}", limit)
    return Text(values)


def _checked_string(value: str, where: str, limit: int) -> str:
    if not value.strip():
        raise TemplateError("empty", where)
    if len(value) > limit:
        raise TemplateError("too_long", where, limit=limit)
    # Lone surrogates cannot be stored or shown; refuse them as text of the wrong kind.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise TemplateError("wrong_type", where, expected="text") from None
    return value


def _short_number(number: int) -> str:
    """A number as text, cut short: a template's format is one digit, not 4,000."""
    if -(10**12) < number < 10**12:
        return str(number)
    return "≤ −10¹²" if number < 0 else "≥ 10¹²"  # symbols: the same in every language


def _unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise TemplateError("duplicate_id", where, value=item)
        seen.add(item)


# --- writing -----------------------------------------------------------------------------


def template_to_json(template: Template) -> dict[str, object]:
    """The template as the file format (``parse_template`` reads it back equal)."""
    data: dict[str, object] = {"format": FORMAT_VERSION, "id": template.id}
    data["title"] = template.title.to_json()
    for key in ("purpose", "use_when", "avoid_when"):
        value: Text | None = getattr(template, key)
        if value is not None:
            data[key] = value.to_json()
    data["event_steps_by_default"] = template.event_steps_by_default
    data["steps"] = [_step_to_json(step) for step in template.steps]
    return data


def _step_to_json(step: Step) -> dict[str, object]:
    data: dict[str, object] = {"id": step.id, "kind": step.kind, "prompt": step.prompt.to_json()}
    if step.help is not None:
        data["help"] = step.help.to_json()
    if step.about_event:
        data["about_event"] = True
    if step.about_others:
        data["about_others"] = True
    if step.options:
        data["options"] = [{"id": o.id, "label": o.label.to_json()} for o in step.options]
    for key in ("low", "high"):
        value: Text | None = getattr(step, key)
        if value is not None:
            data[key] = value.to_json()
    return data


def template_json(template: Template) -> str:
    """The template as compact JSON, as the vault stores it."""
    return json.dumps(template_to_json(template), ensure_ascii=False)


def dump_template(template: Template) -> str:
    """The template as pretty JSON text for a file."""
    return json.dumps(template_to_json(template), ensure_ascii=False, indent=2) + "\n"


def all_texts(template: Template) -> list[tuple[str, Text]]:
    """Every piece of text in a template with where it is (for completeness checks)."""
    found: list[tuple[str, Text]] = [("title", template.title)]
    found += [
        (key, value)
        for key in ("purpose", "use_when", "avoid_when")
        if (value := getattr(template, key)) is not None
    ]
    for step in template.steps:
        found.append((f"{step.id}.prompt", step.prompt))
        found += [
            (f"{step.id}.{key}", value)
            for key in ("help", "low", "high")
            if (value := getattr(step, key)) is not None
        ]
        found += [(f"{step.id}.{o.id}", o.label) for o in step.options]
    return found
