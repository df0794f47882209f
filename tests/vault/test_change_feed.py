"""The change feed: every write noted by kind and record id, nothing when nothing was written."""

from datetime import datetime

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.change_feed import DIRECTORY, JOURNAL, NOTE, SETTING
from wellbeing_desk.vault.connection import write_transaction
from wellbeing_desk.vault.journal import EntryInput


def test_off_unless_watched(vault: Vault) -> None:
    vault.journal.add(EntryInput(datetime(2026, 1, 2, 9), body="Tired."))
    assert not vault.take_changes()


def test_a_write_is_noted_once_and_then_forgotten(vault: Vault) -> None:
    vault.watch_changes()
    entry_id = vault.journal.add(EntryInput(datetime(2026, 1, 2, 9), body="Tired.", tags=("work",)))
    changes = vault.take_changes()
    assert changes.kinds == {JOURNAL}
    assert changes.ids_of(JOURNAL) == {entry_id}
    assert not vault.take_changes()  # taken: nothing new
    list(vault.journal.entries())  # reading writes nothing
    assert not vault.take_changes()


def test_trash_restore_and_empty_trash_are_noted(vault: Vault) -> None:
    vault.watch_changes()
    entry_id = vault.journal.add(EntryInput(datetime(2026, 1, 2, 9), body="Tired."))
    vault.take_changes()
    vault.journal.delete(entry_id)
    assert vault.take_changes().ids_of(JOURNAL) == {entry_id}
    vault.journal.empty_trash()
    assert vault.take_changes().ids_of(JOURNAL) == {entry_id}


def test_child_rows_name_their_record(vault: Vault) -> None:
    vault.watch_changes()
    vault.settings.set("lock_minutes", "5")
    changes = vault.take_changes()
    assert changes.touches(SETTING) and not changes.touches(JOURNAL, NOTE, DIRECTORY)


def test_a_rolled_back_write_notes_nothing(vault: Vault) -> None:
    vault.watch_changes()
    conn = vault.connection()
    with pytest.raises(RuntimeError), write_transaction(conn):
        conn.execute("INSERT INTO vault_setting(key, value, updated_at) VALUES ('k', 'v', 'now')")
        raise RuntimeError("the disk filled up halfway")
    assert not vault.take_changes()


def test_the_feed_survives_a_new_passphrase(vault: Vault, fast_kdf: KdfParams) -> None:
    vault.watch_changes()
    vault.change_passphrase(PASSPHRASE, "a whole new passphrase here", fast_kdf)
    vault.take_changes()  # the new connection: the notes start there
    entry_id = vault.journal.add(EntryInput(datetime(2026, 1, 2, 9), body="After."))
    assert vault.take_changes().ids_of(JOURNAL) == {entry_id}


def test_a_replacing_write_twice_is_noted_and_refused_by_nothing(vault: Vault) -> None:
    # The outer statement's conflict policy overrides a trigger's own: the notes
    # must not have a unique key that an INSERT OR REPLACE could trip over.
    entry_id = vault.journal.add(EntryInput(datetime(2026, 1, 2, 9), body="Tired."))
    vault.watch_changes()
    conn = vault.connection()
    for tag in ("work", "home"):  # two rows, one record: noted once, no conflict
        conn.execute(
            "INSERT OR ABORT INTO journal_entry_tag(entry_id, tag) VALUES (?, ?)", (entry_id, tag)
        )
    for _ in range(2):
        conn.execute(
            "INSERT OR REPLACE INTO vault_setting(key, value, updated_at) VALUES ('k', 'v', 'now')"
        )
    changes = vault.take_changes()
    assert changes.ids_of(JOURNAL) == {entry_id}
    assert changes.ids_of(SETTING) == {"k"}
