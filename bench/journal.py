"""Journal speed: the vault against the same schema in plain sqlite3, in one run.

    .venv/bin/python bench/journal.py            # full run (100,000 entries)
    .venv/bin/python bench/journal.py --quick    # 12,000 entries, a smoke test

Both sides run the same repository code, schema and pragmas (the vault's
migrations applied to a stdlib sqlite3 connection), so each ratio is the cost
of the encryption. Targets (issue 3): write ratio <= 1.5, search p95 <= 30 ms,
first screen <= 150 ms. Not part of the test suite's pass/fail.
"""

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from wellbeing_desk.hardening import harden_process
from wellbeing_desk.vault import KdfParams, Vault, migrations
from wellbeing_desk.vault.connection import open_connection
from wellbeing_desk.vault.journal import EntryInput, JournalFilter, JournalRepository

PASSPHRASE = "benchmark passphrase of four words"
WORDS = [
    "calm",
    "tired",
    "meeting",
    "river",
    "family",
    "sleep",
    "walk",
    "anxious",
    "hopeful",
    "colleague",
    "border",
    "counsellor",
    "threat",
    "rest",
    "tea",
    "garden",
    "phone",
    "call",
    "court",
    "hearing",
    "sister",
    "laughter",
    "psicóloga",
    "cansancio",
    "reunión",
    "familia",
    "descanso",
    "caminar",
    "miedo",
    "esperanza",
]
QUERIES = ["river", "psicologa", "tired walk", "court", "familia", "hope", "sleep tea", "border"]
PLAIN_PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "temp_store = MEMORY",
    "secure_delete = ON",
    "foreign_keys = ON",
    "busy_timeout = 5000",
)


def make_entries(count: int, seed: int = 7) -> list[EntryInput]:
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, 8)
    return [
        EntryInput(
            occurred_at=start + timedelta(hours=6 * n),
            stress=rng.randint(0, 10),
            mood=rng.randint(1, 5),
            body=" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 60))),
            tags=(rng.choice(["work", "home", "travel"]),),
        )
        for n in range(count)
    ]


def plain_connection(path: Path) -> sqlite3.Connection:
    """The vault's schema and pragmas on stdlib sqlite3: everything but the encryption."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PLAIN_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}").fetchall()
    for version in migrations.pending(conn):
        migrations.apply(conn, version)
    return conn


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(what: str, vault: float, plain: float, unit: str, target: str) -> None:
    print(f"   {what}")
    print(f"      vault {vault:.2f} {unit}, plain {plain:.2f} {unit}, ratio {vault / plain:.2f}")
    print(f"      ({target})")


def first_screen(connect: Callable[[], Any]) -> float:
    """Seconds from opening a connection (key in hand) to the first 200 rows."""
    started = time.perf_counter()
    conn = connect()
    JournalRepository(lambda: conn).page(JournalFilter())
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def search_samples(repo: JournalRepository) -> list[float]:
    samples = []
    for n in range(100):
        query = QUERIES[n % len(QUERIES)]
        samples.append(timed(lambda q=query: repo.page(JournalFilter(text=q))) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="12,000 entries, not 100,000")
    size = 12_000 if parser.parse_args().quick else 100_000
    harden_process()
    folder = Path(tempfile.mkdtemp(prefix="wd-bench-journal-"))
    vault = Vault.create(folder / "vault", PASSPHRASE, KdfParams.fast_for_tests())
    plain = plain_connection(folder / "plain.db")
    sides = {"vault": vault.journal, "plain": JournalRepository(lambda: plain)}
    writes = make_entries(10_000)

    print("== insert 10,000 entries ==")
    single = {
        n: timed(lambda r=r: [r.add(e) for e in writes[:2_000]]) * 5 for n, r in sides.items()
    }
    report("one save per transaction, as the app saves (2,000 timed, x5)",
           single["vault"], single["plain"], "s", "target ratio <= 1.5")  # fmt: skip
    bulk = {n: timed(lambda r=r: r.add_many(writes)) for n, r in sides.items()}
    report("all in one transaction, as an import", bulk["vault"], bulk["plain"], "s",
           "target ratio <= 1.5")  # fmt: skip

    remaining = make_entries(max(0, size - 12_000), seed=11)
    for repo in sides.values():
        for start in range(0, len(remaining), 10_000):
            repo.add_many(remaining[start : start + 10_000])
    print(f"== {vault.journal.count(JournalFilter()):,} entries on each side ==")
    key = vault.header.unwrap(PASSPHRASE)
    database = vault.layout.database
    vault.lock()
    plain.close()

    def open_vault() -> Any:
        return open_connection(database, key)

    def open_plain() -> Any:
        return plain_connection(folder / "plain.db")

    vault_first = statistics.median(first_screen(open_vault) for _ in range(7)) * 1000
    plain_first = statistics.median(first_screen(open_plain) for _ in range(7)) * 1000
    report("first screen: open a connection + first 200 rows (median of 7, KDF excluded)",
           vault_first, plain_first, "ms", "target <= 150 ms")  # fmt: skip

    vault_conn, plain = open_vault(), open_plain()
    samples = {
        "vault": search_samples(JournalRepository(lambda: vault_conn)),
        "plain": search_samples(JournalRepository(lambda: plain)),
    }
    print("== full-text search: 100 queries, first page of 200 results ==")
    for name, values in samples.items():
        p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
        print(f"   {name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms  (target p95 <= 30 ms)")
    vault_conn.close()
    plain.close()


if __name__ == "__main__":
    main()
