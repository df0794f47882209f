"""Who looks after the people who depend on her: a plan section and the carers she links."""

from wellbeing_desk.ops import plan as ops
from wellbeing_desk.reach_someone import emergency_people, reach_list
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_plan import EMERGENCY_SECTIONS
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

PHONE = ContactMethod("phone", "+34 600 000 000")


def test_her_words_are_a_section_of_in_an_emergency(vault: Vault) -> None:
    assert "dependants" in EMERGENCY_SECTIONS
    ops.save_section(vault, "dependants", "The twins: school until 3, Abuela has keys.")
    assert ops.care_plan(vault)["dependants"] == "The twins: school until 3, Abuela has keys."


def test_carers_are_a_list_apart_from_her_people(vault: Vault) -> None:
    marta = ops.add_emergency_person(vault, "Marta", [PHONE], "person")
    rosa = ops.add_carer_person(vault, "Rosa", [PHONE])

    assert [p.id for p in ops.emergency_people(vault)] == [marta]
    assert [(c.id, c.name, c.role) for c in ops.emergency_carers(vault)] == [
        (rosa, "Rosa", "carer")
    ]
    # Carers alone do not make "her people": Today's reminder still asks for them.
    ops.remove_emergency_person(vault, marta)
    assert not vault.emergency.has_any()


def test_one_entry_can_be_her_person_and_a_carer(vault: Vault) -> None:
    (entry_id,) = vault.directory.add_many([DirectoryEntryInput(name="Ana", contacts=(PHONE,))])
    person = ops.add_emergency_entry(vault, entry_id, "person")
    carer = ops.add_carer_entry(vault, entry_id)

    assert person != carer
    assert [p.role for p in ops.emergency_people(vault)] == ["person"]
    assert [c.entry_id for c in ops.emergency_carers(vault)] == [entry_id]
    assert ops.add_carer_entry(vault, entry_id) == carer  # a second link is the same one


def test_reach_someone_lists_carers_after_her_people(vault: Vault) -> None:
    rosa = ops.add_carer_person(vault, "Rosa", [PHONE])
    ops.add_emergency_person(vault, "Marta", [PHONE], "person")
    del rosa

    items = [i for i in reach_list(vault, None, max_support=0) if i.group == "emergency"]
    assert [(i.name, i.role) for i in items] == [("Marta", "person"), ("Rosa", "carer")]
    # The debrief's support panel offers her people to talk to, not the carers.
    assert [i.name for i in emergency_people(vault)] == ["Marta"]
