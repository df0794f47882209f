"""Numbered migrations: one transaction each, a copy first, fixture vaults of every schema."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault import migrations as migrations_module
from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.notes import NoteFilter

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase"


def _add_migration(
    monkeypatch: pytest.MonkeyPatch,
    version: int,
    step: "migrations_module.Callable[[Connection], None]",
) -> None:
    table = {**migrations_module.MIGRATIONS, version: step}
    monkeypatch.setattr(migrations_module, "MIGRATIONS", table)
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", max(table))


def test_migration_takes_an_encrypted_copy_first(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault.create(vault_dir, PASSPHRASE, fast_kdf)
    vault.settings.set("before", "migration")
    vault.lock()

    latest = migrations_module.LATEST_VERSION
    released = dict(migrations_module.MIGRATIONS)
    _add_migration(monkeypatch, latest + 1, lambda conn: conn.execute("CREATE TABLE added(x)"))
    migrated = Vault.open(vault_dir, PASSPHRASE)
    assert migrations_module.schema_version(migrated.connection()) == latest + 1
    migrated.lock()

    copies = list((vault_dir / "backups").glob(f"pre-migration-v{latest}-*.db"))
    assert len(copies) == 1
    restored = vault_dir.parent / "restored"
    restored.mkdir()
    shutil.copy(copies[0], restored / "vault.db")
    shutil.copy(vault_dir / "vault.header", restored / "vault.header")
    monkeypatch.setattr(migrations_module, "MIGRATIONS", released)
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", latest)
    old = Vault.open(restored, PASSPHRASE)
    assert old.settings.get("before") == "migration"
    assert migrations_module.schema_version(old.connection()) == latest
    old.lock()


def test_a_failing_migration_changes_nothing(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    latest = migrations_module.LATEST_VERSION
    released = dict(migrations_module.MIGRATIONS)

    def broken(conn: Connection) -> None:
        conn.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("migration bug")

    _add_migration(monkeypatch, latest + 1, broken)
    with pytest.raises(RuntimeError):
        Vault.open(vault_dir, PASSPHRASE)
    monkeypatch.setattr(migrations_module, "MIGRATIONS", released)
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", latest)
    vault = Vault.open(vault_dir, PASSPHRASE)
    conn = vault.connection()
    assert migrations_module.schema_version(conn) == latest
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    vault.lock()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("vault-schema-*")))
def test_fixture_vaults_of_every_released_schema_open(fixture: str, tmp_path: Path) -> None:
    copy = tmp_path / fixture
    shutil.copytree(FIXTURES / fixture, copy)
    vault = Vault.open(copy, FIXTURE_PASSPHRASE)
    try:
        assert vault.settings.get("fixture") == fixture
        if int(fixture.rsplit("-", 1)[1]) >= 2:  # the journal arrived with schema 2
            (entry,) = vault.journal.entries()
            assert entry.body == "Fixture entry: a calm morning."
            assert vault.care_plan.get()["what_helps"] == "Fixture plan: walking."
        if int(fixture.rsplit("-", 1)[1]) >= 3:  # the directory arrived with schema 3
            (found,) = vault.directory.entries()
            assert found.entry.contacts[0].value == "+502 0000 0000"
        if int(fixture.rsplit("-", 1)[1]) >= 4:  # debriefs arrived with schema 4
            (summary,) = vault.debriefs.summaries()
            assert summary.distress_start == 6
            (stored,) = vault.debriefs.search("tired safe")
            assert stored.id == summary.id
            (due,) = vault.follow_ups.due(date(2026, 11, 30))
            assert due.text == "Fixture follow-up"
        if int(fixture.rsplit("-", 1)[1]) >= 5:  # dialogue notes arrived with schema 5
            (found_note,) = vault.notes.notes()
            assert found_note.title == "Fixture note: peer circle"
            assert [s.id for s in vault.notes.for_directory_entry(found.id)] == [found_note.id]
            assert vault.notes.page(NoteFilter(text="walking"))[0].id == found_note.id
        else:  # an older vault gains the notes tables and the starter contexts
            assert vault.notes.count() == 0
            assert len(vault.note_contexts.items("note_context")) == 6
        if int(fixture.rsplit("-", 1)[1]) >= 6:  # her emergency people arrived with schema 6
            (person,) = vault.emergency.list()
            assert (person.name, person.role) == ("Fixture Helpline", "local")
            assert vault.care_plan.get()["safer_place"] == "Fixture place: the library."
        else:  # an older vault gains an empty list
            assert vault.emergency.list() == []
        assert (
            migrations_module.schema_version(vault.connection()) == migrations_module.LATEST_VERSION
        )
    finally:
        vault.lock()


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = {int(p.name.rsplit("-", 1)[1]) for p in FIXTURES.glob("vault-schema-*")}
    # Every released schema has a fixture; migrating each to the latest is tested above.
    assert versions == set(migrations_module.MIGRATIONS)
