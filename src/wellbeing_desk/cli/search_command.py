"""``search QUERY``: full-text search across journal, debriefs, directory and notes."""

import argparse
from pathlib import Path
from typing import Any

from wellbeing_desk.cli.errors import EXIT_OK, UsageError
from wellbeing_desk.cli.output import emit_json
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.fts import match_query, plain_snippet
from wellbeing_desk.vault.search import SearchHit, search_everything

MAX_RESULTS = 200  # per section


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    search = commands.add_parser(
        "search", help="full-text search: journal, debriefs, directory and notes"
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    if match_query(args.query) is None:
        raise UsageError("the search has no words to look for")
    passphrase = source.read("Passphrase: ")
    vault = Vault.open_for_reading(vault_dir, passphrase)
    try:
        hits = search_everything(vault.connection, args.query, per_section=MAX_RESULTS)
    finally:
        vault.lock()
    results = [
        {
            "section": hit.section,
            "id": hit.id,
            "title": _title(hit),
            "snippet": plain_snippet(hit.snippet or hit.title),
        }
        for hit in hits
    ]
    if args.json:
        emit_json(results)
    else:
        for result in results:
            print(f"{result['section']}  {result['title']}\n    {result['snippet']}")
    return EXIT_OK


def _title(hit: SearchHit) -> str:
    """What a person recognises the record by: its date first where it has one."""
    if hit.section == "journal":
        when = hit.when.replace("T", " ")
        return f"{when} · {hit.title}" if hit.title else when
    if hit.when:
        return f"{hit.when} · {hit.title}"
    return hit.title
