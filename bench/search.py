"""Global search speed: 100,000 journal entries, 20,000 directory entries, 20,000 notes.

    .venv/bin/python -m bench.search            # full run
    .venv/bin/python -m bench.search --quick    # a tenth of the data, a smoke test

The same 200 queries run through ``vault/search.py`` (every section, up to 20
hits each, snippets built) on the vault and on the same schema, pragmas and
data in plain sqlite3, in one run, so the ratio is the cost of the
encryption. Target (issue 6): p95 <= 50 ms. Not part of the suite's pass/fail.
"""

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.directory import make_entries as make_directory_entries
from bench.journal import PLAIN_PRAGMAS, WORDS, make_entries

from wellbeing_desk.hardening import harden_process
from wellbeing_desk.vault import KdfParams, Vault, migrations
from wellbeing_desk.vault.connection import open_connection
from wellbeing_desk.vault.directory import DirectoryRepository
from wellbeing_desk.vault.journal import JournalRepository
from wellbeing_desk.vault.notes import NoteInput, NoteRepository, Participant
from wellbeing_desk.vault.search import search_everything

PASSPHRASE = "benchmark passphrase of four words"
PEOPLE = ["Ana", "Luz", "Marta", "Ngozi", "Fatima", "Rosa", "Wanjiru", "Kateryna", "Amal"]
QUERIES = [
    "river", "psicologa", "tired walk", "court", "familia", "hope", "sleep tea", "border",
    "ana", "trauma", "legal", "Nairobi", "counsellor", "reunion", "miedo rest", "garden",
    "sao paulo", "calm", "hearing sister", "descanso",
]  # fmt: skip


def make_notes(count: int, seed: int = 5) -> list[NoteInput]:
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    return [
        NoteInput(
            title=" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).capitalize(),
            occurred_on=start + timedelta(days=n % 2500),
            participants=tuple(Participant(p) for p in rng.sample(PEOPLE, rng.randint(1, 4))),
            takeaways=tuple(
                " ".join(rng.choice(WORDS) for _ in range(6)) for _ in range(rng.randint(0, 3))
            ),
            tags=(rng.choice(["circle", "retreat", "team", "counselling"]),),
            body=" ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120))),
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


def fill(connection: Callable[[], Any], journal: int, directory: int, notes: int) -> None:
    entries = make_entries(journal, seed=11)
    for start in range(0, len(entries), 10_000):
        JournalRepository(connection).add_many(entries[start : start + 10_000])
    DirectoryRepository(connection).add_many(make_directory_entries(directory))
    note_inputs = make_notes(notes)
    for start in range(0, len(note_inputs), 5_000):
        NoteRepository(connection).add_many(note_inputs[start : start + 5_000])


def samples(connection: Callable[[], Any]) -> list[float]:
    timings = []
    for n in range(200):
        query = QUERIES[n % len(QUERIES)]
        started = time.perf_counter()
        search_everything(connection, query)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="a tenth of the data")
    scale = 10 if parser.parse_args().quick else 1
    sizes = (100_000 // scale, 20_000 // scale, 20_000 // scale)
    harden_process()
    folder = Path(tempfile.mkdtemp(prefix="wd-bench-search-"))
    vault = Vault.create(folder / "vault", PASSPHRASE, KdfParams.fast_for_tests())
    plain = plain_connection(folder / "plain.db")
    print(f"== filling: {sizes[0]:,} journal entries, {sizes[1]:,} directory entries, "
          f"{sizes[2]:,} notes on each side ==")  # fmt: skip
    fill(vault.connection, *sizes)
    fill(lambda: plain, *sizes)
    key = vault.header.unwrap(PASSPHRASE)
    database = vault.layout.database
    vault.lock()
    plain.close()

    vault_conn = open_connection(database, key)
    plain = plain_connection(folder / "plain.db")
    for conn in (vault_conn, plain):  # warm the page cache, as an open app has
        samples(lambda c=conn: c)
    results = {
        "vault": samples(lambda: vault_conn),
        "plain": samples(lambda: plain),
    }
    sections = sorted(
        {h.section for q in QUERIES for h in search_everything(lambda: vault_conn, q)}
    )
    print(f"== global search: 200 queries, up to 20 hits per section ({', '.join(sections)}) ==")
    for name, values in results.items():
        print(f"   {name}: p50 {percentile(values, 0.5):.1f} ms, "
              f"p95 {percentile(values, 0.95):.1f} ms, max {max(values):.1f} ms")  # fmt: skip
    ratio50 = statistics.median(results["vault"]) / statistics.median(results["plain"])
    ratio95 = percentile(results["vault"], 0.95) / percentile(results["plain"], 0.95)
    print(
        f"   ratio vault/plain: p50 {ratio50:.2f}, p95 {ratio95:.2f}  (target: vault p95 <= 50 ms)"
    )
    vault_conn.close()
    plain.close()


if __name__ == "__main__":
    main()
