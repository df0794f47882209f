"""The fault cases of SYNC.md's test plan that a folder can show, played with real vaults:
concurrent edits, removals, the removal guard, links to records not here yet, a copied
vault, a crash between applying and the cursor, an edit during a sync, a damaged or
hostile file, a newer format."""

import multiprocessing
import os
import shutil
import signal
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.sync.vault_devices import Device, sync_all
from wellbeing_desk.sync import names, vault_review, vault_sync
from wellbeing_desk.sync.changeset import encode_records
from wellbeing_desk.sync.clock import Stamp
from wellbeing_desk.sync.engine import REMOVAL_COUNT
from wellbeing_desk.sync.merge import Field, Record
from wellbeing_desk.sync.sealing import FileKind, seal
from wellbeing_desk.sync.vault_store import VaultSyncStore
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.journal import EntryInput


def entry(body: str, **values: object) -> EntryInput:
    return EntryInput(datetime(2026, 12, 1, 9), body=body, **values)  # type: ignore[arg-type]


def test_concurrent_body_edits_give_both_devices_the_same_two_versions(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    entry_id = a.vault.journal.add(entry("first words"))
    sync_all(a, b)
    a.vault.journal.update(entry_id, entry("written on a"))
    b.vault.journal.update(entry_id, entry("written on b"))
    sync_all(a, b)
    for device in (a, b):
        assert sorted(e.body for e in device.vault.journal.entries()) == [
            "written on a",
            "written on b",
        ]
    assert a.dump() == b.dump()
    copies = {(i.reason, i.of_id) for i in vault_review.review(a.conn)}
    assert copies == {(i.reason, i.of_id) for i in vault_review.review(b.conn)}
    assert copies == {("conflict_copy", entry_id)}


def test_concurrent_field_edits_keep_the_later_of_each_field(pair: tuple[Device, Device]) -> None:
    a, b = pair
    entry_id = a.vault.journal.add(entry("same words", stress=5, mood=3))
    sync_all(a, b)
    a.vault.journal.update(entry_id, entry("same words", stress=8, mood=3))
    b.vault.journal.update(entry_id, entry("same words", stress=5, mood=1))
    sync_all(a, b)
    for device in (a, b):
        got = device.vault.journal.get(entry_id)
        assert got is not None and (got.stress, got.mood) == (8, 1)
        assert len(list(device.vault.journal.entries())) == 1  # no copy: the body agreed
    assert a.dump() == b.dump()


def test_a_mass_removal_pauses_until_she_confirms(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ids = a.vault.journal.add_many([entry(f"entry {n}") for n in range(REMOVAL_COUNT + 10)])
    sync_all(a, b)
    for entry_id in ids[: REMOVAL_COUNT + 1]:
        a.vault.journal.delete(entry_id)
    a.vault.journal.empty_trash()
    a.sync()
    paused = b.sync()
    assert paused.paused and paused.would_remove == {"journal": REMOVAL_COUNT + 1}
    assert len(list(b.vault.journal.entries())) == REMOVAL_COUNT + 10  # nothing removed yet
    again = b.sync()
    assert again.paused  # still asking: nothing is applied behind her back
    done = b.sync(confirm_removals=True)
    assert not done.paused
    assert len(list(b.vault.journal.entries())) == 9
    assert a.dump() == b.dump()


def test_moves_to_the_trash_do_not_pause(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ids = a.vault.journal.add_many([entry(f"entry {n}") for n in range(4)])
    sync_all(a, b)
    for entry_id in ids:
        a.vault.journal.delete(entry_id)
    a.sync()
    assert not b.sync().paused
    assert all(b.vault.journal.get(i).deleted_at for i in ids)  # type: ignore[union-attr]


def test_a_link_to_an_activity_not_here_yet_is_kept(tmp_path: Path, stick: Path) -> None:
    """C reads B's entry (linking A's new activity) before A's file with the activity."""
    devices = [Device(tmp_path / n, stick) for n in "abc"]
    try:
        _link_kept(tmp_path, stick, *devices)
    finally:
        for device in devices:
            device.vault.lock()


def _link_kept(tmp_path: Path, stick: Path, a: Device, b: Device, c: Device) -> None:
    code = a.set_up()
    b.join(code)
    c.join(code)
    swim = a.vault.care_items.add("activity", "Swimming")
    a.sync()
    b.sync()
    entry_id = b.vault.journal.add(entry("swam", item_ids=(swim.id,)))
    b.sync()
    # C applies B's files first, then A's: move A's folder away for C's first sync.
    a_folder = stick / names.log_folder(*_space_and_device(a))
    hidden = tmp_path / "hidden"
    shutil.move(a_folder, hidden)
    c.sync()
    got = c.vault.journal.get(entry_id)
    assert got is not None and got.item_ids == ()  # the activity is not here yet
    c.vault.journal.update(entry_id, entry("swam, and slept", item_ids=()))
    shutil.move(hidden, a_folder)
    sync_all(c, a, b)
    for device in (a, b, c):
        kept = device.vault.journal.get(entry_id)
        assert kept is not None and kept.item_ids == (swim.id,) and kept.body == "swam, and slept"


def _space_and_device(device: Device) -> tuple[str, str]:
    row = vault_sync.current_space(device.conn)
    assert row is not None
    return row.space, row.device


def test_a_copied_vault_gets_a_new_device_id_and_nothing_is_lost(
    tmp_path: Path, pair: tuple[Device, Device]
) -> None:
    a, b = pair
    a.vault.journal.add(entry("before the copy"))
    a.sync()
    a.vault.lock()
    shutil.copytree(a.root, tmp_path / "copy")
    a.vault = Vault.open(a.root, PASSPHRASE)
    copy = Device.__new__(Device)
    copy.root, copy.folder = tmp_path / "copy", a.folder
    copy.vault = Vault.open(copy.root, PASSPHRASE)
    try:
        a.vault.journal.add(entry("on the original"))
        a.sync()
        copy.vault.journal.add(entry("on the copy"))
        copy.sync()
        assert _space_and_device(copy)[1] != _space_and_device(a)[1]
        sync_all(a, b, copy)
        for device in (a, b, copy):
            assert sorted(e.body for e in device.vault.journal.entries()) == [
                "before the copy",
                "on the copy",
                "on the original",
            ]
    finally:
        copy.vault.lock()


def test_an_edit_during_a_sync_is_kept_and_sent_next_time(pair: tuple[Device, Device]) -> None:
    """Between the engine reading a record and applying a file, she edits it."""
    a, b = pair
    entry_id = a.vault.journal.add(entry("first", stress=2))
    sync_all(a, b)
    a.vault.journal.update(entry_id, entry("first", stress=9))
    a.sync()
    store = VaultSyncStore(b.conn, _space_and_device(b)[0])
    original_record = store.record

    def record_then_edit(record_id: str) -> Record | None:
        found = original_record(record_id)
        b.vault.journal.update(entry_id, entry("edited during the sync", stress=2))
        return found

    store.record = record_then_edit  # type: ignore[method-assign]
    from wellbeing_desk.sync.engine import SpaceKeys, SyncReport, receive
    from wellbeing_desk.sync.folder_target import FolderTarget

    row = vault_sync.current_space(b.conn)
    assert row is not None
    receive(
        FolderTarget(b.folder), SpaceKeys(row.space, row.device, row.root_key), store, SyncReport()
    )
    got = b.vault.journal.get(entry_id)
    assert got is not None and got.body == "edited during the sync" and got.stress == 9
    sync_all(b, a)
    assert a.dump() == b.dump()


def _apply_then_die(root: Path) -> None:
    """In a child: apply the first file, and be killed inside the transaction."""
    vault = Vault.open(root, PASSPHRASE)
    conn = vault.connection()
    store = VaultSyncStore(conn, str(conn.execute("SELECT space FROM sync_space").fetchone()[0]))
    original = store._apply_records

    def apply_and_die(merged):  # type: ignore[no-untyped-def]
        original(merged)
        os.kill(os.getpid(), signal.SIGKILL)

    store._apply_records = apply_and_die  # type: ignore[method-assign]
    from wellbeing_desk.sync import vault_sync as sync_module

    sync_module.VaultSyncStore = lambda *args, **kwargs: store  # type: ignore[assignment,misc]
    sync_module.sync(conn)


@pytest.mark.slow
def test_a_crash_between_applying_and_the_cursor_applies_the_file_once(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    entry_id = a.vault.journal.add(entry("sent once"))
    a.sync()
    b.vault.lock()
    child = multiprocessing.get_context("spawn").Process(target=_apply_then_die, args=(b.root,))
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
    b.vault = Vault.open(b.root, PASSPHRASE)
    assert b.vault.journal.get(entry_id) is None  # the transaction never committed
    report = b.sync()
    assert report.files_applied == 1
    assert [e.body for e in b.vault.journal.entries()] == ["sent once"]
    assert b.sync().files_applied == 0


def test_a_file_with_values_that_do_not_fit_is_not_used(pair: tuple[Device, Device]) -> None:
    """Sealed with the space's key (a buggy or compromised device), but its values break
    the vault's rules: nothing of the file is applied, and that is said."""
    a, b = pair
    row = vault_sync.current_space(a.conn)
    assert row is not None
    device = names.new_device_id()
    stamp = Stamp(1_700_000_000_000, 0, device)
    good = Record.of(
        "care_item",
        "3c1d7e2a-0000-4000-8000-000000000001",
        {
            "created_at": Field("2026-01-01", stamp),
            "updated_at": Field("2026-01-01", stamp),
            "list": Field("activity", stamp),
            "name": Field("Fine", stamp),
            "position": Field(1, stamp),
            "hidden": Field(0, stamp),
        },
    )
    bad = Record.of(
        "journal",
        "3c1d7e2a-0000-4000-8000-000000000002",
        {
            "created_at": Field("2026-01-01", stamp),
            "updated_at": Field("2026-01-01", stamp),
            "occurred_at": Field("2026-01-01T00:00:00", stamp),
            "kind": Field("entry", stamp),
            "stress": Field(99, stamp),  # out of range: the table refuses it
        },
    )
    data = seal(
        row.root_key,
        FileKind.CHANGESET,
        row.space,
        device,
        1,
        b"\0" * 32,
        encode_records([good, bad]),
    )
    (a.folder / names.log_path(row.space, device, 1)).parent.mkdir(parents=True)
    (a.folder / names.log_path(row.space, device, 1)).write_bytes(data)
    report = b.sync()
    assert report.files_applied == 0 and len(report.alerts) == 1
    assert b.vault.care_items.get(good.id) is None  # all or nothing


def test_sync_goes_on_after_the_passphrase_changes(pair: tuple[Device, Device]) -> None:
    """A re-key exports the database: the sync tables and the outbox's triggers go with it."""
    a, b = pair
    a.vault.journal.add(entry("before"))
    sync_all(a, b)
    a.vault.change_passphrase(PASSPHRASE, "a whole new passphrase here", KdfParams.fast_for_tests())
    a.vault.journal.add(entry("after the re-key"))
    sync_all(a, b)
    assert sorted(e.body for e in b.vault.journal.entries()) == ["after the re-key", "before"]


def test_a_folder_rolled_back_is_noticed_and_nothing_goes_missing(
    tmp_path: Path, stick: Path, pair: tuple[Device, Device]
) -> None:
    """The sync folder goes back to an older copy (restored from a backup): this vault's
    later files are gone, and no device could read past the gap. It says so, takes a new
    device id and sends everything again; a device that had not read them ends whole."""
    a, b = pair
    a.vault.journal.add(entry("one"))
    a.sync()
    space, device = _space_and_device(a)
    own_folder = stick / names.log_folder(space, device)
    shutil.copytree(own_folder, tmp_path / "old copy")
    for text in ("two", "three"):
        a.vault.journal.add(entry(text))
        a.sync()
    shutil.rmtree(own_folder)
    shutil.copytree(tmp_path / "old copy", own_folder)
    a.vault.journal.add(entry("four"))
    report = a.sync()
    assert report.rolled_back
    assert _space_and_device(a)[1] != device
    sync_all(b, a, b)  # b never read files 2 and 3: it gets them under a's new id
    assert sorted(e.body for e in b.vault.journal.entries()) == ["four", "one", "three", "two"]
    assert a.dump() == b.dump()
