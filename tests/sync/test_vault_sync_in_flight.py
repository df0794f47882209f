"""Sending from a vault: changes stamped a batch at a time, and a file in flight (sealed,
noted in the vault, then written to the target).

The vault keeps only the file's hash and a digest of each record's state as
sealed, never the sealed bytes or the states again (a second and third copy of
her text, written and zeroed for every file). After a crash the file is looked
for on the target: there and the same, its records are sent; not there, they
are sealed again under the same number; there but different, another vault
writes under this device's id.
"""

import json
from collections.abc import Callable
from datetime import datetime

import pytest

from tests.sync.vault_devices import Device, sync_all
from wellbeing_desk.sync import names
from wellbeing_desk.sync.changeset import encode_records
from wellbeing_desk.sync.folder_target import FolderTarget
from wellbeing_desk.sync.vault_store import VaultSyncStore
from wellbeing_desk.vault.journal import EntryInput

CANARY = "canary-in-flight-4c1e"


class Unplugged(Exception):
    """The stick was pulled out (or the app was killed) at that moment."""


def entry(body: str) -> EntryInput:
    return EntryInput(datetime(2026, 12, 1, 9), body=body)


def space_and_device(device: Device) -> tuple[str, str]:
    space, own = device.conn.execute("SELECT space, device FROM sync_space").fetchone()
    return str(space), str(own)


def own_files(device: Device) -> list[str]:
    folder = device.folder / names.log_folder(*space_and_device(device))
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def flight(device: Device) -> tuple[object, object, object]:
    row = device.conn.execute(
        "SELECT flight_seq, flight_data, flight_records FROM sync_space"
    ).fetchone()
    return row[0], row[1], row[2]


def unsent(device: Device) -> int:
    return int(device.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])


def fails_once(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> None:
    """``owner.name`` raises ``Unplugged`` the first time it is called, instead of running."""
    real: Callable[..., object] = getattr(owner, name)
    calls = []

    def once(self: object, *args: object) -> object:
        calls.append(name)
        if len(calls) == 1:
            raise Unplugged(name)
        return real(self, *args)

    monkeypatch.setattr(owner, name, once)


def test_a_file_not_written_before_a_crash_is_sealed_again_under_its_number(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    a.vault.journal.add_many([entry(f"{CANARY} {n}") for n in range(3)])
    fails_once(monkeypatch, FolderTarget, "create")
    with pytest.raises(Unplugged):
        a.sync()
    seq, data, kept = flight(a)
    assert seq == 1 and data is None  # neither the sealed bytes ...
    assert isinstance(kept, bytes) and CANARY.encode() not in kept  # ... nor her text
    assert own_files(a) == []
    a.vault.journal.add(entry(f"{CANARY} written after the crash"))
    a.sync()
    assert own_files(a) == [names.log_name(1)]  # the same number, no gap for b to wait on
    assert flight(a) == (None, None, None) and unsent(a) == 0
    b.sync()
    assert sorted(e.body for e in b.vault.journal.entries()) == sorted(
        [f"{CANARY} {n}" for n in range(3)] + [f"{CANARY} written after the crash"]
    )


def test_a_file_written_before_a_crash_is_found_and_not_written_twice(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    a.vault.journal.add(entry("kept"))
    fails_once(monkeypatch, VaultSyncStore, "finish_send")
    with pytest.raises(Unplugged):
        a.sync()  # the file is on the stick; the vault never heard
    assert own_files(a) == [names.log_name(1)]
    in_file = len(json.loads(bytes(flight(a)[2]))["records"])  # hers and the starters
    report = a.sync()
    assert report.sent == in_file  # the records of the file found, now noted as sent
    assert own_files(a) == [names.log_name(1)] and unsent(a) == 0
    assert a.sync().sent == 0
    b.sync()
    assert [e.body for e in b.vault.journal.entries()] == ["kept"]
    sync_all(a, b)
    assert a.dump() == b.dump()


def test_a_record_changed_after_its_file_was_sealed_goes_again(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    entry_id = a.vault.journal.add(entry("first words"))
    fails_once(monkeypatch, VaultSyncStore, "finish_send")
    with pytest.raises(Unplugged):
        a.sync()
    a.vault.journal.update(entry_id, entry("second words"))
    VaultSyncStore(a.conn, space_and_device(a)[0]).capture()  # its state no longer matches
    a.sync()  # file 1 is found, but the entry's state in it is no longer hers: file 2
    assert own_files(a) == [names.log_name(1), names.log_name(2)] and unsent(a) == 0
    b.sync()
    assert [e.body for e in b.vault.journal.entries()] == ["second words"]


def test_another_vault_under_this_id_is_told_apart_from_her_own_write(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    a.vault.journal.add(entry("mine"))
    fails_once(monkeypatch, FolderTarget, "create")
    with pytest.raises(Unplugged):
        a.sync()
    space, old_id = space_and_device(a)
    # Meanwhile a copy of this vault wrote file 1, other bytes under the same id.
    FolderTarget(a.folder).create(names.log_path(space, old_id, 1), b"another vault's file")
    a.sync()
    assert space_and_device(a)[1] != old_id  # this vault took a new id, and sent again
    assert (a.folder / names.log_path(space, old_id, 1)).read_bytes() == b"another vault's file"
    assert own_files(a) == [names.log_name(1)] and unsent(a) == 0
    b.sync()
    assert [e.body for e in b.vault.journal.entries()] == ["mine"]


def test_a_file_kept_whole_by_an_earlier_version_is_still_written(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    a.vault.journal.add(entry("sealed before the update"))
    fails_once(monkeypatch, FolderTarget, "create")
    real = VaultSyncStore.begin_send

    def as_before(self: VaultSyncStore, sending: object) -> None:  # how 0.x kept it
        real(self, sending)  # type: ignore[arg-type]
        self._conn.execute(
            "UPDATE sync_space SET flight_data = ?, flight_records = ?",
            (sending.data, encode_records(list(sending.records))),  # type: ignore[attr-defined]
        )

    monkeypatch.setattr(VaultSyncStore, "begin_send", as_before)
    with pytest.raises(Unplugged):
        a.sync()
    monkeypatch.setattr(VaultSyncStore, "begin_send", real)
    assert flight(a)[1] is not None
    a.sync()
    assert own_files(a) == [names.log_name(1)] and unsent(a) == 0
    b.sync()
    assert [e.body for e in b.vault.journal.entries()] == ["sealed before the update"]


def test_changes_are_stamped_a_batch_at_a_time_and_unchanged_writes_do_not_stop_it(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    a.sync()  # the starters: sent, and the outbox empty
    same = a.vault.journal.add_many([entry(f"same {n}") for n in range(4)])
    changed = a.vault.journal.add_many([entry(f"before {n}") for n in range(3)])
    a.sync()
    for entry_id in same:  # written again with the same values (the outbox notes it)
        a.conn.execute("UPDATE journal_entry SET body = body WHERE id = ?", (entry_id,))
    for entry_id, n in zip(changed, range(3), strict=True):
        a.vault.journal.update(entry_id, entry(f"after {n}"))
    store = VaultSyncStore(a.conn, space_and_device(a)[0])
    first = store.pending(2)
    assert len(first) == 2  # past four unchanged records, two that changed
    dirty = a.conn.execute("SELECT count(*) FROM sync_outbox WHERE dirty = 1").fetchone()[0]
    assert 0 < dirty < 7  # only as many stamped as it took: the rest waits for the next batch
    report = a.sync()
    assert report.sent == 3 and unsent(a) == 0
    b.sync()
    assert sorted(e.body for e in b.vault.journal.entries()) == sorted(
        [f"same {n}" for n in range(4)] + [f"after {n}" for n in range(3)]
    )
