"""A child process that works on a vault until it is killed (for crash tests).

    python -m tests.support.vault_worker MODE VAULT_DIR [ARGS...]

Modes:
  hold PASSPHRASE            open the vault, print "ready", sleep
  passwd OLD NEW             flip the passphrase between OLD and NEW forever
  passwd-marked OLD NEW      the same, printing "<step> start|done" around each
                             re-key step (so a test can stop it at a chosen one)
  write PASSPHRASE           write numbered settings forever, printing each
                             number after its commit
"""

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wellbeing_desk.hardening import harden_process
from wellbeing_desk.vault import KdfParams, Vault


def main(argv: list[str]) -> None:
    harden_process()
    mode, vault_dir = argv[0], Path(argv[1])
    if mode == "hold":
        Vault.open(vault_dir, argv[2])
        print("ready", flush=True)
        time.sleep(600)
    elif mode in ("passwd", "passwd-marked"):
        if mode == "passwd-marked":
            _mark_rekey_steps()
        current, other = argv[2], argv[3]
        vault = Vault.open(vault_dir, current)
        print("ready", flush=True)
        fast = KdfParams.fast_for_tests()
        while True:
            vault.change_passphrase(current, other, fast)
            current, other = other, current
    elif mode == "write":
        vault = Vault.open(vault_dir, argv[2])
        print("ready", flush=True)
        number = 0
        while True:
            vault.settings.set(f"n{number}", "x" * (number % 500))
            print(number, flush=True)
            number += 1


def _mark_rekey_steps() -> None:
    """Wrap each re-key step so that it prints when it starts and when it is done."""
    from wellbeing_desk.vault import rekey

    def marked(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            print(f"{name} start", flush=True)
            result = step(*args)
            print(f"{name} done", flush=True)
            return result

        return run

    for name in ("prepare", "commit", "finish"):
        setattr(rekey, name, marked(name, getattr(rekey, name)))


if __name__ == "__main__":
    main(sys.argv[1:])
