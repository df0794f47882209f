"""``directory add``, ``list`` and ``export``; ``import`` is in ``directory_import``."""

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import directory_import, vault_session
from wellbeing_desk.cli.arguments import STDIN, STDIN_HELP
from wellbeing_desk.cli.command_groups import add_command_group, add_json_option
from wellbeing_desk.cli.errors import EXIT_OK, UsageError, as_usage_error
from wellbeing_desk.cli.output import counted
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.plaintext_output import check_output_path, confirmed
from wellbeing_desk.cli.terminal_text import write_document
from wellbeing_desk.exports.directory_formats import to_csv, to_json, to_vcards
from wellbeing_desk.exports.write import write_export
from wellbeing_desk.vault.directory import DirectoryEntry, DirectoryFilter
from wellbeing_desk.vault.directory_types import (
    CATEGORIES,
    KINDS,
    MAX_TEXT,
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)
from wellbeing_desk.vault.team_entries import team_entries


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    actions = add_command_group(commands, "directory", "the resource and contact directory")

    add = actions.add_parser("add", help="add an entry; prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", choices=KINDS, default="organisation")
    add.add_argument("--category", action="append", default=[], choices=CATEGORIES)
    add.add_argument("--language", action="append", default=[], metavar="BCP47")
    add.add_argument("--region", action="append", default=[], metavar="ISO3166")
    add.add_argument("--phone", action="append", default=[], metavar="P")
    add.add_argument("--email", action="append", default=[], metavar="E")
    add.add_argument("--url", action="append", default=[], metavar="U")
    add.add_argument("--note", default="", metavar="TEXT", help=STDIN_HELP)
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="entries, by name")
    listing.add_argument("--category", choices=CATEGORIES)
    listing.add_argument("--language", metavar="L")
    listing.add_argument("--region", metavar="R")
    add_json_option(listing)
    listing.set_defaults(handler=run_list)

    directory_import.add_parser(actions)

    export = actions.add_parser("export", help="export the directory (plaintext)")
    export.add_argument("--format", required=True, choices=("vcf", "csv", "json"))
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    export.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    export.set_defaults(handler=run_export)


def run_add(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    contacts = (
        [ContactMethod("phone", p) for p in args.phone]
        + [ContactMethod("email", e) for e in args.email]
        + [ContactMethod("website", u) for u in args.url]
    )
    try:
        entry = DirectoryEntryInput(
            name=args.name,
            kind=args.kind,
            categories=tuple(args.category),
            languages=tuple(args.language),
            regions=tuple(args.region),
            contacts=tuple(contacts),
            notes="" if args.note == STDIN else args.note,
        ).validate()
    except DirectoryValueError as exc:
        raise UsageError(str(exc)) from None
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    if args.note == STDIN:
        with as_usage_error():
            entry = replace(entry, notes=source.read_text(MAX_TEXT)).validate()
    return vault_session.add_and_print_id(
        vault_dir, passphrase, lambda vault: vault.directory.add(entry)
    )


def run_list(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    where = DirectoryFilter(category=args.category, language=args.language, region=args.region)
    with vault_session.reading_vault(vault_dir, source) as vault:
        teams = team_entries(vault.connection())
        documents = [
            {**entry_document(found), "team_id": teams.get(found.id)}
            for found in vault.directory.entries(where)
        ]
    return vault_session.print_listing(documents, as_json=args.json, line=_line)


def _line(document: dict[str, Any]) -> str:
    reach = ", ".join(document["phones"] + document["emails"] + document["urls"])
    team = "  [team]" if document.get("team_id") else ""
    return f"{document['name']}  ({document['kind']}){team}  {reach}".rstrip()


def entry_document(found: DirectoryEntry) -> dict[str, Any]:
    """The CLI contract's fields, then every other field of the neutral record."""
    entry = found.entry

    def values(*types: str) -> list[str]:
        return [c.value for c in entry.contacts if c.type in types]

    return {
        **entry.to_dict(),
        "id": found.id,
        "phones": values("phone", "mobile"),
        "emails": values("email"),
        "urls": values("website"),
        "note": entry.notes,
    }


def run_export(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    output = check_output_path(args.output, vault_dir) if args.output else None
    if output is not None:
        question = f"This writes your directory UNENCRYPTED to {output}."
        if not confirmed(question, yes=args.yes, source=source, required=False):
            return EXIT_OK
    with vault_session.reading_vault(vault_dir, source) as vault:
        entries = [found.entry for found in vault.directory.entries()]
    writers = {"vcf": to_vcards, "csv": to_csv, "json": to_json}
    data = writers[args.format](entries)
    if output is None:
        write_document(data)
        return EXIT_OK
    write_export(output, data)
    exported = counted(len(entries), "entry", "entries")
    print(f"Exported {exported} to {output}. It is not encrypted.", file=sys.stderr)
    return EXIT_OK
