"""Real vaults that sync through their own client of the test WebDAV server."""

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.sync.vault_devices import FAST_PAIRING, Device
from tests.sync.webdav.dav_server import DavServer
from wellbeing_desk.sync import names, vault_sync
from wellbeing_desk.sync.engine import SyncReport
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.sync.webdav_target import WebDavTarget
from wellbeing_desk.vault.journal import EntryInput


class DavDevice(Device):
    """A vault that syncs through its own client of the WebDAV server."""

    def __init__(self, root: Path, target: WebDavTarget) -> None:
        # The stored spec is a folder that does not exist: every call gets ``target``.
        super().__init__(root, root.parent / "no-such-folder")
        self.target = target

    def set_up(self) -> str:
        spec = TargetSpec.folder(self.folder)
        return vault_sync.set_up(
            self.conn, spec, target=self.target, params=FAST_PAIRING
        ).pairing_code

    def join(self, code: str) -> None:
        vault_sync.join(self.conn, TargetSpec.folder(self.folder), code, target=self.target)

    def sync(self, *, confirm_removals: bool = False) -> SyncReport:
        return vault_sync.sync(self.conn, confirm_removals=confirm_removals, target=self.target)

    def ids(self) -> tuple[str, str]:
        """(space, device) of this vault now."""
        row = vault_sync.current_space(self.conn)
        assert row is not None
        return row.space, row.device

    def stored_log(self, dav: DavServer) -> Path:
        """This device's log folder as the server stores it on its disk."""
        return dav.root / names.log_folder(*self.ids())


@pytest.fixture
def devices(dav: DavServer) -> Iterator[list[DavDevice]]:
    made: list[DavDevice] = []
    yield made
    for device in made:
        device.vault.lock()


def add_device(devices: list[DavDevice], tmp_path: Path, dav: DavServer) -> DavDevice:
    device = DavDevice(tmp_path / f"vault-{len(devices)}", dav.target())
    devices.append(device)
    return device


def write_entry(device: Device, body: str) -> str:
    return device.vault.journal.add(EntryInput(datetime(2026, 12, 1, 9), body=body))


def bodies(device: Device) -> list[str]:
    return sorted(entry.body for entry in device.vault.journal.entries())
