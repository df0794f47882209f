"""``wipe --yes``: destroy the vault (crypto-erase), then say what it could not reach.

No passphrase is asked (anyone at her laptop may destroy it). Without
``--yes`` nothing is changed: on a terminal she may type the word ``destroy``
instead; otherwise it is a usage error (exit 2) that says what would happen.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from wellbeing_desk.cli.errors import EXIT_ERROR, EXIT_OK, UsageError
from wellbeing_desk.cli.output import counted, warn
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.vault.wipe import WipeReport, destroy_vault, would_destroy
from wellbeing_desk.vault.wipe_limits import WIPE_LIMITS

CONFIRM_WORD = "destroy"


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    wipe = commands.add_parser(
        "wipe", help="destroy this vault beyond recovery: every key slot and the database"
    )
    wipe.add_argument("--yes", action="store_true", help="destroy it without asking")
    wipe.set_defaults(handler=run_wipe)


def run_wipe(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    planned = would_destroy(vault_dir)  # no vault (4), not ours (5): said before anything
    what = (
        f"wipe destroys the vault at {vault_dir} ({counted(len(planned), 'file', 'files')}: "
        "every key slot and the database overwritten with random bytes, then removed); "
        "it cannot be undone"
    )
    if not args.yes and not _typed_confirmation(what, source):
        raise UsageError(f"{what}. Run 'wipe --yes' to do it; nothing was changed")
    report = destroy_vault(vault_dir)
    print_report(report)
    return EXIT_OK if report.complete else EXIT_ERROR


def _typed_confirmation(what: str, source: PassphraseSource) -> bool:
    """On a terminal only: she types the word, as the GUI asks twice."""
    if not source.interactive:
        return False
    print(f"{what[0].upper()}{what[1:]}.", file=sys.stderr)
    try:
        answer = input(f'Type "{CONFIRM_WORD}" to destroy it: ')
    except EOFError:
        return False
    return answer.strip().lower() == CONFIRM_WORD


def print_report(report: WipeReport) -> None:
    overwritten = counted(len(report.overwritten), "file", "files")
    removed = counted(len(report.removed), "file", "files")
    if report.complete:
        print(
            f"Destroyed the vault at {report.root}: {overwritten} overwritten, {removed} removed."
        )
    else:
        print(f"The vault at {report.root} was only partly destroyed: {overwritten} overwritten.")
        for path, reason in report.failed:
            warn(f"could not overwrite or remove {path}: {reason}")
    if report.left:
        names = ", ".join(str(path.relative_to(report.root)) for path in report.left)
        print(f"Left alone (not the vault's): {names}")
    print("Not reached by this:")
    for limit in WIPE_LIMITS:
        print(f"  - {limit.text}")
