"""How long unlocking takes, and what SQLCipher costs against plain sqlite3.

    .venv/bin/python bench/vault_open.py

Prints figures and ratios measured in the same run; not part of the test
suite's pass/fail.
"""

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from wellbeing_desk.hardening import harden_process
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.kdf import calibrate
from wellbeing_desk.vault.vault import export_copy

PASSPHRASE = "benchmark passphrase of four words"
ROWS = 10_000


def timed(action: object, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    harden_process()
    folder = Path(tempfile.mkdtemp(prefix="wd-bench-"))
    started = time.perf_counter()
    params = calibrate()
    took = time.perf_counter() - started
    cost = f"{params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes}"
    print(f"calibration: {took:.3f} s -> {cost}")

    Vault.create(folder / "calibrated", PASSPHRASE, params).lock()
    unlock = timed(lambda: Vault.open(folder / "calibrated", PASSPHRASE).lock(), repeat=3)
    print(f"unlock with calibrated KDF: {unlock:.3f} s (target about 1 s)")

    Vault.create(folder / "floor", PASSPHRASE, KdfParams()).lock()
    floor = timed(lambda: Vault.open(folder / "floor", PASSPHRASE).lock(), repeat=3)
    print(f"unlock at the 64 MiB floor: {floor:.3f} s")

    fast = KdfParams.fast_for_tests()
    vault = Vault.create(folder / "writes", PASSPHRASE, fast)
    conn = vault.connection()

    def encrypted_inserts() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM vault_setting")
        conn.executemany(
            "INSERT INTO vault_setting VALUES (?, ?, '2026-01-01')",
            ((f"k{i}", "value " * 20) for i in range(ROWS)),
        )
        conn.execute("COMMIT")

    plain = sqlite3.connect(folder / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("PRAGMA synchronous=FULL")
    plain.execute("CREATE TABLE vault_setting (key TEXT PRIMARY KEY, value TEXT, updated_at TEXT)")

    def plain_inserts() -> None:
        plain.execute("BEGIN IMMEDIATE")
        plain.execute("DELETE FROM vault_setting")
        plain.executemany(
            "INSERT INTO vault_setting VALUES (?, ?, '2026-01-01')",
            ((f"k{i}", "value " * 20) for i in range(ROWS)),
        )
        plain.execute("COMMIT")

    enc = timed(encrypted_inserts)
    base = timed(plain_inserts)
    figures = f"vault {enc * 1000:.1f} ms, plain sqlite3 {base * 1000:.1f} ms"
    print(f"{ROWS} inserts in one transaction: {figures}, ratio {enc / base:.2f}")

    # A passphrase change re-encrypts everything: against a plain encrypted copy.
    encrypted_inserts()
    copies = iter(range(100))
    key = vault.header.unwrap(PASSPHRASE)
    copy = timed(lambda: export_copy(conn, key, folder / f"copy{next(copies)}.db"), repeat=3)
    passphrases = iter([PASSPHRASE + str(n) for n in range(100)])
    current = [PASSPHRASE]

    def change() -> None:
        new = next(passphrases)
        vault.change_passphrase(current[0], new, fast)
        current[0] = new

    rekey = timed(change, repeat=3)
    figures = f"re-key {rekey * 1000:.0f} ms, encrypted copy {copy * 1000:.0f} ms"
    print(f"passphrase change of a {ROWS}-row vault: {figures}, ratio {rekey / copy:.2f}")
    vault.lock()


if __name__ == "__main__":
    main()
