"""Backups in the window: settings kept in the vault (never in QSettings), "Back up now"
and rotation, the automatic backup after unlocking, Today's notice while backups fail,
and restoring from the unlock screen with the old vault kept aside."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, scroll_into_view, unlock, visible_dialogs
from wellbeing_desk.ops import backups as backup_ops
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.vault_care.backups import BackupController, controller_of
from wellbeing_desk.ui.vault_care.restore_dialog import RestoreDialog, RestoreLink
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.backup import verify_backup, write_backup


def configure(vault_dir: Path, **values: str) -> None:
    """Store backup settings in the (locked) vault, as an earlier session would have."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        for key, value in values.items():
            vault.settings.set(key, value)


def unlocked_controller(qtbot, window: MainWindow) -> BackupController:
    """Unlock and wait until the after-unlock backup (or its check) is over."""
    unlock(qtbot, window)
    controller = controller_of(window)
    qtbot.waitUntil(
        lambda: controller.status is not None and not controller.running,
        timeout=WORKER_TIMEOUT_MS,
    )
    return controller


def ours(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("wellbeing-desk-"))


def test_settings_are_kept_in_the_vault_and_the_folder_never_in_qsettings(
    qtbot, existing_vault, window, tmp_path
) -> None:
    configure(existing_vault, **{backup_ops.KEY_SCHEDULE: "off"})
    controller = unlocked_controller(qtbot, window)
    window.workspace.show_section("settings")
    section = controller.section
    assert section is not None and section.isVisible()
    stick = tmp_path / "KINGSTON STICK"
    stick.mkdir()
    section.schedule.setCurrentIndex(section.schedule.findData("weekly"))
    section.keep.setValue(3)
    section.set_folder(stick)
    qtbot.waitUntil(lambda: section.folder.text() == str(stick), timeout=WORKER_TIMEOUT_MS)
    for widget in (section.schedule, section.keep, section.folder, section.choose_button):
        assert widget.accessibleName()
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert section.folder.text() == ""  # forgotten on lock

    with Vault.open(existing_vault, PASSPHRASE) as vault:
        stored = backup_ops.backup_settings(vault)
    assert (stored.schedule, stored.keep, stored.folder) == ("weekly", 3, stick)
    home = Path.home()
    for path in home.rglob("*"):
        if path.is_file():
            assert b"KINGSTON" not in path.read_bytes(), path


def test_back_up_now_writes_a_checked_backup_and_keeps_n(
    qtbot, existing_vault, window, tmp_path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for day in (1, 2, 3):
        (stick / f"wellbeing-desk-2001-01-0{day}.wdbackup").write_bytes(b"old")
    (stick / "shopping.txt").write_text("hers")
    configure(
        existing_vault,
        **{backup_ops.KEY_SCHEDULE: "off", backup_ops.KEY_KEEP: "2"},
        **{backup_ops.KEY_FOLDER: str(stick)},
    )
    controller = unlocked_controller(qtbot, window)
    assert ours(stick) == [f"wellbeing-desk-2001-01-0{day}.wdbackup" for day in (1, 2, 3)]
    window.workspace.show_section("settings")
    section = controller.section
    assert section is not None
    scroll_into_view(section.back_up_button)
    qtbot.mouseClick(section.back_up_button, Qt.MouseButton.LeftButton)
    assert section.busy.isVisible() or controller.status.last_success is not None
    qtbot.waitUntil(
        lambda: controller.status is not None and controller.status.last_success is not None,
        timeout=WORKER_TIMEOUT_MS,
    )
    names = ours(stick)
    assert len(names) == 2 and names[0] == "wellbeing-desk-2001-01-03.wdbackup"
    assert verify_backup(stick / names[1], PASSPHRASE).bytes > 0
    assert (stick / "shopping.txt").exists()
    assert section.last_backup.text().startswith("Last backup:")


@pytest.mark.parametrize("due", [True, False])
def test_an_automatic_backup_runs_after_unlock_only_when_due(
    qtbot, existing_vault, window, tmp_path, due: bool
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    values = {backup_ops.KEY_SCHEDULE: "daily", backup_ops.KEY_FOLDER: str(stick)}
    if not due:
        values[backup_ops.KEY_LAST_SUCCESS] = backup_ops.local_now().isoformat()
    configure(existing_vault, **values)
    unlocked_controller(qtbot, window)
    assert len(ours(stick)) == (1 if due else 0)


def test_a_failing_folder_shows_on_today_until_a_backup_works(
    qtbot, existing_vault, window, tmp_path
) -> None:
    stick = tmp_path / "stick"  # not plugged in
    configure(existing_vault, **{backup_ops.KEY_FOLDER: str(stick)})
    controller = unlocked_controller(qtbot, window)
    notice = controller.notice
    assert notice is not None
    assert window.workspace.current_section() == "today"
    assert notice.isVisible() and "USB stick" in notice.label.text()
    assert visible_dialogs() == []  # never a modal

    stick.mkdir()
    qtbot.mouseClick(notice.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WORKER_TIMEOUT_MS)
    assert len(ours(stick)) == 1


def restore_link(qtbot, window: MainWindow) -> RestoreLink:
    link = window.unlock_page.findChild(QPushButton, "restoreBackupLink")
    assert isinstance(link, RestoreLink)
    qtbot.waitUntil(link.isVisible)  # added to the shown page: it shows in the next loop turn
    return link


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the dialog, offscreen
def test_restore_from_the_unlock_screen_keeps_the_old_vault_aside(
    qtbot, existing_vault, window, tmp_path
) -> None:
    with Vault.open(existing_vault, PASSPHRASE) as vault:
        vault.settings.set(backup_ops.KEY_SCHEDULE, "off")
        vault.settings.set("test.marker", "in the backup")
        saved = write_backup(vault, tmp_path / "saved.wdbackup").path
        vault.settings.set("test.marker", "after the backup")

    link = restore_link(qtbot, window)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    dialog = next(d for d in visible_dialogs() if isinstance(d, RestoreDialog))
    assert dialog.destination.text() == str(existing_vault)
    dialog.backup_file.setText(str(saved))
    qtbot.keyClicks(dialog.passphrase.edit, "not the passphrase")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "passphrase does not open" in dialog.error.text()
    assert sorted(p.name for p in existing_vault.parent.iterdir()) == ["vault"]

    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(link.message.isVisible, timeout=WORKER_TIMEOUT_MS)
    kept = existing_vault.parent / f"vault (before restore {date.today().isoformat()})"
    assert str(kept) in link.message.text()
    assert window.state == "locked"
    with Vault.open(kept, PASSPHRASE) as old:
        assert old.settings.get("test.marker") == "after the backup"

    unlock(qtbot, window)
    markers: list[str | None] = []
    window.worker.submit(lambda vault: vault.settings.get("test.marker"), markers.append)
    qtbot.waitUntil(lambda: markers != [], timeout=WORKER_TIMEOUT_MS)
    assert markers == ["in the backup"]
    assert not link.message.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the create screen resizing
def test_a_new_computer_restores_from_the_create_screen(
    qtbot, make_window, ui_vault_dir: Path, tmp_path: Path, fast_kdf
) -> None:
    """No vault here yet: "Have a backup? Restore it…" brings hers, then the unlock screen."""
    with Vault.create(tmp_path / "old laptop", PASSPHRASE, fast_kdf) as vault:
        vault.settings.set("test.marker", "from the old laptop")
        saved = write_backup(vault, tmp_path / "saved.wdbackup").path
    window = make_window()
    assert window.state == "create"
    qtbot.mouseClick(window.create_page.restore_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in visible_dialogs() if isinstance(d, RestoreDialog))
    assert dialog.destination.text() == str(ui_vault_dir)
    dialog.backup_file.setText(str(saved))
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "locked", timeout=WORKER_TIMEOUT_MS)
    unlock(qtbot, window)
    markers: list[str | None] = []
    window.worker.submit(lambda vault: vault.settings.get("test.marker"), markers.append)
    qtbot.waitUntil(lambda: markers != [], timeout=WORKER_TIMEOUT_MS)
    assert markers == ["from the old laptop"]
