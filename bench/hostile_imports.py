"""Hostile vCard files against an ordinary one, all parsed in this run.

    .venv/bin/python bench/hostile_imports.py

Issue 11.12 and 11.14: a note folded over 1M (2M) continuation lines took
14 s (72 s) and a card of 200,000 phone numbers 9 s; each is now refused
after a bounded, linear read. The baseline is an ordinary 1,000-card file
parsed in the same run; the ratios say how far a hostile file costs more.
Not part of the test suite's pass/fail.
"""

import time
from collections.abc import Callable

from wellbeing_desk.imports import parse_vcards
from wellbeing_desk.imports.errors import ImportFormatError


def ordinary(cards: int) -> bytes:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Persona {n}\r\nTEL:+52 55 {n:04d} 0000\r\n"
        f"EMAIL:p{n}@example.org\r\nNOTE:Una nota corta.\r\nEND:VCARD\r\n"
        for n in range(cards)
    ).encode()


def folded_note(lines: int) -> bytes:
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fold\r\nNOTE:x\r\n" + " x\r\n" * lines).encode() + (
        b"END:VCARD\r\n"
    )


def quoted_printable_note(lines: int) -> bytes:
    head = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Fold\r\nNOTE;ENCODING=QUOTED-PRINTABLE:x=\r\n"
    return (head + "x=\r\n" * lines + "y\r\nEND:VCARD\r\n").encode()


def many_phones(count: int) -> bytes:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Phones\r\n" + "TEL:+1 555 0100\r\n" * count
    ).encode() + (b"END:VCARD\r\n")


def timed(data: bytes) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        outcome = f"{len(parse_vcards(data))} imported"
    except ImportFormatError as exc:
        outcome = f"refused: {exc}"
    return time.perf_counter() - started, outcome


def main() -> None:
    baseline, _ = timed(ordinary(1_000))
    print(f"baseline: 1,000 ordinary cards {baseline * 1000:.0f} ms")
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("note folded over 1M lines", lambda: folded_note(1_000_000)),
        ("note folded over 2M lines", lambda: folded_note(2_000_000)),
        ("quoted-printable note, 1M soft breaks", lambda: quoted_printable_note(1_000_000)),
        ("card of 200,000 phone numbers", lambda: many_phones(200_000)),
        ("card of 400,000 phone numbers", lambda: many_phones(400_000)),
    ]
    for label, make in cases:
        seconds, outcome = timed(make())
        print(f"{label}: {seconds * 1000:.0f} ms ({seconds / baseline:.1f}x baseline) — {outcome}")


if __name__ == "__main__":
    main()
