"""Snapshots: a new device starts from the fullest whole snapshot and reads only the log
files after it; a snapshot still being written, or damaged, is passed over for the logs."""

from datetime import datetime
from pathlib import Path

import pytest

from tests.sync import test_engine
from tests.sync.test_engine import SPACE, device
from tests.sync.vault_devices import Device, sync_all
from wellbeing_desk.sync import engine, names
from wellbeing_desk.sync.errors import ChangesetError
from wellbeing_desk.sync.memory_target import InMemoryTarget
from wellbeing_desk.sync.snapshot import decode_part, encode_part
from wellbeing_desk.vault.journal import EntryInput


@pytest.fixture(autouse=True)
def _often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "SNAPSHOT_EVERY", 5)


def _write_files(dev: test_engine.Device, target: InMemoryTarget, count: int) -> None:
    for n in range(count):
        dev.write(f"n{n % 7}", f"version {n}")
        dev.sync(target)


def _counting_reads(target: InMemoryTarget) -> list[str]:
    """The paths ``target`` is asked to read from now on."""
    reads: list[str] = []
    real = target.read

    def read(path: str) -> bytes:
        reads.append(path)
        return real(path)

    target.read = read  # type: ignore[method-assign]
    return reads


def test_a_new_device_starts_from_a_snapshot_and_reads_only_the_files_after_it() -> None:
    target = InMemoryTarget()
    a = device(1)
    _write_files(a, target, 12)  # snapshots after 5 and 10 files; the older one is gone
    snaps = target.list_names(names.snapshot_folder(SPACE, a.keys.device))
    assert len(snaps) == 1
    a.write("n0", "after the snapshot")
    a.sync(target)
    c = device(3)
    reads = _counting_reads(target)
    report = c.sync(target)
    assert report.snapshot_from == a.keys.device
    assert c.store.records == a.store.records
    logs_read = [p for p in reads if p.endswith(".wbc")]
    assert len(logs_read) == 3  # files 11, 12 and 13: the snapshot covers 1-10
    assert c.store.cursors()[a.keys.device].seq == 13


def test_a_snapshot_still_being_written_is_passed_over_for_the_logs() -> None:
    target = InMemoryTarget()
    a = device(1)
    _write_files(a, target, 5)
    (snap,) = target.list_names(names.snapshot_folder(SPACE, a.keys.device))
    path = f"{names.snapshot_folder(SPACE, a.keys.device)}/{snap}"
    target.hide(path)
    c = device(3)
    report = c.sync(target)
    assert report.snapshot_from is None and not report.alerts
    assert c.store.records == a.store.records  # from the logs


def test_a_changed_snapshot_is_not_used_and_said_plainly() -> None:
    target = InMemoryTarget()
    a = device(1)
    _write_files(a, target, 5)
    (snap,) = target.list_names(names.snapshot_folder(SPACE, a.keys.device))
    target.flip_bit(f"{names.snapshot_folder(SPACE, a.keys.device)}/{snap}", 2000)
    c = device(3)
    report = c.sync(target)
    assert report.snapshot_from is None and len(report.alerts) == 1
    assert c.store.records == a.store.records  # from the logs


def test_a_device_that_has_read_before_does_not_use_snapshots() -> None:
    target = InMemoryTarget()
    a, b = device(1), device(2)
    a.write("n1", "first")
    a.sync(target)
    b.sync(target)
    _write_files(a, target, 6)
    assert b.sync(target).snapshot_from is None
    assert b.store.records == a.store.records


def test_a_part_that_breaks_the_format_is_refused() -> None:
    good = encode_part(0, 1, {"1" * 32: (3, bytes(32))}, [])
    assert decode_part(good).cursors == {"1" * 32: (3, bytes(32))}
    for bad in (
        good.replace(b'"parts":1', b'"parts":0'),
        good.replace(b'"part":0', b'"part":1'),
        good.replace(b"1" * 32, b"X" * 32),
        good.replace(b"0" * 64, b"0" * 63 + b"G"),
        good.replace(b'"records":[]', b'"records":[],"extra":1'),
    ):
        with pytest.raises(ChangesetError):
            decode_part(bad)


def test_a_new_vault_starts_from_a_vault_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "SNAPSHOT_EVERY", 3)
    folder = tmp_path / "stick"
    folder.mkdir()
    a, b = Device(tmp_path / "a", folder), Device(tmp_path / "b", folder)
    code = a.set_up()
    b.join(code)
    try:
        for n in range(4):
            a.vault.journal.add(EntryInput(datetime(2026, 12, 1, 8 + n), body=f"entry {n}"))
            b.vault.journal.add(EntryInput(datetime(2026, 12, 2, 8 + n), body=f"other {n}"))
            sync_all(a, b, rounds=1)
        c = Device(tmp_path / "c", folder)
        try:
            c.join(code)
            report = c.sync()
            assert report.snapshot_from is not None
            sync_all(a, b, c)
            assert c.dump() == a.dump() == b.dump()
        finally:
            c.vault.lock()
    finally:
        a.vault.lock()
        b.vault.lock()
