"""Destroying a vault: every key slot and database page overwritten, its files gone."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import PASSPHRASE
from tests.support.leakcheck import LeakScanner
from wellbeing_desk.vault import KdfParams, Vault, rekey, wipe
from wellbeing_desk.vault.connection import open_connection
from wellbeing_desk.vault.errors import DamagedVaultError, NoVaultError, VaultInUseError
from wellbeing_desk.vault.header import parse_header
from wellbeing_desk.vault.instance_lock import InstanceLock
from wellbeing_desk.vault.layout import VaultLayout

CANARY = "canary-wipe-7f3a9c"
# What SQLCipher says, as it is or as ``open_connection`` types it, to a file it cannot read.
UNREADABLE = (DamagedVaultError, sqlcipher3.DatabaseError)


def make_vault(root: Path, kdf: KdfParams, rows: int = 20) -> None:
    vault = Vault.create(root, PASSPHRASE, kdf)
    for number in range(rows):
        vault.settings.set(f"note-{number}", f"{CANARY} {number} " * 20)
    vault.lock()


def add_every_kind_of_file(root: Path) -> None:
    """A pending re-key, a pre-migration copy with its WAL, a damage mark, header temp files."""
    layout = VaultLayout(root)
    database = layout.database.read_bytes()
    rekey.pending_database(layout).write_bytes(database)
    rekey.pending_header(layout).write_bytes(layout.header.read_bytes())
    layout.backups.mkdir()
    (layout.backups / "pre-migration-v1-20261201T000000Z.db").write_bytes(database)
    (layout.backups / "pre-migration-v1-20261201T000000Z.db-wal").write_bytes(b"\1" * 5000)
    (root / ".vault.header.0a1b2c.tmp").write_bytes(layout.header.read_bytes())
    (root / "vault.damaged").write_bytes(b"marker")
    layout.wal.write_bytes(b"\2" * 3000)


def digests(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_after_a_wipe_nothing_opens_and_no_vault_file_is_left(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_vault(vault_dir, fast_kdf)
    add_every_kind_of_file(vault_dir)
    before = set(digests(vault_dir))

    report = wipe.destroy_vault(vault_dir)

    assert report.complete, report.failed
    assert report.folder_removed and not vault_dir.exists()
    assert report.left == []
    removed = {str(p.relative_to(vault_dir)) for p in report.removed}
    assert removed == before | {"writer.lock", "app.lock"}
    overwritten = {p.name for p in report.overwritten}
    # Every key slot: the header, its copy, the pending re-key header, a temp header.
    assert {"vault.header", "vault.header.copy", "vault.header.rekey"} <= overwritten
    assert ".vault.header.0a1b2c.tmp" in overwritten
    # Every database file: main, WAL, pending re-key, the pre-migration copy and its WAL.
    assert {"vault.db", "vault.db-wal", "vault.db.rekey"} <= overwritten
    assert {"pre-migration-v1-20261201T000000Z.db", "pre-migration-v1-20261201T000000Z.db-wal"} <= (
        overwritten
    )
    with pytest.raises(NoVaultError):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_kept_header_and_the_passphrase_cannot_read_the_overwritten_database(
    tmp_path: Path, vault_dir: Path, fast_kdf: KdfParams
) -> None:
    """An attacker who copied the header and knows the passphrase, and whose hard
    link to the database keeps its blocks after the wipe removes the vault's name."""
    make_vault(vault_dir, fast_kdf)
    kept_header = (vault_dir / "vault.header").read_bytes()
    linked_header = tmp_path / "linked.header"
    os.link(vault_dir / "vault.header", linked_header)
    kept_database = tmp_path / "kept.db"
    os.link(vault_dir / "vault.db", kept_database)  # sees the in-place overwrite
    data_key = parse_header(kept_header).unwrap(PASSPHRASE)
    size = kept_database.stat().st_size

    # Before the wipe, this attacker reads everything: the test's control.
    conn = open_connection(kept_database, data_key, read_only=True)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    conn.close()

    wipe.destroy_vault(vault_dir)

    assert kept_database.stat().st_size == size  # overwritten in place, not replaced
    # The key slot itself is gone from the disk's blocks: random bytes, same length.
    assert len(linked_header.read_bytes()) == len(kept_header) != 0
    with pytest.raises(DamagedVaultError):
        parse_header(linked_header.read_bytes())
    with pytest.raises(UNREADABLE):
        conn = open_connection(kept_database, data_key, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_large_database_loses_its_first_pages(
    tmp_path: Path, vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond ``WHOLE_FILE_UP_TO`` only the first ``FIRST_BYTES`` are overwritten (fast)."""
    make_vault(vault_dir, fast_kdf, rows=200)
    monkeypatch.setattr(wipe, "WHOLE_FILE_UP_TO", 0)
    kept = tmp_path / "kept.db"
    os.link(vault_dir / "vault.db", kept)
    data_key = parse_header((vault_dir / "vault.header").read_bytes()).unwrap(PASSPHRASE)
    before = kept.read_bytes()
    assert len(before) > 2 * wipe.FIRST_BYTES

    wipe.destroy_vault(vault_dir)

    after = kept.read_bytes()
    assert after[wipe.FIRST_BYTES :] == before[wipe.FIRST_BYTES :]
    changed = sum(a != b for a, b in zip(after[: wipe.FIRST_BYTES], before, strict=False))
    assert changed > wipe.FIRST_BYTES * 0.99  # random, not zeros over zeros
    with pytest.raises(UNREADABLE):
        conn = open_connection(kept, data_key, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_unknown_files_are_left_reported_and_the_scan_finds_only_them(
    tmp_path: Path, vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_vault(vault_dir, fast_kdf)
    mine = vault_dir / "my-notes.txt"
    mine.write_text(f"her own file, not the vault's: {CANARY}\n")
    (vault_dir / "backups").mkdir()
    other = vault_dir / "backups" / "holiday.jpg"
    other.write_bytes(b"jpeg")
    scanner = LeakScanner([tmp_path], system_temp_dirs=())  # a wipe writes no temp file

    report = wipe.destroy_vault(vault_dir)

    assert report.left == [other, mine]
    assert mine.read_text().endswith(f"{CANARY}\n") and other.read_bytes() == b"jpeg"
    assert not report.folder_removed
    assert sorted(p.name for p in vault_dir.rglob("*")) == [
        "backups",
        "holiday.jpg",
        "my-notes.txt",
    ]
    # The canary is found in her own file (the scan works) and nowhere else.
    found_in = {hit.rsplit(" (", 1)[0] for hit in scanner.findings(CANARY)}
    assert found_in == {str(mine)}


def test_a_vault_open_elsewhere_is_refused_and_unchanged(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_vault(vault_dir, fast_kdf)
    before = {k: v for k, v in digests(vault_dir).items() if not k.endswith(".lock")}
    opened = Vault.open(vault_dir, PASSPHRASE)  # the writer lock, as another command holds it
    try:
        with pytest.raises(VaultInUseError):
            wipe.destroy_vault(vault_dir)
    finally:
        opened.lock()
    window = InstanceLock(VaultLayout(vault_dir).app_lock)  # a window on its first screen
    with window, pytest.raises(VaultInUseError):
        wipe.destroy_vault(vault_dir)
    assert {k: v for k, v in digests(vault_dir).items() if not k.endswith(".lock")} == before
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_the_window_that_holds_the_app_lock_may_destroy(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_vault(vault_dir, fast_kdf)
    window = InstanceLock(VaultLayout(vault_dir).app_lock)
    with window:
        report = wipe.destroy_vault(vault_dir, held_app_lock=window)
    assert report.complete
    assert [p.name for p in vault_dir.iterdir()] == ["app.lock"]  # the caller's to remove


def test_a_damaged_vault_is_destroyed_without_a_passphrase(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_vault(vault_dir, fast_kdf)
    (vault_dir / "vault.header").write_bytes(b"{ not a header")
    (vault_dir / "vault.header.copy").unlink()
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_dir, PASSPHRASE)

    assert wipe.destroy_vault(vault_dir).complete
    assert not vault_dir.exists()


def test_what_is_not_a_vault_is_refused_untouched(tmp_path: Path) -> None:
    with pytest.raises(NoVaultError):
        wipe.destroy_vault(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NoVaultError):
        wipe.destroy_vault(empty)
    other = tmp_path / "other-app"
    other.mkdir()
    sqlite3.connect(other / "vault.db").execute("CREATE TABLE t (x)").connection.close()
    before = digests(other)
    with pytest.raises(DamagedVaultError):
        wipe.destroy_vault(other)
    assert digests(other) == before


def test_a_link_or_fifo_is_never_opened(
    tmp_path: Path, vault_dir: Path, fast_kdf: KdfParams
) -> None:
    make_vault(vault_dir, fast_kdf)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"not the vault's")
    (vault_dir / "vault.db-wal").symlink_to(outside)
    (vault_dir / "vault.db-shm").unlink(missing_ok=True)
    os.mkfifo(vault_dir / "vault.db-shm")  # opened for writing, it would wait for a reader

    report = wipe.destroy_vault(vault_dir)

    assert outside.read_bytes() == b"not the vault's"
    assert report.left == [vault_dir / "vault.db-shm", vault_dir / "vault.db-wal"]
    assert (vault_dir / "vault.db-wal").is_symlink()


def test_after_a_wipe_neither_the_passphrase_nor_the_recovery_code_opens_anything(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    root = tmp_path / "vault"
    make_vault(root, fast_kdf, rows=3)
    with Vault.open(root, PASSPHRASE) as vault:
        code = vault.add_recovery_code(PASSPHRASE)
    kept_header = parse_header(VaultLayout(root).header.read_bytes())
    assert kept_header.recovery_slot is not None  # the code did open this vault
    wipe.destroy_vault(root)
    with pytest.raises(NoVaultError):
        Vault.open(root, PASSPHRASE)
    with pytest.raises(NoVaultError):
        Vault.recover(root, code, "a whole new passphrase here", fast_kdf)
    assert LeakScanner([tmp_path], system_temp_dirs=()).findings(CANARY) == []
