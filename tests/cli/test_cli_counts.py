"""The command line says "1 entry", not "1 entries" (it speaks English only)."""

import ast
import itertools
import re
from pathlib import Path

from wellbeing_desk.cli.output import counted

CLI = Path(__file__).resolve().parents[2] / "src" / "wellbeing_desk" / "cli"


def test_counted_words() -> None:
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(0, "entry", "entries") == "0 entries"
    assert counted(2, "card", "cards") == "2 cards"


def test_no_count_is_printed_before_a_fixed_plural() -> None:
    """An f-string like f"{count} entries" reads "1 entries"; ``counted`` is used instead."""
    pattern = re.compile(r"^\s*(entries|cards|rows|notes|problem\(s\)|records)\b")
    wrong = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                parts = node.values
                for before, after in itertools.pairwise(parts):
                    if (
                        isinstance(before, ast.FormattedValue)
                        and isinstance(after, ast.Constant)
                        and pattern.match(str(after.value))
                    ):
                        wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []
