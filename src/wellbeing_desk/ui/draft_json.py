"""Reading an editor's JSON draft forgivingly; Qt-free.

A draft may come from an older version of the app, so a value of the wrong
type is dropped, never trusted. Shared by the journal's and the notes' states.
"""

import json
from typing import Any


def draft_object(text: str, what: str) -> dict[str, Any]:
    """The draft's fields; ``ValueError("not a {what} draft")`` if it is not a draft at all."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not a {what} draft") from exc
    if not isinstance(data, dict):
        raise ValueError(f"not a {what} draft")
    return data


def text_or_empty(value: Any) -> str:
    return value if isinstance(value, str) else ""
