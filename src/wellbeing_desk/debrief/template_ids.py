"""Ids for templates, steps and options: made from her words, never clashing."""

import re
import unicodedata

from wellbeing_desk.debrief.templates import MAX_ID


def slug(value: str, fallback: str, limit: int = 48) -> str:
    """An id from her words: "Después del taller" → "despues-del-taller"."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", plain.lower())
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or fallback


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is free (at most ``MAX_ID`` characters)."""
    base = base[: MAX_ID - 4].strip("-") or "template"
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate
