"""Her decisions on what sync asks her to look at, the pairing code shown again, a device
forgotten, and a sync cancelled between files: each an edit that syncs like any other."""

from datetime import datetime
from pathlib import Path

import pytest

from tests.sync.vault_devices import Device, sync_all
from wellbeing_desk.sync import engine, vault_review, vault_sync
from wellbeing_desk.sync.engine import Progress
from wellbeing_desk.sync.vault_review import Choice
from wellbeing_desk.vault.journal import EntryInput


def entry(body: str) -> EntryInput:
    return EntryInput(datetime(2026, 12, 1, 9), body=body)


def conflicted(a: Device, b: Device) -> tuple[str, str]:
    """One entry edited apart on both; (the entry's id, its conflict copy's id)."""
    entry_id = a.vault.journal.add(entry("first"))
    sync_all(a, b)
    a.vault.journal.update(entry_id, entry("written on a"))
    b.vault.journal.update(entry_id, entry("written on b"))
    sync_all(a, b)
    (item,) = vault_review.review(a.conn)
    assert item.reason == vault_review.CONFLICT_COPY and item.of_id == entry_id
    return entry_id, item.id


def shown_bodies(device: Device) -> list[str]:
    return sorted(e.body for e in device.vault.journal.entries() if e.deleted_at is None)


@pytest.mark.parametrize(
    ("choice", "kept"),
    [
        (Choice.KEEP_BOTH, ["written on a", "written on b"]),
        (Choice.KEEP_RECORD, None),  # the winner's text only
        (Choice.KEEP_COPY, None),  # the loser's text only, in the record
    ],
)
def test_a_decision_on_a_conflict_copy_reaches_the_other_device(
    pair: tuple[Device, Device], choice: Choice, kept: list[str] | None
) -> None:
    a, b = pair
    entry_id, copy_id = conflicted(a, b)
    copy = a.vault.journal.get(copy_id)
    record = a.vault.journal.get(entry_id)
    assert copy is not None and record is not None
    vault_review.resolve(a.conn, copy_id, choice)
    sync_all(a, b)
    expected = kept or [record.body if choice is Choice.KEEP_RECORD else copy.body]
    for device in (a, b):
        assert shown_bodies(device) == expected
        assert vault_review.review(device.conn) == []  # resolved on a: b stops asking
    if choice is Choice.KEEP_COPY:
        kept_record = b.vault.journal.get(entry_id)
        assert kept_record is not None and kept_record.body == copy.body
    assert a.dump() == b.dump()


def test_a_choice_that_does_not_fit_is_refused(pair: tuple[Device, Device]) -> None:
    a, b = pair
    _, copy_id = conflicted(a, b)
    with pytest.raises(ValueError):
        vault_review.resolve(a.conn, copy_id, Choice.REMOVE)
    with pytest.raises(KeyError):
        vault_review.resolve(a.conn, "no-such-item", Choice.KEEP_BOTH)
    assert len(vault_review.review(a.conn)) == 1


def test_the_pairing_code_is_shown_again_and_joins(tmp_path: Path, stick: Path) -> None:
    a, c = Device(tmp_path / "a", stick), Device(tmp_path / "c", stick)
    try:
        code = a.set_up()
        assert vault_sync.pairing_code(a.conn) == code
        c.join(vault_sync.pairing_code(a.conn))
        assert vault_sync.pairing_code(c.conn) == code
    finally:
        a.vault.lock()
        c.vault.lock()


def test_a_forgotten_device_is_not_read_any_more(pair: tuple[Device, Device]) -> None:
    a, b = pair
    b.vault.journal.add(entry("before"))
    sync_all(a, b)
    b_device = vault_sync.current_space(b.conn).device  # type: ignore[union-attr]
    vault_sync.forget_device(a.conn, b_device)
    b.vault.journal.add(entry("after she forgot b"))
    b.sync()
    a.sync()
    assert shown_bodies(a) == ["before"]
    assert [seen.device for seen in vault_sync.status(a.conn).devices] == []
    with pytest.raises(vault_sync.SyncError):
        vault_sync.forget_device(a.conn, vault_sync.current_space(a.conn).device)  # type: ignore[union-attr]


def test_a_cancelled_sync_stops_between_files_and_the_next_one_finishes(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    sync_all(a, b)
    monkeypatch.setattr(engine, "BATCH_RECORDS", 2)
    a.vault.journal.add_many([entry(f"entry {n}") for n in range(7)])
    a.sync()
    heard: list[Progress] = []
    report = vault_sync.sync(
        b.conn,
        cancelled=lambda: bool(heard) and heard[-1].read_files >= 2,
        progress=heard.append,
    )
    assert report.cancelled and report.files_applied == 2
    half = len(list(b.vault.journal.entries()))
    assert 0 < half < 7  # whole files only: what came is whole, the rest waits
    assert not b.sync().cancelled
    assert len(list(b.vault.journal.entries())) == 7
    assert a.dump() == b.dump()


def test_keeping_the_copys_text_leaves_the_replaced_text_restorable(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    entry_id, copy_id = conflicted(a, b)
    record = a.vault.journal.get(entry_id)
    copy = a.vault.journal.get(copy_id)
    assert record is not None and copy is not None
    vault_review.resolve(a.conn, copy_id, Choice.KEEP_COPY)
    sync_all(a, b)
    for device in (a, b):
        kept, trashed = device.vault.journal.get(entry_id), device.vault.journal.get(copy_id)
        assert kept is not None and kept.body == copy.body and kept.deleted_at is None
        assert trashed is not None and trashed.body == record.body and trashed.deleted_at
