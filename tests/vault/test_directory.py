"""The directory repository: round trips, accent-insensitive search, facets, starter updates."""

from dataclasses import replace
from datetime import date

import pytest

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import (
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

COUNSELLOR = DirectoryEntryInput(
    name="Psicóloga María José Pérez",
    kind="person",
    organisation="Colectivo Cuidarnos",
    description="Acompañamiento a defensoras; atiende en línea.",
    categories=("counselling", "trauma_care"),
    languages=("es", "pt-br"),
    regions=("GT", "hn"),
    contacts=(
        ContactMethod("signal", "+502 5555 0101", "Signal"),
        ContactMethod("postal", "Rua Augusta 10, São Paulo", "office"),
    ),
    cost="sliding_scale",
    experienced_with_defenders="yes",
    last_checked=date(2026, 10, 1),
)
HELPLINE = DirectoryEntryInput(
    name="Global Helpline",
    kind="hotline",
    categories=("digital_security",),
    languages=("en", "fr"),
    regions=("worldwide",),
    contacts=(ContactMethod("email", "help@example.org"),),
)


def names(vault: Vault, **where: object) -> list[str]:
    return [s.name for s in vault.directory.search(DirectoryFilter(**where))]  # type: ignore[arg-type]


def test_round_trip_keeps_every_field(vault: Vault) -> None:
    entry_id = vault.directory.add(COUNSELLOR)
    found = vault.directory.get(entry_id)
    assert found is not None
    expected = COUNSELLOR.validate()
    assert found.entry == expected
    assert found.entry.languages == ("es", "pt-BR")  # tags in their usual case
    assert found.entry.regions == ("GT", "HN")


@pytest.mark.parametrize(
    ("query", "hit"),
    [
        ("psicologa", True), ("PSICÓLOGA", True), ("sao paulo", True), ("maria jose", True),
        ("cuidarnos", True), ("5555", True), ("defensoras", True),
        ("guatemala", True), ("portugues", True), ("portuguese", True), ("honduras", True),
        ("lawyer", False),
    ],
)  # fmt: skip
def test_search_every_field_ignoring_accents_and_case(vault: Vault, query: str, hit: bool) -> None:
    vault.directory.add(COUNSELLOR)
    vault.directory.add(HELPLINE)
    assert (names(vault, text=query) == [COUNSELLOR.name]) is hit


def test_facets(vault: Vault) -> None:
    vault.directory.add(COUNSELLOR)
    helpline_id = vault.directory.add(HELPLINE)
    assert names(vault, category="counselling") == [COUNSELLOR.name]
    assert names(vault, language="pt") == [COUNSELLOR.name]  # pt-BR counts as Portuguese
    assert names(vault, language="fr") == ["Global Helpline"]
    assert names(vault, region="gt") == ["Global Helpline", COUNSELLOR.name]  # worldwide too
    assert names(vault, region="FR") == ["Global Helpline"]
    assert names(vault, kind="person") == [COUNSELLOR.name]
    assert names(vault, experienced_only=True) == [COUNSELLOR.name]
    vault.directory.set_favourite(helpline_id, True)
    assert names(vault, favourites_only=True) == ["Global Helpline"]
    assert vault.directory.count(DirectoryFilter(text="helpline", region="GT")) == 1


def test_trash_and_restore(vault: Vault) -> None:
    entry_id = vault.directory.add(HELPLINE)
    vault.directory.delete(entry_id)
    assert names(vault) == []
    assert names(vault, trash=True) == ["Global Helpline"]
    vault.directory.restore(entry_id)
    assert names(vault) == ["Global Helpline"]
    assert vault.info().record_counts["directory"] == 1  # type: ignore[index]


def test_add_many_is_all_or_nothing(vault: Vault) -> None:
    with pytest.raises(DirectoryValueError):
        vault.directory.add_many([HELPLINE, replace(HELPLINE, regions=("Not a country",))])
    assert names(vault) == []


@pytest.mark.parametrize(
    "bad",
    [
        replace(HELPLINE, name="   "),
        replace(HELPLINE, kind="spaceship"),
        replace(HELPLINE, categories=("astrology",)),
        replace(HELPLINE, contacts=(ContactMethod("pager", "123"),)),
        replace(HELPLINE, contacts=(ContactMethod("phone", "  "),)),
        replace(HELPLINE, languages=("not a tag!",)),
        replace(HELPLINE, cost="expensive"),
    ],
)
def test_bad_values_are_refused(vault: Vault, bad: DirectoryEntryInput) -> None:
    with pytest.raises(DirectoryValueError):
        vault.directory.add(bad)


def starter(**changes: object) -> DirectoryEntryInput:
    base = DirectoryEntryInput(
        name="Front Line Defenders",
        kind="organisation",
        description="Protection for defenders at risk.",
        regions=("worldwide",),
        contacts=(ContactMethod("phone", "+353 1 210 0489", "24-hour emergency line"),),
        source="starter",
        starter_key="front-line-defenders",
        source_urls=("https://example.org/source",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_starter_update_keeps_her_edits(vault: Vault) -> None:
    assert vault.directory.apply_starter([starter()]) == (1, 0)
    (entry,) = vault.directory.entries()
    mine = replace(entry.entry, description="My words about them.", notes="Called them in May.")
    vault.directory.update(entry.id, mine)
    vault.directory.set_favourite(entry.id, True)
    assert vault.directory.get(entry.id).edited_fields == ("description",)  # type: ignore[union-attr]

    newer = starter(description="Updated text.", hours="24/7", categories=("physical_protection",))
    other = starter(name="Access Now Helpline", starter_key="access-now", contacts=())
    assert vault.directory.apply_starter([newer, other]) == (1, 1)
    refreshed = vault.directory.get(entry.id)
    assert refreshed is not None
    assert refreshed.entry.description == "My words about them."  # hers
    assert refreshed.entry.notes == "Called them in May."
    assert refreshed.entry.favourite
    assert refreshed.entry.hours == "24/7"  # the starter's news
    assert refreshed.entry.categories == ("physical_protection",)
    assert refreshed.entry.source == "starter"


def test_starter_update_does_not_bring_back_what_she_deleted(vault: Vault) -> None:
    vault.directory.apply_starter([starter()])
    (entry,) = vault.directory.entries()
    vault.directory.delete(entry.id)
    vault.directory.apply_starter([starter(hours="24/7")])
    assert names(vault) == []


def test_facet_values_list_what_live_entries_use(vault: Vault) -> None:
    vault.directory.add(COUNSELLOR)
    gone = vault.directory.add(replace(HELPLINE, regions=("FR",)))
    vault.directory.delete(gone)
    assert vault.directory.facet_values() == (["es", "pt"], ["GT", "HN"])


# -- importing with merges -------------------------------------------------------------------


def test_import_entries_adds_and_merges(vault: Vault) -> None:
    target = vault.directory.add(HELPLINE)
    incoming = replace(
        HELPLINE,
        name="GLOBAL HELPLINE",
        description="Answers in French.",
        contacts=(ContactMethod("email", "Help@Example.org"), ContactMethod("phone", "+33 1 23")),
        notes="From their leaflet.",
        source="imported",
    )
    ids = vault.directory.import_entries([COUNSELLOR], [(target, incoming)])
    assert len(ids) == 2 and ids[1] == target  # the new ids, then the merged ones
    assert names(vault) == ["Global Helpline", COUNSELLOR.name]
    merged = vault.directory.get(target)
    assert merged is not None
    assert merged.entry.name == "Global Helpline" and merged.entry.source == "mine"
    assert merged.entry.description == "Answers in French."
    assert [c.value for c in merged.entry.contacts] == ["help@example.org", "+33 1 23"]
    assert merged.entry.notes == "From their leaflet."
    assert merged.edited_fields == ()
    assert names(vault, text="leaflet") == ["Global Helpline"]  # searchable


@pytest.mark.parametrize(
    "bad",
    [
        {"new": [replace(HELPLINE, regions=("Not a country",))]},
        {"merge": replace(HELPLINE, cost="expensive")},
        {"missing_target": True},
        {"merge": replace(HELPLINE, notes="x" * 20_001)},  # too long once joined to hers
    ],
)
def test_import_entries_is_all_or_nothing(vault: Vault, bad: dict[str, object]) -> None:
    target = vault.directory.add(replace(HELPLINE, notes="Mine."))
    before = vault.directory.get(target)
    good_merge = (target, replace(HELPLINE, contacts=(ContactMethod("mobile", "+1 555 0100"),)))
    new: list[DirectoryEntryInput] = [COUNSELLOR, *bad.get("new", [])]  # type: ignore[list-item]
    merges = [good_merge]
    if "merge" in bad:
        merges.append((target, bad["merge"]))  # type: ignore[arg-type]
    if "missing_target" in bad:
        merges.append(("no-such-id", HELPLINE))
    with pytest.raises((DirectoryValueError, KeyError)):
        vault.directory.import_entries(new, merges)
    assert names(vault) == ["Global Helpline"]
    assert vault.directory.get(target) == before  # the merge target is untouched


def test_merging_into_a_starter_entry_counts_as_her_edit(vault: Vault) -> None:
    vault.directory.apply_starter([starter()])
    (entry,) = vault.directory.entries()
    incoming = DirectoryEntryInput(
        name="Front Line Defenders",
        hours="24/7",
        contacts=(ContactMethod("email", "info@example.org"),),
        notes="Met them in Dublin.",
        source="imported",
    )
    vault.directory.import_entries([], [(entry.id, incoming)])
    merged = vault.directory.get(entry.id)
    assert merged is not None
    assert merged.entry.source == "starter"
    assert merged.entry.starter_key == "front-line-defenders"
    assert merged.edited_fields == ("contacts", "hours")
    assert merged.entry.notes == "Met them in Dublin."

    # A later starter update keeps what the merge brought.
    vault.directory.apply_starter([starter(hours="9-17", description="Newer text.")])
    refreshed = vault.directory.get(entry.id)
    assert refreshed is not None
    assert refreshed.entry.hours == "24/7"
    assert "info@example.org" in [c.value for c in refreshed.entry.contacts]
    assert refreshed.entry.description == "Newer text."
