"""One record lifecycle for every kind: trash, restore, empty trash with tombstones."""

from collections.abc import Callable
from datetime import date, datetime

import pytest

from tests.vault.test_debriefs import flow_with
from wellbeing_desk.debrief import record
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput


def _journal(vault: Vault) -> str:
    return vault.journal.add(EntryInput(occurred_at=datetime(2026, 12, 1, 9), body="findme"))


def _note(vault: Vault) -> str:
    return vault.notes.add(NoteInput(title="findme", occurred_on=date(2026, 12, 1)))


def _debrief(vault: Vault) -> str:
    return vault.debriefs.create(record.debrief_input(flow_with("findme"), "en")).id


def _directory(vault: Vault) -> str:
    return vault.directory.add(DirectoryEntryInput(name="findme"))


KINDS: dict[str, tuple[Callable[[Vault], str], str, str, str]] = {
    # kind: (make one, its repository, its table, its index)
    "journal": (_journal, "journal", "journal_entry", "journal_fts"),
    "note": (_note, "notes", "dialogue_note", "note_fts"),
    "debrief": (_debrief, "debriefs", "debrief", "debrief_fts"),
    "directory": (_directory, "directory", "directory_entry", "directory_fts"),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_trash_restore_and_unknown_ids(vault: Vault, kind: str) -> None:
    make, name, table, _index = KINDS[kind]
    repository = getattr(vault, name)
    record_id = make(vault)
    conn = vault.connection()

    def deleted() -> object:
        return conn.execute(
            f"SELECT deleted_at FROM {table} WHERE id = ?", (record_id,)
        ).fetchone()[0]

    repository.delete(record_id)
    assert deleted() is not None
    repository.restore(record_id)
    assert deleted() is None
    with pytest.raises(KeyError):
        repository.delete("no-such-id")


@pytest.mark.parametrize("kind", ["journal", "note", "debrief"])
def test_empty_trash_leaves_a_tombstone_and_nothing_else(vault: Vault, kind: str) -> None:
    make, name, table, index = KINDS[kind]
    repository = getattr(vault, name)
    kept, gone = make(vault), make(vault)
    vault.drafts.save("editor", "{}", gone)
    repository.delete(gone)
    assert repository.empty_trash() == 1
    conn = vault.connection()
    assert conn.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (gone,)).fetchone() == (0,)
    assert conn.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (kept,)).fetchone() == (1,)
    assert conn.execute(f"SELECT count(*) FROM {index}").fetchone() == (1,)
    assert conn.execute("SELECT kind FROM tombstone WHERE id = ?", (gone,)).fetchone() == (kind,)
    assert conn.execute("SELECT count(*) FROM draft WHERE record_id = ?", (gone,)).fetchone() == (
        0,
    )
    assert repository.empty_trash() == 0
