"""``search QUERY``: full-text search across journal, debriefs, directory and notes."""

import argparse
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.command_groups import add_json_option
from wellbeing_desk.cli.errors import UsageError
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.vault.fts import match_query, plain_snippet
from wellbeing_desk.vault.search import SearchHit, search_everything

MAX_RESULTS = 200  # per section


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    search = commands.add_parser(
        "search", help="full-text search: journal, debriefs, directory and notes"
    )
    search.add_argument("query", metavar="QUERY")
    add_json_option(search)
    search.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    if match_query(args.query) is None:
        raise UsageError("the search has no words to look for")
    with vault_session.reading_vault(vault_dir, source) as vault:
        hits = search_everything(vault.connection, args.query, per_section=MAX_RESULTS)
    results = [
        {
            "section": hit.section,
            "id": hit.id,
            "title": _title(hit),
            "snippet": plain_snippet(hit.snippet or hit.title),
        }
        for hit in hits
    ]
    return vault_session.print_listing(results, as_json=args.json, line=_result_lines)


def _result_lines(result: dict[str, Any]) -> str:
    return f"{result['section']}  {result['title']}\n    {result['snippet']}"


def _title(hit: SearchHit) -> str:
    """What a person recognises the record by: its date first where it has one."""
    if hit.section == "journal":
        when = hit.when.replace("T", " ")
        return f"{when} · {hit.title}" if hit.title else when
    if hit.when:
        return f"{hit.when} · {hit.title}"
    return hit.title
