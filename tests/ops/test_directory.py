"""The Directory's named operations and their decisions, on a real vault and without Qt."""

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from wellbeing_desk.directory import opening_hours
from wellbeing_desk.directory.duplicates import Duplicate
from wellbeing_desk.imports import ImportFormatError
from wellbeing_desk.imports.reading import Reading
from wellbeing_desk.ops import bind
from wellbeing_desk.ops import directory as ops
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import SUPPORT, DirectoryFilter
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

ALWAYS = DirectoryEntryInput(
    name="Always Open Line", kind="hotline", hours="Mo-Su 00:00-24:00", time_zone="UTC"
)
MONDAY_MINUTE = DirectoryEntryInput(
    name="Monday Minute Office", hours="Mo 00:00-00:01", time_zone="Europe/Madrid"
)
UNKNOWN_HOURS = DirectoryEntryInput(name="Call Ahead Clinic", hours="by appointment")
WEDNESDAY_NOON = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)
ANA = DirectoryEntryInput(
    name="Psicóloga Ana Ruiz", contacts=(ContactMethod("email", "ana@example.org"),)
)
TWO_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:PSICOLOGA ana ruiz\r\nEMAIL:Ana@Example.org\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Legal Aid Dublin\r\nTEL:+353 1 555 0100\r\nEND:VCARD\r\n"
)


@pytest.fixture
def wednesday_noon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening_hours, "now", lambda: WEDNESDAY_NOON)


# -- the list -----------------------------------------------------------------------------


@pytest.mark.usefixtures("wednesday_noon")
def test_open_now_keeps_only_entries_known_to_be_open(vault: Vault) -> None:
    vault.directory.add_many([ALWAYS, MONDAY_MINUTE, UNKNOWN_HOURS])
    found = ops.search(vault, DirectoryFilter(), 10, open_now=True)
    assert [r.name for r in found.rows] == ["Always Open Line"]  # unknown hours are not "open"
    assert found.total == 1
    everyone = ops.search(vault, DirectoryFilter(), 10)
    assert len(everyone.rows) == everyone.total == 3


@pytest.mark.usefixtures("wednesday_noon")
def test_the_limit_applies_after_the_open_ones_are_kept(vault: Vault) -> None:
    closed = [replace(MONDAY_MINUTE, name=f"A closed {n}") for n in range(3)]
    vault.directory.add_many([*closed, ALWAYS, replace(ALWAYS, name="Always Too")])
    found = ops.search(vault, DirectoryFilter(), 1, open_now=True)
    assert [r.name for r in found.rows] == ["Always Open Line"]  # not cut off by the closed ones
    assert found.total == 2
    found = ops.search(vault, DirectoryFilter(), 1)
    assert [r.name for r in found.rows] == ["A closed 0"]
    assert found.total == 5


@pytest.mark.usefixtures("wednesday_noon")
def test_open_now_reads_the_same_few_queries_however_many_match(vault: Vault) -> None:
    """Not one read per match (the list once fetched every entry whole to read its hours)."""

    def queries_for(count: int) -> int:
        vault.directory.add_many([replace(ALWAYS, name=f"Line {n}") for n in range(count)])
        statements: list[str] = []
        vault.connection().set_trace_callback(statements.append)
        try:
            found = ops.search(vault, DirectoryFilter(), 500, open_now=True)
        finally:
            vault.connection().set_trace_callback(None)
        assert found.total == len(found.rows) > 0
        return len(statements)

    few = queries_for(2)
    assert queries_for(60) == few <= 3


def test_facets_name_what_live_entries_use(vault: Vault) -> None:
    vault.directory.add(replace(ANA, languages=("es-MX",), regions=("MX",)))
    gone = vault.directory.add(replace(ALWAYS, languages=("pt",), regions=("BR",)))
    vault.directory.delete(gone)
    assert ops.facets(vault) == ops.DirectoryFacets(["es"], ["MX"])


@pytest.mark.parametrize(
    ("ids", "gone", "chosen"),
    [
        (["a", "b", "c"], "b", "c"),  # the next one
        (["a", "b", "c"], "c", "b"),  # the last went: the one before
        (["a"], "a", None),  # nothing left
        (["a", "b"], "x", "a"),  # no longer listed: the first
        ([], "x", None),
    ],
)
def test_next_selection_after_an_entry_left(ids: list[str], gone: str, chosen: str | None) -> None:
    assert ops.next_selection(ids, gone) == chosen


def test_hidden_fresh_names_what_a_filter_hides_but_not_what_a_limit_cuts() -> None:
    assert ops.hidden_fresh(["a", "b"], {"a", "c"}, total=2) == ["b"]
    assert ops.hidden_fresh(["a"], {"a"}, total=1) == []
    assert ops.hidden_fresh(["b"], {"a"}, total=500) == []  # a long list, cut


# -- one entry ----------------------------------------------------------------------------


def test_save_adds_then_updates(vault: Vault) -> None:
    entry_id = ops.save(vault, None, ANA)
    assert ops.save(vault, entry_id, replace(ANA, organisation="Consultorio Ruiz")) == entry_id
    found = ops.entry(vault, entry_id)
    assert found is not None and found.entry.organisation == "Consultorio Ruiz"
    assert ops.entry(vault, "no-such-id") is None


def test_favourite_checked_trash_and_restore(vault: Vault) -> None:
    entry_id = ops.save(vault, None, ANA)
    bind(ops.set_favourite, entry_id, True)(vault)
    ops.mark_checked(vault, entry_id, date(2026, 12, 6))
    found = ops.entry(vault, entry_id)
    assert found is not None
    assert found.entry.favourite and found.entry.last_checked == date(2026, 12, 6)
    ops.trash(vault, entry_id)
    assert ops.search(vault, DirectoryFilter(), 10).total == 0
    ops.restore(vault, entry_id)
    assert [r.id for r in ops.search(vault, DirectoryFilter(), 10).rows] == [entry_id]


def test_checking_a_gone_entry_fails_plainly(vault: Vault) -> None:
    with pytest.raises(KeyError):
        ops.mark_checked(vault, "no-such-id", date(2026, 12, 6))


def test_notes_for_an_entry_without_notes(vault: Vault) -> None:
    assert ops.notes_for_entry(vault, ops.save(vault, None, ANA)) == []


# -- importing ----------------------------------------------------------------------------


def test_a_vcard_file_is_read_with_its_likely_duplicates(vault: Vault, tmp_path: Path) -> None:
    existing = ops.save(vault, None, ANA)
    path = tmp_path / "contacts.txt"  # not a .vcf name: the content says what it is
    path.write_text(TWO_CARDS, encoding="utf-8")
    loaded = ops.load_import(vault, path)
    assert loaded.name == "contacts.txt" and loaded.preview is None and loaded.problem is None
    assert loaded.parsed is not None
    assert [e.name for e in loaded.parsed.entries] == ["PSICOLOGA ana ruiz", "Legal Aid Dublin"]
    assert loaded.parsed.duplicates == [Duplicate(0, existing, "Psicóloga Ana Ruiz")]


def test_a_csv_file_parses_again_with_her_mapping(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Nombre,Comentario\nRed de Defensoras,call first\n", encoding="utf-8")
    loaded = ops.load_import(vault, path)
    assert loaded.preview is not None and loaded.preview.headers == ("Nombre", "Comentario")
    parsed = ops.parse_csv(vault, loaded.data, {"Nombre": "name", "Comentario": "notes"})
    assert [(e.name, e.notes) for e in parsed.entries] == [("Red de Defensoras", "call first")]


def test_a_file_with_nothing_readable_raises_its_first_error(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "broken.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n", encoding="utf-8")
    with pytest.raises(ImportFormatError):
        ops.load_import(vault, path)


def test_plan_import_skips_merges_and_keeps_as_she_chose(vault: Vault) -> None:
    incoming = [replace(ANA, name=f"Entry {n}") for n in range(4)]
    parsed = ops.ParsedImport(
        incoming,
        [Duplicate(1, "old-1", "Old 1"), Duplicate(2, "old-2", "Old 2"), Duplicate(3, "x", "X")],
        Reading(()),  # plan_import never reads it
    )
    plan = ops.plan_import(parsed, skipped={1}, merged={2})
    assert [e.name for e in plan.add] == ["Entry 0", "Entry 3"]  # 3 is kept: a duplicate kept
    assert plan.merges == [("old-2", incoming[2])]
    assert ops.plan_import(None, set(), set()).empty


def test_import_entries_adds_and_merges_in_one_go(vault: Vault) -> None:
    existing = ops.save(vault, None, ANA)
    merged_in = replace(ANA, name="PSICOLOGA ana ruiz", organisation="Consultorio Ruiz")
    plan = ops.ImportPlan([DirectoryEntryInput(name="Legal Aid Dublin")], [(existing, merged_in)])
    ids = ops.import_entries(vault, plan)
    assert len(ids) == 2 and ids[1] == existing
    found = ops.entry(vault, existing)
    assert found is not None and found.entry.organisation == "Consultorio Ruiz"


# -- exporting ----------------------------------------------------------------------------


def test_export_writes_every_live_entry(vault: Vault, tmp_path: Path) -> None:
    ops.save(vault, None, ANA)
    ops.trash(vault, ops.save(vault, None, ALWAYS))
    path = tmp_path / "directory.json"
    assert ops.export(vault, ops.JSON, path) == 1
    assert "Psicóloga Ana Ruiz" in json.dumps(json.loads(path.read_bytes()), ensure_ascii=False)
    assert "Always Open Line" not in path.read_text(encoding="utf-8")


# -- what an empty list says --------------------------------------------------------------


def test_an_empty_list_says_why() -> None:
    support = DirectoryFilter(category=SUPPORT, first_language="es")
    assert (
        ops.empty_list(support, open_now=False, filters_active=True) == ops.EmptyList.NO_SUPPORT_YET
    )
    # "Open now" on top of the shortcut: her own filter hides them, not their absence.
    assert (
        ops.empty_list(support, open_now=True, filters_active=True) == ops.EmptyList.NOTHING_MATCHES
    )
    searched = replace(support, text="terapia")
    assert ops.empty_list(searched, False, True) == ops.EmptyList.NOTHING_MATCHES
    assert ops.empty_list(DirectoryFilter(text="x"), False, False) == ops.EmptyList.NOTHING_MATCHES
    assert ops.empty_list(DirectoryFilter(), False, False) == ops.EmptyList.EMPTY
