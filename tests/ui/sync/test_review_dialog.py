"""The sync review dialog on real vaults: two versions side by side, a record brought back.

The window's vault and another vault of hers sync through a folder; each test
makes a real conflict (or a deletion against an edit) between them before
unlocking, opens the dialog over the window and decides as she would.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from wellbeing_desk.ops import sync as sync_ops
from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.sync.review_dialog import SyncReviewDialog
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")

WHEN = datetime(2026, 12, 1, 9)
HERE = "Slept badly; the long meeting ran late."
THERE = "Slept well after the walk by the river."


def pair(vault: Vault, other: Vault, folder: Path) -> None:
    code = vault_sync.set_up(
        vault.connection(), TargetSpec.folder(folder), params=PairingKdfParams.fast_for_tests()
    ).pairing_code
    vault_sync.join(other.connection(), TargetSpec.folder(folder), code)


def sync(*sides: Vault) -> None:
    for side in sides:
        sync_ops.sync_now(side)


@pytest.fixture
def conflict(ui_vault_dir: Path, other: Vault, folder: Path) -> str:
    """One journal entry changed on both computers before they synced: the entry's id."""
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        pair(vault, other, folder)
        entry_id = vault.journal.add(EntryInput(WHEN, body="First thoughts."))
        sync(vault, other)
        vault.journal.update(entry_id, EntryInput(WHEN, body=HERE))
        other.journal.update(entry_id, EntryInput(WHEN, body=THERE))
        sync(vault, other, vault)
        assert [item.reason for item in sync_ops.items_to_review(vault)] == ["conflict_copy"]
    return entry_id


@pytest.fixture
def brought_back(ui_vault_dir: Path, other: Vault, folder: Path) -> str:
    """An entry removed for good here while it was restored and changed there: its id."""
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        pair(vault, other, folder)
        entry_id = vault.journal.add(EntryInput(WHEN, body="An old entry."))
        vault.journal.delete(entry_id)
        sync(vault, other)
        other.journal.restore(entry_id)
        other.journal.update(entry_id, EntryInput(WHEN, body="I still need this one."))
        vault.journal.empty_trash()
        sync(vault, other, vault)
        assert [item.reason for item in sync_ops.items_to_review(vault)] == ["brought_back"]
    return entry_id


# -- asking the window's vault, through its worker ---------------------------------------


def journal_rows(vault: Vault) -> list[tuple[str, bool]]:
    """Every journal entry's text, and whether it is in the trash."""
    rows = vault.connection().execute("SELECT body, deleted_at IS NOT NULL FROM journal_entry")
    return sorted((str(body), bool(trashed)) for body, trashed in rows.fetchall())


def ask(qtbot, window: MainWindow, op: Callable[[Vault], Any]) -> Any:
    answers: list[Any] = []
    window.worker.submit(op, answers.append, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=WORKER_TIMEOUT_MS)
    return answers[0]


def open_dialog(qtbot, window: MainWindow) -> SyncReviewDialog:
    unlock(qtbot, window)
    dialog = SyncReviewDialog(window.worker, window)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    return dialog


def wait_until_done(qtbot, window: MainWindow, dialog: SyncReviewDialog) -> None:
    qtbot.waitUntil(dialog.all_done.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


# -- two versions ------------------------------------------------------------------------


def test_both_versions_show_side_by_side(qtbot, window, conflict) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.list.count() == 1
    row = dialog.list.item(0).text()
    assert row.startswith(dialog.current_item().title)  # type: ignore[union-attr]
    assert "Journal entry · two versions · " in row
    assert dialog.detail.currentWidget() is dialog.versions
    versions = dialog.versions
    assert {versions.in_place.toPlainText(), versions.other.toPlainText()} == {HERE, THERE}
    assert versions.in_place.isReadOnly() and versions.other.isReadOnly()
    assert dialog.count.text() == "1 to look at"
    for button in (versions.keep_this, versions.keep_other, versions.keep_both):
        assert button.isVisible() and button.accessibleName()
    assert not dialog.brought_back.keep.isVisible()
    assert not dialog.all_done.isVisible()
    # Enter on the list goes on to the choices.
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.focusWidget() is versions.keep_this


def test_keep_this_one_moves_the_other_version_to_the_trash(qtbot, window, conflict) -> None:
    dialog = open_dialog(qtbot, window)
    kept, other = dialog.versions.in_place.toPlainText(), dialog.versions.other.toPlainText()
    qtbot.mouseClick(dialog.versions.keep_this, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, window, dialog)
    assert ask(qtbot, window, journal_rows) == sorted([(kept, False), (other, True)])
    assert ask(qtbot, window, sync_ops.items_to_review) == []
    assert dialog.all_done_title.text() == "Nothing needs your attention"
    assert not dialog.review.isVisible() and dialog.close_button.isVisible()
    assert dialog.focusWidget() is dialog.close_button


def test_keep_the_other_one_puts_its_text_in_the_entry(qtbot, window, conflict) -> None:
    dialog = open_dialog(qtbot, window)
    other = dialog.versions.other.toPlainText()
    in_place = dialog.versions.in_place.toPlainText()
    qtbot.mouseClick(dialog.versions.keep_other, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, window, dialog)
    entry = ask(qtbot, window, lambda vault: vault.journal.get(conflict))
    assert entry.body == other and entry.deleted_at is None
    # The text it replaced waits in the trash, to restore.
    assert sorted(ask(qtbot, window, journal_rows)) == sorted([(other, False), (in_place, True)])
    assert ask(qtbot, window, sync_ops.items_to_review) == []


def test_keep_both_keeps_two_entries_and_nothing_waits(qtbot, window, conflict) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.versions.keep_both, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, window, dialog)
    assert ask(qtbot, window, journal_rows) == sorted([(HERE, False), (THERE, False)])
    assert ask(qtbot, window, sync_ops.items_to_review) == []
    assert dialog.list.count() == 0


# -- a record brought back ---------------------------------------------------------------


def test_a_record_brought_back_is_explained_and_kept(qtbot, window, brought_back) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.detail.currentWidget() is dialog.brought_back
    pane = dialog.brought_back
    assert "kept after a deletion" in dialog.list.item(0).text()
    assert "deleted on one of your devices" in pane.why.text()
    assert "restore" in pane.remove.accessibleName()
    assert pane.text.toPlainText() == "I still need this one."
    assert not dialog.versions.keep_both.isVisible()
    qtbot.mouseClick(pane.keep, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, window, dialog)
    assert ask(qtbot, window, journal_rows) == [("I still need this one.", False)]
    assert ask(qtbot, window, sync_ops.items_to_review) == []


def test_a_record_brought_back_can_go_to_the_trash_again(qtbot, window, brought_back) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.brought_back.remove, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, window, dialog)
    assert ask(qtbot, window, journal_rows) == [("I still need this one.", True)]
    assert ask(qtbot, window, sync_ops.items_to_review) == []


# -- the vault changing under it, failing, locking -----------------------------------------


def test_a_sync_elsewhere_refreshes_the_list(qtbot, window, conflict) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.list.count() == 1
    # Settled elsewhere (another window's write): the dialog hears it and reads again.
    item = dialog.current_item()
    assert item is not None
    window.worker.submit(
        lambda vault: sync_ops.resolve(vault, item.id, sync_ops.Choice.KEEP_RECORD),
        origin=window,
    )
    wait_until_done(qtbot, window, dialog)
    assert dialog.list.count() == 0


def test_a_decision_that_fails_says_so_in_one_line(qtbot, window, conflict) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.decide(sync_ops.Choice.REMOVE)  # does not fit two versions: ValueError
    qtbot.waitUntil(dialog.error.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert dialog.error.text() == "Something went wrong. Nothing was changed. Please try again."
    assert "Traceback" not in dialog.error.text()
    assert dialog.versions.keep_this.isEnabled()  # she can choose again
    assert dialog.list.count() == 1


def test_locking_closes_it_and_leaves_no_words(qtbot, window, conflict) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.versions.in_place.toPlainText()
    window.lock()
    assert not dialog.isVisible()
    assert visible_dialogs() == []
    assert dialog.list.count() == 0 and dialog.items == []
    for view in dialog.findChildren(QPlainTextEdit):
        assert view.toPlainText() == ""
        assert not view.document().isUndoAvailable()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for words in (HERE, THERE, "First thoughts"):
        assert words not in shown
    assert isinstance(dialog.list, QListWidget)


def test_tab_walks_the_list_the_versions_and_their_choices_then_escape_closes(
    qtbot, window, conflict
) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.waitActive(dialog)
    dialog.list.setFocus()
    versions = dialog.versions
    expected = [
        versions.in_place,
        versions.keep_this,
        versions.other,
        versions.keep_other,
        versions.keep_both,
        dialog.close_button,
    ]
    reached = []
    for _ in expected:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    assert reached == expected
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.versions.in_place.toPlainText() == ""  # closed by her: emptied too
