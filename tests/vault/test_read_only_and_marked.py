"""Issues 11.2 and 11.3 at the vault layer: read-only here, and damage remembered.

Read-only places are made with ``tests/support/read_only.py`` (a chmod for an
ordinary user, a read-only bind mount for root). The simulated tests pretend
the place is read-only while the OS would still allow writes: they hold as
root too, and show that the read-only vault refuses writes by itself.
"""

import errno
import shutil
from datetime import datetime
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import PASSPHRASE
from tests.support.read_only import WAYS, digests, read_only
from wellbeing_desk.vault import DamagedVaultError, KdfParams, Vault
from wellbeing_desk.vault import access as vault_access
from wellbeing_desk.vault.errors import VaultReadOnlyError
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.vault import check_integrity, check_open_vault, inspect_vault


def _entry(text: str) -> EntryInput:
    return EntryInput(occurred_at=datetime(2026, 3, 1, 12, 0), stress=3, body=text)


def filled(vault_dir: Path, kdf: KdfParams, entries: int = 3) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf) as vault:
        for number in range(entries):
            vault.journal.add(_entry(f"entry {number} by the harbour"))


def bodies(vault: Vault) -> set[str]:
    return {entry.body for entry in vault.journal.entries()}


@pytest.fixture
def pretend_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The place counts as read-only although the OS would allow writes (holds as root)."""
    monkeypatch.setattr(vault_access, "writable_here", lambda _layout: False)


# -- a real read-only place --------------------------------------------------------


@pytest.mark.parametrize("way", WAYS)
def test_a_read_only_place_reads_and_refuses_writes(
    vault_dir: Path, fast_kdf: KdfParams, way: str
) -> None:
    filled(vault_dir, fast_kdf)
    before = digests(vault_dir)
    with read_only(vault_dir, way, in_process=True) as place:
        with pytest.raises(VaultReadOnlyError, match="read-only here"):
            Vault.open(place, PASSPHRASE)
        with Vault.open_for_reading(place, PASSPHRASE) as reader:
            assert len(bodies(reader)) == 3
        assert inspect_vault(place, PASSPHRASE).record_counts == {
            "journal": 3,
            "debrief": 0,
            "directory": 0,
            "notes": 0,
        }
        assert check_integrity(place, PASSPHRASE).sound
        with Vault.open(place, PASSPHRASE, read_only_ok=True) as vault:
            assert vault.read_only == vault_access.READ_ONLY_HERE
            assert len(bodies(vault)) == 3
            with pytest.raises(Exception) as raised:
                vault.journal.add(_entry("not saved"))
            typed = vault_access.typed_error(raised.value, vault)
            assert isinstance(typed, VaultReadOnlyError), raised.value
        assert digests(place) == before
    assert digests(vault_dir) == before


@pytest.mark.parametrize("way", WAYS)
def test_a_stick_pulled_while_open_still_shows_the_latest_entry(
    vault_dir: Path, tmp_path: Path, fast_kdf: KdfParams, way: str
) -> None:
    """Its -wal and -shm stayed beside the database: read them, do not ignore them."""
    filled(vault_dir, fast_kdf)
    copy = tmp_path / "stick"
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.journal.add(_entry("only in the -wal"))
        shutil.copytree(vault_dir, copy)  # as if the stick were pulled out now
    assert (copy / "vault.db-wal").stat().st_size > 0
    assert (copy / "vault.db-shm").exists()
    with (
        read_only(copy, way, in_process=True) as place,
        Vault.open(place, PASSPHRASE, read_only_ok=True) as vault,
    ):
        assert "only in the -wal" in bodies(vault)


@pytest.mark.parametrize("way", WAYS)
def test_unsaved_changes_that_cannot_be_read_here_are_not_silently_skipped(
    vault_dir: Path, tmp_path: Path, fast_kdf: KdfParams, way: str
) -> None:
    """A -wal without its -shm on read-only media: say so rather than show older data."""
    filled(vault_dir, fast_kdf)
    copy = tmp_path / "stick"
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.journal.add(_entry("only in the -wal"))
        shutil.copytree(vault_dir, copy)
    (copy / "vault.db-shm").unlink()
    with (
        read_only(copy, way, in_process=True) as place,
        pytest.raises(VaultReadOnlyError, match="copy the vault folder"),
    ):
        Vault.open(place, PASSPHRASE, read_only_ok=True)


# -- a simulated read-only place (holds as root) ----------------------------------------


@pytest.mark.usefixtures("pretend_read_only")
def test_a_read_only_vault_refuses_writes_by_itself(vault_dir: Path, fast_kdf: KdfParams) -> None:
    filled(vault_dir, fast_kdf)
    (vault_dir / "writer.lock").unlink()
    before = digests(vault_dir)
    with pytest.raises(VaultReadOnlyError):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, PASSPHRASE, read_only_ok=True) as vault:
        assert vault.read_only == vault_access.READ_ONLY_HERE
        for write in (
            lambda: vault.journal.add(_entry("not saved")),
            lambda: vault.settings.set("some key", "some value"),
        ):
            with pytest.raises(Exception) as raised:
                write()
            assert isinstance(vault_access.typed_error(raised.value, vault), VaultReadOnlyError)
        assert len(bodies(vault)) == 3
    assert digests(vault_dir) == before  # no lock file, no -wal, no -shm, no chmod


@pytest.mark.usefixtures("pretend_read_only")
def test_a_read_only_vault_that_needs_a_migration_says_so(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    filled(vault_dir, fast_kdf)
    with Vault.open(vault_dir, PASSPHRASE, read_only_ok=True) as vault:
        vault.connection()  # opened
    from wellbeing_desk.vault import migrations

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrations, "pending", lambda _conn: [999])
        with pytest.raises(VaultReadOnlyError, match="update"):
            Vault.open(vault_dir, PASSPHRASE, read_only_ok=True)
        with pytest.raises(VaultReadOnlyError, match="update"):
            Vault.open_for_reading(vault_dir, PASSPHRASE)


def test_sqlite_errors_are_typed_by_what_they_mean(vault_dir: Path, fast_kdf: KdfParams) -> None:
    filled(vault_dir, fast_kdf)

    def sqlite_error(code: int, kind: type[Exception] = sqlcipher3.OperationalError) -> Exception:
        error = kind("from SQLite")
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        return error

    with Vault.open(vault_dir, PASSPHRASE) as vault:
        typed = vault_access.typed_error
        assert isinstance(typed(sqlite_error(8), vault), VaultReadOnlyError)
        assert isinstance(typed(sqlite_error(8 | (1 << 8)), vault), VaultReadOnlyError)
        # Can't open, in a place that is writable, is not "read-only here" (nor damage).
        cantopen = typed(sqlite_error(14), vault)
        assert not isinstance(cantopen, VaultReadOnlyError | DamagedVaultError)
        other = ValueError("not ours")
        assert typed(other, vault) is other
        # Meeting damage marks the vault and stops writes on this connection.
        assert vault.read_only is None
        assert not vault_access.is_marked_damaged(vault.layout)
        for code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
            damage = typed(sqlite_error(code, sqlcipher3.DatabaseError), vault)
            assert isinstance(damage, DamagedVaultError)
        assert vault.read_only == vault_access.DAMAGED
        assert vault_access.is_marked_damaged(vault.layout)
        with pytest.raises(Exception) as raised:
            vault.settings.set("key", "value")
        assert isinstance(typed(raised.value, vault), DamagedVaultError)


# -- damage remembered ------------------------------------------------------------------


def flip_a_journal_page(vault_dir: Path) -> bytes:
    with Vault.open_for_reading(vault_dir, PASSPHRASE) as vault:
        conn = vault.connection()
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'journal_entry'"
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    database = vault_dir / "vault.db"
    good = database.read_bytes()
    damaged = bytearray(good)
    damaged[(int(root) - 1) * int(page_size) + int(page_size) // 2] ^= 0x01
    database.write_bytes(bytes(damaged))
    return good


def test_a_failed_check_marks_the_vault_and_a_passing_one_clears_it(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    filled(vault_dir, fast_kdf, entries=40)
    good = flip_a_journal_page(vault_dir)
    layout = VaultLayout(vault_dir)
    assert not check_integrity(vault_dir, PASSPHRASE).sound
    assert vault_access.is_marked_damaged(layout)
    damaged = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(DamagedVaultError, match="check"):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, PASSPHRASE, read_only_ok=True) as vault:
        assert vault.read_only == vault_access.DAMAGED
        with pytest.raises(Exception) as raised:
            vault.settings.set("key", "value")
        assert isinstance(vault_access.typed_error(raised.value, vault), DamagedVaultError)
        report = check_open_vault(vault)
        assert not report.sound
    assert (vault_dir / "vault.db").read_bytes() == damaged
    (vault_dir / "vault.db").write_bytes(good)
    assert vault_access.is_marked_damaged(layout)  # only a check clears it
    assert check_integrity(vault_dir, PASSPHRASE).sound
    assert not vault_access.is_marked_damaged(layout)
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_a_check_of_the_open_vault_clears_the_mark_when_sound(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    """The app's own check (on its read-only connection) can clear a mark left before."""
    filled(vault_dir, fast_kdf)
    layout = VaultLayout(vault_dir)
    assert vault_access.mark_damaged(layout)
    with Vault.open(vault_dir, PASSPHRASE, read_only_ok=True) as vault:
        assert vault.read_only == vault_access.DAMAGED
        assert check_open_vault(vault).sound
    assert not vault_access.is_marked_damaged(layout)


def test_a_mark_that_cannot_be_written_is_not_an_error(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a read-only stick the damage is still reported, just not remembered."""
    filled(vault_dir, fast_kdf)

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(vault_access.os, "open", refuse)
    assert vault_access.mark_damaged(VaultLayout(vault_dir)) is False
