"""Her people for an emergency, and who "Reach someone now" lists, in which order."""

import pytest

from wellbeing_desk.reach_someone import best_first, emergency_people, reach_list
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.emergency import MAX_PEOPLE, EmergencyValueError


def _entry(vault: Vault, name: str, **fields: object) -> str:
    return vault.directory.add(DirectoryEntryInput(name=name, **fields))  # type: ignore[arg-type]


def test_a_new_person_lives_in_her_directory_and_on_the_list(vault: Vault) -> None:
    contact_id = vault.emergency.add_person(
        "Marta", [ContactMethod("signal", "+52 55 1234 5678"), ContactMethod("phone", "555")]
    )
    (marta,) = vault.emergency.list()
    assert (marta.id, marta.name, marta.kind, marta.role) == (
        contact_id,
        "Marta",
        "person",
        "person",
    )
    found = vault.directory.get(marta.entry_id)
    assert found is not None and found.entry.kind == "person"
    assert [c.value for c in found.entry.contacts] == ["+52 55 1234 5678", "555"]


def test_order_roles_remove_restore(vault: Vault) -> None:
    a = vault.emergency.add_person("Ana", [ContactMethod("phone", "1")])
    org = _entry(vault, "Security desk", contacts=(ContactMethod("email", "s@example.org"),))
    b = vault.emergency.add_entry(org, role="security")
    c = vault.emergency.add_person("Local line", [ContactMethod("phone", "2")], role="local")
    assert [p.id for p in vault.emergency.list()] == [a, b, c]
    vault.emergency.reorder([c, a])
    assert [p.id for p in vault.emergency.list()] == [c, a, b]
    vault.emergency.set_role(a, "security")
    assert {p.id: p.role for p in vault.emergency.list()}[a] == "security"
    vault.emergency.remove(c)
    assert [p.id for p in vault.emergency.list()] == [a, b]
    vault.emergency.restore(c)
    assert [p.id for p in vault.emergency.list()] == [c, a, b]
    # Adding the same entry again keeps one row (and takes the new role).
    assert vault.emergency.add_entry(org, role="person") == b
    assert len(vault.emergency.list()) == 3


def test_an_entry_in_the_trash_drops_out_and_comes_back(vault: Vault) -> None:
    vault.emergency.add_person("Ana", [ContactMethod("phone", "1")])
    (ana,) = vault.emergency.list()
    vault.directory.delete(ana.entry_id)
    assert vault.emergency.list() == []
    vault.directory.restore(ana.entry_id)
    assert [p.name for p in vault.emergency.list()] == ["Ana"]


def test_bad_requests_change_nothing(vault: Vault) -> None:
    with pytest.raises(EmergencyValueError):
        vault.emergency.add_entry("no-such-id")
    with pytest.raises(EmergencyValueError):
        vault.emergency.add_person("Ana", [ContactMethod("phone", "1")], role="boss")
    with pytest.raises(ValueError):
        vault.emergency.add_person("   ", [ContactMethod("phone", "1")])
    assert vault.emergency.list() == []
    assert vault.directory.search(DirectoryFilter()) == []


def test_the_list_has_a_limit(vault: Vault) -> None:
    for n in range(MAX_PEOPLE):
        vault.emergency.add_person(f"P{n}", [ContactMethod("phone", str(n))])
    with pytest.raises(EmergencyValueError):
        vault.emergency.add_person("One too many", [ContactMethod("phone", "x")])
    assert len(vault.emergency.list()) == MAX_PEOPLE


def test_safer_place_is_part_of_the_plan(vault: Vault) -> None:
    vault.care_plan.set("safer_place", "My sister's flat, back door")
    assert vault.care_plan.get()["safer_place"] == "My sister's flat, back door"


def test_contacts_best_first() -> None:
    contacts = [
        ContactMethod("website", "https://x"),
        ContactMethod("email", "a@b"),
        ContactMethod("signal", "+1"),
        ContactMethod("phone", "+2"),
    ]
    assert [c.type for c in best_first(contacts)] == ["phone", "signal", "email", "website"]


def test_reach_list_order_her_people_then_favourites_then_support(vault: Vault) -> None:
    fav = _entry(
        vault, "Zoe friend", kind="person", favourite=True, contacts=(ContactMethod("phone", "10"),)
    )
    es_line = _entry(
        vault,
        "Línea de apoyo",
        kind="hotline",
        languages=("es",),
        contacts=(ContactMethod("website", "https://l"), ContactMethod("phone", "11")),
    )
    en_counsel = _entry(
        vault,
        "Counsel EN",
        categories=("counselling",),
        languages=("en",),
        contacts=(ContactMethod("email", "c@x"),),
    )
    _entry(vault, "A manual", kind="resource", categories=("counselling",), favourite=True)
    ana = vault.emergency.add_person(
        "Ana", [ContactMethod("email", "a@x"), ContactMethod("phone", "12")]
    )
    assert ana

    items = reach_list(vault, "es")
    names = [(i.group, i.name) for i in items]
    assert names == [
        ("emergency", "Ana"),
        ("favourite", "Zoe friend"),
        ("support", "Línea de apoyo"),  # her language first
        ("support", "Counsel EN"),
    ]
    assert items[0].primary == ContactMethod("phone", "12")  # a number before e-mail
    assert items[2].primary == ContactMethod("phone", "11")  # and before a web page
    assert {i.entry_id for i in items} == {fav, es_line, en_counsel, items[0].entry_id}
    assert [i.name for i in emergency_people(vault)] == ["Ana"]


def test_her_emergency_person_is_not_listed_twice(vault: Vault) -> None:
    entry = _entry(
        vault,
        "Counsellor I trust",
        kind="person",
        favourite=True,
        categories=("counselling",),
        contacts=(ContactMethod("phone", "1"),),
    )
    vault.emergency.add_entry(entry)
    assert [(i.group, i.name) for i in reach_list(vault, "en")] == [
        ("emergency", "Counsellor I trust")
    ]


def test_support_one_can_call_comes_before_web_pages(vault: Vault) -> None:
    _entry(vault, "A counselling site", categories=("counselling",), languages=("en",),
           contacts=(ContactMethod("website", "https://c"),))  # fmt: skip
    _entry(vault, "Night line", kind="hotline", languages=("en",),
           contacts=(ContactMethod("phone", "+1 0"),))  # fmt: skip
    _entry(vault, "Peer group", categories=("peer_support",), languages=("en",),
           contacts=(ContactMethod("signal", "+1 1"),))  # fmt: skip
    assert [i.name for i in reach_list(vault, "en")] == [
        "Night line", "Peer group", "A counselling site",
    ]  # fmt: skip
