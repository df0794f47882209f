"""The hybrid logical clock orders edits whatever the devices' wall clocks do."""

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_desk.sync.clock import (
    MAX_AHEAD_MS,
    MAX_COUNTER,
    MAX_WALL_MS,
    HybridClock,
    Stamp,
    is_too_far_ahead,
)

DEVICE_A = "a" * 32
DEVICE_B = "b" * 32
DAY_MS = 24 * 60 * 60 * 1000
NOW = 1_796_600_000_000  # December 2026

devices = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)
walls = st.integers(min_value=0, max_value=MAX_WALL_MS)
stamps = st.builds(Stamp, walls, st.integers(min_value=0, max_value=MAX_COUNTER), devices)


class ScriptedWallClock:
    """Returns the given wall times in turn, then keeps returning the last one."""

    def __init__(self, times: list[int]) -> None:
        self.times = list(times)

    def __call__(self) -> int:
        return self.times.pop(0) if len(self.times) > 1 else self.times[0]


# Wall clocks that stand still, jump ahead, or go back days (an NTP fix, a dead CMOS battery).
wall_clock_scripts = st.lists(
    st.one_of(
        st.integers(min_value=NOW - 3 * DAY_MS, max_value=NOW + 3 * DAY_MS),
        st.sampled_from([NOW, NOW - 3 * DAY_MS, 0]),
    ),
    min_size=1,
    max_size=100,
)


@given(wall_clock_scripts)
def test_ticks_strictly_increase_whatever_the_wall_clock_does(times: list[int]) -> None:
    clock = HybridClock(DEVICE_A, now_ms=ScriptedWallClock(times))
    issued = [clock.tick() for _ in range(len(times) + 5)]
    assert all(earlier < later for earlier, later in pairwise(issued))


def test_a_wall_clock_going_back_three_days_keeps_the_order() -> None:
    times = [NOW, NOW + 1, NOW - 3 * DAY_MS, NOW - 3 * DAY_MS + 5, NOW + 2]
    clock = HybridClock(DEVICE_A, now_ms=ScriptedWallClock(times))
    issued = [clock.tick() for _ in times]
    assert [(s.wall_ms, s.counter) for s in issued] == [
        (NOW, 0),
        (NOW + 1, 0),
        (NOW + 1, 1),
        (NOW + 1, 2),
        (NOW + 2, 0),
    ]


@given(
    st.integers(min_value=NOW - 3 * DAY_MS, max_value=NOW + 3 * DAY_MS),
    stamps,
    st.integers(min_value=0, max_value=5),
)
def test_after_observing_a_remote_stamp_the_next_tick_is_greater(
    now: int, remote: Stamp, earlier_ticks: int
) -> None:
    clock = HybridClock(DEVICE_A, now_ms=lambda: now)
    for _ in range(earlier_ticks):
        clock.tick()
    clock.observe(remote)
    if not is_too_far_ahead(remote, now):
        assert clock.tick() > remote


def test_a_remote_stamp_more_than_a_day_ahead_is_not_absorbed() -> None:
    clock = HybridClock(DEVICE_A, now_ms=lambda: NOW)
    far = Stamp(NOW + MAX_AHEAD_MS + 1, 0, DEVICE_B)
    assert is_too_far_ahead(far, NOW)
    clock.observe(far)
    assert clock.tick().wall_ms == NOW


def test_the_day_ahead_limit_is_inclusive() -> None:
    assert not is_too_far_ahead(Stamp(NOW + MAX_AHEAD_MS, MAX_COUNTER, DEVICE_B), NOW)
    assert is_too_far_ahead(Stamp(NOW + MAX_AHEAD_MS + 1, 0, DEVICE_B), NOW)
    assert MAX_AHEAD_MS == DAY_MS


def test_a_remote_stamp_within_a_day_ahead_is_absorbed() -> None:
    clock = HybridClock(DEVICE_A, now_ms=lambda: NOW)
    ahead = Stamp(NOW + DAY_MS, 7, DEVICE_B)
    clock.observe(ahead)
    assert clock.tick() == Stamp(NOW + DAY_MS, 8, DEVICE_A)


def test_ties_are_broken_by_device() -> None:
    assert Stamp(NOW, 3, DEVICE_A) < Stamp(NOW, 3, DEVICE_B)
    assert Stamp(NOW, 3, DEVICE_B) < Stamp(NOW, 4, DEVICE_A)
    assert Stamp(NOW, 9, DEVICE_B) < Stamp(NOW + 1, 0, DEVICE_A)


def test_a_full_counter_borrows_the_next_millisecond() -> None:
    clock = HybridClock(DEVICE_A, now_ms=lambda: NOW, after=Stamp(NOW, MAX_COUNTER - 1, DEVICE_B))
    assert clock.tick() == Stamp(NOW, MAX_COUNTER, DEVICE_A)
    assert clock.tick() == Stamp(NOW + 1, 0, DEVICE_A)


def test_a_clock_resumes_after_the_stamp_it_was_given() -> None:
    last_run = Stamp(NOW + 5, 2, DEVICE_A)
    clock = HybridClock(DEVICE_A, now_ms=lambda: NOW, after=last_run)
    assert clock.tick() == Stamp(NOW + 5, 3, DEVICE_A)


def test_the_first_tick_at_wall_time_zero_is_valid() -> None:
    assert HybridClock(DEVICE_A, now_ms=lambda: 0).tick() == Stamp(0, 0, DEVICE_A)


def test_the_default_wall_clock_is_this_machine_s() -> None:
    assert HybridClock(DEVICE_A).tick().wall_ms > NOW - 365 * DAY_MS


@given(stamps, stamps)
def test_encodings_sort_like_the_stamps(first: Stamp, second: Stamp) -> None:
    assert (first < second) == (first.encode() < second.encode())
    assert (first == second) == (first.encode() == second.encode())


@given(stamps)
def test_parse_reads_back_what_encode_wrote(stamp: Stamp) -> None:
    encoded = stamp.encode()
    assert len(encoded) == 13 + 1 + 4 + 1 + 32
    assert Stamp.parse(encoded) == stamp


@given(st.text(max_size=80))
def test_hostile_text_raises_value_error_only(text: str) -> None:
    try:
        stamp = Stamp.parse(text)
    except ValueError:
        return
    assert stamp.encode() == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1796600000000-0001-" + "A" * 32,  # upper-case device
        "1796600000000-0001-" + "a" * 31,  # short device
        "1796600000000-0001-" + "a" * 33,
        "1796600000000-00g1-" + "a" * 32,
        "1796600000000-001-" + "a" * 32,
        "179660000000-0001-" + "a" * 32,  # 12 digits
        "1796600000000-0001-" + "a" * 32 + "\n",
        " 1796600000000-0001-" + "a" * 32,
        "1796600000000_0001_" + "a" * 32,
        "١٧٩٦٦٠٠٠٠٠٠٠٠-0001-" + "a" * 32,  # Arabic-Indic digits
        "-796600000000-0001-" + "a" * 32,
        "1796600000000-00A1-" + "a" * 32,
    ],
)
def test_near_misses_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not an encoded stamp"):
        Stamp.parse(text)


def test_parse_refuses_what_is_not_text() -> None:
    with pytest.raises(ValueError):
        Stamp.parse(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("wall", "counter", "device"),
    [
        (-1, 0, DEVICE_A),
        (MAX_WALL_MS + 1, 0, DEVICE_A),
        (NOW, -1, DEVICE_A),
        (NOW, MAX_COUNTER + 1, DEVICE_A),
        (NOW, 0, "A" * 32),
        (NOW, 0, "a" * 31),
        (NOW, 0, "device"),
    ],
)
def test_stamps_out_of_range_are_refused(wall: int, counter: int, device: str) -> None:
    with pytest.raises(ValueError):
        Stamp(wall, counter, device)


def test_a_clock_refuses_a_bad_device_id() -> None:
    with pytest.raises(ValueError):
        HybridClock("not-a-device")


def test_a_wall_clock_beyond_the_encodable_range_fails_without_moving_the_clock() -> None:
    now = [NOW]
    clock = HybridClock(DEVICE_A, now_ms=lambda: now[0])
    assert clock.tick() == Stamp(NOW, 0, DEVICE_A)
    now[0] = MAX_WALL_MS + 1
    with pytest.raises(ValueError):
        clock.tick()
    now[0] = NOW
    assert clock.tick() == Stamp(NOW, 1, DEVICE_A)
