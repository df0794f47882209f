"""Directory speed at 20,000 entries: the vault against the same schema in plain sqlite3.

    .venv/bin/python bench/directory.py

Search as she types (every prefix of a few words, as each key arrives), filter
changes, and importing 5,000 vCards. Targets (issue 4): search-as-you-type
p95 <= 16 ms (one frame). Not part of the test suite's pass/fail.
"""

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wellbeing_desk.hardening import harden_process
from wellbeing_desk.vault import KdfParams, Vault, migrations
from wellbeing_desk.vault.directory import DirectoryFilter, DirectoryRepository
from wellbeing_desk.vault.directory_types import CATEGORIES, ContactMethod, DirectoryEntryInput

SIZE = 20_000
FIRST = ["Ana", "María", "José", "Fatima", "Chen", "Amara", "Lucía", "Omar", "Sipho", "Nadia"]
LAST = ["Pérez", "Okafor", "Nguyen", "Haddad", "Silva", "Mendoza", "Kowalski", "Achieng"]
ORGS = [
    "Colectivo Cuidarnos",
    "Safe Haven Network",
    "Red de Abogadas",
    "Digital Shield",
    "Casa Refugio",
    "Peer Support Circle",
    "Fondo Rápido",
    "Health Without Borders",
]
TYPED = ["psicologa", "sao paulo", "digital", "abogad", "guatemala", "trauma", "fatima haddad"]
REGIONS = ["GT", "HN", "MX", "CO", "BR", "KE", "PH", "worldwide"]
LANGUAGES = ["es", "en", "pt-BR", "fr", "ar", "sw"]


def make_entries(count: int, seed: int = 3) -> list[DirectoryEntryInput]:
    rng = random.Random(seed)
    return [
        DirectoryEntryInput(
            name=f"{rng.choice(['Psicóloga', 'Abogada', 'Dr.', ''])} {rng.choice(FIRST)} "
            f"{rng.choice(LAST)} {n}".strip(),
            kind=rng.choice(["person", "organisation", "hotline"]),
            organisation=rng.choice(ORGS),
            description=f"Support in {rng.choice(['São Paulo', 'Tegucigalpa', 'Nairobi'])}; "
            f"{rng.choice(['trauma care', 'digital security', 'legal aid'])}.",
            categories=tuple(rng.sample(CATEGORIES, 2)),
            languages=tuple(rng.sample(LANGUAGES, 2)),
            regions=(rng.choice(REGIONS),),
            contacts=(
                ContactMethod("phone", f"+1 555 {n:07d}"),
                ContactMethod("email", f"contact{n}@example.org"),
            ),
        )
        for n in range(count)
    ]


def plain_repository(path: Path) -> DirectoryRepository:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
                   "secure_delete = ON", "foreign_keys = ON"):  # fmt: skip
        conn.execute(f"PRAGMA {pragma}").fetchall()
    for version in migrations.pending(conn):
        migrations.apply(conn, version)
    return DirectoryRepository(lambda: conn)


def timed_ms(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[round(0.95 * (len(ordered) - 1))]


def keystrokes(repo: DirectoryRepository) -> list[float]:
    """Every prefix of every typed query, as a search-as-you-type box sends them."""
    return [
        timed_ms(lambda prefix=text[:n]: repo.search(DirectoryFilter(text=prefix), limit=200))
        for text in TYPED
        for n in range(1, len(text) + 1)
    ]


def filter_changes(repo: DirectoryRepository) -> list[float]:
    filters = [DirectoryFilter(category=c) for c in CATEGORIES[:5]]
    filters += [DirectoryFilter(region=r, language="es") for r in REGIONS[:5]]
    filters += [DirectoryFilter(text="ana", kind="person", region="GT")]
    return [timed_ms(lambda f=f: repo.search(f, limit=200)) for f in filters * 3]


def main() -> None:
    harden_process()
    folder = Path(tempfile.mkdtemp(prefix="wd-bench-directory-"))
    vault = Vault.create(folder / "vault", "bench passphrase words", KdfParams.fast_for_tests())
    sides = {"vault": vault.directory, "plain": plain_repository(folder / "plain.db")}
    entries = make_entries(SIZE)
    print(f"== add {SIZE:,} entries in one transaction ==")
    took = {name: timed_ms(lambda r=repo: r.add_many(entries)) for name, repo in sides.items()}
    print(f"   vault {took['vault']:.0f} ms, plain {took['plain']:.0f} ms, "
          f"ratio {took['vault'] / took['plain']:.2f}")  # fmt: skip

    print("== search as she types (every prefix; first 200 results) ==")
    for name, repo in sides.items():
        samples = keystrokes(repo) + keystrokes(repo)
        print(f"   {name}: p50 {statistics.median(samples):.1f} ms, p95 {p95(samples):.1f} ms "
              "(target p95 <= 16 ms)")  # fmt: skip
    print("== filter changes ==")
    for name, repo in sides.items():
        samples = filter_changes(repo)
        print(f"   {name}: p50 {statistics.median(samples):.1f} ms, p95 {p95(samples):.1f} ms")

    try:
        from wellbeing_desk.exports.directory_formats import to_vcards
        from wellbeing_desk.imports.vcard import parse_vcards
    except ImportError:
        print("== vCard import: not available in this build ==")
    else:
        cards = to_vcards(make_entries(5_000, seed=9))
        print(f"== import 5,000 vCards ({len(cards) / 1e6:.1f} MB) ==")
        for name, repo in sides.items():
            parse = timed_ms(lambda: parse_vcards(cards))
            parsed = parse_vcards(cards)
            store = timed_ms(lambda r=repo, p=parsed: r.add_many(p))
            print(f"   {name}: parse {parse:.0f} ms, store {store:.0f} ms")
    vault.lock()


if __name__ == "__main__":
    main()
