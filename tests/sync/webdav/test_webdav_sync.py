"""Real vaults syncing through a real WebDAV server: two, then three converge; the requests
of a sync do not grow with the number of records; the server stores nothing readable."""

from datetime import datetime
from pathlib import Path

import pytest

from tests.support.leakcheck import LeakScanner
from tests.sync.vault_devices import FAST_PAIRING, Device, sync_all
from tests.sync.webdav.dav_devices import DavDevice, add_device, write_entry
from tests.sync.webdav.dav_server import DavServer
from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.vault_kinds import KINDS
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.sync_tables import OUTBOX_IDS

pytestmark = pytest.mark.allow_hosts(["127.0.0.1"])


def test_two_then_three_vaults_converge_over_one_webdav_space(
    tmp_path: Path, dav: DavServer, devices: list[DavDevice]
) -> None:
    a, b = add_device(devices, tmp_path, dav), add_device(devices, tmp_path, dav)
    code = a.set_up()
    b.join(code)
    from_a = write_entry(a, "written on a")
    from_b = write_entry(b, "written on b")
    sync_all(a, b)
    assert a.vault.journal.get(from_b) is not None
    assert b.vault.journal.get(from_a) is not None
    assert a.dump() == b.dump()

    c = add_device(devices, tmp_path, dav)
    c.join(code)
    write_entry(c, "written on c")
    sync_all(a, b, c)
    assert a.dump() == b.dump() == c.dump()
    travelled = c.vault.journal.get(from_a)
    assert travelled is not None and travelled.body == "written on a"
    # Only whole files under final names, and nothing left under a temp name.
    stored = dav.files()
    assert stored and all(not name.rsplit("/", 1)[1].startswith(".") for name in stored)


def test_requests_per_sync_grow_with_files_never_with_records(
    tmp_path: Path, dav: DavServer, devices: list[DavDevice]
) -> None:
    a, b = add_device(devices, tmp_path, dav), add_device(devices, tmp_path, dav)
    b.join(a.set_up())
    sync_all(a, b)

    def requests_for(count: int) -> tuple[int, int]:
        for number in range(count):
            write_entry(a, f"entry {number}")
        before_a, before_b = a.target.requests_made, b.target.requests_made
        a.sync()
        b.sync()
        return a.target.requests_made - before_a, b.target.requests_made - before_b

    one = requests_for(1)
    many = requests_for(60)
    print(f"requests per sync (sender, receiver): {one} for 1 record, {many} for 60")
    assert one == many
    assert one[0] < 20


def test_the_server_stores_nothing_readable(
    tmp_path: Path, dav: DavServer, devices: list[DavDevice]
) -> None:
    a, b = add_device(devices, tmp_path, dav), add_device(devices, tmp_path, dav)
    b.join(a.set_up())
    canary = "CanaryW9d4Synced"
    tag = "canarytagw9d4"
    entry = a.vault.journal.add(
        EntryInput(datetime(2026, 12, 1, 9), body=f"{canary} journal", tags=(tag,))
    )
    person = a.vault.directory.add(
        DirectoryEntryInput(
            name=f"{canary} name",
            organisation=f"{canary} org",
            contacts=(ContactMethod("phone", "+1 555 0199", f"{canary} label"),),
            notes=f"{canary} notes",
        )
    )
    scanner = LeakScanner([dav.root], system_temp_dirs=())  # what the server stored
    sync_all(a, b)
    assert b.vault.journal.get(entry) is not None  # it did travel
    assert len(list(dav.root.rglob("*.wbc"))) >= 2
    secrets = [canary, tag, entry, person, *OUTBOX_IDS, *KINDS, "occurred_at", "fields"]
    for secret in secrets:
        assert scanner.findings(secret) == [], secret


def test_a_space_set_up_on_webdav_keeps_its_password_in_the_vault_and_syncs(
    tmp_path: Path, dav: DavServer
) -> None:
    """Set up and joined with the server's address, user and password: later syncs open
    the server from what the vault keeps; the password is nowhere on disk in clear."""
    from tests.sync.webdav.dav_server import PASSWORD, USER

    spec = TargetSpec.webdav(dav.url, USER)
    a = Device(tmp_path / "a", tmp_path / "unused")
    b = Device(tmp_path / "b", tmp_path / "unused")
    try:
        code = vault_sync.set_up(a.conn, spec, params=FAST_PAIRING, secret=PASSWORD).pairing_code
        vault_sync.join(b.conn, spec, code, secret=PASSWORD)
        entry_id = write_entry(a, "over the server")
        vault_sync.sync(a.conn)
        vault_sync.sync(b.conn)
        assert b.vault.journal.get(entry_id) is not None
        assert LeakScanner([tmp_path], system_temp_dirs=()).findings(PASSWORD) == []
    finally:
        a.vault.lock()
        b.vault.lock()
