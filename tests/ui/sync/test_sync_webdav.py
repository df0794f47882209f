"""Sync through a WebDAV server from the page: test it, set up, join; the password stays
nowhere but the vault. A real WsgiDAV server on 127.0.0.1 answers."""

import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from tests.conftest import PASSPHRASE
from tests.sync.webdav.dav_server import PASSWORD, USER, DavServer
from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.sync.test_sync_page import sync_page
from tests.ui.sync.test_sync_setup import (
    MANY,
    STOP_AT,
    click,
    idle,
    journal_bodies,
    the_next_sync_brings_the_rest,
)
from wellbeing_desk.ops import sync as sync_ops
from wellbeing_desk.sync import engine, vault_sync
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.self_check import SelfCheckResult
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.ui.sync.page import SyncPage
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput

pytestmark = [pytest.mark.usefixtures("existing_vault"), pytest.mark.allow_hosts(["127.0.0.1"])]
FAST = PairingKdfParams.fast_for_tests()


@pytest.fixture(autouse=True)
def fast_pairing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's set-up as in the app, with a cheap key derivation for the code."""
    real = sync_ops.set_up_webdav

    def set_up_webdav(vault: Vault, server: sync_ops.ServerDetails) -> str:
        return real(vault, server, params=FAST)

    monkeypatch.setattr(sync_ops, "set_up_webdav", set_up_webdav)


def fill_in(qtbot, page: SyncPage, url: str, password: str = PASSWORD) -> None:
    page.place.server_choice.click()
    for field, text in ((page.place.address, url), (page.place.user, USER)):
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(page.place.password, password)


def test_the_server_is_tested_on_the_worker_and_said_to_work(
    qtbot, window, dav: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran_on: list[threading.Thread] = []
    real = sync_ops.test_server

    def recording(vault: Vault | None, server: sync_ops.ServerDetails) -> SelfCheckResult:
        ran_on.append(threading.current_thread())
        return real(vault, server)

    monkeypatch.setattr(sync_ops, "test_server", recording)
    page = sync_page(qtbot, window)
    assert not page.place.server.isVisible()
    fill_in(qtbot, page, dav.url)
    assert page.place.password.echoMode() == QLineEdit.EchoMode.Password
    assert page.place.password.accessibleName()
    click(qtbot, page.place.test_button)
    qtbot.waitUntil(page.place.test_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    assert "The server works" in page.place.result.text()
    assert ran_on and ran_on[0] is not threading.main_thread()


def test_a_wrong_password_is_said_plainly(qtbot, window, dav: DavServer) -> None:
    page = sync_page(qtbot, window)
    fill_in(qtbot, page, dav.url, password="not-it")
    click(qtbot, page.place.test_button)
    qtbot.waitUntil(page.place.test_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    said = page.place.result.text()
    assert "did not accept that user name and password" in said
    assert "not-it" not in said


def test_set_up_over_webdav_then_another_vault_joins(
    qtbot, window, ui_vault_dir: Path, dav: DavServer, other: Vault
) -> None:
    page = sync_page(qtbot, window)
    fill_in(qtbot, page, dav.url)
    click(qtbot, page.off_card.set_up_button)
    qtbot.waitUntil(page.code_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    code = page.code_card.code.text()
    assert page.place.password.text() == ""  # the vault keeps it now
    qtbot.waitUntil(page.status_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.place.isVisible()

    vault_sync.join(other.connection(), TargetSpec.webdav(dav.url, USER), code, secret=PASSWORD)
    assert vault_sync.current_space(other.connection()) is not None
    settings = QSettings()
    assert all(PASSWORD not in str(settings.value(key)) for key in settings.allKeys())
    window.lock()
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        assert vault_sync.current_space(vault.connection()) is not None


def test_join_over_webdav_from_the_page(
    qtbot, window, ui_vault_dir: Path, dav: DavServer, other: Vault
) -> None:
    spec = TargetSpec.webdav(dav.url, USER)
    code = vault_sync.set_up(other.connection(), spec, params=FAST, secret=PASSWORD).pairing_code
    page = sync_page(qtbot, window)
    fill_in(qtbot, page, dav.url)
    click(qtbot, page.off_card.join_button)
    assert not page.join_form.choose_button.isVisible()  # the server is the place
    qtbot.keyClicks(page.join_form.code, code)
    click(qtbot, page.join_form.join_button)
    qtbot.waitUntil(page.status_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert page.place.password.text() == ""
    assert "Joined" in page.result.text()


def test_the_password_is_gone_after_a_lock_and_when_the_join_form_closes(
    qtbot, window, dav: DavServer
) -> None:
    page = sync_page(qtbot, window)
    fill_in(qtbot, page, dav.url)
    click(qtbot, page.off_card.join_button)
    click(qtbot, page.join_form.cancel_button)
    assert page.place.password.text() == ""
    qtbot.keyClicks(page.place.password, PASSWORD)
    window.lock()
    assert page.place.password.text() == ""


def test_locking_while_the_server_is_slow_locks_at_once_and_loses_nothing(
    qtbot, window, ui_vault_dir: Path, dav: DavServer, other: Vault, monkeypatch
) -> None:
    """Each file comes slowly from the server; she locks in the middle. The window is locked
    before the request in flight ends (the GUI never waits on it); the sync stops after
    that file, each file applied whole; the next sync brings the rest."""
    spec = TargetSpec.webdav(dav.url, USER)
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        code = vault_sync.set_up(vault.connection(), spec, params=FAST, secret=PASSWORD)
        vault_sync.join(other.connection(), spec, code.pairing_code, secret=PASSWORD)
        vault_sync.sync(other.connection())
        vault_sync.sync(vault.connection())  # what each vault had, already read
    monkeypatch.setattr(engine, "BATCH_RECORDS", 1)
    bodies = [f"Entry number {n} from the laptop" for n in range(MANY)]
    other.journal.add_many(
        [EntryInput(datetime(2026, 12, 1, 8, n), body=body) for n, body in enumerate(bodies)]
    )
    vault_sync.sync(other.connection())
    dav.faults.add("GET", "slow", part="/log/", times=MANY, seconds=0.4)

    page = sync_page(qtbot, window)
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: f"read {STOP_AT}…" in page.busy_label.text(), timeout=WORKER_TIMEOUT_MS)
    window.lock()
    assert window.state == "locked" and window.worker.busy  # locked while the GET goes on
    idle(qtbot, window)
    applied = journal_bodies(ui_vault_dir)
    assert 0 < len(applied) < MANY and set(applied) <= set(bodies)

    dav.faults.rules.clear()
    the_next_sync_brings_the_rest(qtbot, window, ui_vault_dir, bodies)
