"""Whether a directory entry is open at a moment, from a small subset of OSM ``opening_hours``.

The ``hours`` field is free text. When it is written in this subset of the
OpenStreetMap ``opening_hours`` syntax, ``is_open`` can tell "open" from
"closed"; for anything else the answer is ``None`` (unknown), never an error.

Supported (whitespace around ``;`` and ``,`` is free; days are matched
without regard to case; an en dash ``–`` may stand for ``-``)::

    24/7                                   always open (no time zone needed)
    Mo-Fr                                  those days, all day
    Sa,Su 10:00-14:00                      a list of days
    Mo-We,Fr 09:00-17:00                   ranges and single days mixed
    Fr-Mo 10:00-12:00                      a range may wrap past Sunday
    Mo-Fr 09:00-13:00,15:00-18:00          several time spans
    Fr 22:00-02:00                         a span past midnight (into Saturday)
    Mo-Su 00:00-24:00                      24:00 ends a span at midnight
    09:00-17:00                            no days: every day
    Su off   /   Su closed                 closed on those days
    Mo-Fr 09:00-17:00; Sa 10:00-14:00      rules separated by ``;``

A stray ``;`` at the end is ignored. Days are ``Mo Tu We Th Fr Sa Su``; times
are ``HH:MM`` (two-digit hours 00-24, minutes 00-59). A span whose end is not
after its start runs past midnight into the next day; a span may not be empty
(``10:00-10:00``).
As in OSM, a later rule replaces what earlier rules said about the days it
names (``Mo-Fr 09:00-17:00; Fr 10:00-12:00`` opens Friday 10-12 only); the
part of a span that runs past midnight stays with the day it started on.

Not supported (so unknown): months, dates, weeks, public holidays (``PH``),
``sunrise``/``sunset``, open ends (``10:00+``), comments, ``,`` or ``||``
between rules, extended hours (``22:00-26:00``), and every other word.

``is_open`` compares in the entry's own IANA time zone (``zoneinfo``), so
daylight-saving changes are followed; an empty or unknown zone is unknown
(except for ``24/7``). ``now()`` is the clock; tests replace it.
"""

import re
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

DAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")  # datetime.weekday() order
MINUTES_PER_DAY = 24 * 60
ALWAYS = "24/7"
CLOSED_WORDS = ("off", "closed")

Span = tuple[int, int]  # minutes from the day's midnight; the end may pass 1440
Week = tuple[tuple[Span, ...], ...]  # seven days, Monday first

_DAY = r"[a-z]{2}"
_DAY_RANGE = rf"{_DAY}(?:-{_DAY})?"
_DAYS_RE = re.compile(rf"{_DAY_RANGE}(?:,{_DAY_RANGE})*")
_SPAN_RE = re.compile(r"(\d\d):(\d\d)-(\d\d):(\d\d)")


def now() -> datetime:
    """The current moment, timezone-aware (monkeypatched in tests)."""
    return datetime.now(UTC)


def is_open(hours: str, time_zone: str, now: datetime) -> bool | None:
    """Open at ``now`` (aware), closed, or ``None`` when the hours or the zone are not known."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    week = parse(hours)
    if week is None:
        return None
    if _normal(hours) == ALWAYS:
        return True
    zone = _zone(time_zone)
    if zone is None:
        return None
    local = now.astimezone(zone)
    minute = local.hour * 60 + local.minute
    day = local.weekday()
    if any(start <= minute < end for start, end in week[day]):
        return True
    yesterday = week[(day - 1) % 7]
    return any(end > MINUTES_PER_DAY and minute < end - MINUTES_PER_DAY for _, end in yesterday)


@lru_cache(maxsize=1024)
def parse(hours: str) -> Week | None:
    """The weekly spans the hours describe, or ``None`` when they are not in the subset."""
    text = _normal(hours)
    if not text:
        return None
    rules = [rule.strip() for rule in text.split(";") if rule.strip()]  # a stray ";" is fine
    if not rules:
        return None
    week: list[tuple[Span, ...]] = [() for _ in DAYS]
    for rule in rules:
        parsed = _rule(rule)
        if parsed is None:
            return None
        days, spans = parsed
        for day in days:
            week[day] = spans
    return tuple(week)


def _normal(hours: str) -> str:
    text = hours.replace("–", "-").strip().lower()
    text = re.sub(r"\s*([;,-])\s*", r"\1", text)
    return re.sub(r"\s+", " ", text)


def _rule(rule: str) -> tuple[tuple[int, ...], tuple[Span, ...]] | None:
    if rule == ALWAYS:
        return tuple(range(7)), ((0, MINUTES_PER_DAY),)
    parts = rule.split(" ")
    days: tuple[int, ...] | None = tuple(range(7))
    if _DAYS_RE.fullmatch(parts[0]):
        days = _days(parts.pop(0))
    if days is None or len(parts) > 1:
        return None
    if not parts:
        return days, ((0, MINUTES_PER_DAY),)
    if parts[0] in CLOSED_WORDS:
        return days, ()
    spans = _spans(parts[0])
    return None if spans is None else (days, spans)


def _days(text: str) -> tuple[int, ...] | None:
    found: list[int] = []
    for item in text.split(","):
        first, _, last = item.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            return None
        start = DAYS.index(first)
        stop = DAYS.index(last) if last else start
        found.extend((start + n) % 7 for n in range((stop - start) % 7 + 1))
    return tuple(sorted(set(found)))


def _spans(text: str) -> tuple[Span, ...] | None:
    spans: list[Span] = []
    for item in text.split(","):
        match = _SPAN_RE.fullmatch(item)
        if match is None:
            return None
        start_h, start_m, end_h, end_m = (int(group) for group in match.groups())
        if start_h > 23 or end_h > 24 or start_m > 59 or end_m > 59 or (end_h == 24 and end_m):
            return None
        start, end = start_h * 60 + start_m, end_h * 60 + end_m
        if end == start:
            return None
        spans.append((start, end if end > start else end + MINUTES_PER_DAY))
    return tuple(spans)


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name.strip())
    except (KeyError, ValueError, OSError):  # unknown, malformed, or a folder such as "Europe"
        return None
