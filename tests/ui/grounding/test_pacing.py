"""The breathing paces without Qt: phases, durations, which phase at time t."""

import itertools

import pytest

from wellbeing_desk.ui.grounding.pacing import (
    BOX,
    FOUR_SEVEN_EIGHT,
    GENTLE,
    HOLD_IN,
    HOLD_OUT,
    IN,
    OUT,
    PATTERNS,
    SLOW_OUT,
    Pattern,
    Phase,
    fullness,
    next_count_change,
    pattern,
)


def test_the_paces_offered() -> None:
    assert [p.label_numbers for p in PATTERNS] == ["4-6", "4-2-6", "4-4-4-4", "4-7-8"]
    assert PATTERNS[0] is GENTLE  # the default is the easiest
    assert [p.kind for p in BOX.phases] == [IN, HOLD_IN, OUT, HOLD_OUT]
    assert [p.kind for p in FOUR_SEVEN_EIGHT.phases] == [IN, HOLD_IN, OUT]
    assert (BOX.cycle_seconds, SLOW_OUT.cycle_seconds, GENTLE.cycle_seconds) == (16, 12, 10)
    assert pattern("box") is BOX
    with pytest.raises(KeyError):
        pattern("faster")


@pytest.mark.parametrize(
    ("elapsed", "kind", "left", "cycle"),
    [
        (0.0, IN, 4, 0),
        (0.5, IN, 4, 0),
        (1.0, IN, 3, 0),
        (3.99, IN, 1, 0),
        (4.0, HOLD_IN, 4, 0),
        (8.0, OUT, 4, 0),
        (11.5, OUT, 1, 0),
        (12.0, HOLD_OUT, 4, 0),
        (15.9, HOLD_OUT, 1, 0),
        (16.0, IN, 4, 1),
        (16 * 10 + 9.0, OUT, 3, 10),
    ],
)
def test_box_breathing_phase_at_time(elapsed: float, kind: str, left: int, cycle: int) -> None:
    state = BOX.at(elapsed)
    assert (state.kind, state.seconds_left, state.cycle) == (kind, left, cycle)
    assert 0.0 <= state.progress < 1.0


def test_four_seven_eight_and_negative_time() -> None:
    assert FOUR_SEVEN_EIGHT.at(4.0).kind == HOLD_IN
    assert FOUR_SEVEN_EIGHT.at(10.5).seconds_left == 1
    assert FOUR_SEVEN_EIGHT.at(11.0).kind == OUT
    assert FOUR_SEVEN_EIGHT.at(11.0).seconds_left == 8
    assert GENTLE.at(-3.0) == GENTLE.at(0.0)


def test_the_count_changes_exactly_once_a_second() -> None:
    shown = [(BOX.at(t / 100).index, BOX.at(t / 100).seconds_left) for t in range(1600)]
    changes = [t for t in range(1, 1600) if shown[t] != shown[t - 1]]
    assert changes == [t * 100 for t in range(1, 16)]
    assert next_count_change(0.0) == 1.0
    assert next_count_change(2.25) == pytest.approx(0.75)


def test_fullness_eases_in_and_out_without_jumps() -> None:
    assert fullness(IN, 0.0) == 0.0
    assert fullness(IN, 0.5) == pytest.approx(0.5)
    assert fullness(IN, 1.0) == pytest.approx(1.0)
    assert fullness(OUT, 0.0) == pytest.approx(1.0)
    assert fullness(OUT, 1.0) == pytest.approx(0.0)
    assert (fullness(HOLD_IN, 0.3), fullness(HOLD_OUT, 0.3)) == (1.0, 0.0)
    samples = [BOX.at(t / 50).fullness for t in range(16 * 50 + 1)]
    assert max(abs(a - b) for a, b in itertools.pairwise(samples)) < 0.03
    rising = [GENTLE.at(t / 10).fullness for t in range(41)]
    assert rising == sorted(rising)


def test_bad_patterns_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown phase"):
        Phase("sigh", 4)
    with pytest.raises(ValueError, match="at least one second"):
        Phase(IN, 0)
    with pytest.raises(ValueError, match="at least one phase"):
        Pattern("empty", ())
