"""Backup operations: settings kept in the vault, one backup a day rotated to ``keep``,
a failure remembered with its reason until a success, and a restore that keeps the
vault that was there."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.ops import backups
from wellbeing_desk.vault import Vault, WrongPassphraseError
from wellbeing_desk.vault.backup import verify_backup, write_backup

NOW = datetime(2026, 12, 7, 9, 12).astimezone()


def test_defaults_then_choices_are_kept_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    first = backups.backup_settings(vault)
    assert (first.schedule, first.keep, first.folder_chosen) == ("daily", 7, False)
    assert first.folder == vault.layout.root.parent / "Wellbeing Desk backups"
    backups.set_schedule(vault, "weekly")
    backups.set_keep(vault, 3)
    chosen = backups.set_folder(vault, tmp_path / "stick")
    assert (chosen.schedule, chosen.keep, chosen.folder) == ("weekly", 3, tmp_path / "stick")
    assert vault.settings.get(backups.KEY_FOLDER) == str(tmp_path / "stick")
    assert backups.set_folder(vault, None).folder == first.folder
    with pytest.raises(ValueError):
        backups.set_keep(vault, 61)


def test_a_due_backup_is_checked_and_rotation_keeps_n(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    backups.set_folder(vault, folder)
    backups.set_keep(vault, 2)
    for day in (3, 2, 1):
        backups.back_up_now(vault, NOW - timedelta(days=day))
    outcome = backups.back_up_if_due(vault, NOW)  # the last one was yesterday
    assert outcome is not None and outcome.result is not None
    verify_backup(outcome.result.path, PASSPHRASE)
    assert backups.back_up_if_due(vault, NOW + timedelta(hours=1)) is None  # made today
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["wellbeing-desk-2026-12-06.wdbackup", "wellbeing-desk-2026-12-07.wdbackup"]
    assert outcome.settings.last_success is not None and not outcome.settings.failing


def test_a_second_backup_the_same_day_replaces_that_days_file(
    vault: Vault,
) -> None:
    folder = backups.default_folder(vault.layout.root)  # made when first needed
    first = backups.back_up_now(vault, NOW)
    second = backups.back_up_now(vault, NOW + timedelta(hours=2))
    assert first.result is not None and second.result is not None
    assert [p.name for p in folder.iterdir()] == [first.result.path.name]


def test_a_failure_is_remembered_until_a_backup_succeeds(vault: Vault, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    backups.set_folder(vault, stick)  # not plugged in: never made on the computer's disk
    failed = backups.back_up_now(vault, NOW)
    assert failed.failure_reason == backups.FOLDER_MISSING and failed.settings.failing
    assert not stick.exists()
    assert backups.back_up_if_due(vault, NOW + timedelta(minutes=5)) is not None  # still due
    stick.mkdir()
    done = backups.back_up_now(vault, NOW)
    assert done.result is not None and not done.settings.failing


def test_inside_the_vault_is_refused_with_its_reason(vault: Vault) -> None:
    backups.set_folder(vault, vault.layout.root)
    assert backups.back_up_now(vault, NOW).failure_reason == backups.INSIDE_VAULT


def test_off_makes_no_backup(vault: Vault) -> None:
    backups.set_schedule(vault, "off")
    assert backups.back_up_if_due(vault, NOW) is None


def test_restore_keeps_the_vault_that_was_there(vault: Vault, tmp_path: Path) -> None:
    vault.settings.set("test.marker", "in the backup")
    (tmp_path / "backups").mkdir()
    backup = write_backup(vault, tmp_path / "backups" / "old.wdbackup").path
    vault.settings.set("test.marker", "after the backup")
    root = vault.layout.root
    vault.lock()

    with pytest.raises(WrongPassphraseError):
        backups.restore_in_place(backup, "not it", root, date(2026, 12, 7))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "home", "vault"]

    outcome = backups.restore_in_place(backup, PASSPHRASE, root, date(2026, 12, 7))
    assert outcome.kept_aside == tmp_path / "vault (before restore 2026-12-07)"
    with Vault.open(root, PASSPHRASE) as restored:
        assert restored.settings.get("test.marker") == "in the backup"
    with Vault.open(outcome.kept_aside, PASSPHRASE) as kept:
        assert kept.settings.get("test.marker") == "after the backup"
    again = backups.restore_in_place(backup, PASSPHRASE, root, date(2026, 12, 7))
    assert again.kept_aside == tmp_path / "vault (before restore 2026-12-07) 2"


def test_restore_refuses_a_folder_of_other_files(vault: Vault, tmp_path: Path) -> None:
    backup = write_backup(vault, tmp_path / "old.wdbackup").path
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "letter.txt").write_text("hers")
    with pytest.raises(backups.RestorePlaceError):
        backups.restore_in_place(backup, PASSPHRASE, papers)
    assert [p.name for p in papers.iterdir()] == ["letter.txt"]


def test_failure_reasons() -> None:
    assert backups.failure_reason(OSError(28, "No space left")) == backups.NO_ROOM
    assert backups.failure_reason(PermissionError(13, "denied")) == backups.NOT_ALLOWED
    assert backups.failure_reason(RuntimeError("?")) == backups.OTHER
