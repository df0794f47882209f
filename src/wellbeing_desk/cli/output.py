"""Printing for people or, with ``--json``, one JSON document on stdout."""

import json
import sys
from typing import Any


def emit_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def warn(message: str) -> None:
    print(f"wellbeing-desk-cli: warning: {message}", file=sys.stderr)


def counted(count: int, singular: str, plural: str) -> str:
    """ "1 entry", "2 entries": the command line speaks English only."""
    return f"{count} {singular if count == 1 else plural}"
