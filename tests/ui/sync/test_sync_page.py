"""The Sync page: off and saying so, or where sync stands and "Sync now" on the worker."""

import shutil
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.journal.support import entries_page, idle
from wellbeing_desk.ops import sync as sync_ops
from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.engine import SyncReport
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.sync.page import SyncPage
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")


def set_up_sync(vault_dir: Path, folder: Path) -> str:
    """Set up sync in the window's (locked) vault; the pairing code for another to join."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        new = vault_sync.set_up(
            vault.connection(),
            TargetSpec.folder(folder),
            params=PairingKdfParams.fast_for_tests(),
        )
    return new.pairing_code


def sync_page(qtbot, window: MainWindow) -> SyncPage:
    """Unlock (if locked), show Sync and wait until it has read where sync stands."""
    if window.state == "locked":
        unlock(qtbot, window)
    window.workspace.show_section("sync")
    page = window.workspace.pages["sync"]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    return page


def wait_for_sync(qtbot, page: SyncPage) -> None:
    qtbot.waitUntil(
        lambda: page.sync_button.isEnabled() and not page.busy_label.isVisible(),
        timeout=WORKER_TIMEOUT_MS,
    )


def test_off_it_says_nothing_leaves_this_computer(qtbot, window) -> None:
    page = sync_page(qtbot, window)
    assert page.off_card.isVisible() and not page.status_card.isVisible()
    assert not page.sync_button.isVisible() and not page.leave_button.isVisible()
    assert "Nothing leaves this computer" in page.off_card.message.text()
    assert page.off_card.set_up_button.isVisible() and page.off_card.join_button.isVisible()
    assert page.off_card.set_up_button.accessibleName()
    assert not page.devices_view.isVisible() and not page.code_card.isVisible()


def test_sync_now_runs_on_the_worker_and_says_what_it_did(
    qtbot, window, ui_vault_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_sync(ui_vault_dir, folder)
    ran_on: list[threading.Thread] = []
    real_sync_now = sync_ops.sync_now

    def recording_sync_now(vault: Vault, **options: Any) -> sync_ops.SyncOutcome:
        ran_on.append(threading.current_thread())
        return real_sync_now(vault, **options)

    monkeypatch.setattr(sync_ops, "sync_now", recording_sync_now)
    page = sync_page(qtbot, window)
    qtbot.waitUntil(page.status_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.off_card.isVisible()
    assert page.status_card.folder.text() == str(folder.resolve())
    assert page.status_card.last_sync.text() == "Not yet"
    assert page.sync_button.accessibleName() == "Sync now"

    page.sync_now()
    assert not page.sync_button.isEnabled() and page.busy_label.isVisible()
    wait_for_sync(qtbot, page)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert page.result.text().startswith("Sent ")
    assert ", received 0." in page.result.text()
    assert not page.problem.isVisible()
    assert page.status_card.last_sync.text() != "Not yet"

    page.result.clear()
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the page's shortcut syncs too
    wait_for_sync(qtbot, page)
    assert len(ran_on) == 2 and page.result.text().startswith("Sent 0 changes")


def test_what_the_other_vault_sent_reaches_the_journal(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault
) -> None:
    code = set_up_sync(ui_vault_dir, folder)
    vault_sync.join(other.connection(), TargetSpec.folder(folder), code)
    entry_id = other.journal.add(EntryInput(datetime(2026, 12, 2, 20, 0), body="From the laptop"))
    vault_sync.sync(other.connection())

    unlock(qtbot, window)
    journal = entries_page(window)
    window.workspace.show_section("journal")
    idle(qtbot, window)
    assert journal.list.model.rowCount() == 0
    page = sync_page(qtbot, window)
    changed: list[object] = []
    window.worker.vault_changed.connect(lambda changes, origin: changed.append(origin))
    page.sync_now()
    wait_for_sync(qtbot, page)
    assert "received" in page.result.text() and "received 0" not in page.result.text()
    assert page in changed  # announced like any write, with the Sync page as who asked
    qtbot.waitUntil(lambda: journal.list.model.rowCount() == 1, timeout=WORKER_TIMEOUT_MS)
    assert journal.list.model.row_of(entry_id) == 0
    other_device = vault_sync.status(other.connection()).device
    (label, _forget) = page.devices_view.rows[0]
    assert other_device[:8] in label.text()


def test_a_missing_folder_is_said_plainly(qtbot, window, ui_vault_dir: Path, folder: Path) -> None:
    set_up_sync(ui_vault_dir, folder)
    shutil.rmtree(folder)
    page = sync_page(qtbot, window)
    page.sync_now()
    wait_for_sync(qtbot, page)
    assert page.problem.isVisible()
    assert page.problem.text().startswith("The sync folder is not there.")
    assert "Traceback" not in page.problem.text()
    assert not page.result.isVisible()
    assert page.status_card.isVisible()  # still set up: the drive may come back


def test_many_removals_ask_first_then_apply_anyway(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault
) -> None:
    code = set_up_sync(ui_vault_dir, folder)
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        ids = vault.journal.add_many(
            [EntryInput(datetime(2026, 12, 1, hour, 0), body=f"Entry {hour}") for hour in range(8)]
        )
        vault_sync.sync(vault.connection())
    vault_sync.join(other.connection(), TargetSpec.folder(folder), code)
    vault_sync.sync(other.connection())
    for entry_id in ids[:4]:
        other.journal.delete(entry_id)
    other.journal.empty_trash()
    vault_sync.sync(other.connection())

    page = sync_page(qtbot, window)
    page.sync_now()
    wait_for_sync(qtbot, page)
    assert page.paused.isVisible()
    question = page.paused_question.text()
    assert "remove 4 records" in question and "journal entries: 4" in question
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    wait_for_sync(qtbot, page)
    assert not page.paused.isVisible()
    assert page.result.text().startswith("Sent ")


def test_every_kind_sync_can_remove_has_a_name_on_the_page_and_in_the_cli(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The removal question names each kind; a kind added to sync needs its words here."""
    from wellbeing_desk.cli.sync_commands import _KIND_NAMES
    from wellbeing_desk.sync.vault_kinds import KINDS
    from wellbeing_desk.ui.sync.page import SyncPage

    page_names = SyncPage._kind_names(SyncPage.__new__(SyncPage))  # only tr() is used
    assert set(KINDS) <= set(page_names)
    assert set(KINDS) <= set(_KIND_NAMES)


def test_files_changed_without_the_key_are_said_as_such(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = sync_page(qtbot, window)
    report = SyncReport(received=3, alerts=["a: changed", "b: changed", "c: too new"], tampered=2)
    said = page._summary(report, 0)
    assert "changed by someone without the key" in said and "2 files" in said
    assert "could not be used" in said  # the third, refused for another reason
