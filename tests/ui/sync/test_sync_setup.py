"""Sync from the app alone: set up, the code, join, progress, Cancel, lock, forget, leave."""

import re
import shutil
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.sync.test_sync_page import set_up_sync, sync_page, wait_for_sync
from wellbeing_desk.ops import sync as sync_ops
from wellbeing_desk.sync import engine, vault_sync
from wellbeing_desk.sync.engine import Progress
from wellbeing_desk.sync.pairing import PairingKdfParams, generate_pairing_code
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.sync import join_form
from wellbeing_desk.ui.sync import page as page_module
from wellbeing_desk.ui.sync.folder_chooser import ask_folder
from wellbeing_desk.ui.sync.page import SyncPage
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")

MANY = 30
STOP_AT = 3  # files read before she cancels (or locks)


@pytest.fixture(autouse=True)
def fast_pairing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's set-up as in the app, with a cheap key derivation for the code."""

    def set_up_folder(vault: Vault, folder: Path) -> str:
        spec = TargetSpec.existing_folder(folder)
        new = vault_sync.set_up(vault.connection(), spec, params=PairingKdfParams.fast_for_tests())
        return new.pairing_code

    monkeypatch.setattr(sync_ops, "set_up_folder", set_up_folder)


def choosing(monkeypatch: pytest.MonkeyPatch, module: Any, folder: Path) -> list[str]:
    """Answer the folder dialog with ``folder``; the titles asked, to check it was asked."""
    asked: list[str] = []

    def ask(_parent: object, title: str, on_chosen: Callable[[Path], None], *_: object) -> None:
        asked.append(title)
        on_chosen(folder)

    monkeypatch.setattr(module, "ask_folder", ask)
    return asked


def click(qtbot, button: QPushButton) -> None:
    qtbot.waitUntil(button.isVisible)  # a row just added shows on the next loop turn
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def other_sends_many(
    ui_vault_dir: Path, folder: Path, other: Vault, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """Both vaults in one sync, then the other sends MANY entries, one file each."""
    code = set_up_sync(ui_vault_dir, folder)
    vault_sync.join(other.connection(), TargetSpec.folder(folder), code)
    vault_sync.sync(other.connection())
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:  # what each vault had, already read
        vault_sync.sync(vault.connection())
    monkeypatch.setattr(engine, "BATCH_RECORDS", 1)
    bodies = [f"Entry number {n} from the laptop" for n in range(MANY)]
    other.journal.add_many(
        [EntryInput(datetime(2026, 12, 1, 8, n), body=body) for n, body in enumerate(bodies)]
    )
    vault_sync.sync(other.connection())
    return bodies


def held_at_file(monkeypatch: pytest.MonkeyPatch, gate: threading.Event) -> None:
    """The page's sync waits (on the worker) after reading STOP_AT files, until ``gate``."""
    real_sync_now = sync_ops.sync_now

    def sync_now(vault: Vault, **options: Any) -> sync_ops.SyncOutcome:
        tell = options["progress"]

        def progress(step: Progress) -> None:
            tell(step)
            if step.read_files == STOP_AT:
                gate.wait(WORKER_TIMEOUT_MS / 1000)

        return real_sync_now(vault, **{**options, "progress": progress})

    monkeypatch.setattr(sync_ops, "sync_now", sync_now)


def journal_bodies(vault_dir: Path) -> list[str]:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return sorted(entry.body for entry in vault.journal.entries())


# -- setting up -------------------------------------------------------------------------


def test_set_up_shows_the_code_once_and_another_vault_joins_with_it(
    qtbot, window, folder: Path, other: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = choosing(monkeypatch, page_module, folder)
    page = sync_page(qtbot, window)
    click(qtbot, page.off_card.set_up_button)
    qtbot.waitUntil(page.code_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert asked
    shown = page.code_card.code.text()
    assert re.fullmatch(r"([0-9A-Z]{4} ){7}[0-9A-Z*~$=]", shown), (
        shown
    )  # grouped, large, on its own
    assert "Write this down or print it" in page.code_card.advice.text()
    assert page.code_card.code.accessibleName().endswith(shown)
    qtbot.waitUntil(page.status_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.off_card.isVisible()
    assert page.status_card.folder.text() == str(folder.resolve())

    click(qtbot, page.code_card.copy_button)
    copied = QApplication.clipboard().text()
    assert copied.replace("-", " ") == shown
    assert window.clipboard.pending  # the window's guard: emptied after a while and on lock
    assert page.code_card.copied.isVisible()

    vault_sync.join(other.connection(), TargetSpec.folder(folder), copied)  # the code opens it
    assert vault_sync.current_space(other.connection()) is not None

    click(qtbot, page.code_card.done_button)
    assert not page.code_card.isVisible() and page.code_card.code.text() == ""


def test_the_code_is_gone_after_a_lock(
    qtbot, window, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choosing(monkeypatch, page_module, folder)
    page = sync_page(qtbot, window)
    click(qtbot, page.off_card.set_up_button)
    qtbot.waitUntil(page.code_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    click(qtbot, page.code_card.copy_button)
    window.lock()
    assert page.code_card.code.text() == "" and not page.code_card.isVisible()
    assert not window.clipboard.pending


# -- joining -------------------------------------------------------------------------------


def open_join_form(qtbot, page: SyncPage) -> None:
    click(qtbot, page.off_card.join_button)
    assert page.join_form.isVisible()
    assert page.join_form.code.accessibleName() and page.join_form.folder.accessibleName()
    click(qtbot, page.join_form.choose_button)


def type_code(qtbot, page: SyncPage, code: str) -> None:
    page.join_form.code.clear()
    qtbot.keyClicks(page.join_form.code, code)
    click(qtbot, page.join_form.join_button)
    qtbot.waitUntil(
        lambda: page.join_form.code.isEnabled() or not page.join_form.isVisible(),
        timeout=WORKER_TIMEOUT_MS,
    )


def test_joining_says_what_is_wrong_then_joins_with_the_right_code(
    qtbot, window, folder: Path, other: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = vault_sync.set_up(
        other.connection(), TargetSpec.folder(folder), params=PairingKdfParams.fast_for_tests()
    ).pairing_code
    choosing(monkeypatch, join_form, folder)
    page = sync_page(qtbot, window)
    open_join_form(qtbot, page)
    assert page.join_form.folder.text() == str(folder)

    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    type_code(qtbot, page, typo)
    assert page.join_form.problem.text().startswith("That code has a typo")
    type_code(qtbot, page, generate_pairing_code())
    assert page.join_form.problem.text().startswith("That code does not open the sync")
    assert "Traceback" not in page.join_form.problem.text()
    page.refresh()
    idle(qtbot, window)
    assert not page.status_card.isVisible() and page.join_form.isVisible()  # nothing changed

    type_code(qtbot, page, code.lower().replace("-", " "))  # as she may type it
    qtbot.waitUntil(page.status_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert not page.join_form.isVisible() and page.join_form.code.text() == ""
    assert page.result.text().startswith("Joined.")


def test_joining_an_empty_or_missing_folder_says_so(
    qtbot, window, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choosing(monkeypatch, join_form, folder)
    page = sync_page(qtbot, window)
    open_join_form(qtbot, page)
    type_code(qtbot, page, generate_pairing_code())
    assert page.join_form.problem.text().startswith("There is no sync in that folder")
    shutil.rmtree(folder)  # the stick was pulled out
    type_code(qtbot, page, generate_pairing_code() + " ")
    assert page.join_form.problem.text().startswith("That folder is not there")
    click(qtbot, page.join_form.cancel_button)
    assert not page.join_form.isVisible() and page.off_card.isVisible()


# -- syncing: progress, Cancel, and a lock in the middle ---------------------------------


def test_progress_shows_and_cancel_stops_between_files(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault, monkeypatch
) -> None:
    bodies = other_sends_many(ui_vault_dir, folder, other, monkeypatch)
    gate = threading.Event()
    held_at_file(monkeypatch, gate)
    page = sync_page(qtbot, window)
    click(qtbot, page.sync_button)
    assert page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: f"read {STOP_AT}…" in page.busy_label.text(), timeout=WORKER_TIMEOUT_MS)
    assert page.busy_label.text().startswith("Sent ")
    click(qtbot, page.cancel_button)
    gate.set()
    wait_for_sync(qtbot, page)
    assert page.result.text() == "Stopped. What came in is saved; the rest comes next time."
    assert not page.cancel_button.isVisible()

    click(qtbot, page.sync_button)
    wait_for_sync(qtbot, page)
    assert page.result.text().startswith("Sent ")
    window.lock()
    idle(qtbot, window)
    assert journal_bodies(ui_vault_dir) == sorted(bodies)


def test_locking_during_a_sync_stops_it_cleanly_and_the_next_sync_brings_the_rest(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault, monkeypatch
) -> None:
    bodies = other_sends_many(ui_vault_dir, folder, other, monkeypatch)
    gate = threading.Event()
    held_at_file(monkeypatch, gate)
    page = sync_page(qtbot, window)
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: f"read {STOP_AT}…" in page.busy_label.text(), timeout=WORKER_TIMEOUT_MS)
    window.lock()  # clears every page: the Sync page sets the run's stop switch
    gate.set()
    idle(qtbot, window)
    assert window.state == "locked" and not page.busy_label.isVisible()

    applied = journal_bodies(ui_vault_dir)  # the vault opens fine
    assert 0 < len(applied) < MANY
    assert set(applied) <= set(bodies)  # each file applied whole, none in part
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        (seen,) = vault_sync.status(vault.connection()).devices
        assert seen.files < MANY + 1  # the cursor stopped where the entries did
    the_next_sync_brings_the_rest(qtbot, window, ui_vault_dir, bodies)


def the_next_sync_brings_the_rest(
    qtbot, window: MainWindow, ui_vault_dir: Path, bodies: list[str]
) -> None:
    page = sync_page(qtbot, window)
    click(qtbot, page.sync_button)
    wait_for_sync(qtbot, page)
    assert not page.problem.isVisible()
    window.lock()
    idle(qtbot, window)
    assert journal_bodies(ui_vault_dir) == sorted(bodies)


# -- devices, the code again, leaving -----------------------------------------------------


def test_forget_a_device_after_saying_honestly_what_it_does(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault
) -> None:
    code = set_up_sync(ui_vault_dir, folder)
    vault_sync.join(other.connection(), TargetSpec.folder(folder), code)
    vault_sync.sync(other.connection())
    page = sync_page(qtbot, window)
    click(qtbot, page.sync_button)
    wait_for_sync(qtbot, page)
    (label, forget) = page.devices_view.rows[0]
    device = vault_sync.status(other.connection()).device
    assert device[:8] in label.text() and "last file applied" in label.text()
    assert device[:8] in forget.accessibleName()

    MessageBox.set_next_answer(Button.No)
    click(qtbot, forget)
    idle(qtbot, window)
    assert len(page.devices_view.rows) == 1

    MessageBox.set_next_answer(Button.Yes)
    click(qtbot, page.devices_view.rows[0][1])
    qtbot.waitUntil(lambda: not page.devices_view.rows, timeout=WORKER_TIMEOUT_MS)
    question = MessageBox.shown_texts[-1]
    assert "stops reading" in question and "keeps everything that was synced before" in question
    assert "leave sync" in question
    assert page.devices_view.empty.isVisible()


def test_the_code_again_only_after_the_passphrase(
    qtbot, window, ui_vault_dir: Path, folder: Path
) -> None:
    code = set_up_sync(ui_vault_dir, folder)
    page = sync_page(qtbot, window)

    def ask(passphrase: str) -> None:
        click(qtbot, page.show_code_button)
        dialog = page.passphrase_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.keyClicks(dialog.passphrase.edit, passphrase)
        dialog.accept()
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()
        idle(qtbot, window)

    ask("not my passphrase")
    assert not page.code_card.isVisible()
    assert page.problem.isVisible() and "passphrase" in page.problem.text()
    ask(PASSPHRASE)
    assert page.code_card.isVisible()
    assert page.code_card.code.text() == code.replace("-", " ")
    assert not page.problem.isVisible()


def test_leave_sync_asks_then_goes_back_to_off(
    qtbot, window, ui_vault_dir: Path, folder: Path
) -> None:
    set_up_sync(ui_vault_dir, folder)
    page = sync_page(qtbot, window)
    MessageBox.set_next_answer(Button.No)
    click(qtbot, page.leave_button)
    idle(qtbot, window)
    assert page.status_card.isVisible()

    MessageBox.set_next_answer(Button.Yes)
    click(qtbot, page.leave_button)
    qtbot.waitUntil(page.off_card.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "Everything stays on this computer" in MessageBox.shown_texts[-1]
    assert "stays in the folder for your other devices" in MessageBox.shown_texts[-1]
    assert not page.status_card.isVisible() and not page.leave_button.isVisible()
    assert page.result.text() == "This vault does not sync any more."
    assert any(folder.iterdir())  # what was there stays for the other devices


# -- the folder dialog -------------------------------------------------------------------


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_choosing_a_folder_leaves_no_qtproject_conf(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "outside" / "a USB stick"
    folder.mkdir(parents=True)
    chosen: list[Path] = []
    dialog = ask_folder(None, "Choose", chosen.append)
    dialog.setDirectory(str(folder.parent))
    dialog.selectFile(str(folder))
    dialog.accept()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert chosen == [folder]
    assert not list(tmp_path.rglob("QtProject.conf"))
    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not Path(qt_own.fileName()).exists()
