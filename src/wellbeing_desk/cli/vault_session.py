"""Opening the vault for one command, and what the ``add`` and ``list`` commands share.

The vault is locked again however the command ends. A command that writes
refuses an unwritable vault before the passphrase is asked; it reads a text
given as ``-`` only after the passphrase line (see ``arguments.STDIN``).
"""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wellbeing_desk.cli.errors import EXIT_OK
from wellbeing_desk.cli.output import emit_json
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.writable import refuse_unwritable
from wellbeing_desk.vault import Vault


@contextmanager
def reading_vault(vault_dir: Path, source: PassphraseSource) -> Iterator[Vault]:
    """The vault opened for reading with the next passphrase."""
    vault = Vault.open_for_reading(vault_dir, source.read("Passphrase: "))
    try:
        yield vault
    finally:
        vault.lock()


@contextmanager
def writing_vault(vault_dir: Path, passphrase: str) -> Iterator[Vault]:
    """The vault opened for writing."""
    vault = Vault.open(vault_dir, passphrase)
    try:
        yield vault
    finally:
        vault.lock()


def passphrase_for_writing(vault_dir: Path, source: PassphraseSource) -> str:
    """The passphrase, once the vault is known to take a write."""
    refuse_unwritable(vault_dir)
    return source.read("Passphrase: ")


def add_and_print_id(vault_dir: Path, passphrase: str, add: Callable[[Vault], str]) -> int:
    """Add a record with ``add`` and print its id, as every ``add`` command does."""
    with writing_vault(vault_dir, passphrase) as vault:
        record_id = add(vault)
    print(record_id)
    return EXIT_OK


def print_listing(
    documents: Sequence[dict[str, Any]], *, as_json: bool, line: Callable[[dict[str, Any]], str]
) -> int:
    """A ``list`` command's output: one JSON document with ``--json``, else a line each."""
    if as_json:
        emit_json(documents)
        return EXIT_OK
    for document in documents:
        print(line(document))
    return EXIT_OK
