"""``debrief templates`` and ``debrief list``."""

import argparse
from pathlib import Path
from typing import Any

from wellbeing_desk.cli.errors import EXIT_OK
from wellbeing_desk.cli.language import locale_language
from wellbeing_desk.cli.output import emit_json
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.debrief import record
from wellbeing_desk.exports.debriefs import debrief_document, template_document
from wellbeing_desk.vault import Vault


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    debrief = commands.add_parser("debrief", help="guided debriefs")
    actions = debrief.add_subparsers(dest="debrief_command", metavar="ACTION")
    actions.required = True

    templates = actions.add_parser(
        "templates", help="the debrief templates with their steps, in the locale's language"
    )
    templates.add_argument("--json", action="store_true", help="machine-readable output")
    templates.set_defaults(handler=run_templates)

    listing = actions.add_parser("list", help="saved debriefs (in progress and finished)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)


def run_templates(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    language = locale_language()
    passphrase = source.read("Passphrase: ")
    vault = Vault.open_for_reading(vault_dir, passphrase)
    try:
        choices = record.available_templates(vault.debrief_templates)
    finally:
        vault.lock()
    documents = [
        template_document(c.template, language, mine=c.record_id is not None) for c in choices
    ]
    if args.json:
        emit_json(documents)
        return EXIT_OK
    for document in documents:
        origin = "mine" if document["mine"] else "built in"
        print(f"{document['title']}  ({document['id']}, {origin})")
        if document["purpose"]:
            print(f"    {document['purpose']}")
        for number, step in enumerate(document["steps"], start=1):
            marker = " [about the event, optional]" if step["about_event"] else ""
            print(f"    {number}. {step['prompt']} ({step['kind']}){marker}")
    return EXIT_OK


def run_list(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    language = locale_language()
    passphrase = source.read("Passphrase: ")
    vault = Vault.open_for_reading(vault_dir, passphrase)
    try:
        documents = []
        for summary in vault.debriefs.summaries():
            found = vault.debriefs.get(summary.id)
            if found is not None:
                follow_ups = vault.follow_ups.for_source(found.id)
                documents.append(debrief_document(found, follow_ups, language))
    finally:
        vault.lock()
    if args.json:
        emit_json(documents)
        return EXIT_OK
    for document in documents:
        status = "finished" if document["status"] == "finished" else "in progress"
        ratings = _ratings(document["distress_start"], document["distress_end"])
        started, title = document["started"][:10], document["title"]
        print(f"{started}  {title}  {status}{ratings}  [{document['id']}]")
    return EXIT_OK


def _ratings(start: int | None, end: int | None) -> str:
    if start is None and end is None:
        return ""
    shown = ["–" if value is None else str(value) for value in (start, end)]
    return f"  distress {shown[0]} → {shown[1]}"
