"""Where a plaintext export may go, checked before the passphrase is asked for.

Both ``export`` and ``directory export`` write text that is not encrypted:
the place is checked first (exit 2 naming her path, nothing asked), and never
inside the vault's own folder, where a sync or a backup of the vault would
carry the plaintext along with it.
"""

import sys
from pathlib import Path

from wellbeing_desk.cli.errors import UsageError
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.vault import VaultExistsError


def check_output_path(output: Path, vault_dir: Path) -> Path:
    """``output`` made absolute, or an error that names it (nothing was asked or written)."""
    target = output.expanduser().absolute()
    if target.exists():
        raise VaultExistsError(f"{output} already exists; choose another name")
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist; nothing was written")
    if target.parent.resolve().is_relative_to(vault_dir.expanduser().resolve()):
        raise UsageError(
            f"{output} is inside the vault folder; an unencrypted export must go elsewhere"
        )
    return target


def confirmed(question: str, *, yes: bool, source: PassphraseSource, required: bool) -> bool:
    """Ask ``question`` on a terminal unless ``--yes``; without a terminal, ``required`` decides.

    ``required`` is the ``export`` contract (``--yes`` needed without a
    terminal); ``directory export`` keeps working in scripts without it.
    """
    if yes:
        return True
    if not source.interactive:
        if required:
            raise UsageError("a plaintext export needs --yes when input is not a terminal")
        return True
    answer = input(f"{question} Continue? [y/N] ")
    if answer.strip().lower() in ("y", "yes"):
        return True
    print("Nothing was exported.", file=sys.stderr)
    return False
