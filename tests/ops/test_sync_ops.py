"""The Sync page's operations on real vaults syncing through a folder or a WebDAV server
(a real WsgiDAV on 127.0.0.1), without Qt."""

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.sync.webdav.dav_server import PASSWORD as DAV_PASSWORD
from tests.sync.webdav.dav_server import USER as DAV_USER
from tests.sync.webdav.dav_server import DavServer
from wellbeing_desk.ops import sync as ops
from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.target_errors import MoveNotSupportedError, TargetAuthError
from wellbeing_desk.sync.vault_sync import NotSetUpError, TargetSpec
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.errors import WrongPassphraseError
from wellbeing_desk.vault.journal import EntryInput

FAST_PAIRING = PairingKdfParams.fast_for_tests()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def other(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    """A second vault of hers (another computer), not syncing until a test says so."""
    opened = Vault.create(tmp_path / "other", PASSPHRASE, fast_kdf)
    yield opened
    opened.lock()


def set_up(vault: Vault, folder: Path) -> str:
    """Sync ``vault`` through ``folder``; the pairing code, for another vault to join."""
    return vault_sync.set_up(
        vault.connection(), TargetSpec.folder(folder), params=FAST_PAIRING
    ).pairing_code


def test_a_vault_that_does_not_sync_says_so(vault: Vault) -> None:
    overview = ops.overview(vault)
    assert not overview.set_up
    assert overview.status is None and overview.folder is None
    with pytest.raises(NotSetUpError):
        ops.sync_now(vault)


def test_once_set_up_it_shows_the_folder_and_this_device(vault: Vault, folder: Path) -> None:
    set_up(vault, folder)
    overview = ops.overview(vault)
    assert overview.set_up and overview.status is not None
    assert overview.folder == str(folder.resolve())
    assert overview.status.device == vault_sync.status(vault.connection()).device
    assert overview.status.last_sync_at is None


def test_sync_now_sends_and_says_where_things_stand_after(vault: Vault, folder: Path) -> None:
    set_up(vault, folder)
    vault.journal.add(EntryInput(datetime(2026, 12, 1, 9, 30), body="After the hearing"))
    assert ops.overview(vault).status.pending > 0  # type: ignore[union-attr]
    outcome = ops.sync_now(vault)
    assert outcome.report.sent > 0 and not outcome.report.paused
    status = outcome.overview.status
    assert status is not None
    assert status.last_sync_at is not None and status.pending == 0
    assert any(folder.rglob("*"))  # something was written to the folder


def test_records_from_the_other_vault_arrive(vault: Vault, other: Vault, folder: Path) -> None:
    code = set_up(vault, folder)
    vault_sync.join(other.connection(), TargetSpec.folder(folder), code)
    entry_id = other.journal.add(EntryInput(datetime(2026, 12, 2, 20, 0), body="From the laptop"))
    vault_sync.sync(other.connection())
    outcome = ops.sync_now(vault)
    assert outcome.report.received > 0
    got = vault.journal.get(entry_id)
    assert got is not None and got.body == "From the laptop"
    status = outcome.overview.status
    assert status is not None
    other_device = vault_sync.status(other.connection()).device
    assert [seen.device for seen in status.devices] == [other_device]


def test_a_missing_folder_is_told_apart(vault: Vault, folder: Path) -> None:
    set_up(vault, folder)
    shutil.rmtree(folder)
    with pytest.raises(ops.FolderMissingError) as raised:
        ops.sync_now(vault)
    assert raised.value.folder == str(folder.resolve())
    assert ops.overview(vault).set_up  # still set up: the drive may come back


def test_many_removals_pause_until_she_confirms(vault: Vault, other: Vault, folder: Path) -> None:
    code = set_up(vault, folder)
    ids = vault.journal.add_many(
        [EntryInput(datetime(2026, 12, 1, hour, 0), body=f"Entry {hour}") for hour in range(8)]
    )
    ops.sync_now(vault)
    vault_sync.join(other.connection(), TargetSpec.folder(folder), code)
    vault_sync.sync(other.connection())
    for entry_id in ids[:4]:  # half of them, deleted for good on the other computer
        other.journal.delete(entry_id)
    other.journal.empty_trash()
    vault_sync.sync(other.connection())

    paused = ops.sync_now(vault)
    assert paused.report.paused
    assert paused.report.would_remove == {"journal": 4}
    assert vault.journal.get(ids[0]) is not None  # nothing removed behind her back

    applied = ops.sync_now(vault, confirm_removals=True)
    assert not applied.report.paused
    assert vault.journal.get(ids[0]) is None and vault.journal.get(ids[4]) is not None


def test_set_up_join_review_side_by_side_and_keep_the_copy(
    vault: Vault, other: Vault, folder: Path
) -> None:
    code = ops.set_up_folder(vault, folder)
    ops.join_folder(other, folder, code)
    entry_id = vault.journal.add(EntryInput(datetime(2026, 12, 1, 9), body="first"))
    for side in (vault, other):
        ops.sync_now(side)
    vault.journal.update(entry_id, EntryInput(datetime(2026, 12, 1, 9), body="here"))
    other.journal.update(entry_id, EntryInput(datetime(2026, 12, 1, 9), body="there"))
    for side in (vault, other, vault):
        ops.sync_now(side)
    (item,) = ops.items_to_review(vault)
    pair = ops.side_by_side(vault, item)
    assert {pair.record_text, pair.copy_text} == {"here", "there"}
    ops.resolve(vault, item.id, ops.Choice.KEEP_COPY)
    for side in (vault, other):
        ops.sync_now(side)
    kept = other.journal.get(entry_id)
    assert kept is not None and kept.body == pair.copy_text
    assert ops.items_to_review(other) == []


def test_the_pairing_code_needs_her_passphrase(vault: Vault, folder: Path) -> None:
    code = ops.set_up_folder(vault, folder)
    assert ops.pairing_code(vault, PASSPHRASE) == code
    with pytest.raises(WrongPassphraseError):
        ops.pairing_code(vault, "not her passphrase")


def test_leave_keeps_her_records(vault: Vault, folder: Path) -> None:
    ops.set_up_folder(vault, folder)
    entry_id = vault.journal.add(EntryInput(datetime(2026, 12, 1, 9), body="mine"))
    ops.leave(vault)
    assert not ops.overview(vault).set_up and vault.journal.get(entry_id) is not None


# -- a WebDAV server (``dav``: tests/support/dav_fixtures.py) --------------------------------


def server(dav: DavServer, password: str = DAV_PASSWORD) -> ops.ServerDetails:
    return ops.ServerDetails(dav.url, DAV_USER, password)


def test_server_details_never_show_the_password() -> None:
    assert "s3cret" not in repr(ops.ServerDetails("https://x.example/", "alice", "s3cret"))


@pytest.mark.allow_hosts(["127.0.0.1"])
def test_testing_a_good_server_passes(dav: DavServer) -> None:
    assert ops.test_server(None, server(dav)).ok


@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_wrong_password_is_told_by_its_kind(dav: DavServer) -> None:
    with pytest.raises(TargetAuthError):
        ops.test_server(None, server(dav, "not-it"))


@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_server_that_cannot_move_safely_is_told_by_its_kind(dav: DavServer) -> None:
    dav.faults.add("MOVE", "status", status=501)
    with pytest.raises(MoveNotSupportedError):
        ops.test_server(None, server(dav))


def test_an_address_with_a_password_in_it_is_refused() -> None:
    with pytest.raises(ops.ServerAddressError):
        ops.test_server(None, ops.ServerDetails("https://a:b@x.example/", "a", "b"))


@pytest.mark.allow_hosts(["127.0.0.1"])
def test_set_up_and_join_over_webdav_keep_the_password_in_the_vault(
    vault: Vault, other: Vault, dav: DavServer
) -> None:
    code = ops.set_up_webdav(vault, server(dav), params=FAST_PAIRING)
    ops.join_webdav(other, server(dav), code)
    assert ops.overview(other).set_up
    assert ops.overview(other).folder is None
    stored = other.connection().execute("SELECT target_secret FROM sync_space").fetchone()
    assert stored[0] == DAV_PASSWORD


@pytest.mark.allow_hosts(["127.0.0.1"])
def test_set_up_with_a_wrong_password_says_so_and_changes_nothing(
    vault: Vault, dav: DavServer
) -> None:
    with pytest.raises(TargetAuthError):
        ops.set_up_webdav(vault, server(dav, "not-it"), params=FAST_PAIRING)
    assert not ops.overview(vault).set_up
