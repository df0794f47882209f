"""A template that cannot be used, in one sentence of her language naming the problem and where.

``describe(error)`` turns a ``TemplateError`` (a problem code, a place like
``steps[3].options[2].label`` and details) into, for example,
"Step 3, option 2, label: this is empty." It never raises, whatever the
error holds: a name or value taken from a file is cut short and anything
that cannot be shown (control characters, lone surrogates) is replaced.
"""

import re

from PySide6.QtCore import QCoreApplication, QObject

from wellbeing_desk.debrief.templates import FIELDS, STEP_KINDS, TemplateError
from wellbeing_desk.ui.debrief.templates.names import language_names

MAX_SHOWN = 60  # characters of a value or field name from the file

_INDEXED = re.compile(r"(steps|options)\[(\d{1,9})\](?:\.|$)")
_NAME = re.compile(r"([a-z_]+)(?:\.|$)")
_TEXT_FIELDS = {
    "title",
    "purpose",
    "use_when",
    "avoid_when",
    "prompt",
    "help",
    "low",
    "high",
    "label",
}


class _Details(dict[str, str]):
    """Format arguments where a placeholder nobody filled in reads as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


def shown(value: object) -> str:
    """A value from the file, safe to show: printable and not too long."""
    try:
        text = str(value)
    except Exception:
        return "?"
    cleaned = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in text)
    return cleaned if len(cleaned) <= MAX_SHOWN else cleaned[: MAX_SHOWN - 1] + "…"


def field_name(name: str, context: str) -> str:
    """One field of the format, in words."""
    if name == "id":
        if context == "template":
            return QCoreApplication.translate("TemplateErrors", "template id")
        return QCoreApplication.translate("TemplateErrors", "id")
    names = {
        "format": QCoreApplication.translate("TemplateErrors", "format version"),
        "title": QCoreApplication.translate("TemplateErrors", "title"),
        "purpose": QCoreApplication.translate("TemplateErrors", "purpose"),
        "use_when": QCoreApplication.translate("TemplateErrors", "when it helps"),
        "avoid_when": QCoreApplication.translate("TemplateErrors", "when not to use it"),
        "event_steps_by_default": QCoreApplication.translate(
            "TemplateErrors", "ask about the event by default"
        ),
        "steps": QCoreApplication.translate("TemplateErrors", "steps"),
        "kind": QCoreApplication.translate("TemplateErrors", "kind"),
        "prompt": QCoreApplication.translate("TemplateErrors", "question"),
        "help": QCoreApplication.translate("TemplateErrors", "help text"),
        "about_event": QCoreApplication.translate("TemplateErrors", "about the event"),
        "about_others": QCoreApplication.translate(
            "TemplateErrors", "about another person's feelings"
        ),
        "options": QCoreApplication.translate("TemplateErrors", "options"),
        "low": QCoreApplication.translate("TemplateErrors", "what 0 means"),
        "high": QCoreApplication.translate("TemplateErrors", "what 10 means"),
        "label": QCoreApplication.translate("TemplateErrors", "label"),
    }
    return names.get(name, name)


def readable_place(where: str) -> str:
    """``steps[3].options[2].label`` → "step 3, option 2, label"; "" for the whole file."""
    if not where:
        return ""
    if where == "template":
        return QCoreApplication.translate("TemplateErrors", "the template")
    parts: list[str] = []
    context, rest = "template", where
    while rest:
        indexed = _INDEXED.match(rest)
        if indexed:
            number = indexed.group(2).lstrip("0") or "0"
            if indexed.group(1) == "steps":
                parts.append(
                    QCoreApplication.translate("TemplateErrors", "step {number}").format(
                        number=number
                    )
                )
                context = "step"
            else:
                parts.append(
                    QCoreApplication.translate("TemplateErrors", "option {number}").format(
                        number=number
                    )
                )
                context = "option"
            rest = rest[indexed.end() :]
            continue
        named = _NAME.match(rest)
        if named and named.group(1) in FIELDS[context]:
            name = named.group(1)
            parts.append(field_name(name, context))
            rest = rest[named.end() :]
            if name in _TEXT_FIELDS and rest:
                # What follows a text is the language it is in ("title.es").
                language = language_names().get(rest, f"“{shown(rest)}”")
                parts[-1] = QCoreApplication.translate(
                    "TemplateErrors", "{field} in {language}"
                ).format(field=parts[-1], language=language)
                rest = ""
            continue
        # A field name from the file that the format does not have: shown as it was written.
        parts.append(f"“{shown(rest)}”")
        rest = ""
    return ", ".join(parts)


def _expected(value: str) -> str:
    names = {
        "a number": QCoreApplication.translate("TemplateErrors", "a number"),
        "a list": QCoreApplication.translate("TemplateErrors", "a list in square brackets [ ]"),
        "text": QCoreApplication.translate("TemplateErrors", "text in quotes"),
        "an object": QCoreApplication.translate(
            "TemplateErrors", "a group of fields in braces { }"
        ),
        "true or false": QCoreApplication.translate("TemplateErrors", "true or false"),
        "text or an object of languages": QCoreApplication.translate(
            "TemplateErrors", "text in quotes, or one text per language in braces { }"
        ),
    }
    return names.get(value, shown(value))


class _Counted(QObject):
    """Counted words in their plural forms (lupdate reads plural forms from ``tr`` only)."""

    def characters(self, count: int) -> str:
        return self.tr("%n characters", "", count)


def _sentence(problem: str) -> str:
    """The sentence for a problem code, with its placeholders (literal strings for lupdate)."""
    sentences = {
        "not_json": QCoreApplication.translate(
            "TemplateErrors",
            "This is not a template file: it is not valid JSON "
            "(the first problem is on line {line}, column {column}).",
        ),
        "too_large": QCoreApplication.translate(
            "TemplateErrors",
            "This file is larger than {limit} KB, too large to be a template.",
        ),
        "unsupported_format": QCoreApplication.translate(
            "TemplateErrors",
            "This template uses format version {value}, and this app reads version 1. "
            "It may come from a newer version of Wellbeing Desk.",
        ),
        "wrong_type": QCoreApplication.translate(
            "TemplateErrors", "{where}: this must be {expected}."
        ),
        "missing": QCoreApplication.translate("TemplateErrors", "{where}: this is missing."),
        "unknown_field": QCoreApplication.translate(
            "TemplateErrors",
            "{where}: templates have no field with this name. Check the spelling.",
        ),
        "unknown_kind": QCoreApplication.translate(
            "TemplateErrors",
            "{where}: “{value}” is not a kind of step. The kinds are: {kinds}.",
        ),
        "empty": QCoreApplication.translate("TemplateErrors", "{where}: this is empty."),
        "too_long": QCoreApplication.translate(
            "TemplateErrors", "{where}: this is longer than {characters}."
        ),
        "too_many": QCoreApplication.translate(
            "TemplateErrors", "{where}: there are more than {limit}."
        ),
        "too_few": QCoreApplication.translate(
            "TemplateErrors", "{where}: at least {limit} are needed."
        ),
        "bad_id": QCoreApplication.translate(
            "TemplateErrors",
            "{where}: “{value}” is not a valid id. "
            "Use lowercase letters, digits and single hyphens.",
        ),
        "duplicate_id": QCoreApplication.translate(
            "TemplateErrors", "{where}: the id “{value}” is used twice."
        ),
        "bad_language": QCoreApplication.translate(
            "TemplateErrors", "{where}: “{value}” is not a language code."
        ),
        "not_allowed": QCoreApplication.translate(
            "TemplateErrors", "{where}: this does not belong in a step of this kind."
        ),
    }
    return sentences.get(
        problem,
        QCoreApplication.translate(
            "TemplateErrors", "This template cannot be used: it has a problem."
        ),
    )


def describe(error: TemplateError) -> str:
    """One sentence in her language: what is wrong with the template, and where."""
    try:
        details = getattr(error, "details", None)
        values = _Details(
            {str(k): shown(v) for k, v in details.items()} if isinstance(details, dict) else {}
        )
        where = readable_place(str(getattr(error, "where", "") or ""))
        if not where:
            where = QCoreApplication.translate("TemplateErrors", "the template")
        values["where"] = where[:1].upper() + where[1:]
        values["expected"] = _expected(values.get("expected", ""))
        values["kinds"] = ", ".join(STEP_KINDS)  # as they are written in the file
        limit = str(values.get("limit", ""))
        count = int(limit) if limit.isascii() and limit.isdigit() and len(limit) < 10 else 0
        values["characters"] = _Counted().characters(count)  # "1 character", "200 characters"
        sentence = _sentence(str(getattr(error, "problem", "")))
        return sentence.format_map(values)
    except Exception:
        # A translation with a broken placeholder must not turn a bad file into a crash.
        return QCoreApplication.translate(
            "TemplateErrors", "This template cannot be used: it has a problem."
        )
