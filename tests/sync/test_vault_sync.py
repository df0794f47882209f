"""Two real vaults syncing through one folder: what one writes, the other gets, and a
first sync with records on both sides is a union (starters are not doubled)."""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from tests.sync.vault_devices import FAST_PAIRING, Device, sync_all
from tests.vault.test_migrations import FIXTURE_PASSPHRASE, FIXTURES
from wellbeing_desk.directory.starter import ensure_starter
from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.search import search_everything


def test_an_entry_written_on_one_device_arrives_on_the_other(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    entry_id = a.vault.journal.add(
        EntryInput(
            datetime(2026, 12, 1, 9, 30),
            stress=6,
            mood=3,
            sleep_hours=6.5,
            body="A long day at the court.",
            tags=("court", "Tired"),
        )
    )
    sync_all(a, b)
    got = b.vault.journal.get(entry_id)
    assert got is not None
    assert got.body == "A long day at the court."
    assert got.stress == 6 and got.sleep_hours == 6.5
    assert sorted(got.tags) == ["Tired", "court"]
    assert [hit.id for hit in search_everything(b.vault.connection, "court")] == [entry_id]


def test_first_sync_is_a_union_and_starters_are_not_doubled(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ensure_starter(a.vault)
    ensure_starter(b.vault)
    mine = a.vault.journal.add(EntryInput(datetime(2026, 12, 1, 8), body="from a"))
    theirs = b.vault.journal.add(EntryInput(datetime(2026, 12, 2, 8), body="from b"))
    starters = len(list(a.vault.directory.entries()))
    activities = len(a.vault.care_items.items("activity"))
    sync_all(a, b)
    for device in (a, b):
        assert device.vault.journal.get(mine) is not None
        assert device.vault.journal.get(theirs) is not None
        assert len(list(device.vault.directory.entries())) == starters
        assert len(device.vault.care_items.items("activity")) == activities
    assert a.dump() == b.dump()


def test_nothing_is_tracked_or_written_before_she_sets_sync_up(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    device = Device(tmp_path / "a", folder)
    try:
        device.vault.journal.add(EntryInput(datetime(2026, 12, 1, 8), body="private"))
        outbox = device.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        assert outbox == 0
        assert vault_sync.current_space(device.conn) is None
        assert list(folder.iterdir()) == []
        with pytest.raises(vault_sync.NotSetUpError):
            device.sync()
        device.set_up()  # now every record she has is queued for the first sync
        outbox = device.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        assert outbox > 1
    finally:
        device.vault.lock()


def test_a_vault_from_before_sync_migrates_and_syncs_without_doubling(tmp_path: Path) -> None:
    """A vault made at schema 7 (random starter ids) and a new one meet on a first sync."""
    old_root = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-schema-7", old_root)
    folder = tmp_path / "stick"
    folder.mkdir()
    old = Vault.open(old_root, FIXTURE_PASSPHRASE)
    new = Device(tmp_path / "new", folder)
    try:
        code = vault_sync.set_up(
            old.connection(), TargetSpec.folder(folder), params=FAST_PAIRING
        ).pairing_code
        new.join(code)
        activities = len(old.care_items.items("activity", include_hidden=True))
        for _ in range(2):
            vault_sync.sync(old.connection())
            new.sync()
        assert len(new.vault.care_items.items("activity", include_hidden=True)) == activities
        assert len(old.care_items.items("activity", include_hidden=True)) == activities
        assert [e.body for e in new.vault.journal.entries()] == [
            e.body for e in old.journal.entries()
        ]
    finally:
        old.lock()
        new.vault.lock()


def test_a_place_that_would_overwrite_files_is_refused_at_set_up(tmp_path: Path) -> None:
    """Before she trusts a place with her vault it is tried: one that replaces a file
    with other bytes (which would lose records) is refused in plain words."""
    from wellbeing_desk.sync.memory_target import InMemoryTarget

    class Overwriting(InMemoryTarget):
        def create(self, path: str, data: bytes) -> None:
            self.visible[path] = data  # a careless server: the last write wins

    device = Device(tmp_path / "a", tmp_path)
    try:
        with pytest.raises(vault_sync.SyncError, match="cannot be used for sync"):
            vault_sync.set_up(
                device.conn, TargetSpec.folder(tmp_path), target=Overwriting(), params=FAST_PAIRING
            )
        assert vault_sync.current_space(device.conn) is None
    finally:
        device.vault.lock()
