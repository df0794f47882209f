"""Damaged and too-new vaults: a typed error, and the files left exactly as they were."""

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.vault import DamagedVaultError, KdfParams, Vault, VaultTooNewError
from wellbeing_desk.vault.header import HEADER_FORMAT
from wellbeing_desk.vault.vault import check_integrity, inspect_vault


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_filled_vault(vault_dir: Path, kdf: KdfParams) -> None:
    """A vault of many pages, checkpointed, so damage can land mid-file."""
    vault = Vault.create(vault_dir, PASSPHRASE, kdf)
    for number in range(200):
        vault.settings.set(f"key-{number}", f"value {number} " * 300)
    vault.lock()


def flip_bytes_mid_file(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    for offset in range(middle, middle + 16):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_flipped_bytes_mid_file_are_reported_and_nothing_changes(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_filled_vault(vault_dir, fast_kdf)
    database = vault_dir / "vault.db"
    assert database.stat().st_size > 16 * 4096
    flip_bytes_mid_file(database)
    before = _digest(database)
    report = check_integrity(vault_dir, PASSPHRASE)
    assert not report.sound
    assert _digest(database) == before


def test_flipped_first_page_is_damaged_not_wrong_passphrase(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_filled_vault(vault_dir, fast_kdf)
    database = vault_dir / "vault.db"
    data = bytearray(database.read_bytes())
    data[100] ^= 0xFF
    database.write_bytes(bytes(data))
    before = _digest(database)
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_dir, PASSPHRASE)
    assert _digest(database) == before


@pytest.mark.parametrize("keep", [0, 10, 200])
def test_truncated_header_is_damaged(vault_dir: Path, fast_kdf: KdfParams, keep: int) -> None:
    """The header and its copy truncated alike (one sound copy opens: test_header_copy.py)."""
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    files = (vault_dir / "vault.header", vault_dir / "vault.header.copy", vault_dir / "vault.db")
    for header in files[:2]:
        header.write_bytes(header.read_bytes()[:keep])
    before = [_digest(path) for path in files]
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_dir, PASSPHRASE)
    assert [_digest(path) for path in files] == before


def test_missing_header_with_database_is_damaged(vault_dir: Path, fast_kdf: KdfParams) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    (vault_dir / "vault.header").unlink()
    (vault_dir / "vault.header.copy").unlink()
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_dir, PASSPHRASE)


def test_plaintext_sqlite_in_place_of_the_vault_is_refused(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    import sqlite3

    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    (vault_dir / "vault.db").unlink()
    plain = sqlite3.connect(vault_dir / "vault.db")
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_dir, PASSPHRASE)


def test_newer_schema_is_refused(vault: Vault, vault_dir: Path) -> None:
    vault.connection().execute("PRAGMA user_version = 99")
    vault.lock()
    before = _digest(vault_dir / "vault.db")
    with pytest.raises(VaultTooNewError):
        Vault.open(vault_dir, PASSPHRASE)
    with pytest.raises(VaultTooNewError):
        inspect_vault(vault_dir, PASSPHRASE)
    assert _digest(vault_dir / "vault.db") == before


def test_newer_header_format_is_refused(vault_dir: Path, fast_kdf: KdfParams) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    header = vault_dir / "vault.header"
    document = json.loads(header.read_text())
    document["format"] = HEADER_FORMAT + 1  # its copy, still sound, does not overrule it
    header.write_text(json.dumps(document))
    with pytest.raises(VaultTooNewError):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_database_without_a_schema_behind_a_header_is_damaged(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    """11.1: an encrypted but empty database (schema 0) is not silently rebuilt."""
    from wellbeing_desk.vault.connection import open_connection
    from wellbeing_desk.vault.folder import read_vault_header
    from wellbeing_desk.vault.layout import VaultLayout

    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    database = vault_dir / "vault.db"
    key = read_vault_header(VaultLayout(vault_dir)).unwrap(PASSPHRASE)
    database.unlink()
    for leftover in vault_dir.glob("vault.db-*"):
        leftover.unlink()
    empty = open_connection(database, key)  # a valid SQLCipher file with nothing in it
    empty.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    empty.close()
    assert database.stat().st_size > 0
    before = _digest(database)
    with pytest.raises(DamagedVaultError, match="schema version 0"):
        Vault.open(vault_dir, PASSPHRASE)
    with pytest.raises(DamagedVaultError):
        Vault.open_for_reading(vault_dir, PASSPHRASE)
    assert not check_integrity(vault_dir, PASSPHRASE).sound
    assert _digest(database) == before


def test_a_failed_create_takes_back_what_it_made(
    tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """11.5: a full disk before the header leaves the place as it was, and init can run again."""
    import errno

    from wellbeing_desk.vault import vault as vault_module

    def full(_path: Path, _header: object) -> bool:
        raise OSError(errno.ENOSPC, "No space left on device")

    for folder in (tmp_path / "new-vault", tmp_path / "empty-folder"):
        existed = folder.name == "empty-folder"
        if existed:
            folder.mkdir()
        monkeypatch.setattr(vault_module, "write_vault_header", full)
        with pytest.raises(OSError):
            Vault.create(folder, PASSPHRASE, fast_kdf)
        if existed:
            assert [p.name for p in folder.iterdir() if p.name != "writer.lock"] == []
        else:
            assert not folder.exists()
        monkeypatch.undo()
        Vault.create(folder, PASSPHRASE, fast_kdf).lock()
        Vault.open(folder, PASSPHRASE).lock()


def test_an_interrupted_create_is_no_vault_and_init_resumes(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """11.5: killed before the header: other commands say so truthfully; init runs again."""
    from wellbeing_desk.vault import NoVaultError

    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, fast_kdf).lock()
    (folder / "vault.header").unlink()  # as if killed just before the header was written
    (folder / "vault.header.copy").unlink()  # (the copy is written after the header)
    (folder / ".creating").write_bytes(b"")
    with pytest.raises(NoVaultError, match="interrupted; run init again"):
        Vault.open(folder, PASSPHRASE)
    Vault.create(folder, PASSPHRASE, fast_kdf).lock()
    Vault.open(folder, PASSPHRASE).lock()
    assert not (folder / ".creating").exists()


def test_a_database_without_header_and_marker_is_still_damage(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """Without the create marker a lost header may be restorable: nothing is removed."""
    from wellbeing_desk.vault import VaultExistsError

    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, fast_kdf).lock()
    (folder / "vault.header").unlink()
    (folder / "vault.header.copy").unlink()
    with pytest.raises(DamagedVaultError, match=r"vault\.header is missing"):
        Vault.open(folder, PASSPHRASE)
    with pytest.raises(VaultExistsError):
        Vault.create(folder, PASSPHRASE, fast_kdf)
    assert (folder / "vault.db").exists()
