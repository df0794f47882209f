"""``debrief templates`` and ``debrief list``."""

import argparse
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.command_groups import add_command_group, add_json_option
from wellbeing_desk.cli.debrief_words import word
from wellbeing_desk.cli.language import locale_language
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.debrief import record
from wellbeing_desk.exports.debriefs import debrief_document, template_document


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    actions = add_command_group(commands, "debrief", "guided debriefs")

    templates = actions.add_parser(
        "templates", help="the debrief templates with their steps, in the locale's language"
    )
    add_json_option(templates)
    templates.set_defaults(handler=run_templates)

    listing = actions.add_parser("list", help="saved debriefs (in progress and finished)")
    add_json_option(listing)
    listing.set_defaults(handler=run_list)


def run_templates(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    language = locale_language()
    with vault_session.reading_vault(vault_dir, source) as vault:
        choices = record.available_templates(vault.debrief_templates)
    documents = [
        template_document(c.template, language, mine=c.record_id is not None) for c in choices
    ]
    return vault_session.print_listing(
        documents, as_json=args.json, line=lambda document: _template_lines(document, language)
    )


def run_list(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    language = locale_language()
    with vault_session.reading_vault(vault_dir, source) as vault:
        documents = []
        for summary in vault.debriefs.summaries():
            found = vault.debriefs.get(summary.id)
            if found is not None:
                follow_ups = vault.follow_ups.for_source(found.id)
                documents.append(debrief_document(found, follow_ups, language))
    return vault_session.print_listing(documents, as_json=args.json, line=_debrief_line)


def _template_lines(document: dict[str, Any], language: str = "en") -> str:
    """A template: its title and where it comes from, its purpose, then its steps."""
    origin = word("mine" if document["mine"] else "built in", language)
    lines = [f"{document['title']}  ({document['id']}, {origin})"]
    if document["purpose"]:
        lines.append(f"    {document['purpose']}")
    optional = word("about the event", language)
    for number, step in enumerate(document["steps"], start=1):
        marker = f" [{optional}]" if step["about_event"] else ""
        lines.append(f"    {number}. {step['prompt']} ({word(step['kind'], language)}){marker}")
    return "\n".join(lines)


def _debrief_line(document: dict[str, Any]) -> str:
    status = "finished" if document["status"] == "finished" else "in progress"
    ratings = _ratings(document["distress_start"], document["distress_end"])
    started, title = document["started"][:10], document["title"]
    return f"{started}  {title}  {status}{ratings}  [{document['id']}]"


def _ratings(start: int | None, end: int | None) -> str:
    if start is None and end is None:
        return ""
    shown = ["–" if value is None else str(value) for value in (start, end)]
    return f"  distress {shown[0]} → {shown[1]}"
