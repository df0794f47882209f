"""``search QUERY``: full-text search across the sections (journal, debriefs, directory)."""

import argparse
from pathlib import Path
from typing import Any

from wellbeing_desk.cli.errors import EXIT_OK, UsageError
from wellbeing_desk.cli.output import emit_json
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.fts import make_snippet, match_query, plain_snippet
from wellbeing_desk.vault.journal import JournalFilter

MAX_RESULTS = 200


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    search = commands.add_parser("search", help="full-text search: journal, debriefs and directory")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    if match_query(args.query) is None:
        raise UsageError("the search has no words to look for")
    passphrase = source.read("Passphrase: ")
    vault = Vault.open_for_reading(vault_dir, passphrase)
    try:
        rows = vault.journal.page(JournalFilter(text=args.query), limit=MAX_RESULTS)
        debriefs = vault.debriefs.search(args.query, MAX_RESULTS)
        directory = [
            found
            for summary in vault.directory.search(DirectoryFilter(text=args.query), MAX_RESULTS)
            if (found := vault.directory.get(summary.id)) is not None
        ]
    finally:
        vault.lock()
    results = (
        [
            {
                "section": "directory",
                "id": found.id,
                "title": found.entry.name,
                "snippet": plain_snippet(_directory_snippet(found.entry, args.query)),
            }
            for found in directory
        ]
        + [
            {
                "section": "journal",
                "id": row.id,
                "title": row.occurred_at.strftime("%Y-%m-%d %H:%M")
                + (f" · {row.preview}" if row.preview else ""),
                "snippet": plain_snippet(row.snippet or row.preview),
            }
            for row in rows
        ]
        + [
            {
                "section": "debrief",
                "id": found.id,
                "title": f"{found.created_at[:10]} · {found.title}",
                "snippet": plain_snippet(found.snippet or found.title),
            }
            for found in debriefs
        ]
    )
    if args.json:
        emit_json(results)
    else:
        for result in results:
            print(f"{result['section']}  {result['title']}\n    {result['snippet']}")
    return EXIT_OK


def _directory_snippet(entry: DirectoryEntryInput, query: str) -> str:
    """The first field with a visible match, else what the entry is."""
    texts = [entry.name, entry.organisation, entry.description]
    texts += [f"{c.label}: {c.value}" if c.label else c.value for c in entry.contacts]
    texts += [entry.who_qualifies, entry.notes]
    for text in texts:
        snippet = make_snippet(text, query) if text else None
        if snippet:
            return snippet
    return entry.organisation or entry.kind
