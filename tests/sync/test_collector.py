"""The cyclic garbage collector is paused while a sync runs, and back after it, however
the sync ends (``sync/collector.py``)."""

import gc
from collections.abc import Iterator

import pytest

from tests.sync.test_engine import device
from wellbeing_desk.sync.collector import collector_paused
from wellbeing_desk.sync.memory_target import InMemoryTarget


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_a_sync_runs_with_the_collector_paused_and_leaves_it_on() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    a.write("n1", "words")
    seen = []
    real = b.store.apply

    def apply(*args: object) -> None:
        seen.append(gc.isenabled())
        real(*args)  # type: ignore[arg-type]

    b.store.apply = apply  # type: ignore[method-assign]
    a.sync(target)
    b.sync(target)
    assert seen == [False] and gc.isenabled()
    assert b.text("n1") == "words"


def test_a_sync_that_fails_leaves_the_collector_on() -> None:
    a = device(1)
    a.write("n1", "words")

    class Unplugged(Exception):
        pass

    def unplugged(path: str, data: bytes) -> None:
        raise Unplugged(path)

    target = InMemoryTarget()
    target.create = unplugged  # type: ignore[method-assign]
    with pytest.raises(Unplugged):
        a.sync(target)
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_switch_to_the_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()  # off before: left off
