"""Python's cyclic garbage collector, paused while a sync runs.

A sync makes hundreds of thousands of small objects (records, fields, stamps,
decoded JSON) and none of them refer to each other in a cycle, so reference
counting frees each as soon as it is dropped. The cyclic collector, though,
starts a pass every 700 new objects and, every so often, walks the whole heap:
measured with ``bench/sync.py``, 15 % of sending and receiving 10,000 entries
and 15-20 % of a new device's first sync, finding nothing. Paused for the
sync, it resumes (and catches up) after. The pause is process-wide: a cycle
made elsewhere meanwhile waits those few seconds.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block, and back as it was after (a pause
    begun inside another pause leaves the switch to the outer one)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
