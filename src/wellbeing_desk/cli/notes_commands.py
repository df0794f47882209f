"""``notes add`` and ``notes list``."""

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.arguments import (
    STDIN,
    STDIN_HELP,
    add_period_arguments,
    check_period,
    iso_date,
)
from wellbeing_desk.cli.command_groups import add_command_group, add_json_option
from wellbeing_desk.cli.errors import as_usage_error
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.exports.notes import done_items, note_document
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import MAX_BODY, NoteFilter, NoteInput, Participant
from wellbeing_desk.vault.records import new_id


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    actions = add_command_group(commands, "notes", "notes from dialogues with peers")

    add = actions.add_parser("add", help="add a dialogue note; prints its id")
    add.add_argument("--title", required=True, metavar="TITLE")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--context", metavar="NAME", help="e.g. 'Peer-support circle' or your own")
    add.add_argument("--participant", action="append", default=[], metavar="NAME")
    add.add_argument("--takeaway", action="append", default=[], metavar="TEXT")
    add.add_argument("--follow-up", action="append", default=[], metavar="TEXT")
    add.add_argument("--tag", action="append", default=[], metavar="TAG")
    add.add_argument("--text", default="", metavar="TEXT", help=STDIN_HELP)
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="notes, newest first")
    add_period_arguments(listing)
    listing.add_argument("--tag", metavar="TAG")
    listing.add_argument("--participant", metavar="NAME")
    add_json_option(listing)
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    note = NoteInput(
        title=args.title,
        occurred_on=args.date or date.today(),
        participants=tuple(Participant(name) for name in args.participant),
        takeaways=tuple(args.takeaway),
        follow_ups=tuple(FollowUpInput(new_id(), text) for text in args.follow_up),
        tags=tuple(args.tag),
        body="" if args.text == STDIN else args.text,
    )
    with as_usage_error():
        note = note.validate()
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    if args.text == STDIN:
        note = replace(note, body=source.read_text(MAX_BODY))

    def add(vault: Vault) -> str:
        with as_usage_error():
            if args.context:
                context = vault.note_contexts.find_or_add(NOTE_CONTEXT, args.context)
                return vault.notes.add(replace(note, context_id=context.id))
            return vault.notes.add(note)

    return vault_session.add_and_print_id(vault_dir, passphrase, add)


def run_list(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    check_period(args.since, args.until)
    with vault_session.reading_vault(vault_dir, source) as vault:
        contexts = {
            c.id: c.english_name
            for c in vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True)
        }
        where = NoteFilter(
            since=args.since, until=args.until, tag=args.tag, participant=args.participant
        )
        documents = [
            note_document(note, contexts, done_items(vault.follow_ups.for_source(note.id)))
            for note in vault.notes.notes(where)
        ]
    return vault_session.print_listing(documents, as_json=args.json, line=_line)


def _line(document: dict[str, Any]) -> str:
    people = ", ".join(document["participants"])
    with_people = f"  with {people}" if people else ""
    return f"{document['date']}  {document['title']}{with_people}  [{document['id']}]"
