"""``directory import FILE [--dry-run] [--skip-unreadable]``.

A .vcf or .csv file is read before the vault is opened. For CSV the mapping
used (which column went where, which are kept in the notes) is printed: on
standard output with ``--dry-run``, else on standard error, so standard output
stays the count the contract promises. A card or row that cannot be read stops
the import (exit 2, naming it) unless ``--skip-unreadable``; what is imported
is added in one transaction, or nothing is.
"""

import argparse
import sys
from pathlib import Path
from typing import TextIO

from wellbeing_desk.cli.errors import EXIT_OK, UsageError
from wellbeing_desk.cli.output import counted
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.writable import refuse_unwritable
from wellbeing_desk.files import NotAFileError, read_regular_file
from wellbeing_desk.imports.csv_directory import read_csv, sniff_columns
from wellbeing_desk.imports.csv_headers import KEEP, LEAVE_OUT, recognise
from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.limits import MAX_IMPORT_BYTES
from wellbeing_desk.imports.reading import Reading, Unreadable
from wellbeing_desk.imports.vcard import read_vcards
from wellbeing_desk.vault import Vault

NAMED_AT_MOST = 5  # unreadable cards named in the one-line error
# What a column goes to, as the CLI says it.
TARGET_NAMES = {
    KEEP: "kept in the notes",
    LEAVE_OUT: "left out",
    "given_name": "first name",
    "middle_name": "middle name",
    "family_name": "last name",
    "name_prefix": "name prefix",
    "name_suffix": "name suffix",
    "nickname": "nickname (kept in the notes)",
    "job_title": "job title (description)",
    "department": "department (organisation)",
    "postal": "postal address",
    "po_box": "PO box",
    "postal_code": "postal code",
    "time_zone": "time zone",
    "im": "messenger",
    "label": "label",
    "service": "messenger service",
    "xmpp": "XMPP",
}


def add_parser(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    importing = actions.add_parser("import", help="import .vcf or .csv; all or nothing")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; import nothing"
    )
    importing.add_argument(
        "--skip-unreadable",
        action="store_true",
        help="import the cards or rows that can be read and leave out the others",
    )
    importing.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    path: Path = args.file.expanduser()
    data = _read(path)
    suffix = path.suffix.lower()
    mapping: dict[str, str] = {}
    try:
        if suffix in (".vcf", ".vcard"):
            reading = read_vcards(data)
        elif suffix == ".csv":
            mapping = sniff_columns(data).suggested_mapping
            if args.dry_run:
                _print_mapping(path.name, mapping, sys.stdout)
            reading = read_csv(data, mapping)
        else:
            raise UsageError("import takes a .vcf or a .csv file")
    except ImportFormatError as exc:
        problem = _one_line(str(exc)).rstrip(".")
        raise UsageError(f"{path.name}: {problem}; nothing was imported") from None
    if reading.unreadable and not args.skip_unreadable:
        raise UsageError(_unreadable_message(path.name, reading))
    if not reading.records:
        raise UsageError(f"{path.name}: no {reading.noun} can be imported; nothing was imported")
    if args.dry_run:
        _print_preview(reading, sys.stdout)
        return EXIT_OK
    refuse_unwritable(vault_dir)
    vault = Vault.open(vault_dir, source.read("Passphrase: "))
    try:
        vault.directory.add_many(reading.entries)
    finally:
        vault.lock()
    if mapping:  # on standard error: standard output is the count
        _print_mapping(path.name, mapping, sys.stderr)
    for unreadable in reading.unreadable:
        print(f"left out: {_one_line(unreadable.describe())}", file=sys.stderr)
    kept = sorted({w for record in reading.records for w in record.not_imported})
    if kept:
        print(f"not imported as fields: {', '.join(kept)}", file=sys.stderr)
    print(len(reading.records))
    return EXIT_OK


def _read(path: Path) -> bytes:
    """Only a regular file, read with a bound: a device or a FIFO is refused, never read."""
    try:
        data = read_regular_file(path, MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise UsageError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder, not a file") from None
    except NotAFileError:
        raise UsageError(f"{path} is not a regular file (a device, pipe or socket)") from None
    except PermissionError:
        raise UsageError(f"{path} cannot be read: permission denied") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise UsageError(f"{path} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    return data


def _print_mapping(name: str, mapping: dict[str, str], out: TextIO) -> None:
    print(f"Columns of {name}:", file=out)
    for header, target in mapping.items():
        label = recognise(header).label
        said = TARGET_NAMES.get(target, target.replace("_", " "))
        if label and target not in (KEEP, LEAVE_OUT):
            said += f" ({label})"
        print(f"  {header} → {said}", file=out)


def _print_preview(reading: Reading, out: TextIO) -> None:
    for record in reading.records:
        entry = record.entry
        line = f"{entry.name} ({entry.kind})"
        if record.not_imported:
            line += f"; not imported: {', '.join(record.not_imported)}"
        print(_one_line(line), file=out)
    for unreadable in reading.unreadable:
        print(f"left out: {_one_line(unreadable.describe())}", file=out)
    count = counted(len(reading.records), "entry", "entries")
    print(f"{count} would be imported; nothing was imported (dry run).", file=out)


def _unreadable_message(name: str, reading: Reading) -> str:
    found: tuple[Unreadable, ...] = reading.unreadable
    named = "; ".join(_one_line(u.describe()) for u in found[:NAMED_AT_MOST])
    more = f"; and {len(found) - NAMED_AT_MOST} more" if len(found) > NAMED_AT_MOST else ""
    return (
        f"{name}: {counted(len(found), reading.noun_one, reading.noun)} cannot be read: "
        f"{named}{more}; nothing was "
        f"imported (--skip-unreadable imports the {len(reading.records)} that can be read)"
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())
