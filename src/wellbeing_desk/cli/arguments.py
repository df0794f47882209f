"""Argument types that turn bad values into one-line usage errors (exit 2)."""

import argparse
from collections.abc import Callable
from datetime import date

from wellbeing_desk.cli.errors import UsageError


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range ({low}–{high})")
        return value

    parse.__name__ = f"number {low}–{high}"
    return parse


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    """``--since`` and ``--until``, the first and last day of a listing."""
    parser.add_argument("--since", type=iso_date, metavar="DATE")
    parser.add_argument("--until", type=iso_date, metavar="DATE")


def check_period(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise UsageError("--since is after --until")


# A free-text option given "-" reads its text from standard input after the
# passphrase line: private words stay out of shell history and the process list.
STDIN = "-"
STDIN_HELP = "the text, or - to read it from standard input after the passphrase"
