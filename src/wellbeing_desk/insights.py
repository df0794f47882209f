"""Insights from her own check-ins: pure functions, no Qt, no vault.

Everything starts from the journal's daily rows ``(time, stress, mood, item
ids)`` (``JournalRepository.daily_rows``) and works per calendar day:

- ``daily_values``: one value per day that has at least one entry;
- ``rolling_average``: a trailing 7-day average of stress and of mood;
- ``activity_effects``: next-day stress after days with and without each activity;
- ``weekly_summary``: per ISO week, days recorded, mean stress and mood, what she did most.
- ``warning_sign_days``: on how many days she ticked each of her warning signs.

These describe what tends to go together in her own records, never what
causes what; figures carry the number of days behind them so a handful of
days is not over-read. No streaks, scores or targets.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean

Row = tuple[datetime, int | None, int | None, tuple[str, ...]]

ROLLING_DAYS = 7
MIN_DAYS = 5  # fewer days than this behind a figure: "too few days to say"
SAME_WITHIN = 0.5  # next-day stress differing by less than this (0–10 scale): about the same
TOP_ACTIVITIES = 3

LOWER, HIGHER, SAME = "lower", "higher", "same"


@dataclass(frozen=True)
class DayValues:
    """One calendar day with at least one entry."""

    day: date
    stress: float | None  # mean of that day's stress values; None if none was given
    mood: float | None  # likewise for mood
    activities: frozenset[str]  # union of the day's item ids
    entries: int


@dataclass(frozen=True)
class RollingPoint:
    day: date
    stress: float | None
    mood: float | None


@dataclass(frozen=True)
class ActivityEffect:
    """Mean stress on the day after days with (and without) one activity."""

    item_id: str
    with_days: int
    with_stress: float | None
    without_days: int
    without_stress: float | None
    min_days: int = MIN_DAYS

    @property
    def with_enough(self) -> bool:
        return self.with_days >= self.min_days

    @property
    def without_enough(self) -> bool:
        return self.without_days >= self.min_days

    @property
    def difference(self) -> float | None:
        """Next-day stress with minus without (negative: lower after doing it)."""
        if self.with_stress is None or self.without_stress is None:
            return None
        return self.with_stress - self.without_stress

    @property
    def direction(self) -> str | None:
        """``LOWER``, ``HIGHER`` or ``SAME``; None while either side has too few days."""
        diff = self.difference
        if diff is None or not (self.with_enough and self.without_enough):
            return None
        if abs(diff) < SAME_WITHIN:
            return SAME
        return LOWER if diff < 0 else HIGHER


@dataclass(frozen=True)
class WeekSummary:
    year: int  # ISO year
    week: int  # ISO week number
    start: date  # the Monday
    days: int  # days with at least one entry
    stress: float | None  # mean of the daily stress values of the week
    mood: float | None
    top_activities: tuple[tuple[str, int], ...]  # (item id, days done), most days first


@dataclass(frozen=True)
class Insights:
    days: list[DayValues]
    rolling: list[RollingPoint]
    activities: list[ActivityEffect]
    weeks: list[WeekSummary]  # newest first


def daily_values(rows: Iterable[Row]) -> list[DayValues]:
    """One ``DayValues`` per calendar day with entries, oldest first.

    Several entries on one day: stress and mood are the means of the values
    given that day (entries without a value are left out, not counted as 0);
    the day's activities are the union of the entries' item ids.
    """
    stress: dict[date, list[int]] = {}
    mood: dict[date, list[int]] = {}
    items: dict[date, set[str]] = {}
    counts: Counter[date] = Counter()
    for when, s, m, ids in rows:
        day = when.date()
        counts[day] += 1
        items.setdefault(day, set()).update(ids)
        if s is not None:
            stress.setdefault(day, []).append(s)
        if m is not None:
            mood.setdefault(day, []).append(m)
    return [
        DayValues(
            day=day,
            stress=_mean(stress.get(day)),
            mood=_mean(mood.get(day)),
            activities=frozenset(items[day]),
            entries=counts[day],
        )
        for day in sorted(counts)
    ]


def rolling_average(days: Sequence[DayValues], window: int = ROLLING_DAYS) -> list[RollingPoint]:
    """A trailing average for each recorded day, oldest first.

    For a recorded day D the stress average is the plain mean of the daily
    stress values (``DayValues.stress``, so each day counts once however many
    entries it has) of the recorded days from D − (window − 1) to D inclusive:
    with the default, the 7 calendar days ending on D. Days without an entry,
    or without a stress value, are skipped — never counted as 0 — so the
    average may rest on fewer than 7 days; it is None when none of those days
    has a value. Mood is averaged the same way, independently. Days without
    entries get no point.
    """
    ordered = sorted(days, key=lambda d: d.day)
    points: list[RollingPoint] = []
    start = 0
    for end, current in enumerate(ordered):
        first_day = current.day - timedelta(days=window - 1)
        while ordered[start].day < first_day:
            start += 1
        span = ordered[start : end + 1]
        points.append(
            RollingPoint(
                day=current.day,
                stress=_mean([d.stress for d in span if d.stress is not None]),
                mood=_mean([d.mood for d in span if d.mood is not None]),
            )
        )
    return points


def activity_effects(
    days: Sequence[DayValues],
    activity_ids: Iterable[str] | None = None,
    min_days: int = MIN_DAYS,
    since: date | None = None,
) -> list[ActivityEffect]:
    """For each activity, mean stress on the next calendar day after days with and without it.

    Only pairs count where day D has entries and day D + 1 has a stress
    value (a gap or a missing stress the next day tells nothing). "With":
    the activity is among D's items; "without": D has entries but not this
    activity. ``activity_ids`` limits which items are looked at (default:
    every item seen); ``since`` keeps pairs whose day D is on or after it.
    Order: figures with enough days on both sides first, lowest next-day
    stress difference first; then the rest, most days with the activity first.
    """
    by_day = {d.day: d for d in days}
    pairs = [
        (d.activities, after.stress)
        for d in days
        if (since is None or d.day >= since)
        and (after := by_day.get(d.day + timedelta(days=1))) is not None
        and after.stress is not None
    ]
    if activity_ids is None:
        wanted: list[str] = sorted({i for d in days for i in d.activities})
    else:
        wanted = list(dict.fromkeys(activity_ids))
    effects = []
    for item in wanted:
        with_it = [s for acts, s in pairs if item in acts]
        without = [s for acts, s in pairs if item not in acts]
        if not with_it:
            continue  # never done (in this period): nothing to say about it
        effects.append(
            ActivityEffect(
                item, len(with_it), _mean(with_it), len(without), _mean(without), min_days
            )
        )
    return sorted(effects, key=_effect_order)


def weekly_summary(
    days: Sequence[DayValues],
    activity_ids: Iterable[str] | None = None,
    top: int = TOP_ACTIVITIES,
) -> list[WeekSummary]:
    """Per ISO week with entries, newest week first.

    ``stress`` and ``mood`` are the means of the week's daily values (each day
    counts once). ``top_activities`` are the ``top`` items done on the most
    days of the week (ties: the one done first that week first), counting only
    ``activity_ids`` when given.
    """
    allowed = None if activity_ids is None else set(activity_ids)
    weeks: dict[tuple[int, int], list[DayValues]] = {}
    for d in sorted(days, key=lambda d: d.day):
        iso = d.day.isocalendar()
        weeks.setdefault((iso.year, iso.week), []).append(d)
    summaries = []
    for (year, week), week_days in weeks.items():
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        for index, d in enumerate(week_days):
            for item in sorted(d.activities):
                if allowed is None or item in allowed:
                    counts[item] += 1
                    first_seen.setdefault(item, index)
        ranked = sorted(counts, key=lambda i: (-counts[i], first_seen[i], i))[:top]
        summaries.append(
            WeekSummary(
                year=year,
                week=week,
                start=date.fromisocalendar(year, week, 1),
                days=len(week_days),
                stress=_mean([d.stress for d in week_days if d.stress is not None]),
                mood=_mean([d.mood for d in week_days if d.mood is not None]),
                top_activities=tuple((i, counts[i]) for i in ranked),
            )
        )
    return sorted(summaries, key=lambda w: w.start, reverse=True)


def warning_sign_days(
    days: Iterable[DayValues], sign_ids: Iterable[str], since: date | None = None
) -> list[tuple[str, int]]:
    """``(sign id, days ticked)`` for each sign ticked at least once, in her list's order.

    A day counts once however many entries on it name the sign; ``since``
    keeps the days on or after it. Counts only: what they mean is hers to say.
    """
    counts: Counter[str] = Counter()
    for d in days:
        if since is None or d.day >= since:
            counts.update(d.activities)  # a day's item ids: activities and signs alike
    return [(sign, counts[sign]) for sign in dict.fromkeys(sign_ids) if counts[sign]]


def compute_insights(
    rows: Iterable[Row],
    activity_ids: Iterable[str] | None = None,
    since: date | None = None,
    min_days: int = MIN_DAYS,
) -> Insights:
    """Everything the insights page shows, for the days on or after ``since``.

    The rolling average is computed over all days first, so the first days of
    the period still average over their own trailing 7 days.
    """
    activities = None if activity_ids is None else list(activity_ids)
    all_days = daily_values(rows)
    days = [d for d in all_days if since is None or d.day >= since]
    rolling = [p for p in rolling_average(all_days) if since is None or p.day >= since]
    return Insights(
        days=days,
        rolling=rolling,
        activities=activity_effects(all_days, activities, min_days, since),
        weeks=weekly_summary(days, activities),
    )


def _mean(values: Sequence[float] | None) -> float | None:
    return fmean(values) if values else None


def _effect_order(effect: ActivityEffect) -> tuple[int, float, int, str]:
    diff = effect.difference
    if effect.direction is not None and diff is not None:
        return (0, diff, -effect.with_days, effect.item_id)
    return (1, 0.0, -effect.with_days, effect.item_id)
