"""Issue 11.9: words she deleted do not survive inside the encryption.

The database is decrypted page by page (free pages included) and searched for
the deleted words; a word she kept is the control that the reading works.
"""

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.sqlcipher_pages import plaintext_of
from tests.vault.test_debriefs import flow_with
from tests.vault.test_migrations import FIXTURE_PASSPHRASE, FIXTURES
from wellbeing_desk.debrief import record
from wellbeing_desk.vault import KdfParams, Vault, pre_migration
from wellbeing_desk.vault.header import read_header
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.notes import NoteInput

KEPT = "xylophonekept"
DELETED = ("zebrajournal", "quokkaedited", "narwhalnote", "axolotldebrief")


def _scan(vault_dir: Path, passphrase: str) -> bytes:
    key = read_header(vault_dir / "vault.header").unwrap(passphrase)
    files = [vault_dir / "vault.db", vault_dir / "vault.db-wal"]
    return b"".join(plaintext_of(path, key) for path in files if path.exists())


def test_emptied_trash_and_edits_leave_no_words_in_any_page(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        when = datetime(2026, 12, 1, 8, 0)
        vault.journal.add(EntryInput(occurred_at=when, body=f"{KEPT} stays with me"))
        gone = vault.journal.add(EntryInput(occurred_at=when, body=f"{DELETED[0]} was hard"))
        edited = vault.journal.add(EntryInput(occurred_at=when, body=f"{DELETED[1]} at first"))
        vault.journal.update(edited, EntryInput(occurred_at=when, body="better words now"))
        note = vault.notes.add(
            NoteInput(title="Peer circle", occurred_on=date(2026, 12, 1), body=DELETED[2])
        )
        debrief = vault.debriefs.create(record.debrief_input(flow_with(DELETED[3]), "en"))
        vault.journal.delete(gone)
        vault.notes.delete(note)
        vault.debriefs.delete(debrief.id)
        assert vault.journal.empty_trash() == 1
        assert vault.notes.empty_trash() == 1
        assert vault.debriefs.empty_trash() == 1
    plaintext = _scan(vault_dir, PASSPHRASE)
    assert KEPT.encode() in plaintext  # the control: the pages really were read
    for word in DELETED:
        assert word.encode() not in plaintext, word


def test_an_older_vault_loses_words_deleted_before_it_was_migrated(tmp_path: Path) -> None:
    copy = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault-schema-6", copy)
    key = read_header(copy / "vault.header").unwrap(FIXTURE_PASSPHRASE)
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        (entry,) = vault.journal.entries()
        vault.journal.update(
            entry.id, EntryInput(occurred_at=entry.occurred_at, body="Fixture entry: changed.")
        )
    assert b"calm" not in plaintext_of(copy / "vault.db", key)


def test_pre_migration_copies_go_after_three_good_opens(tmp_path: Path) -> None:
    copy = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault-schema-6", copy)
    layout = VaultLayout(copy)
    for opened in range(1, pre_migration.OPENS_BEFORE_PRUNING + 1):
        Vault.open(copy, FIXTURE_PASSPHRASE).lock()
        if opened < pre_migration.OPENS_BEFORE_PRUNING:
            assert len(pre_migration.copies(layout)) == 1, opened
    assert pre_migration.copies(layout) == []
    Vault.open(copy, FIXTURE_PASSPHRASE).lock()  # and the vault itself is whole


def test_pre_migration_copies_stay_when_the_check_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pre_migration, "_sound", lambda _conn: False)
    copy = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault-schema-6", copy)
    for _ in range(pre_migration.OPENS_BEFORE_PRUNING + 2):
        Vault.open(copy, FIXTURE_PASSPHRASE).lock()
    assert len(pre_migration.copies(VaultLayout(copy))) == 1
