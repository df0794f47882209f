"""Issue 11.8: changing the passphrase re-keys the database, crash-ordered.

An old copy of the header plus the old passphrase must open nothing written
after the change; a stop at any step leaves the old or the new passphrase
working, never neither.
"""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.vault import DamagedVaultError, KdfParams, Vault, WrongPassphraseError, rekey
from wellbeing_desk.vault.connection import open_connection
from wellbeing_desk.vault.database_file import export_copy
from wellbeing_desk.vault.header import read_header
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.vault import check_integrity

NEW = "a different evening entirely"


def _entry(text: str) -> EntryInput:
    return EntryInput(occurred_at=datetime(2026, 12, 1, 9, 30), body=text)


def _bodies(vault: Vault) -> list[str]:
    rows = vault.connection().execute("SELECT body FROM journal_entry ORDER BY seq").fetchall()
    return [str(row[0]) for row in rows]


def test_old_header_and_old_passphrase_open_nothing_after_the_change(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        vault.journal.add(_entry("before the change"))
    old_header = read_header(vault_dir / "vault.header")
    old_key = old_header.unwrap(PASSPHRASE)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, NEW, fast_kdf)
        vault.journal.add(_entry("after the change"))  # the open vault keeps working
    # The old key no longer reads the database at all.
    with pytest.raises(DamagedVaultError):
        open_connection(vault_dir / "vault.db", old_key).close()
    # Nor does an old header put back beside it.
    new_header_bytes = (vault_dir / "vault.header").read_bytes()
    assert read_header(vault_dir / "vault.header").unwrap(NEW) != old_key
    with Vault.open(vault_dir, NEW) as vault:
        assert _bodies(vault) == ["before the change", "after the change"]
    (vault_dir / "vault.header").write_bytes(new_header_bytes)
    assert check_integrity(vault_dir, NEW).sound


def test_new_kdf_settings_strengthen_a_weak_vault(vault_dir: Path, fast_kdf: KdfParams) -> None:
    stronger = KdfParams(memory_kib=32 * 1024, iterations=2, lanes=2)
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        vault.change_passphrase(PASSPHRASE, NEW, stronger)
        assert vault.header.passphrase_slot.kdf == stronger
    assert read_header(vault_dir / "vault.header").passphrase_slot.kdf == stronger


def test_without_settings_the_kdf_is_calibrated_again(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    calibrated = KdfParams(memory_kib=16 * 1024, iterations=4, lanes=4)
    monkeypatch.setattr("wellbeing_desk.vault.vault.calibrate", lambda: calibrated)
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        vault.change_passphrase(PASSPHRASE, NEW)
    assert read_header(vault_dir / "vault.header").passphrase_slot.kdf == calibrated


def test_pre_migration_copies_under_the_old_key_do_not_survive(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        (vault_dir / "backups").mkdir()
        copy = vault_dir / "backups" / "pre-migration-v5-20260101T000000Z.db"
        old_key = read_header(vault_dir / "vault.header").unwrap(PASSPHRASE)
        export_copy(vault.connection(), old_key, copy)
        vault.change_passphrase(PASSPHRASE, NEW, fast_kdf)
    for left in (vault_dir / "backups").glob("*.db"):
        with pytest.raises(DamagedVaultError):
            open_connection(left, old_key).close()


def test_wrong_old_passphrase_changes_nothing(vault_dir: Path, fast_kdf: KdfParams) -> None:
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        vault.journal.add(_entry("kept"))
        before = {
            p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name.startswith("vault.")
        }
        with pytest.raises(WrongPassphraseError):
            vault.change_passphrase("not the passphrase", NEW, fast_kdf)
        assert not rekey.pending_database(vault.layout).exists()
    assert (vault_dir / "vault.header").read_bytes() == before["vault.header"]
    Vault.open(vault_dir, PASSPHRASE).lock()


def _stop_after_prepare(vault_dir: Path, fast_kdf: KdfParams) -> VaultLayout:
    """The files a re-key leaves when the machine stops right after step 1."""
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        vault.journal.add(_entry("still here"))
        header = vault.header
        new_key = bytearray(b"\x42" * 32)
        new_header = header.with_passphrase(new_key, NEW, fast_kdf)
        conn = vault.connection()
        rekey.checkpoint_fully(conn)
        rekey.prepare(conn, vault.layout, new_key, new_header)
        layout = vault.layout
    return layout


def test_a_stop_before_the_commit_keeps_the_old_passphrase(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    layout = _stop_after_prepare(vault_dir, fast_kdf)
    assert rekey.state(layout) is rekey.RekeyState.UNCOMMITTED
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, NEW)
    assert rekey.state(layout) is rekey.RekeyState.UNCOMMITTED  # nothing before the proof
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert _bodies(vault) == ["still here"]
    assert rekey.state(layout) is rekey.RekeyState.NONE
    assert not any(p.exists() for p in rekey.pending_files(layout))


def test_a_stop_after_the_commit_opens_with_the_new_passphrase(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    layout = _stop_after_prepare(vault_dir, fast_kdf)
    rekey.commit(layout)
    assert rekey.state(layout) is rekey.RekeyState.COMMITTED
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, PASSPHRASE)
    # Readers that take no lock see the committed vault too, and change nothing.
    assert check_integrity(vault_dir, NEW).sound
    assert rekey.state(layout) is rekey.RekeyState.COMMITTED
    with Vault.open(vault_dir, NEW) as vault:
        assert _bodies(vault) == ["still here"]
    assert rekey.state(layout) is rekey.RekeyState.NONE
    assert read_header(layout.header).unwrap(NEW) == bytearray(b"\x42" * 32)
    with Vault.open(vault_dir, NEW) as vault:
        assert _bodies(vault) == ["still here"]


def test_a_copied_vault_folder_mid_rekey_still_opens(vault_dir: Path, fast_kdf: KdfParams) -> None:
    layout = _stop_after_prepare(vault_dir, fast_kdf)
    rekey.commit(layout)
    copy = vault_dir.parent / "copied"
    shutil.copytree(vault_dir, copy)
    with Vault.open(copy, NEW) as vault:
        assert _bodies(vault) == ["still here"]
