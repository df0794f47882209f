"""Team spaces on the Sync page: create, add and remove members, join, sync, be removed."""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.sync.test_sync_page import sync_page
from wellbeing_desk.ops import team as team_ops
from wellbeing_desk.sync import team_sync
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.sync import team_dialogs
from wellbeing_desk.ui.sync.team_dialogs import CreateTeamDialog, JoinTeamDialog, MemberKeyDialog
from wellbeing_desk.ui.sync.team_members import TeamMembersDialog
from wellbeing_desk.ui.sync.team_panel import TeamCard, TeamPanel
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.team_entries import share_with_team

pytestmark = [
    pytest.mark.usefixtures("existing_vault"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


def click(qtbot, button: QPushButton) -> None:
    qtbot.waitUntil(button.isVisible)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def team_panel(qtbot, window: MainWindow) -> TeamPanel:
    panel = sync_page(qtbot, window).teams
    qtbot.waitUntil(lambda: panel._overview is not None, timeout=WORKER_TIMEOUT_MS)
    return panel


def choosing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The folder dialog answers ``folder`` at once."""

    def ask(_parent: object, _title: str, on_chosen: Callable[[Path], None], *_: object) -> None:
        on_chosen(folder)

    monkeypatch.setattr(team_dialogs, "ask_folder", ask)


def only_card(qtbot, panel: TeamPanel) -> TeamCard:
    qtbot.waitUntil(lambda: len(panel._cards) == 1, timeout=WORKER_TIMEOUT_MS)
    return next(iter(panel._cards.values()))


def create_in_dialog(qtbot, window: MainWindow, panel: TeamPanel) -> TeamCard:
    click(qtbot, panel.create_button)
    dialog = panel.dialog
    assert isinstance(dialog, CreateTeamDialog)
    qtbot.keyClicks(dialog.team_name, "Red de cuidado")
    qtbot.keyClicks(dialog.my_name, "Rosa")
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    return only_card(qtbot, panel)


def member_key_text(vault: Vault) -> str:
    return team_sync.my_member_key(vault.connection()).to_text()


def add_entry(vault: Vault, name: str) -> str:
    return vault.directory.add(
        DirectoryEntryInput(name=name, kind="person", contacts=(ContactMethod("phone", "+34 6"),))
    )


def every_input_is_named(dialog: QWidget) -> None:
    for edit in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
        if edit.isVisibleTo(dialog) and edit.parent() is not None:
            assert edit.accessibleName(), edit


def mnemonics(widget: QWidget) -> list[str]:
    letters = []
    for button in widget.findChildren(QPushButton):
        text = button.text().replace("&&", "")
        if button.isVisibleTo(widget) and "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    return letters


# -- creating and adding -----------------------------------------------------------------


def test_create_a_team_in_a_folder_through_the_dialog(
    qtbot, window, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choosing(monkeypatch, folder)
    panel = team_panel(qtbot, window)
    assert panel.none_yet.isVisible() and not panel._cards  # her own sync is off: still shown
    click(qtbot, panel.create_button)
    dialog = panel.dialog
    assert isinstance(dialog, CreateTeamDialog)
    every_input_is_named(dialog)
    click(qtbot, dialog.action_button)  # empty: said, nothing made
    assert dialog.problem.isVisible() and "Team name" in dialog.problem.text()
    dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None)

    card = create_in_dialog(qtbot, window, panel)
    assert card.title.text() == "Red de cuidado"
    assert "1 member" in card.details.text() and "You created it" in card.details.text()
    assert "Not synced yet" in card.details.text()
    assert (folder / "spaces").exists() or any(folder.iterdir())
    assert "ready" in panel.result.text()
    page_letters = mnemonics(sync_page(qtbot, window))
    assert len(page_letters) == len(set(page_letters)), page_letters


def test_adding_a_member_shows_her_fingerprint_and_she_joins(
    qtbot, window, folder: Path, other: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    choosing(monkeypatch, folder)
    panel = team_panel(qtbot, window)
    card = create_in_dialog(qtbot, window, panel)
    click(qtbot, card.members_button)
    members = panel.dialog
    assert isinstance(members, TeamMembersDialog)
    assert members.members.count() == 1 and "you" in members.members.item(0).text()
    click(qtbot, members.add_button)
    adding = members.add_dialog
    assert adding is not None
    every_input_is_named(adding)
    text = member_key_text(other)
    adding.key.setPlainText(text[:-1] + ("0" if text[-1] != "0" else "1"))
    qtbot.keyClicks(adding.name, "Ana")
    click(qtbot, adding.next_button)  # a typo: said, not added
    assert "typo" in adding.problem.text()
    adding.key.setPlainText(text)
    click(qtbot, adding.next_button)
    qtbot.waitUntil(lambda: members.confirm_dialog is not None)
    confirm = members.confirm_dialog
    assert confirm is not None
    fingerprint = team_sync.my_member_key(other.connection()).fingerprint()
    assert confirm.fingerprint.text() == fingerprint
    assert confirm.question.text() == (
        "Ask Ana to read you the fingerprint of her member key. "
        "Add her only if every group matches."
    )
    click(qtbot, confirm.add_button)
    qtbot.waitUntil(lambda: members.members.count() == 2, timeout=WORKER_TIMEOUT_MS)
    assert "Ana is in the team now." in members.outcome.text()

    space = card.row.space
    assert members.space.text() == space
    mine = panel._overview.fingerprint if panel._overview else ""
    joined = team_sync.join(other.connection(), TargetSpec.folder(folder), space, mine)
    assert joined.team == "Red de cuidado" and len(joined.members) == 2


def test_removing_says_plainly_what_she_keeps(
    qtbot, window, folder: Path, other: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    choosing(monkeypatch, folder)
    panel = team_panel(qtbot, window)
    card = create_in_dialog(qtbot, window, panel)
    newcomer = team_ops.read_member_key(member_key_text(other), "Ana")
    window.worker.submit(lambda vault: team_ops.invite(vault, card.row.space, newcomer))
    idle(qtbot, window)
    panel.refresh()
    qtbot.waitUntil(lambda: len(card.row.members) == 2, timeout=WORKER_TIMEOUT_MS)
    click(qtbot, card.members_button)
    members = panel.dialog
    assert isinstance(members, TeamMembersDialog)
    rows = [members.members.item(n).text() for n in range(members.members.count())]
    members.members.setCurrentRow(next(n for n, text in enumerate(rows) if "Rosa" in text))
    assert not members.remove_button.isEnabled()  # the creator cannot be removed
    members.members.setCurrentRow(next(n for n, text in enumerate(rows) if "Ana" in text))
    MessageBox.set_next_answer(Button.Yes)
    click(qtbot, members.remove_button)
    assert MessageBox.shown_texts == [
        "Ana will not receive anything written in the team from now on. What she already "
        "has stays with her: a removed member keeps what she already saw."
    ]
    qtbot.waitUntil(lambda: members.members.count() == 1, timeout=WORKER_TIMEOUT_MS)
    assert "Ana was removed." in members.outcome.text()


# -- joining, syncing, being removed -----------------------------------------------------


def other_creates_and_adds_her(ui_vault_dir: Path, folder: Path, other: Vault) -> str:
    """The other vault creates a team and adds the window's vault; the space."""
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        her_key = team_sync.my_member_key(vault.connection())
    row = team_sync.create(other.connection(), TargetSpec.folder(folder), "Red", "Ana")
    team_sync.invite(other.connection(), row.space, her_key, "Rosa")
    return row.space


def test_joining_through_the_dialog_checks_the_fingerprint(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault, monkeypatch
) -> None:
    space = other_creates_and_adds_her(ui_vault_dir, folder, other)
    creator = team_sync.my_member_key(other.connection()).fingerprint()
    choosing(monkeypatch, folder)
    panel = team_panel(qtbot, window)
    click(qtbot, panel.join_button)
    dialog = panel.dialog
    assert isinstance(dialog, JoinTeamDialog)
    every_input_is_named(dialog)
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters
    qtbot.keyClicks(dialog.space, space)
    qtbot.keyClicks(dialog.fingerprint, panel._overview.fingerprint if panel._overview else "")
    click(qtbot, dialog.action_button)  # her own fingerprint, not the creator's
    qtbot.waitUntil(dialog.problem.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "does not match" in dialog.problem.text() and panel.dialog is dialog
    dialog.fingerprint.setText(creator.lower().replace("-", " "))
    click(qtbot, dialog.action_button)
    card = only_card(qtbot, panel)
    assert "You are a member" in card.details.text() and "2 members" in card.details.text()


def test_sync_runs_on_the_worker_and_the_directory_gains_the_team_entry(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault, monkeypatch
) -> None:
    space = other_creates_and_adds_her(ui_vault_dir, folder, other)
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        team_sync.join(
            vault.connection(),
            TargetSpec.folder(folder),
            space,
            team_sync.my_member_key(other.connection()).fingerprint(),
        )
    share_with_team(other.connection(), add_entry(other, "Team counsellor"), space)
    team_sync.sync(other.connection(), space)
    ran_on: list[threading.Thread] = []
    real_sync_now = team_ops.sync_now

    def recording(vault: Vault, space: str, **options: Any) -> team_ops.TeamSyncOutcome:
        ran_on.append(threading.current_thread())
        return real_sync_now(vault, space, **options)

    monkeypatch.setattr(team_ops, "sync_now", recording)
    panel = team_panel(qtbot, window)
    card = only_card(qtbot, panel)
    click(qtbot, card.sync_button)
    assert card.cancel_button.isVisible() and not card.sync_button.isEnabled()
    qtbot.waitUntil(card.message.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert "received 1" in card.message.text(), card.message.text()
    assert not card.cancel_button.isVisible() and card.sync_button.isEnabled()
    names: list[str] = []
    failed: list[BaseException] = []
    window.worker.submit(
        lambda vault: [found.entry.name for found in vault.directory.entries()],
        names.extend,
        failed.append,
    )
    idle(qtbot, window)
    assert not failed
    assert "Team counsellor" in names


def test_being_removed_is_said_calmly_on_the_card(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault
) -> None:
    space = other_creates_and_adds_her(ui_vault_dir, folder, other)
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        conn = vault.connection()
        creator = team_sync.my_member_key(other.connection()).fingerprint()
        team_sync.join(conn, TargetSpec.folder(folder), space, creator)
        mine = team_sync.my_member_key(conn).fingerprint()
    team_sync.remove(other.connection(), space, mine)
    panel = team_panel(qtbot, window)
    card = only_card(qtbot, panel)
    click(qtbot, card.sync_button)
    qtbot.waitUntil(card.message.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert card.message.text().startswith("You are no longer in this team")
    assert not card.problem.isVisible() and not card.sync_button.isEnabled()


def test_leaving_asks_first_then_takes_the_team_off_this_computer(
    qtbot, window, ui_vault_dir: Path, folder: Path, other: Vault
) -> None:
    space = other_creates_and_adds_her(ui_vault_dir, folder, other)
    share_with_team(other.connection(), add_entry(other, "Team counsellor"), space)
    team_sync.sync(other.connection(), space)
    with Vault.open(ui_vault_dir, PASSPHRASE) as vault:
        conn = vault.connection()
        creator = team_sync.my_member_key(other.connection()).fingerprint()
        team_sync.join(conn, TargetSpec.folder(folder), space, creator)
        team_sync.sync(conn, space)
        assert add_entry(vault, "My own lawyer")
    panel = team_panel(qtbot, window)
    card = only_card(qtbot, panel)
    click(qtbot, card.members_button)
    members = panel.dialog
    assert isinstance(members, TeamMembersDialog)
    letters = mnemonics(members)
    assert len(letters) == len(set(letters)), letters
    assert members.leave_button.accessibleName() == "Leave the team Red on this computer"
    MessageBox.set_next_answer(Button.No)
    click(qtbot, members.leave_button)
    assert "only the person who created it can take you off" in MessageBox.shown_texts[-1]
    assert "no one can add or remove" not in MessageBox.shown_texts[-1]  # she did not create it
    assert "people for an emergency stays, as a copy" in MessageBox.shown_texts[-1]
    assert panel.dialog is members and len(panel._cards) == 1  # No: nothing happened
    MessageBox.set_next_answer(Button.Yes)
    click(qtbot, members.leave_button)
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not panel._cards, timeout=WORKER_TIMEOUT_MS)
    assert panel.result.text().startswith("You left “Red” on this computer.")
    assert panel.none_yet.isVisible()
    names: list[str] = []
    window.worker.submit(
        lambda vault: [found.entry.name for found in vault.directory.entries()], names.extend
    )
    idle(qtbot, window)
    assert names == ["My own lawyer"]


def test_her_member_key_shows_its_fingerprint_and_copies(qtbot, window) -> None:
    panel = team_panel(qtbot, window)
    assert panel._overview is not None and panel._overview.key_text is None  # not made yet
    click(qtbot, panel.key_button)
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=WORKER_TIMEOUT_MS)
    dialog = panel.dialog
    assert isinstance(dialog, MemberKeyDialog)
    seen = panel._overview
    assert seen is not None and seen.key_text is not None
    assert dialog.fingerprint.text() == seen.fingerprint
    assert team_ops.read_member_key(dialog.key.toPlainText(), "x").fingerprint == seen.fingerprint
    click(qtbot, dialog.copy_button)
    assert QApplication.clipboard().text() == seen.key_text
    assert dialog.copied.isVisible()
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters))


def test_locking_closes_the_dialog_forgets_the_password_and_the_teams(
    qtbot, window, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choosing(monkeypatch, folder)
    panel = team_panel(qtbot, window)
    create_in_dialog(qtbot, window, panel)
    click(qtbot, panel.join_button)
    dialog = panel.dialog
    assert isinstance(dialog, JoinTeamDialog)
    dialog.place.choose_server()
    qtbot.keyClicks(dialog.place.password, "app-token")
    window.lock()
    assert panel.dialog is None and not dialog.isVisible()
    assert dialog.place.password.text() == ""
    assert not panel._cards and not panel.create_button.isEnabled()


def test_in_arabic_names_she_wrote_are_isolated_inside_sentences(qtbot, window, qapp) -> None:
    from tests.ui.sync.team_openers import TEAM_OPENERS
    from wellbeing_desk.ui.application import install_translators
    from wellbeing_desk.ui.sync.team_members import leave_question, remove_question
    from wellbeing_desk.ui.widgets.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE

    def isolated(name: str) -> str:
        return f"{FIRST_STRONG_ISOLATE}{name}{POP_DIRECTIONAL_ISOLATE}"

    assert isolated("Red") not in leave_question("Red", created_it=False)[0]  # English: as is
    install_translators(qapp, "ar")
    assert isolated("Red de cuidado") in leave_question("Red de cuidado", created_it=True)[0]
    assert all(isolated("Ana") in text for text in remove_question("Ana"))
    dialog = TEAM_OPENERS[TeamMembersDialog][0](window)
    assert isinstance(dialog, TeamMembersDialog)
    assert isolated("Red de cuidado") in dialog.windowTitle()
    assert isolated("Red de cuidado") in dialog.leave_button.accessibleName()
    assert isolated("Rosa") in dialog.members.item(0).text()
    dialog.close()
