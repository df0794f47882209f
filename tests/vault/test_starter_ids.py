"""Starter records have the same ids in every vault, and old vaults move onto them."""

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.test_migrations import FIXTURE_PASSPHRASE, FIXTURES
from wellbeing_desk.directory.starter import StarterDirectory, ensure_starter, load_starter
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant
from wellbeing_desk.vault.records import new_id, utc_now
from wellbeing_desk.vault.starter_ids import (
    give_starters_stable_ids,
    starter_care_item_id,
    starter_directory_id,
    starter_note_context_id,
)

STARTER_TABLES = ("care_item", "note_context", "directory_entry")
# Every table that holds a starter's id, for comparing whole vaults.
SNAPSHOT_TABLES = (
    *STARTER_TABLES,
    "journal_entry_item",
    "dialogue_note",
    "note_participant",
    "emergency_contact",
    "draft",
    "debrief",
    "tombstone",
)


@pytest.fixture(scope="module")
def starter() -> StarterDirectory:
    return load_starter()


def starter_ids(vault: Vault) -> dict[tuple[str, str], str]:
    """(table, list/key) -> id of every starter row."""
    conn = vault.connection()
    found: dict[tuple[str, str], str] = {}
    for table in STARTER_TABLES:
        kind = "list || '/' || starter_key" if table == "care_item" else "starter_key"
        for row_id, key in conn.execute(
            f"SELECT id, {kind} FROM {table} WHERE starter_key IS NOT NULL"
        ):
            found[(table, key)] = row_id
    return found


def stable_id(table: str, key: str) -> str:
    if table == "care_item":
        list_name, starter_key = key.split("/")
        return starter_care_item_id(list_name, starter_key)
    if table == "note_context":
        return starter_note_context_id(key)
    return starter_directory_id(key)


def snapshot(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in SNAPSHOT_TABLES
    }


def test_two_vaults_give_their_starters_the_same_ids(
    tmp_path: Path, fast_kdf: KdfParams, starter: StarterDirectory
) -> None:
    first = Vault.create(tmp_path / "laptop", PASSPHRASE, fast_kdf)
    second = Vault.create(tmp_path / "phone", PASSPHRASE, fast_kdf)
    try:
        for vault in (first, second):
            assert ensure_starter(vault, starter)[0] == len(starter.entries)
        ids = starter_ids(first)
        assert {table for table, _ in ids} == set(STARTER_TABLES)
        assert ids == starter_ids(second)
        assert all(row_id == stable_id(*where) for where, row_id in ids.items())
        assert len(set(ids.values())) == len(ids)
    finally:
        first.lock()
        second.lock()


def give_random_ids(conn: Connection) -> dict[str, str]:
    """Make ``conn``'s vault look made before stable ids: starters with random ids.

    Done before anything links to them, so every link below is made by the app.
    Returns stable id -> random id.
    """
    randomised: dict[str, str] = {}
    with write_transaction(conn):
        for table in STARTER_TABLES:
            for (row_id,) in conn.execute(
                f"SELECT id FROM {table} WHERE starter_key IS NOT NULL"
            ).fetchall():
                randomised[row_id] = new_id()
                conn.execute(
                    f"UPDATE {table} SET id = ? WHERE id = ?", (randomised[row_id], row_id)
                )
    return randomised


def test_an_old_vault_moves_its_starters_and_keeps_every_link(
    vault: Vault, starter: StarterDirectory
) -> None:
    ensure_starter(vault, starter)
    old = give_random_ids(vault.connection())
    key = starter.entries[0].key
    rest, movement = (
        starter_care_item_id(ACTIVITY, "rest"),
        starter_care_item_id(ACTIVITY, "movement"),
    )
    peer_circle = starter_note_context_id("peer_circle")
    line = starter_directory_id(key)

    mine = vault.care_items.add(ACTIVITY, "Swimming")  # hers: keeps its id
    entry = vault.journal.add(
        EntryInput(occurred_at=datetime(2026, 3, 1, 9), item_ids=(old[rest], mine.id))
    )
    note = vault.notes.add(
        NoteInput(
            "Circle",
            date(2026, 3, 2),
            context_id=old[peer_circle],
            participants=(Participant("The line", old[line]), Participant("Ana")),
        )
    )
    contact = vault.emergency.add_entry(old[line])
    vault.drafts.save("directory", "unsaved changes", record_id=old[line])
    typed = f'she wrote "{old[rest]}" herself'
    vault.drafts.save("journal-entry", json.dumps({"body": typed, "item_ids": [old[rest]]}))
    conn = vault.connection()
    state = {"answers": {"people": [{"name": "The line", "entry_id": old[line]}]}}
    with write_transaction(conn):
        # A movement row that another row's id is in the way of stays as it is.
        conn.execute(
            "INSERT INTO care_item(id, created_at, updated_at, list, name, position) "
            "VALUES (?, ?, ?, 'activity', 'In the way', 99)",
            (movement, utc_now(), utc_now()),
        )
        conn.execute(
            "INSERT INTO debrief(id, created_at, updated_at, template_id, template, title, "
            "status, state) VALUES (?, ?, ?, 't', '{}', 'After', 'in_progress', ?)",
            (new_id(), utc_now(), utc_now(), json.dumps(state)),
        )

    with write_transaction(conn):
        give_starters_stable_ids(conn)

    ids = starter_ids(vault)
    assert ids[("care_item", "activity/movement")] == old[movement]  # left alone
    assert all(
        row_id == stable_id(*where)
        for where, row_id in ids.items()
        if where[1] != "activity/movement"
    )
    stored_entry = vault.journal.get(entry)
    assert stored_entry is not None and set(stored_entry.item_ids) == {rest, mine.id}
    assert vault.care_items.get(mine.id) is not None
    stored_note = vault.notes.get(note)
    assert stored_note is not None
    assert stored_note.context_id == peer_circle
    assert [p.directory_id for p in stored_note.participants] == [line, None]
    assert [(c.id, c.entry_id) for c in vault.emergency.list()] == [(contact, line)]
    assert vault.drafts.get("directory", line) is not None
    assert vault.drafts.get("directory", old[line]) is None
    journal_draft = vault.drafts.get("journal-entry")
    assert journal_draft is not None
    assert json.loads(journal_draft.body) == {"body": typed, "item_ids": [rest]}
    (stored_state,) = conn.execute("SELECT state FROM debrief").fetchone()
    assert json.loads(stored_state)["answers"]["people"][0]["entry_id"] == line
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    before = snapshot(conn)
    with write_transaction(conn):
        give_starters_stable_ids(conn)
    assert snapshot(conn) == before


def test_a_tombstone_of_a_starters_old_id_moves_with_it(vault: Vault) -> None:
    old = give_random_ids(vault.connection())
    rest = starter_care_item_id(ACTIVITY, "rest")
    conn = vault.connection()
    with write_transaction(conn):
        conn.execute(
            "INSERT INTO tombstone(id, kind, deleted_at) VALUES (?, 'care_item', ?)",
            (old[rest], utc_now()),
        )
        give_starters_stable_ids(conn)
    assert conn.execute("SELECT id FROM tombstone").fetchall() == [(rest,)]


def test_a_released_vault_keeps_its_links(tmp_path: Path) -> None:
    # Made by schema 7 with random starter ids (tests/fixtures/make_fixture_vault.py).
    copy = tmp_path / "vault-schema-7"
    shutil.copytree(FIXTURES / "vault-schema-7", copy)
    vault = Vault.open(copy, FIXTURE_PASSPHRASE)
    try:
        (note,) = vault.notes.notes()
        (helpline,) = vault.emergency.list()
        conn = vault.connection()
        with write_transaction(conn):
            give_starters_stable_ids(conn)
        assert all(row_id == stable_id(*where) for where, row_id in starter_ids(vault).items())
        (entry,) = vault.journal.entries()
        assert entry.item_ids == (starter_care_item_id(ACTIVITY, "rest"),)
        moved = vault.notes.get(note.id)
        assert moved is not None and moved.context_id is not None
        context = vault.note_contexts.get(moved.context_id)
        assert context is not None and context.starter_key is not None
        assert moved.participants == note.participants  # her own entry keeps its id
        assert vault.emergency.list() == [helpline]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        vault.lock()
