"""``journal add``, ``journal edit`` and ``journal list``."""

import argparse
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.arguments import (
    STDIN,
    STDIN_HELP,
    add_period_arguments,
    bounded_int,
    check_period,
    iso_date,
)
from wellbeing_desk.cli.command_groups import add_command_group, add_json_option
from wellbeing_desk.cli.errors import EXIT_OK, UsageError, as_usage_error
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.exports.everything_json import entry_document, item_names
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import CHECKIN, ENTRY, MAX_BODY_LENGTH, EntryInput, JournalFilter

NOON = time(12, 0)


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    actions = add_command_group(commands, "journal", "the self-care journal")

    add = actions.add_parser("add", help="add a journal entry; prints its id")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: now")
    add.add_argument("--stress", type=bounded_int(0, 10), metavar="0-10")
    add.add_argument("--mood", type=bounded_int(1, 5), metavar="1-5")
    add.add_argument("--energy", type=bounded_int(1, 5), metavar="1-5")
    add.add_argument("--activity", action="append", default=[], metavar="NAME")
    add.add_argument("--tag", action="append", default=[], metavar="TAG")
    add.add_argument("--text", default="", metavar="TEXT", help=STDIN_HELP)
    add.add_argument("--check-in", action="store_true", help="mark it as a quick check-in")
    add.set_defaults(handler=run_add)

    edit = actions.add_parser(
        "edit", help="change an entry's text, stress, mood or energy (what is not given stays)"
    )
    edit.add_argument("id", metavar="ID", help="the entry's id (from 'journal list')")
    edit.add_argument("--stress", type=bounded_int(0, 10), metavar="0-10")
    edit.add_argument("--mood", type=bounded_int(1, 5), metavar="1-5")
    edit.add_argument("--energy", type=bounded_int(1, 5), metavar="1-5")
    edit.add_argument("--text", metavar="TEXT", help=STDIN_HELP)
    edit.set_defaults(handler=run_edit)

    listing = actions.add_parser("list", help="entries, newest first")
    add_period_arguments(listing)
    add_json_option(listing)
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    occurred = datetime.combine(args.date, NOON) if args.date else datetime.now()
    from_stdin = args.text == STDIN
    body = "" if from_stdin else args.text
    with as_usage_error():
        EntryInput(occurred_at=occurred, tags=tuple(args.tag), body=body).validate()
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    text = source.read_text(MAX_BODY_LENGTH) if from_stdin else body

    def add(vault: Vault) -> str:
        with as_usage_error():
            item_ids = tuple(
                vault.care_items.find_or_add(ACTIVITY, name).id for name in args.activity
            )
            return vault.journal.add(
                EntryInput(
                    occurred_at=occurred,
                    kind=CHECKIN if args.check_in else ENTRY,
                    stress=args.stress,
                    mood=args.mood,
                    energy=args.energy,
                    body=text,
                    item_ids=item_ids,
                    tags=tuple(args.tag),
                )
            )

    return vault_session.add_and_print_id(vault_dir, passphrase, add)


def run_edit(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    from_stdin = args.text == STDIN
    if args.text is not None and not from_stdin:
        with as_usage_error():
            EntryInput(occurred_at=datetime.now(), body=args.text).validate()
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    text = source.read_text(MAX_BODY_LENGTH) if from_stdin else args.text
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        entry = vault.journal.get(args.id)
        if entry is None or entry.deleted_at is not None:
            raise UsageError("there is no journal entry with that id (see 'journal list')")
        was = entry.as_input()
        edited = replace(
            was,
            stress=was.stress if args.stress is None else args.stress,
            mood=was.mood if args.mood is None else args.mood,
            energy=was.energy if args.energy is None else args.energy,
            body=was.body if text is None else text,
        )
        with as_usage_error():
            vault.journal.update(args.id, edited)
    print(args.id)
    return EXIT_OK


def run_list(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    check_period(args.since, args.until)
    with vault_session.reading_vault(vault_dir, source) as vault:
        names = item_names(vault.care_items.items(ACTIVITY, include_hidden=True))
        entries = list(vault.journal.entries(JournalFilter(since=args.since, until=args.until)))
    documents = [entry_document(entry, names) for entry in entries]
    return vault_session.print_listing(documents, as_json=args.json, line=_line)


def _line(document: dict[str, Any]) -> str:
    parts = [f"{document['date']} {document['time']}"]
    if document["stress"] is not None:
        parts.append(f"stress {document['stress']}")
    if document["mood"] is not None:
        parts.append(f"mood {document['mood']}")
    if document["activities"]:
        parts.append(", ".join(document["activities"]))
    first_line = next((line.strip() for line in document["text"].splitlines() if line.strip()), "")
    if first_line:
        parts.append(first_line[:80])
    return "  ".join(parts) + f"  [{document['id']}]"
