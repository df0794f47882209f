"""``backup`` and ``restore``: the vault as one encrypted file, and back to a vault folder.

Thin over ``vault.backup``. Each place is checked before the passphrase is
asked for, so a wrong path costs no typing: a backup never overwrites a file
(exit 1) and never goes inside the vault folder (exit 2); a restore only
makes a new vault folder (exit 1 when ``--vault`` exists). A damaged backup
is exit 5, a wrong passphrase exit 3; either way nothing is written.
"""

import argparse
import os
from pathlib import Path
from typing import Any

from wellbeing_desk.cli.command_groups import add_json_option
from wellbeing_desk.cli.errors import EXIT_OK, UsageError
from wellbeing_desk.cli.output import counted, emit_json
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.backup import restore_backup, write_backup
from wellbeing_desk.vault.errors import VaultExistsError


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    backup = commands.add_parser(
        "backup", help="write an encrypted backup file (the same passphrase opens it)"
    )
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    add_json_option(backup)
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", help="make a new vault at --vault PATH from a backup file"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    output = _backup_place(args.output, vault_dir)
    passphrase = source.read("Passphrase: ")
    vault = Vault.open_for_reading(vault_dir, passphrase)
    try:
        result = write_backup(vault, output, passphrase=passphrase)
    finally:
        vault.lock()
    if args.json:
        emit_json({"path": str(result.path), "bytes": result.bytes, "records": result.records})
    else:
        print(
            f"Backup written to {result.path} ({counted(result.records, 'record', 'records')}, "
            f"{result.bytes:,} bytes) and checked: your passphrase opens it."
        )
    return EXIT_OK


def run_restore(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    backup = Path(os.path.abspath(args.backup.expanduser()))
    if not backup.is_file():
        raise UsageError(f"{args.backup} is not a file; nothing was changed")
    if os.path.lexists(vault_dir):
        raise VaultExistsError(
            f"{vault_dir} already exists; restore makes a new vault: "
            "choose a --vault PATH that does not exist yet (nothing was changed)"
        )
    restore_backup(backup, source.read("Passphrase: "), vault_dir)
    print(f"Restored to {vault_dir}. Open it with the passphrase of the backup.")
    return EXIT_OK


def _backup_place(output: Path, vault_dir: Path) -> Path:
    """``output`` made absolute, or an error naming it (nothing was asked or written)."""
    target = Path(os.path.abspath(output.expanduser()))
    if os.path.lexists(target):
        raise VaultExistsError(
            f"{output} already exists; a backup never overwrites a file: choose another name"
        )
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist; nothing was written")
    if target.parent.resolve().is_relative_to(vault_dir.expanduser().resolve()):
        raise UsageError(
            f"{output} is inside the vault folder; keep the backup elsewhere "
            "(a lost or damaged vault folder would take it along)"
        )
    return target
