"""Entry point: parse, run one command, map every error to one line and an exit code."""

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from wellbeing_desk import __version__
from wellbeing_desk.cli import (
    backup_commands,
    debrief_commands,
    directory_commands,
    export_command,
    journal_commands,
    notes_commands,
    recovery_commands,
    search_command,
    sync_commands,
    team_commands,
    terminal_text,
    vault_commands,
    wipe_command,
)
from wellbeing_desk.cli.errors import UsageError, describe_error
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.terminal_text import one_line
from wellbeing_desk.paths import default_vault_dir
from wellbeing_desk.vault.access import typed_error_at
from wellbeing_desk.vault.layout import VaultLayout

PROG = "wellbeing-desk-cli"


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line (exit 2) instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="The command-line companion of Wellbeing Desk.")
    parser.add_argument("--vault", type=Path, metavar="PATH", help="the vault folder")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    vault_commands.add_parsers(commands)
    journal_commands.add_parsers(commands)
    directory_commands.add_parsers(commands)
    debrief_commands.add_parsers(commands)
    notes_commands.add_parsers(commands)
    search_command.add_parsers(commands)
    export_command.add_parsers(commands)
    sync_commands.add_parsers(commands)
    team_commands.add_parsers(commands)
    backup_commands.add_parsers(commands)
    recovery_commands.add_parsers(commands)
    wipe_command.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from wellbeing_desk.hardening import harden_process

    terminal_text.install()
    vault_dir: Path | None = None
    try:
        harden_process()
        args = build_parser().parse_args(argv)
        vault_dir = (args.vault or default_vault_dir()).expanduser()
        code: int = args.handler(args, vault_dir, PassphraseSource())
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped listening: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except BaseException as exc:  # every error becomes one line, never a traceback
        if vault_dir is not None:  # SQLite's own errors: damage (remembered), read-only here
            exc = typed_error_at(exc, VaultLayout(vault_dir))
        code, message = describe_error(exc)
        print(f"{PROG}: {one_line(message)}", file=sys.stderr)
        return code
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
