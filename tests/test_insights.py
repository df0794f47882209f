"""Insights against numbers worked out by hand (the comments show the sums)."""

from datetime import date, datetime

import pytest

from wellbeing_desk.insights import (
    HIGHER,
    LOWER,
    SAME,
    ActivityEffect,
    DayValues,
    Insights,
    RollingPoint,
    activity_effects,
    compute_insights,
    daily_values,
    rolling_average,
    weekly_summary,
)


def at(day: int, month: int = 3, hour: int = 9, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour)


# March 2025 (Monday 3 March starts ISO week 10): several entries on one day, a
# day without stress, a gap of two days, and a day in the next week.
MARCH = [
    (at(3, hour=8), 4, 3, ("walk",)),
    (at(3, hour=20), 6, None, ("call",)),
    (at(4), None, 4, ("walk",)),
    (at(5), 2, 5, ()),
    (at(8), 8, 1, ("call",)),
    (at(11), 3, 2, ("walk",)),
]


def test_nothing_recorded_gives_nothing() -> None:
    assert daily_values([]) == []
    assert rolling_average([]) == []
    assert activity_effects([]) == []
    assert weekly_summary([]) == []
    assert compute_insights([]) == Insights(days=[], rolling=[], activities=[], weeks=[])


def test_daily_values_average_each_day_and_join_its_activities() -> None:
    assert daily_values(reversed(MARCH)) == [  # order of the rows does not matter
        DayValues(date(2025, 3, 3), 5.0, 3.0, frozenset({"walk", "call"}), 2),  # (4+6)/2; mood 3
        DayValues(date(2025, 3, 4), None, 4.0, frozenset({"walk"}), 1),  # no stress given
        DayValues(date(2025, 3, 5), 2.0, 5.0, frozenset(), 1),
        DayValues(date(2025, 3, 8), 8.0, 1.0, frozenset({"call"}), 1),
        DayValues(date(2025, 3, 11), 3.0, 2.0, frozenset({"walk"}), 1),
    ]


def test_a_day_without_any_value_still_counts_as_recorded() -> None:
    (day,) = daily_values([(at(3), None, None, ("rest",))])
    assert (day.stress, day.mood, day.activities, day.entries) == (None, None, {"rest"}, 1)


def test_rolling_average_uses_recorded_days_of_the_trailing_seven() -> None:
    assert rolling_average(daily_values(MARCH)) == [
        RollingPoint(date(2025, 3, 3), 5.0, 3.0),  # only 3 Mar
        RollingPoint(date(2025, 3, 4), 5.0, 3.5),  # stress [5] (4 Mar has none); mood (3+4)/2
        RollingPoint(date(2025, 3, 5), 3.5, 4.0),  # (5+2)/2; (3+4+5)/3
        RollingPoint(date(2025, 3, 8), 5.0, 3.25),  # 2–8 Mar: (5+2+8)/3; (3+4+5+1)/4
        # 5–11 Mar (5 Mar is the window's first day; 3 and 4 Mar fell out): (2+8+3)/3; (5+1+2)/3
        RollingPoint(date(2025, 3, 11), pytest.approx(13 / 3), pytest.approx(8 / 3)),
    ]


def test_rolling_average_of_one_day_is_that_day() -> None:
    assert rolling_average(daily_values([(at(3), 7, None, ())])) == [
        RollingPoint(date(2025, 3, 3), 7.0, None)
    ]


def test_rolling_average_after_a_long_gap_starts_again() -> None:
    days = daily_values([(at(1), 9, 1, ()), (at(20), 1, 5, ())])
    assert [(p.stress, p.mood) for p in rolling_average(days)] == [(9.0, 1.0), (1.0, 5.0)]


# Twelve days in June 2025, one entry a day ("tired" is a warning sign, not an activity):
#   day      1  2  3  4  5  6  7  8  9  10  11  12
#   walk     x     x  x     x     x     x
#   news        x        x     x     x      x
#   tea      x  x     x     x        x
#   call                                    x
#   stress   5  3  6  2  4  7  3  5  2  6   4   5
JUNE_ITEMS = {
    1: ("walk", "tea"), 2: ("news", "tea"), 3: ("walk", "tired"), 4: ("walk", "tea"),
    5: ("news",), 6: ("walk", "tea"), 7: ("news",), 8: ("walk",), 9: ("news", "tea"),
    10: ("walk",), 11: ("call", "news"), 12: (),
}  # fmt: skip
JUNE_STRESS = {1: 5, 2: 3, 3: 6, 4: 2, 5: 4, 6: 7, 7: 3, 8: 5, 9: 2, 10: 6, 11: 4, 12: 5}
JUNE = [(at(d, month=6), JUNE_STRESS[d], 3, JUNE_ITEMS[d]) for d in range(1, 13)]
ACTIVITIES = ["walk", "news", "tea", "call", "never done"]


def test_next_day_stress_with_and_without_each_activity() -> None:
    effects = {e.item_id: e for e in activity_effects(daily_values(JUNE), ACTIVITIES)}
    assert set(effects) == {"walk", "news", "tea", "call"}  # never done: left out

    # Pairs (day → stress the next day) for days 1..11:
    #   1→3  2→6  3→2  4→4  5→7  6→3  7→5  8→2  9→6  10→4  11→5
    walk = effects["walk"]  # days 1,3,4,6,8,10 → 3+2+4+3+2+4 = 18 / 6; others 6+7+5+6+5 = 29 / 5
    assert (walk.with_days, walk.with_stress, walk.without_days) == (6, 3.0, 5)
    assert walk.without_stress == pytest.approx(5.8)
    assert walk.difference == pytest.approx(-2.8)
    assert walk.direction == LOWER

    news = effects["news"]  # the mirror image of walk
    assert (news.with_days, news.without_days) == (5, 6)
    assert (news.with_stress, news.without_stress) == (pytest.approx(5.8), 3.0)
    assert news.direction == HIGHER

    tea = effects["tea"]  # days 1,2,4,6,9 → 3+6+4+3+6 = 22 / 5; days 3,5,7,8,10,11 → 25 / 6
    assert (tea.with_days, tea.without_days) == (5, 6)
    assert tea.with_stress == pytest.approx(4.4)
    assert tea.without_stress == pytest.approx(25 / 6)
    assert tea.direction == SAME  # 0.23 apart: less than half a point

    call = effects["call"]  # day 11 → 5; days 1..10 → 3+6+2+4+7+3+5+2+6+4 = 42 / 10
    assert (call.with_days, call.with_stress, call.without_days, call.without_stress) == (
        1, 5.0, 10, 4.2,
    )  # fmt: skip
    assert not call.with_enough and call.without_enough
    assert call.direction is None  # too few days to say


def test_effects_are_ordered_lowest_stress_first_then_too_few() -> None:
    order = [e.item_id for e in activity_effects(daily_values(JUNE), ACTIVITIES)]
    assert order == ["walk", "tea", "news", "call"]


def test_without_a_list_every_item_is_looked_at() -> None:
    ids = {e.item_id for e in activity_effects(daily_values(JUNE))}
    assert ids == {"walk", "news", "tea", "call", "tired"}


def test_a_gap_or_a_missing_stress_the_next_day_is_not_a_pair() -> None:
    # 3 Mar → 4 Mar has no stress; 5 Mar → 6 Mar and 8 Mar → 9 Mar are gaps; 11 Mar is last.
    # Only 4 Mar (walk) → 5 Mar (stress 2) remains.
    effects = activity_effects(daily_values(MARCH), ["walk", "call"])
    assert effects == [ActivityEffect("walk", 1, 2.0, 0, None)]
    assert effects[0].difference is None and effects[0].direction is None


def test_min_days_and_since_narrow_the_figures() -> None:
    days = daily_values(JUNE)
    (walk,) = activity_effects(days, ["walk"], since=date(2025, 6, 8))
    # days 8, 10 → 2, 4; days 9, 11 → 6, 5
    assert (walk.with_days, walk.with_stress, walk.without_days, walk.without_stress) == (
        2, 3.0, 2, 5.5,
    )  # fmt: skip
    assert walk.direction is None
    (loose,) = activity_effects(days, ["walk"], min_days=2, since=date(2025, 6, 8))
    assert loose.direction == LOWER


def test_weekly_summary_per_iso_week_newest_first() -> None:
    weeks = weekly_summary(daily_values(MARCH), ["walk", "call"])
    assert [(w.year, w.week, w.start) for w in weeks] == [
        (2025, 11, date(2025, 3, 10)),
        (2025, 10, date(2025, 3, 3)),
    ]
    latest, first = weeks
    assert (latest.days, latest.stress, latest.mood, latest.top_activities) == (
        1, 3.0, 2.0, (("walk", 1),),
    )  # fmt: skip
    # 3, 4, 5 and 8 March: stress (5+2+8)/3 (4 Mar has none); mood (3+4+5+1)/4;
    # walk on 3 and 4 Mar, call on 3 and 8 Mar: a tie, both first done on 3 Mar → by name.
    assert (first.days, first.stress, first.mood) == (4, 5.0, 3.25)
    assert first.top_activities == (("call", 2), ("walk", 2))


def test_weekly_summary_keeps_the_most_frequent_few_and_only_activities() -> None:
    rows = [
        (at(2, month=6), 1, 1, ("b", "tired")),
        (at(3, month=6), 1, 1, ("a", "b", "tired")),
        (at(4, month=6), 1, 1, ("a", "c", "tired")),
        (at(5, month=6), None, None, ("d", "c", "b")),
    ]
    (week,) = weekly_summary(daily_values(rows), ["a", "b", "c", "d"])
    assert week.top_activities == (("b", 3), ("a", 2), ("c", 2))  # a before c: done first
    (week,) = weekly_summary(daily_values(rows), ["a", "b", "c", "d"], top=1)
    assert week.top_activities == (("b", 3),)
    (everything,) = weekly_summary(daily_values(rows))
    assert everything.top_activities[0] == ("b", 3) and ("tired", 3) in everything.top_activities


def test_weeks_across_the_new_year_follow_iso_numbering() -> None:
    rows = [(at(28, month=12), 4, 2, ()), (at(29, month=12), 6, None, ())]
    weeks = weekly_summary(daily_values(rows))
    assert [(w.year, w.week, w.start, w.days, w.stress, w.mood) for w in weeks] == [
        (2026, 1, date(2025, 12, 29), 1, 6.0, None),  # Monday 29 Dec 2025 is in 2026-W01
        (2025, 52, date(2025, 12, 22), 1, 4.0, 2.0),
    ]


def test_compute_insights_for_a_period_keeps_earlier_days_in_the_average() -> None:
    result = compute_insights(MARCH, ["walk", "call"], since=date(2025, 3, 8))
    assert [d.day for d in result.days] == [date(2025, 3, 8), date(2025, 3, 11)]
    assert [p.stress for p in result.rolling] == [5.0, pytest.approx(13 / 3)]  # as above
    assert [(w.week, w.days, w.stress) for w in result.weeks] == [(11, 1, 3.0), (10, 1, 8.0)]
    assert result.activities == []  # no pair starts on or after 8 March


def test_compute_insights_of_one_day() -> None:
    result = compute_insights([(at(3), 5, 4, ("walk",))], ["walk"])
    assert result.rolling == [RollingPoint(date(2025, 3, 3), 5.0, 4.0)]
    assert result.activities == []  # no next day yet
    assert [(w.days, w.stress, w.mood, w.top_activities) for w in result.weeks] == [
        (1, 5.0, 4.0, (("walk", 1),))
    ]
