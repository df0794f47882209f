"""One explicit sync between devices sharing a target: send, receive, merge, and the faults
a folder shows (SYNC.md's test plan: the cases the engine itself decides)."""

import random
import struct
from dataclasses import dataclass
from pathlib import Path

import pytest

from wellbeing_desk.sync import names
from wellbeing_desk.sync.changeset import encode_records
from wellbeing_desk.sync.clock import HybridClock, Stamp
from wellbeing_desk.sync.engine import REMOVAL_COUNT, SpaceKeys, SyncReport, sync_now
from wellbeing_desk.sync.errors import DeviceIdTakenError
from wellbeing_desk.sync.folder_target import FolderTarget
from wellbeing_desk.sync.memory_store import MemoryStore
from wellbeing_desk.sync.memory_target import InMemoryTarget
from wellbeing_desk.sync.merge import CONFLICT_OF, Record
from wellbeing_desk.sync.sealing import NO_PREVIOUS, FileKind, seal
from wellbeing_desk.sync.target import Target

SPACE = "0" * 31 + "1"
KEY = bytes(range(32))
KIND = "note"


@dataclass
class Device:
    keys: SpaceKeys
    store: MemoryStore
    clock: HybridClock
    now: list[int]

    def write(self, record_id: str, text: str) -> Stamp:
        current = self.store.record(record_id) or Record(KIND, record_id)
        stamp = self.clock.tick()
        self.store.put(current.with_body("text", text, stamp))
        return stamp

    def text(self, record_id: str) -> str | None:
        found = self.store.record(record_id)
        if found is None or not found.alive:
            return None
        return found.body_map()["text"].text

    def sync(self, target: Target, *, confirm: bool = False) -> SyncReport:
        report = sync_now(
            target, self.keys, self.store, confirm_removals=confirm, now_ms=lambda: self.now[0]
        )
        for record in self.store.records.values():  # as the vault's store will: move past
            for _, body in record.bodies:
                self.clock.observe(body.stamp)
        return report


def device(number: int, now: list[int] | None = None) -> Device:
    device_id = f"{number:032x}"
    moment = now or [1_800_000_000_000]
    clock = HybridClock(device_id, now_ms=lambda: moment[0])
    return Device(SpaceKeys(SPACE, device_id, KEY), MemoryStore(clock=clock), clock, moment)


@pytest.fixture
def folder(tmp_path: Path) -> FolderTarget:
    root = tmp_path / "stick"
    root.mkdir()
    return FolderTarget(root)


def log(dev: Device, seq: int) -> str:
    return names.log_path(SPACE, dev.keys.device, seq)


def test_a_note_written_on_one_device_reaches_the_other(folder: FolderTarget) -> None:
    a, b = device(1), device(2)
    a.write("n1", "what we agreed")
    assert a.sync(folder).sent == 1
    report = b.sync(folder)
    assert (report.received, report.files_applied, report.alerts) == (1, 1, [])
    assert b.text("n1") == "what we agreed"
    assert a.sync(folder).sent == 0  # nothing new: no new file


def test_both_devices_edit_the_same_body_and_end_with_the_same_two_versions(
    folder: FolderTarget,
) -> None:
    a, b = device(1), device(2)
    a.write("n1", "first")
    a.sync(folder)
    b.sync(folder)
    a.write("n1", "from the laptop")
    b.write("n1", "from the spare")
    for dev in (a, b, a, b):
        dev.sync(folder)
    assert a.store.records == b.store.records
    texts = {r.body_map()["text"].text for r in a.store.records.values()}
    assert texts == {"from the laptop", "from the spare"}
    (copy,) = [r for r in a.store.records.values() if CONFLICT_OF in r.field_map()]
    assert copy.field_map()[CONFLICT_OF].value == "n1"


def test_a_crash_before_the_file_is_written_writes_the_same_bytes_next_time() -> None:
    target = InMemoryTarget()
    a = device(1)
    a.write("n1", "kept")

    class Unplugged(Exception):
        pass

    def unplugged(path: str, data: bytes) -> None:
        raise Unplugged(path)

    real = target.create
    target.create = unplugged  # type: ignore[method-assign]
    with pytest.raises(Unplugged):
        a.sync(target)
    kept = a.store.flight
    assert kept is not None
    target.create = real  # type: ignore[method-assign]
    a.sync(target)
    assert target.read(log(a, 1)) == kept.data  # the very bytes sealed before the crash
    assert a.store.flight is None and not a.store.outbox


def test_a_lost_answer_after_the_write_does_not_make_a_second_file() -> None:
    target = InMemoryTarget()
    a = device(1)
    a.write("n1", "kept")
    real = a.store.finish_send

    def lost(*args: object) -> None:
        raise ConnectionError("the answer never came")

    a.store.finish_send = lost  # type: ignore[method-assign]
    with pytest.raises(ConnectionError):
        a.sync(target)
    a.store.finish_send = real  # type: ignore[method-assign]
    a.sync(target)  # writes the same bytes again: the target takes it as already there
    assert [entry.action for entry in target.log if entry.path == log(a, 1)] == [
        "create",
        "create-again",
    ]
    assert target.list_names(names.log_folder(SPACE, a.keys.device)) == [names.log_name(1)]


def test_a_file_still_arriving_waits_and_is_applied_once_complete() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    a.write("n1", "long text " * 100)
    a.sync(target)
    whole = target.read(log(a, 1))
    target.truncate(log(a, 1), len(whole) // 2)
    report = b.sync(target)
    assert report.waiting == [a.keys.device] and b.store.cursors() == {}
    target.visible[log(a, 1)] = whole
    assert b.sync(target).files_applied == 1


def test_a_missing_number_stops_that_device_until_it_arrives() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    for n in range(3):
        a.write(f"n{n}", f"note {n}")
        a.sync(target)
    target.hide(log(a, 2))
    report = b.sync(target)
    assert report.waiting == [a.keys.device]
    assert (b.text("n0"), b.text("n1"), b.text("n2")) == ("note 0", None, None)
    target.reveal(log(a, 2))
    b.sync(target)
    assert (b.text("n1"), b.text("n2")) == ("note 1", "note 2")


def test_a_changed_file_is_not_used_and_said_plainly() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    a.write("n1", "secret")
    a.sync(target)
    target.flip_bit(log(a, 1), 8 * 300)
    report = b.sync(target)
    assert b.text("n1") is None and b.store.cursors() == {}
    (alert,) = report.alerts
    assert "changed by someone without the key" in alert or "not" in alert
    assert report.tampered == 1  # said to her as a change by someone without the key


def test_a_replayed_old_file_under_a_new_number_is_not_used() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    a.write("n1", "one")
    a.sync(target)
    b.sync(target)
    target.put(names.log_folder(SPACE, a.keys.device), names.log_name(2), target.read(log(a, 1)))
    report = b.sync(target)
    assert report.alerts and b.store.cursors()[a.keys.device].seq == 1


def test_a_second_device_with_the_same_id_never_overwrites_its_files() -> None:
    # A vault restored from a backup writes under the old id: seq 1 holds other bytes.
    target = InMemoryTarget()
    a = device(1)
    a.write("n1", "one")
    a.sync(target)
    restored = device(1)
    restored.write("n2", "after the restore")
    with pytest.raises(DeviceIdTakenError, match="another vault with this device's id"):
        restored.sync(target)
    assert a.store.own_log() is not None
    assert target.read(log(a, 1)) != (restored.store.flight.data if restored.store.flight else b"")


def test_conflict_named_and_foreign_files_are_ignored() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    a.write("n1", "one")
    a.sync(target)
    target.add_conflict_copy(log(a, 1), "syncthing")
    target.add_conflict_copy(log(a, 1), "nextcloud")
    target.put(names.log_folder(SPACE, a.keys.device), "desktop.ini", b"[x]")
    report = b.sync(target)
    assert (report.files_applied, report.alerts) == (1, [])


def test_a_newer_format_is_named_and_nothing_is_applied() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    a.write("n1", "one")
    a.sync(target)
    data = bytearray(target.read(log(a, 1)))
    data[8:10] = struct.pack(">H", 2)
    target.visible[log(a, 1)] = bytes(data)
    report = b.sync(target)
    assert report.newer_format and b.store.cursors() == {}


def test_three_devices_with_a_faulty_target_converge() -> None:
    """Random edits and syncs; the target delays files, cuts them short, flips bits and adds
    conflict-named copies. Damaged files are never applied; once the target is whole again
    and everyone has synced, all devices agree and no text is lost."""
    for seed in range(40):
        chance = random.Random(seed)
        target = InMemoryTarget()
        now = [1_800_000_000_000]
        devices = [device(n, now) for n in (1, 2, 3)]
        written: set[tuple[Stamp, str]] = set()
        damaged: dict[str, bytes] = {}  # path -> its bytes before the target damaged it
        for step in range(40):
            dev = chance.choice(devices)
            action = chance.choice(
                ["write", "write", "sync", "sync", "delay", "reveal", "cut", "flip", "heal"]
            )
            now[0] += chance.randint(0, 5_000)
            if action == "write":
                text = f"{seed}-{step}"
                written.add((dev.write(f"n{chance.randint(0, 3)}", text), text))
            elif action == "sync":
                dev.sync(target)
            elif action == "delay" and _ours(target):
                target.hide(chance.choice(_ours(target)))
            elif action == "reveal" and target.hidden:
                target.reveal(chance.choice(sorted(target.hidden)))
            elif action in ("cut", "flip") and _ours(target):
                path = chance.choice(_ours(target))
                damaged.setdefault(path, target.read(path))
                now_there = target.read(path)
                if action == "cut" and now_there:
                    target.truncate(path, chance.randint(0, len(now_there) - 1))
                elif now_there:
                    target.flip_bit(path, chance.randrange(len(now_there) * 8))
            elif action == "heal" and damaged:
                path = chance.choice(sorted(damaged))
                home = target.hidden if path in target.hidden else target.visible  # delayed too
                home[path] = damaged.pop(path)
            if chance.random() < 0.1 and _ours(target):
                target.add_conflict_copy(chance.choice(_ours(target)), "numbered")
        for path in sorted(target.hidden):
            target.reveal(path)
        for path, whole in damaged.items():
            target.visible[path] = whole
        for _ in range(3):
            for dev in devices:
                dev.sync(target)
        first = devices[0].store.records
        assert all(dev.store.records == first for dev in devices), seed
        kept = {(b.stamp, b.text) for r in first.values() for _, b in r.bodies}
        replaced = {stamp for r in first.values() for _, b in r.bodies for stamp in b.history}
        for stamp, text in written:  # kept, or replaced by someone who had seen it
            assert (stamp, text) in kept or stamp in replaced, (seed, text)


def _ours(target: InMemoryTarget) -> list[str]:
    """The files the devices wrote (not the conflict-named copies beside them)."""
    return sorted(p for p in target.visible if names.parse_log_name(p.rsplit("/", 1)[1]))


@pytest.mark.parametrize("case", ["one id twice", "one id, two kinds"])
def test_a_file_whose_records_do_not_fit_together_is_not_used(case: str) -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    b.write("n1", "mine")
    stamp_ = a.clock.tick()
    first = Record(KIND, "n1").with_body("text", "one", stamp_)
    other_kind = "journal" if case == "one id, two kinds" else KIND
    second = Record(other_kind, "n1").with_body("text", "two", a.clock.tick())
    records = [first, second] if case == "one id twice" else [second]
    payload = encode_records(records)
    data = seal(KEY, FileKind.CHANGESET, SPACE, a.keys.device, 1, NO_PREVIOUS, payload)
    target.create(log(a, 1), data)
    report = b.sync(target)
    assert report.alerts and report.files_applied == 0
    assert b.text("n1") == "mine" and a.keys.device not in b.store.cursors()


DAY_MS = 24 * 60 * 60 * 1000


def test_a_file_stamped_days_ahead_is_held_until_the_clocks_agree() -> None:
    target = InMemoryTarget()
    a = device(1, [1_800_000_000_000 + 3 * DAY_MS])  # its clock is three days fast
    b = device(2, [1_800_000_000_000])
    a.write("n1", "from the future")
    a.sync(target)
    report = b.sync(target)
    assert report.held == [a.keys.device] and b.text("n1") is None
    b.now[0] += 3 * DAY_MS
    assert b.sync(target).files_applied == 1 and b.text("n1") == "from the future"


def _shared(count: int) -> tuple[InMemoryTarget, Device, Device]:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    for n in range(count):
        a.write(f"n{n}", f"note {n}")
    a.sync(target)
    b.sync(target)
    return target, a, b


def _remove(dev: Device, ids: list[str]) -> None:
    for record_id in ids:
        found = dev.store.record(record_id)
        assert found is not None
        dev.store.put(found.removed_at(dev.clock.tick()))


def test_removing_many_records_pauses_until_she_confirms() -> None:
    target, a, b = _shared(REMOVAL_COUNT + 10)
    _remove(a, [f"n{n}" for n in range(REMOVAL_COUNT + 1)])
    a.sync(target)
    report = b.sync(target)
    assert report.paused and report.would_remove == {KIND: REMOVAL_COUNT + 1}
    assert b.store.count_shown(KIND) == REMOVAL_COUNT + 10  # nothing removed yet
    assert b.sync(target).paused  # asked again until confirmed
    confirmed = b.sync(target, confirm=True)
    assert not confirmed.paused and b.store.count_shown(KIND) == 9


def test_removing_a_quarter_of_a_kind_pauses_and_a_few_do_not() -> None:
    target, a, b = _shared(12)
    _remove(a, ["n0", "n1"])  # 2 of 12: goes through
    a.sync(target)
    assert not b.sync(target).paused and b.store.count_shown(KIND) == 10
    _remove(a, ["n2", "n3", "n4"])  # 3 of 10 left: more than a quarter
    a.sync(target)
    assert b.sync(target).paused and b.store.count_shown(KIND) == 10


def test_a_device_three_days_slow_holds_what_it_cannot_place_and_loses_nothing() -> None:
    """B's clock is three days slow. Its files are applied elsewhere at once (stamped in
    the past, they simply lose to later edits); the others' files look days ahead to it,
    so it holds them and says so. Once its clock is right, everything agrees."""
    a = device(1, [1_800_000_000_000])
    b = device(2, [1_800_000_000_000 - 3 * DAY_MS])
    target = InMemoryTarget()
    a.write("n1", "from a")
    b.write("n2", "from b, slow")
    a.sync(target)
    b_report = b.sync(target)
    assert b_report.held == [a.keys.device] and b.text("n1") is None
    assert a.sync(target).files_applied == 1 and a.text("n2") == "from b, slow"
    b.now[0] += 3 * DAY_MS  # its clock is put right
    b.sync(target)
    a.sync(target)
    assert a.store.records == b.store.records
    assert (a.text("n1"), a.text("n2")) == ("from a", "from b, slow")
