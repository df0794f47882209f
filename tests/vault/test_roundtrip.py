"""Create → unlock → write → lock → unlock → read, and the hardening behind it."""

import sqlite3
import stat
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.vault import (
    KdfParams,
    NoVaultError,
    Vault,
    VaultExistsError,
    VaultLockedError,
    WrongPassphraseError,
    migrations,
)
from wellbeing_desk.vault.connection import looks_like_plain_sqlite, plain_sqlite_can_open
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.vault import check_integrity, describe, inspect_vault


def test_round_trip_create_write_lock_unlock_read(vault_dir: Path, fast_kdf: KdfParams) -> None:
    vault = Vault.create(vault_dir, PASSPHRASE, fast_kdf)
    vault.settings.set("greeting", "hola")
    vault.drafts.save("journal", "half a thought")
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLockedError):
        vault.settings.get("greeting")

    again = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert again.settings.get("greeting") == "hola"
        draft = again.drafts.get("journal")
        assert draft is not None
        assert draft.body == "half a thought"
    finally:
        again.lock()


def test_database_is_really_encrypted(vault: Vault) -> None:
    vault.settings.set("k", "v")
    database = vault.layout.database
    assert not looks_like_plain_sqlite(database)
    assert not plain_sqlite_can_open(database)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database).execute("SELECT * FROM sqlite_master").fetchall()


def test_connection_pragmas(vault: Vault) -> None:
    conn = vault.connection()

    def pragma(name: str) -> object:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("secure_delete") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") > 0
    assert pragma("cipher_version").startswith("4.")


def test_files_and_folder_are_private(vault: Vault) -> None:
    vault.settings.set("k", "v")
    assert stat.S_IMODE(vault.layout.root.stat().st_mode) == 0o700
    layout = vault.layout
    for path in (layout.header, layout.header_copy, layout.database, layout.wal):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_lock_checkpoints_the_wal(vault: Vault) -> None:
    vault.settings.set("k", "v" * 10_000)
    assert vault.layout.wal.stat().st_size > 0
    vault.lock()
    assert not vault.layout.wal.exists() or vault.layout.wal.stat().st_size == 0


def test_wrong_passphrase_changes_nothing(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, "not the passphrase")
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert before == after
    # And the right one still works afterwards (the failed attempt released the lock).
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_change_passphrase(vault: Vault, vault_dir: Path) -> None:
    vault.settings.set("k", "kept")
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("wrong old one", "new passphrase here")
    vault.change_passphrase(PASSPHRASE, "new passphrase here", KdfParams.fast_for_tests())
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, PASSPHRASE)
    reopened = Vault.open(vault_dir, "new passphrase here")
    assert reopened.settings.get("k") == "kept"
    reopened.lock()


def test_passphrase_is_unicode_normalised(vault_dir: Path, fast_kdf: KdfParams) -> None:
    composed, decomposed = "contraseña del río", "contrasen\u0303a del ri\u0301o"
    Vault.create(vault_dir, composed, fast_kdf).lock()
    Vault.open(vault_dir, decomposed).lock()


def test_integrity_check_of_a_sound_vault(vault: Vault, vault_dir: Path) -> None:
    vault.settings.set("k", "v")
    vault.lock()
    report = check_integrity(vault_dir, PASSPHRASE)
    assert report.sound, report


def test_no_vault_and_refuse_to_overwrite(vault_dir: Path, fast_kdf: KdfParams) -> None:
    with pytest.raises(NoVaultError):
        Vault.open(vault_dir, PASSPHRASE)
    with pytest.raises(NoVaultError):
        describe(vault_dir)
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    with pytest.raises(VaultExistsError):
        Vault.create(vault_dir, PASSPHRASE, fast_kdf)


def test_info_counts_without_taking_the_lock(vault: Vault, vault_dir: Path) -> None:
    info = inspect_vault(vault_dir, PASSPHRASE)  # works while the vault is open elsewhere
    assert info.schema_version == migrations.LATEST_VERSION
    assert info.record_counts == {"journal": 0, "debrief": 0, "directory": 0, "notes": 0}
    assert describe(vault_dir).kdf == KdfParams.fast_for_tests()


def test_encrypted_copy_opens_with_the_same_key(vault: Vault, tmp_path: Path) -> None:
    vault.settings.set("k", "copied")
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    vault.export_encrypted_copy(copy_dir / "vault.db")
    (copy_dir / "vault.header").write_bytes(vault.layout.header.read_bytes())
    copied = Vault.open(copy_dir, PASSPHRASE)
    assert copied.settings.get("k") == "copied"
    copied.lock()


def test_layout_is_one_folder(vault: Vault) -> None:
    names = {p.name for p in vault.layout.root.iterdir()}
    assert {"vault.header", "vault.db"} <= names
    assert VaultLayout(vault.layout.root).exists()


def test_create_in_a_folder_holding_only_lock_files(vault_dir: Path, fast_kdf: KdfParams) -> None:
    # The running app holds app.lock inside the vault folder before the vault exists.
    vault_dir.mkdir()
    (vault_dir / "app.lock").touch()
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    (vault_dir.parent / "other").mkdir()
    (vault_dir.parent / "other" / "notes.txt").write_text("someone's file")
    with pytest.raises(VaultExistsError):
        Vault.create(vault_dir.parent / "other", PASSPHRASE, fast_kdf)
