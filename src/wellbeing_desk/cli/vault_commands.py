"""``init``, ``info``, ``check`` and ``passwd``."""

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.command_groups import add_json_option
from wellbeing_desk.cli.errors import EXIT_DAMAGED, EXIT_OK, UsageError
from wellbeing_desk.cli.output import counted, emit_json, warn
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.writable import refuse_unwritable
from wellbeing_desk.directory.starter import ensure_starter
from wellbeing_desk.passphrase_strength import MIN_LENGTH, estimate
from wellbeing_desk.vault import KdfParams, Vault, VaultInfo
from wellbeing_desk.vault import kdf as kdf_limits
from wellbeing_desk.vault.access import is_marked_damaged, writable_here
from wellbeing_desk.vault.errors import VaultExistsError
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.vault import check_integrity, describe, inspect_vault


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    init = commands.add_parser("init", help="create a vault")
    init.add_argument("--kdf-memory", type=int, metavar="MIB", help="Argon2id memory in MiB")
    init.add_argument("--kdf-iterations", type=int, metavar="N", help="Argon2id passes")
    init.add_argument("--no-starter", action="store_true", help="do not load the starter directory")
    init.set_defaults(handler=run_init)

    info = commands.add_parser("info", help="show non-secret facts and record counts")
    add_json_option(info)
    info.set_defaults(handler=run_info)

    check = commands.add_parser("check", help="full integrity check")
    check.set_defaults(handler=run_check)

    passwd = commands.add_parser(
        "passwd", help="change the passphrase and re-encrypt the vault under a new key"
    )
    passwd.add_argument("--kdf-memory", type=int, metavar="MIB", help="Argon2id memory in MiB")
    passwd.add_argument("--kdf-iterations", type=int, metavar="N", help="Argon2id passes")
    passwd.set_defaults(handler=run_passwd)


def kdf_from_args(memory_mib: int | None, iterations: int | None) -> KdfParams | None:
    """``None`` (calibrate) unless an option was given; usage error outside the floor/ceiling."""
    if memory_mib is None and iterations is None:
        return None
    params = KdfParams(
        memory_kib=(memory_mib * 1024)
        if memory_mib is not None
        else kdf_limits.RECOMMENDED_MEMORY_KIB,
        iterations=iterations if iterations is not None else kdf_limits.RECOMMENDED_ITERATIONS,
    )
    try:
        params.validate()
    except kdf_limits.KdfParameterError as exc:
        low = kdf_limits.MIN_MEMORY_KIB // 1024
        high = kdf_limits.MAX_MEMORY_KIB // 1024
        raise UsageError(
            f"{exc}: memory must be {low}–{high} MiB, iterations "
            f"{kdf_limits.MIN_ITERATIONS}–{kdf_limits.MAX_ITERATIONS}"
        ) from None
    return params


WEAK_WARNING = (
    "this passphrase is easy to guess; use at least {floor} characters, several unrelated words"
)

# Some network, FUSE and shared-folder file systems refuse fsync on a folder.
NOT_SYNCED = (
    "the folder could not be flushed to disk (its file system refuses); the change is made, "
    "but a power cut in the next moments could undo it"
)


def run_init(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    params = kdf_from_args(args.kdf_memory, args.kdf_iterations)
    # Refuse before asking for anything if the place is taken.
    refuse_if_taken(vault_dir)
    passphrase = source.read("New passphrase: ", confirm=True)
    vault = Vault.create(vault_dir, passphrase, params)
    if not args.no_starter:
        try:
            ensure_starter(vault)
        except BaseException:
            vault.lock()
            raise
    if params is not None and params.below_recommended:
        warn(
            "these KDF settings are below the recommended 64 MiB and 3 iterations; "
            "a stolen vault is easier to guess"
        )
    if estimate(passphrase).weak:
        warn(WEAK_WARNING.format(floor=MIN_LENGTH))
    if vault.folder_not_synced:
        warn(NOT_SYNCED)
    try:
        print(f"Created a vault at {vault.layout.root}")
        print("Remember the passphrase: it cannot be recovered if it is lost.")
    finally:
        vault.lock()
    return EXIT_OK


def refuse_if_taken(vault_dir: Path) -> None:
    layout = VaultLayout(vault_dir)
    if not layout.is_empty_or_missing() and not layout.interrupted_create():
        raise VaultExistsError(f"{vault_dir} is not empty; refusing to overwrite it")


def run_info(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    describe(vault_dir)  # no vault / damaged header: fail before asking
    passphrase = source.read_optional("Passphrase (Enter to skip counts): ")
    info = inspect_vault(vault_dir, passphrase) if passphrase else describe(vault_dir)
    if args.json:
        emit_json(info_document(info))
    else:
        print_info(info)
    return EXIT_OK


def info_document(info: VaultInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "vault_id": info.vault_id,
        "format": info.header_format,
        "schema_version": info.schema_version,
        "created": info.created,
        "kdf": {"name": "argon2id", **asdict(info.kdf)},
        "counts": info.record_counts,
    }


def print_info(info: VaultInfo) -> None:
    print(f"Vault:          {info.path}")
    print(f"Format:         {info.header_format} (schema {info.schema_version or '?'})")
    print(f"Created:        {info.created}")
    kdf = info.kdf
    cost = f"{kdf.memory_kib // 1024} MiB, {kdf.iterations} iterations, {kdf.lanes} lanes"
    print(f"KDF:            Argon2id, {cost}")
    if info.record_counts is not None:
        for section, count in info.record_counts.items():
            print(f"{section.capitalize() + ':':<15} {count}")


def run_check(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    describe(vault_dir)
    passphrase = source.read("Passphrase: ")
    layout = VaultLayout(vault_dir)
    was_marked = is_marked_damaged(layout)
    report = check_integrity(vault_dir, passphrase)
    if report.sound:
        print("The vault is sound.")
        if not writable_here(layout):  # not damage: nothing to restore
            print("It is read-only here: it can be read, but not changed.")
        elif was_marked:
            print("The earlier damage warning is cleared: changes can be saved again.")
        return EXIT_OK
    problems = report.cipher_problems + report.sqlite_problems
    summary = f"{problems[0]} ({counted(len(problems), 'problem', 'problems')} in all)"
    print(f"wellbeing-desk-cli: the vault is damaged: {summary}; restore a backup", file=sys.stderr)
    return EXIT_DAMAGED


def run_passwd(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    params = kdf_from_args(args.kdf_memory, args.kdf_iterations)  # None: calibrate again
    refuse_unwritable(vault_dir)
    old = source.read("Current passphrase: ")
    with vault_session.writing_vault(vault_dir, old) as vault:
        new = source.read("New passphrase: ", confirm=True)
        if estimate(new).weak:
            warn(WEAK_WARNING.format(floor=MIN_LENGTH))
        vault.change_passphrase(old, new, params)
        not_synced = vault.folder_not_synced
    if params is not None and params.below_recommended:
        warn(
            "these KDF settings are below the recommended 64 MiB and 3 iterations; "
            "a stolen vault is easier to guess"
        )
    if not_synced:
        warn(NOT_SYNCED)
    print("The passphrase was changed and the vault re-encrypted under a new key.")
    return EXIT_OK
