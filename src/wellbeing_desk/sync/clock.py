"""Hybrid logical clock: stamps that order edits across devices, whatever their wall clocks say.

A stamp is (wall time in ms, counter, device id), compared in that order, so
two devices can never produce equal stamps and ties are broken by device. A
clock never issues a stamp lower than one it issued or observed: when the wall
clock goes back, the counter carries the order until the wall catches up.
A remote stamp from more than a day in the future is not absorbed (one device
with a wrong clock must not drag every other device's stamps ahead); the
engine asks ``is_too_far_ahead`` and holds such a change with a warning.
"""

import functools
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# The largest wall time that fits the 13 encoded digits (the year 2286).
MAX_WALL_MS = 10**13 - 1
MAX_COUNTER = 0xFFFF
# Remote stamps further ahead of this device's wall clock are held, not applied.
MAX_AHEAD_MS = 24 * 60 * 60 * 1000

_DEVICE = re.compile(r"[0-9a-f]{32}")
# Explicit ASCII classes: \d would accept other scripts' digits.
_ENCODED = re.compile(r"([0-9]{13})-([0-9a-f]{4})-([0-9a-f]{32})")


def wall_clock_ms() -> int:
    """This machine's wall clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    """One point of hybrid logical time; compares by wall time, then counter, then device."""

    wall_ms: int
    counter: int
    device: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValueError(f"stamp wall time {self.wall_ms} out of range")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"stamp counter {self.counter} out of range")
        check_device_id(self.device)

    def encode(self) -> str:
        """Fixed-width text that sorts exactly like the stamps do."""
        # Kept once made: a record's fields mostly share one stamp, encoded for each.
        text: str | None = self.__dict__.get("_encoded")
        if text is None:
            text = f"{self.wall_ms:013d}-{self.counter:04x}-{self.device}"
            object.__setattr__(self, "_encoded", text)  # not a field: never compared
        return text

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        """The stamp ``encode`` wrote; anything else raises ``ValueError``."""
        if not isinstance(text, str):
            raise ValueError("not an encoded stamp")
        return _parsed(text)


# A record's fields mostly share one stamp (a change stamps all it changed at once), so a
# file of thousands of records holds far fewer distinct stamps than stamp texts. Stamps
# are immutable: one object may stand for every equal text.
@functools.lru_cache(maxsize=4096)
def _parsed(text: str) -> Stamp:
    match = _ENCODED.fullmatch(text)
    if match is None:
        raise ValueError("not an encoded stamp")
    wall, counter, device = match.groups()
    return Stamp(int(wall), int(counter, 16), device)


def check_device_id(device: str) -> None:
    """Raise ``ValueError`` unless ``device`` is 32 lowercase hex characters."""
    if not isinstance(device, str) or _DEVICE.fullmatch(device) is None:
        raise ValueError("a device id is 32 lowercase hex characters")


def is_too_far_ahead(stamp: Stamp, now_ms: int) -> bool:
    """True when ``stamp`` is more than a day ahead of ``now_ms``: hold that change."""
    return stamp.wall_ms > now_ms + MAX_AHEAD_MS


class HybridClock:
    """Issues this device's stamps, each greater than every stamp issued or observed before."""

    def __init__(
        self,
        device: str,
        now_ms: Callable[[], int] = wall_clock_ms,
        after: Stamp | None = None,
    ) -> None:
        """``after``: the highest stamp known from an earlier run (stored by the caller)."""
        check_device_id(device)
        self._device = device
        self._now_ms = now_ms
        self._lock = threading.Lock()
        # (wall, counter) of the highest stamp seen; the next one must be above it.
        self._wall = after.wall_ms if after is not None else 0
        self._counter = after.counter if after is not None else -1

    @property
    def device(self) -> str:
        return self._device

    def tick(self, at_ms: int | None = None) -> Stamp:
        """A new stamp for a local edit (made at ``at_ms`` on this machine's clock, when it
        was made before now: stamps are given when a change is read, not when written)."""
        with self._lock:
            wall = self._now_ms() if at_ms is None else min(at_ms, self._now_ms())
            if wall > self._wall:
                stamp = Stamp(wall, 0, self._device)
            elif self._counter < MAX_COUNTER:
                stamp = Stamp(self._wall, self._counter + 1, self._device)
            else:
                # Out of counter values for this millisecond: borrow the next one rather
                # than wait (after the wall clock went back days, waiting would take days).
                stamp = Stamp(self._wall + 1, 0, self._device)
            self._wall, self._counter = stamp.wall_ms, stamp.counter
            return stamp

    def observe(self, remote: Stamp) -> None:
        """Move past ``remote`` so the next local stamp is greater; ignored if too far ahead."""
        with self._lock:
            if is_too_far_ahead(remote, self._now_ms()):
                return
            seen = (self._wall, self._counter)
            self._wall, self._counter = max(seen, (remote.wall_ms, remote.counter))
