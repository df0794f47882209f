"""Paced breathing without Qt: the patterns, their phases, and where a breath is at time t.

A pattern is a cycle of phases (breathe in, hold, breathe out, hold) with
whole-second durations. ``Pattern.at(elapsed)`` says which phase is running,
how many seconds are left in it (the count the guide shows) and how full the
lungs are (0 empty to 1 full, eased so the circle moves like a breath).
Durations are whole seconds, so the count changes exactly on whole seconds
of elapsed time; ``next_count_change`` tells a timer when to wake up. A pace
with ``rounds`` (4-7-8: four) is enough to begin with after that many cycles:
the guide pauses there, and she can go on.
"""

import math
from dataclasses import dataclass

IN, HOLD_IN, OUT, HOLD_OUT = "in", "hold_in", "out", "hold_out"
PHASE_KINDS: tuple[str, ...] = (IN, HOLD_IN, OUT, HOLD_OUT)


@dataclass(frozen=True)
class Phase:
    kind: str
    seconds: int

    def __post_init__(self) -> None:
        if self.kind not in PHASE_KINDS:
            raise ValueError(f"unknown phase {self.kind!r}")
        if self.seconds < 1:
            raise ValueError("a phase lasts at least one second")


@dataclass(frozen=True)
class PhaseState:
    """Where a breath is: the phase, its place in the cycle and the count to show."""

    index: int  # position of the phase in the pattern
    kind: str
    into: float  # seconds since the phase began
    seconds_left: int  # the count shown: seconds left in the phase, rounded up (>= 1)
    progress: float  # 0 at the start of the phase, towards 1 at its end
    fullness: float  # 0 = breathed out, 1 = breathed in
    cycle: int  # how many whole cycles came before (0 during the first)


@dataclass(frozen=True)
class Pattern:
    key: str
    phases: tuple[Phase, ...]
    rounds: int | None = None  # cycles after which the guide pauses; None: it runs on

    def __post_init__(self) -> None:
        if not self.phases:
            raise ValueError("a pattern needs at least one phase")
        if self.rounds is not None and self.rounds < 1:
            raise ValueError("a pause after rounds needs at least one round")

    @property
    def rounds_seconds(self) -> int | None:
        """Elapsed seconds at the end of the suggested rounds (lungs empty), if any."""
        return None if self.rounds is None else self.rounds * self.cycle_seconds

    @property
    def cycle_seconds(self) -> int:
        return sum(phase.seconds for phase in self.phases)

    @property
    def label_numbers(self) -> str:
        """``"4-7-8"``: the durations as people name the pattern."""
        return "-".join(str(phase.seconds) for phase in self.phases)

    def at(self, elapsed: float) -> PhaseState:
        """The state ``elapsed`` seconds after the first in-breath began."""
        elapsed = max(0.0, elapsed)
        cycle, into_cycle = divmod(elapsed, self.cycle_seconds)
        start = 0.0
        for index, phase in enumerate(self.phases):
            end = start + phase.seconds
            if into_cycle < end or index == len(self.phases) - 1:
                into = min(max(0.0, into_cycle - start), float(phase.seconds))
                progress = into / phase.seconds
                left = max(1, math.ceil(phase.seconds - into - 1e-9))
                return PhaseState(
                    index=index,
                    kind=phase.kind,
                    into=into,
                    seconds_left=left,
                    progress=progress,
                    fullness=fullness(phase.kind, progress),
                    cycle=int(cycle),
                )
            start = end
        raise AssertionError("unreachable")  # pragma: no cover


def fullness(kind: str, progress: float) -> float:
    """How full the lungs are: a gentle ease in and out, never a jump."""
    eased = 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))
    if kind == IN:
        return eased
    if kind == OUT:
        return 1.0 - eased
    return 1.0 if kind == HOLD_IN else 0.0


def next_count_change(elapsed: float) -> float:
    """Seconds until the shown count next changes (durations are whole seconds)."""
    elapsed = max(0.0, elapsed)
    return math.floor(elapsed) + 1.0 - elapsed


def _pattern(key: str, *phases: tuple[str, int], rounds: int | None = None) -> Pattern:
    return Pattern(key, tuple(Phase(kind, seconds) for kind, seconds in phases), rounds)


GENTLE = _pattern("gentle", (IN, 4), (OUT, 6))
BOX = _pattern("box", (IN, 4), (HOLD_IN, 4), (OUT, 4), (HOLD_OUT, 4))
SLOW_OUT = _pattern("slow_out", (IN, 4), (HOLD_IN, 2), (OUT, 6))
# Long holds can make her light-headed: four rounds to begin with, then a pause.
FOUR_SEVEN_EIGHT = _pattern("478", (IN, 4), (HOLD_IN, 7), (OUT, 8), rounds=4)

# In the order the pace menu offers them; the first is the default.
PATTERNS: tuple[Pattern, ...] = (GENTLE, SLOW_OUT, BOX, FOUR_SEVEN_EIGHT)


def pattern(key: str) -> Pattern:
    for candidate in PATTERNS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
