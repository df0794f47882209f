"""Team entries in her directory: marked in the list and the detail; share and keep a copy."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.sync.team_devices import Member
from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import open_directory, settle
from tests.ui.journal.support import run
from wellbeing_desk.sync import team_sync
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.ui.directory.model import IdRole
from wellbeing_desk.ui.directory.page import DirectoryPage
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.team_entries import share_with_team

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TEAM = "Red de cuidado"


class TeamVault:
    """Her vault (the window's), in a team, with one entry of hers and one of the team's."""

    def __init__(self, vault_dir: Path, stick: Path, teams: tuple[str, ...] = (TEAM,)) -> None:
        member = Member(vault_dir, TargetSpec.folder(stick))
        member.create(teams[0], "Rosa")
        self.spaces = [member.space]
        for other in teams[1:]:
            self.spaces.append(team_sync.create(member.conn, member.spec, other, "Rosa").space)
        self.mine = member.add_entry("Abogada privada", notes="solo mía")
        self.teams = share_with_team(member.conn, member.add_entry("Consejera"), member.space)
        member.vault.lock()


def rows(qtbot, window: MainWindow, space: str | None) -> list[tuple[str, str]]:
    """(name, notes) of the live entries in ``space`` (None: hers), read on the worker."""

    def read(vault: Vault) -> list[tuple[str, str]]:
        where = "team_space IS NULL" if space is None else "team_space = ?"
        found = vault.connection().execute(
            f"SELECT name, notes FROM directory_entry WHERE {where} "
            "AND deleted_at IS NULL ORDER BY name",
            () if space is None else (space,),
        )
        return [(str(n), str(t)) for n, t in found]

    result: list[tuple[str, str]] = run(qtbot, window, read)
    return result


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def choose(qtbot, window: MainWindow, page: DirectoryPage, entry_id: str) -> None:
    """Choose ``entry_id`` in the list and wait until its detail knows whose it is."""
    assert page.select_id(entry_id)
    qtbot.waitUntil(
        lambda: page.detail.team is not None and page.detail.team.entry_id == entry_id,
        timeout=WORKER_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def row_texts(page: DirectoryPage, entry_id: str) -> tuple[str, str]:
    index = page.model.index(page.model.row_of(entry_id), 0)
    return (
        str(index.data(Qt.ItemDataRole.DisplayRole)),
        str(index.data(Qt.ItemDataRole.AccessibleTextRole)),
    )


def test_the_team_entry_is_marked_and_hers_is_not(
    qtbot, make_window: Callable[..., MainWindow], ui_vault_dir: Path, stick: Path
) -> None:
    made = TeamVault(ui_vault_dir, stick)
    window = make_window()
    page = open_directory(qtbot, window)

    shown, spoken = row_texts(page, made.teams)
    assert f"Team · {TEAM}" in shown and f"Team · {TEAM}" in spoken
    shown, spoken = row_texts(page, made.mine)
    assert "Team" not in shown and "Team" not in spoken
    assert not page.view.grab().isNull()  # the tag is drawn as a pill (team_tag.py)

    choose(qtbot, window, page, made.teams)
    note = page.detail.team_note
    assert note.isVisible()
    assert note.text().startswith(f"From the team {TEAM}. Changes you make here reach everyone")
    assert "Your notes on it stay yours." in note.text()
    assert page.detail.keep_copy_button.isVisible()
    assert not page.detail.share_button.isVisible()  # a team's entry is not shared again

    choose(qtbot, window, page, made.mine)
    assert not page.detail.team_note.isVisible()
    assert page.detail.share_button.isVisible()
    assert not page.detail.keep_copy_button.isVisible()


def test_share_asks_naming_the_team_and_cancel_shares_nothing(
    qtbot, make_window: Callable[..., MainWindow], ui_vault_dir: Path, stick: Path
) -> None:
    made = TeamVault(ui_vault_dir, stick)
    window = make_window()
    page = open_directory(qtbot, window)
    choose(qtbot, window, page, made.mine)

    window.activateWindow()  # Alt keys need an active window, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.view.setFocus()  # she is in the list
    qtbot.keyClick(page.view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.team_actions.dialog is not None)  # an animated click
    dialog = page.team_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert f"“Abogada privada” with the team “{TEAM}”?" in dialog.question.text()
    assert "your notes on it are not shared" in dialog.question.text()
    assert dialog.cancel_button.isDefault() and not dialog.share_button.isDefault()
    assert not dialog.team_box.isVisible()  # one team: nothing to choose
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter by accident: Cancel
    qtbot.waitUntil(lambda: page.team_actions.dialog is None)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert rows(qtbot, window, made.spaces[0]) == [("Consejera", "")]


def test_confirming_shares_a_copy_with_the_chosen_team_and_chooses_it(
    qtbot, make_window: Callable[..., MainWindow], ui_vault_dir: Path, stick: Path
) -> None:
    made = TeamVault(ui_vault_dir, stick, teams=(TEAM, "Zona norte"))
    window = make_window()
    page = open_directory(qtbot, window)
    choose(qtbot, window, page, made.mine)

    page.detail.share_button.click()
    dialog = page.team_actions.dialog
    assert dialog is not None and dialog.team_box.isVisible()
    dialog.team_box.setCurrentIndex(dialog.team_box.findText("Zona norte"))
    assert "with the team “Zona norte”?" in dialog.question.text()
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            (page.selected_id() not in (None, made.mine, made.teams))
            and page.model.team_of(str(page.selected_id())) == "Zona norte"
        ),
        timeout=WORKER_TIMEOUT_MS,
    )
    settle(qtbot, window, page)
    assert "Zona norte" in page.notice.label.text()
    assert rows(qtbot, window, made.spaces[1]) == [("Abogada privada", "")]  # notes stay hers
    assert ("Abogada privada", "solo mía") in rows(qtbot, window, None)  # hers is still hers


def test_keep_a_copy_makes_her_own_copy_and_says_where(
    qtbot, make_window: Callable[..., MainWindow], ui_vault_dir: Path, stick: Path
) -> None:
    made = TeamVault(ui_vault_dir, stick)
    window = make_window()
    page = open_directory(qtbot, window)
    choose(qtbot, window, page, made.teams)

    qtbot.mouseClick(page.detail.keep_copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.selected_id() not in (None, made.mine, made.teams),
        timeout=WORKER_TIMEOUT_MS,
    )
    new_id = str(page.selected_id())
    assert page.model.team_of(new_id) is None
    assert "in your directory" in page.notice.label.text()
    assert page.model.index(page.model.row_of(new_id), 0).data(IdRole) == new_id
    assert ("Consejera", "") in rows(qtbot, window, None)
    assert rows(qtbot, window, made.spaces[0]) == [("Consejera", "")]  # the team's stays


def test_deleting_a_team_entry_says_it_leaves_everyones_directory(
    qtbot, make_window: Callable[..., MainWindow], ui_vault_dir: Path, stick: Path
) -> None:
    made = TeamVault(ui_vault_dir, stick)
    window = make_window()
    page = open_directory(qtbot, window)
    choose(qtbot, window, page, made.mine)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.notice.label.text() == "Entry deleted.", timeout=WORKER_TIMEOUT_MS)
    page.undo()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)

    choose(qtbot, window, page, made.teams)
    page.delete_selected()
    qtbot.waitUntil(
        lambda: "leaves everyone's directory" in page.notice.label.text(),
        timeout=WORKER_TIMEOUT_MS,
    )
    assert TEAM in page.notice.label.text()
