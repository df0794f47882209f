"""``recovery add``, ``recovery remove``, ``recovery unlock`` and ``recovery status``.

A recovery code is a second way into the vault, for a forgotten passphrase:
anyone who has the code can open the vault and set a new passphrase. It is
shown once and never stored; ``unlock`` takes it (then a new passphrase) from
stdin, as every secret is taken.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.command_groups import add_command_group, add_json_option
from wellbeing_desk.cli.errors import EXIT_OK, EXIT_WRONG_PASSPHRASE, UsageError
from wellbeing_desk.cli.output import emit_json, warn
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.vault_commands import NOT_SYNCED, WEAK_WARNING, kdf_from_args
from wellbeing_desk.cli.writable import refuse_unwritable
from wellbeing_desk.passphrase_strength import MIN_LENGTH, estimate
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.folder import header_for_unlock
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.recovery_code import RecoveryCodeTypoError, parse_recovery_code
from wellbeing_desk.vault.recovery_slot import WrongRecoveryCodeError, prove_recovery_code

ANYONE_WITH_IT = (
    "Anyone who has this code can open the vault and set a new passphrase: keep it as safe "
    "as the passphrase, and away from this computer."
)
BELOW_RECOMMENDED = (
    "these KDF settings are below the recommended 64 MiB and 3 iterations; "
    "a stolen vault is easier to guess"
)


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    actions = add_command_group(
        commands,
        "recovery",
        "a recovery code for a forgotten passphrase (anyone with the code can open the vault)",
    )

    add = actions.add_parser(
        "add",
        help="make a recovery code and show it once; replaces an earlier one "
        "(stdin: the passphrase). Anyone with the code can open the vault",
    )
    add_json_option(add)
    add.set_defaults(handler=run_add)

    remove = actions.add_parser(
        "remove",
        help="remove the recovery code and re-encrypt the vault under a new key, so the code "
        "opens nothing (stdin: the passphrase)",
    )
    remove.set_defaults(handler=run_remove)

    unlock = actions.add_parser(
        "unlock",
        help="set a new passphrase with the recovery code; the vault is re-encrypted and the "
        "code keeps working (stdin: the code, then the new passphrase)",
    )
    unlock.add_argument("--kdf-memory", type=int, metavar="MIB", help="Argon2id memory in MiB")
    unlock.add_argument("--kdf-iterations", type=int, metavar="N", help="Argon2id passes")
    unlock.set_defaults(handler=run_unlock)

    status = actions.add_parser(
        "status", help="say whether the vault has a recovery code (no passphrase needed)"
    )
    add_json_option(status)
    status.set_defaults(handler=run_status)


def run_add(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        replaced = vault.has_recovery_code
        code = vault.add_recovery_code(passphrase)
        not_synced = vault.folder_not_synced
    if not_synced:
        warn(NOT_SYNCED)
    if args.json:
        emit_json({"recovery_code": code})
        return EXIT_OK
    print("Your recovery code, shown only this once. Write it down or print it.")
    print(ANYONE_WITH_IT)
    print()
    print(f"    {code}")
    print()
    if replaced:
        print("The earlier recovery code no longer works.")
    print("If you forget the passphrase: wellbeing-desk-cli recovery unlock, then this code.")
    return EXIT_OK


def run_remove(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        had_one = vault.has_recovery_code
        vault.remove_recovery_code(passphrase)
        not_synced = vault.folder_not_synced
    if not had_one:
        print("This vault has no recovery code; nothing was changed.")
        return EXIT_OK
    if not_synced:
        warn(NOT_SYNCED)
    print("The recovery code was removed and the vault re-encrypted under a new key.")
    print("The code opens nothing now. (A backup made before keeps its own key slots.)")
    return EXIT_OK


def run_unlock(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    params = kdf_from_args(args.kdf_memory, args.kdf_iterations)  # None: calibrate
    refuse_unwritable(vault_dir)
    code = source.read("Recovery code: ")
    try:
        parse_recovery_code(code)
        # Proven before the new passphrase is asked, so it is not typed in vain.
        prove_recovery_code(vault_dir, code)
    except RecoveryCodeTypoError as exc:
        raise UsageError(f"{exc} Nothing was changed.") from None
    except WrongRecoveryCodeError as exc:
        return _wrong_code(exc)
    new = source.read("New passphrase: ", confirm=True)
    if estimate(new).weak:
        warn(WEAK_WARNING.format(floor=MIN_LENGTH))
    try:
        vault = Vault.recover(vault_dir, code, new, params)
    except WrongRecoveryCodeError as exc:  # the vault changed in between
        return _wrong_code(exc)
    try:
        not_synced = vault.folder_not_synced
    finally:
        vault.lock()
    if params is not None and params.below_recommended:
        warn(BELOW_RECOMMENDED)
    if not_synced:
        warn(NOT_SYNCED)
    print("The new passphrase is set and the vault re-encrypted under a new key.")
    print("The old passphrase opens nothing now. The recovery code still works; to make a new")
    print("one (if anyone else may have seen it): wellbeing-desk-cli recovery add.")
    return EXIT_OK


def _wrong_code(exc: WrongRecoveryCodeError) -> int:
    """Exit 3, as a wrong passphrase, in words about the code."""
    print(f"wellbeing-desk-cli: {exc}; nothing was changed", file=sys.stderr)
    return EXIT_WRONG_PASSPHRASE


def run_status(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    has_code = header_for_unlock(VaultLayout(vault_dir)).recovery_slot is not None
    if args.json:
        emit_json({"has_recovery_code": has_code})
    elif has_code:
        print("This vault has a recovery code: anyone with it can open the vault.")
    else:
        print("This vault has no recovery code.")
    return EXIT_OK
