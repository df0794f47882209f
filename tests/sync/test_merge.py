"""Merging record versions: the rules one by one, then random histories on three devices.

The random part plays edits, removals and syncs between three devices whose
clocks drift (days apart), then lets every device receive every record until
nothing changes, and checks what SYNC.md promises: all devices hold the same
records; no text written is lost unless its writer or a remover saw it
replaced; a record changed where its removal had not been seen is alive.
"""

import random
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desk.sync.clock import HybridClock, Stamp, is_too_far_ahead
from wellbeing_desk.sync.merge import (
    CONFLICT_OF,
    MAX_SEEN_STAMPS,
    Body,
    Merged,
    Record,
    Removal,
    conflict_copy_id,
    merge,
    merge_all,
)

A = "a" * 32
B = "b" * 32
KIND = "journal"


def stamp(wall: int, device: str = A, counter: int = 0) -> Stamp:
    return Stamp(wall, counter, device)


def record(**bodies: Body) -> Record:
    return Record.of(KIND, "r1", bodies=bodies)


# -- the rules -------------------------------------------------------------------------------


def test_a_field_keeps_its_latest_write_whatever_the_order() -> None:
    old = Record(KIND, "r1").with_field("title", "Old", stamp(10, A))
    new = Record(KIND, "r1").with_field("title", "New", stamp(20, B))
    for first, second in ((old, new), (new, old)):
        merged = merge(first, second).record
        assert merged.field_map()["title"].value == "New"


def test_fields_merge_one_by_one() -> None:
    base = Record(KIND, "r1").with_field("title", "T", stamp(1)).with_field("tag", "x", stamp(1))
    mine = base.with_field("title", "Mine", stamp(5, A))
    theirs = base.with_field("tag", "theirs", stamp(6, B))
    merged = merge(mine, theirs).record.field_map()
    assert (merged["title"].value, merged["tag"].value) == ("Mine", "theirs")


def test_an_edit_made_on_the_current_version_fast_forwards() -> None:
    first = Body("one", stamp(10, A))
    second = first.replaced_by("two", stamp(10, B, 1))  # the same millisecond: it saw "one"
    merged = merge(record(text=first), record(text=second))
    assert merged.record.body_map()["text"].text == "two"
    assert merged.copies == ()
    assert merge(record(text=second), record(text=first)).record == merged.record


def test_two_edits_without_seeing_each_other_make_one_conflict_copy() -> None:
    base = Body("base", stamp(1))
    mine = base.replaced_by("mine", stamp(10, A))
    theirs = base.replaced_by("theirs", stamp(20, B))
    one = merge(record(text=mine), record(text=theirs))
    other = merge(record(text=theirs), record(text=mine))
    assert one == other  # the same on both devices
    assert one.record.body_map()["text"].text == "theirs"  # the later one stays
    (copy,) = one.copies
    assert copy.id == conflict_copy_id("r1", "text", mine.stamp)
    assert copy.body_map()["text"].text == "mine"
    assert copy.field_map()[CONFLICT_OF].value == "r1"


def test_a_removal_takes_the_text_and_keeps_only_stamps() -> None:
    kept = record(text=Body("private words", stamp(1)))
    removed = kept.removed_at(stamp(2))
    assert removed.bodies == () and removed.fields == ()
    assert not removed.alive
    assert "private words" not in repr(removed)
    merged = merge(kept, removed)
    assert merged.record == removed  # what the remover saw goes everywhere
    assert not merged.resurrected


def test_an_edit_the_remover_had_not_seen_brings_the_record_back() -> None:
    base = record(text=Body("base", stamp(1)))
    removed = base.removed_at(stamp(50, A))  # a later clock, but it never saw the edit
    edited = base.with_body("text", "added on the train", stamp(20, B))
    for first, second in ((removed, edited), (edited, removed)):
        merged = merge(first, second)
        assert merged.record.alive and merged.resurrected
        assert merged.record.body_map()["text"].text == "added on the train"


def test_two_removals_join_what_they_saw() -> None:
    base = record(text=Body("base", stamp(1)))
    mine = base.with_body("text", "mine", stamp(10, A))
    theirs = base.with_body("text", "theirs", stamp(11, B))
    gone_here, gone_there = mine.removed_at(stamp(20, A)), theirs.removed_at(stamp(21, B))
    joined = merge(gone_here, gone_there).record
    assert not joined.alive
    for version in (mine, theirs):  # a late copy of either stays removed
        assert not merge(joined, version).record.alive


def test_versions_of_different_records_do_not_merge() -> None:
    with pytest.raises(ValueError, match="same record"):
        merge(Record(KIND, "r1"), Record(KIND, "r2"))


def test_a_history_is_bounded() -> None:
    body = Body("0", stamp(1))
    for n in range(2, 200):
        body = body.replaced_by(str(n), stamp(n))
    assert len(body.history) == 64


# -- random histories on three devices --------------------------------------------------------

DEVICES = ("1" * 32, "2" * 32, "3" * 32)
DAY_MS = 24 * 60 * 60 * 1000


@dataclass
class Device:
    clock: HybridClock
    now: list[int]
    records: dict[str, Record] = field(default_factory=dict)

    def receive(self, incoming: Record) -> None:
        """As the engine will: a version stamped too far ahead of this clock waits."""
        if any(is_too_far_ahead(s, self.now[0]) for s in _stamps(incoming)):
            return
        for stamp_ in _stamps(incoming):
            self.clock.observe(stamp_)
        result: Merged = merge(self.records.get(incoming.id), incoming)
        self.records[incoming.id] = result.record
        for copy in result.copies:
            self.receive(copy)


def _stamps(rec: Record) -> list[Stamp]:
    removal = [rec.removal.stamp] if rec.removal is not None else []
    return [f.stamp for _, f in rec.fields] + [b.stamp for _, b in rec.bodies] + removal


@dataclass
class World:
    devices: list[Device]
    written: list[Body] = field(default_factory=list)  # every body version ever written
    removals: list[Removal] = field(default_factory=list)
    texts: int = 0


def _make_world(skews: list[int]) -> World:
    devices = []
    for device_id, skew in zip(DEVICES, skews, strict=True):
        now = [1_800_000_000_000 + skew]
        devices.append(Device(HybridClock(device_id, now_ms=lambda now=now: now[0]), now))
    return World(devices)


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["create", "body", "body", "field", "remove", "sync", "sync", "time"]),
        st.integers(0, 2),  # a device
        st.integers(0, 2),  # another device, or a record
        st.integers(-3 * DAY_MS, 3 * DAY_MS),  # a clock change
    ),
    min_size=5,
    max_size=60,
)


def _play(world: World, action: str, who: int, other: int, delta: int) -> None:
    device = world.devices[who]
    alive = sorted(rid for rid, rec in device.records.items() if rec.alive)
    if action == "create":
        rid = f"d{who}-{len(device.records)}"
        if rid not in device.records:
            world.texts += 1
            text = f"text {world.texts}"
            created = Record(KIND, rid).with_body("text", text, device.clock.tick())
            world.written.append(created.body_map()["text"])
            device.records[rid] = created
    elif action in ("body", "field", "remove") and alive:
        rid = alive[other % len(alive)]
        current = device.records[rid]
        if action == "body":
            world.texts += 1
            changed = current.with_body("text", f"text {world.texts}", device.clock.tick())
            world.written.append(changed.body_map()["text"])
        elif action == "field":
            changed = current.with_field("title", f"title {delta}", device.clock.tick())
        else:
            changed = current.removed_at(device.clock.tick())
            assert changed.removal is not None
            world.removals.append(changed.removal)
        device.records[rid] = changed
    elif action == "sync" and other != who:
        for rec in list(world.devices[other].records.values()):
            device.receive(rec)
    elif action == "time":
        device.now[0] += delta


def _settle(world: World) -> None:
    walls = [device.now[0] for device in world.devices] + [
        stamp_.wall_ms for device in world.devices for rec in device.records.values()
        for stamp_ in _stamps(rec)
    ]  # fmt: skip
    latest = max(walls) + 2 * DAY_MS
    for device in world.devices:  # time passes: no clock is a day behind any stamp now
        device.now[0] = latest
    for _ in range(10):
        before = [dict(d.records) for d in world.devices]
        for receiver in world.devices:
            for sender in world.devices:
                if sender is not receiver:
                    for rec in list(sender.records.values()):
                        receiver.receive(rec)
        if [d.records for d in world.devices] == before:
            return
    raise AssertionError("the devices never settled")


def _run(skews: list[int], actions: list[tuple[str, int, int, int]]) -> World:
    world = _make_world(skews)
    for action in actions:
        _play(world, *action)
    _settle(world)

    first = world.devices[0].records
    for device in world.devices[1:]:
        assert device.records == first  # the same records everywhere, copies included
    kept = {
        (body.stamp, body.text) for rec in first.values() if rec.alive for _, body in rec.bodies
    }
    replaced = {ancestor for body in world.written for ancestor in body.history}
    removed_after_seen = {
        seen for removal in world.removals for _, versions in removal.bodies for seen in versions
    }
    for body in world.written:
        assert (
            (body.stamp, body.text) in kept
            or body.stamp in replaced  # its writer, or another, edited it having seen it
            or body.stamp in removed_after_seen  # removed by someone who had seen it
        ), f"lost: {body.text!r}"
    for rec in first.values():
        if not rec.alive:
            assert rec.bodies == () and rec.fields == ()  # no removed text lingers
    return world


@settings(max_examples=200, deadline=None)
@given(
    skews=st.lists(st.integers(-3 * DAY_MS, 3 * DAY_MS), min_size=3, max_size=3),
    actions=ACTIONS,
)
def test_three_devices_converge_and_lose_no_text(
    skews: list[int], actions: list[tuple[str, int, int, int]]
) -> None:
    _run(skews, actions)


KINDS_OF_ACTION = ["create", "body", "body", "field", "remove", "sync", "sync", "time"]


def test_long_random_histories_converge_and_lose_no_text() -> None:
    """Longer histories than Hypothesis tends to try, from fixed seeds (the same every run)."""
    conflicts = resurrections = 0
    for seed in range(150):
        chance = random.Random(seed)
        skews = [chance.randint(-3 * DAY_MS, 3 * DAY_MS) for _ in DEVICES]
        actions = [
            (
                chance.choice(KINDS_OF_ACTION),
                chance.randint(0, 2),
                chance.randint(0, 2),
                chance.randint(-3 * DAY_MS, 3 * DAY_MS),
            )
            for _ in range(60)
        ]
        world = _run(skews, actions)
        records = world.devices[0].records.values()
        conflicts += sum(1 for rec in records if CONFLICT_OF in rec.field_map())
        resurrections += sum(1 for rec in records if rec.removal is not None and rec.alive)
    assert conflicts > 20 and resurrections > 5  # the histories do reach the hard cases


def test_merge_all_starts_a_new_device_from_every_version() -> None:
    base = Body("base", stamp(1))
    mine = record(text=base.replaced_by("mine", stamp(10, A)))
    theirs = record(text=base.replaced_by("theirs", stamp(20, B)))
    merged = merge_all([mine, theirs])
    assert set(merged) == {"r1", conflict_copy_id("r1", "text", stamp(10, A))}


def test_a_removal_remembers_a_bounded_number_of_versions_the_newest() -> None:
    many = [
        record(text=Body(str(n), stamp(n))).removed_at(stamp(10_000 + n)).removal
        for n in range(1, MAX_SEEN_STAMPS + 50)
    ]
    joined = many[0]
    for removal in many[1:]:
        assert joined is not None and removal is not None
        joined = joined.joined(removal)
    assert joined is not None
    (seen,) = dict(joined.bodies).values()
    assert len(seen) == MAX_SEEN_STAMPS
    assert seen[-1] == stamp(MAX_SEEN_STAMPS + 49) and seen[0] == stamp(50)
