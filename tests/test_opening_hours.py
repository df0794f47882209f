"""Opening hours against instants picked by hand (June 2026: Monday 1st, Friday 5th)."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from wellbeing_desk.directory import opening_hours
from wellbeing_desk.directory.opening_hours import is_open, parse

MADRID = "Europe/Madrid"  # UTC+2 in summer, UTC+1 in winter


def utc(day: int, hour: int, minute: int = 0, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def test_always_open_needs_no_time_zone() -> None:
    assert is_open("24/7", "", utc(1, 3)) is True
    assert is_open(" 24/7 ", "Nowhere/Special", utc(6, 23, 59)) is True
    assert is_open("Mo-Su 00:00-24:00", MADRID, utc(7, 21, 59)) is True  # Sunday 23:59


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (utc(1, 6, 59), False),  # Monday 08:59 in Madrid
        (utc(1, 7, 0), True),  # 09:00: the start is inside
        (utc(5, 14, 59), True),  # Friday 16:59
        (utc(5, 15, 0), False),  # 17:00: the end is outside
        (utc(6, 8, 30), True),  # Saturday 10:30
        (utc(6, 12, 0), False),  # Saturday 14:00
        (utc(7, 10, 0), False),  # Sunday: no rule names it
    ],
)
def test_weekdays_and_saturday(moment: datetime, expected: bool) -> None:
    assert is_open("Mo-Fr 09:00-17:00; Sa 10:00-14:00", MADRID, moment) is expected


def test_several_spans_in_a_day() -> None:
    hours = "Mo-Fr 09:00-13:00,15:00-18:00"
    assert is_open(hours, "UTC", utc(2, 12, 59)) is True
    assert is_open(hours, "UTC", utc(2, 14, 0)) is False  # lunch
    assert is_open(hours, "UTC", utc(2, 15, 0)) is True
    assert is_open("Mo-Fr 09:00-13:00, 15:00-18:00", "UTC", utc(2, 17, 59)) is True


def test_day_lists_and_whole_days() -> None:
    assert is_open("Sa,Su", "UTC", utc(6, 0, 0)) is True
    assert is_open("Sa,Su", "UTC", utc(5, 23, 59)) is False
    assert is_open("Mo-We,Fr", "UTC", utc(4, 12)) is False  # Thursday
    assert is_open("mo-we, fr", "UTC", utc(5, 12)) is True  # case and spaces are forgiven
    assert is_open("Fr-Mo 10:00-12:00", "UTC", utc(7, 11)) is True  # wraps past Sunday
    assert is_open("Fr-Mo 10:00-12:00", "UTC", utc(2, 11)) is False  # Tuesday
    assert is_open("09:00-17:00", "UTC", utc(7, 9)) is True  # no days: every day


def test_a_span_past_midnight_belongs_to_the_day_it_starts() -> None:
    hours = "Fr 22:00-02:00"
    assert is_open(hours, "UTC", utc(5, 21, 59)) is False
    assert is_open(hours, "UTC", utc(5, 22, 0)) is True
    assert is_open(hours, "UTC", utc(6, 1, 59)) is True  # Saturday early hours
    assert is_open(hours, "UTC", utc(6, 2, 0)) is False
    assert is_open(hours, "UTC", utc(5, 1, 0)) is False  # Friday early hours: Thursday is shut
    assert is_open("Su 23:00-01:00", "UTC", utc(8, 0, 30)) is True  # Sunday into Monday
    # A later rule for Saturday does not cut Friday night short.
    assert is_open("Fr 22:00-02:00; Sa 10:00-14:00", "UTC", utc(6, 1)) is True


def test_later_rules_replace_earlier_ones_for_their_days() -> None:
    hours = "Mo-Fr 09:00-17:00; Fr 10:00-12:00"
    assert is_open(hours, "UTC", utc(5, 9, 30)) is False
    assert is_open(hours, "UTC", utc(5, 11)) is True
    assert is_open(hours, "UTC", utc(4, 9, 30)) is True
    assert is_open("24/7; Su off", "UTC", utc(7, 12)) is False
    assert is_open("24/7; Su closed", "UTC", utc(6, 12)) is True


def test_the_entrys_time_zone_decides() -> None:
    hours = "Mo 09:00-10:00"
    assert is_open(hours, "America/Mexico_City", utc(1, 15, 30)) is True  # 09:30 there (UTC-6)
    assert is_open(hours, "America/Mexico_City", utc(1, 9, 30)) is False
    assert is_open(hours, "Asia/Tokyo", utc(1, 0, 30)) is True  # 09:30 Monday in Tokyo
    plus_two = timezone(timedelta(hours=2))
    same = datetime(2026, 6, 1, 11, 30, tzinfo=plus_two)  # 09:30 UTC, any aware zone will do
    assert is_open(hours, "UTC", same) is True


def test_spring_forward_day_in_madrid() -> None:
    # Sunday 29 March 2026: at 01:00 UTC the clocks go from 02:00 to 03:00.
    hours = "Su 03:00-04:00"
    assert is_open(hours, MADRID, utc(29, 0, 59, month=3)) is False  # 01:59 CET
    assert is_open(hours, MADRID, utc(29, 1, 0, month=3)) is True  # 03:00 CEST
    assert is_open(hours, MADRID, utc(29, 1, 59, month=3)) is True  # 03:59 CEST
    assert is_open(hours, MADRID, utc(29, 2, 0, month=3)) is False  # 04:00 CEST


def test_fall_back_day_in_madrid() -> None:
    # Sunday 25 October 2026: at 01:00 UTC the clocks go from 03:00 back to 02:00.
    hours = "Su 02:00-03:00"
    assert is_open(hours, MADRID, utc(25, 0, 0, month=10)) is True  # 02:00 CEST
    assert is_open(hours, MADRID, utc(25, 0, 59, month=10)) is True  # 02:59 CEST
    assert is_open(hours, MADRID, utc(25, 1, 30, month=10)) is True  # 02:30 CET, the second time
    assert is_open(hours, MADRID, utc(25, 2, 0, month=10)) is False  # 03:00 CET


@pytest.mark.parametrize("zone", ["", "Nowhere/Special", "Europe", "../etc/passwd", "a\0b"])
def test_an_unknown_time_zone_is_unknown(zone: str) -> None:
    assert is_open("Mo-Su 09:00-17:00", zone, utc(1, 12)) is None


@pytest.mark.parametrize(
    "hours",
    [
        "",
        "   ",
        ";",
        "Weekdays, office hours",
        "Mon–Fri 9–17",
        "Mo-Fr 9:00-17:00",
        "Mo-Fr 09:00-17:00, Sa 10:00-12:00",  # "," between rules
        "Mo-Fr 09:00-17:00 || Sa 10:00-12:00",
        "Mo-Fr 10:00+",
        "Mo-Fr 22:00-26:00",
        "Mo 10:00-10:00",
        "Mo 24:00-01:00",
        "Mo 09:60-10:00",
        "Mo 09:00-24:30",
        "PH off",
        "Jan-Mar Mo 09:00-12:00",
        "Mo-Fr sunrise-sunset",
        'Mo-Fr 09:00-17:00 "by appointment"',
        "Xx-Fr 09:00-17:00",
        "Mo-Fr 09:00-17:00 extra",
    ],
)
def test_anything_else_is_unknown(hours: str) -> None:
    assert parse(hours) is None
    assert is_open(hours, MADRID, utc(1, 12)) is None


def test_the_documented_forms_parse() -> None:
    for hours in (
        "24/7",
        "Mo-Fr",
        "Sa,Su",
        "Mo-Fr 09:00-17:00; Sa 10:00-14:00",
        "Mo-Fr 09:00-13:00,15:00-18:00",
        "Fr 22:00-02:00",
        "Mo-Fr 09:00–17:00",  # an en dash
        "Mo-Fr 09:00-17:00;",
        "Su off",
    ):
        assert parse(hours) is not None, hours


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        is_open("24/7", "UTC", datetime(2026, 6, 1, 12))


def test_the_clock_is_aware() -> None:
    moment = opening_hours.now()
    assert moment.utcoffset() == timedelta(0)
