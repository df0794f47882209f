"""The self-care plan's named operations, on a real vault and without Qt."""

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import plan as ops
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

PHONE = ContactMethod("phone", "+34 600 000 000")


def test_a_section_is_saved_and_read_back(vault: Vault) -> None:
    bind(ops.save_section, "what_helps", "Tea and a walk")(vault)
    assert ops.care_plan(vault)["what_helps"] == "Tea and a walk"


def test_emergency_people_in_her_order_with_remove_and_restore(vault: Vault) -> None:
    sam = ops.add_emergency_person(vault, "Sam", [PHONE], "person")
    (entry_id,) = vault.directory.add_many([DirectoryEntryInput(name="Security desk")])
    desk = ops.add_emergency_entry(vault, entry_id, "security")

    assert [p.id for p in ops.emergency_people(vault)] == [sam, desk]
    ops.reorder_emergency_people(vault, [desk, sam])
    assert [p.id for p in ops.emergency_people(vault)] == [desk, sam]

    ops.remove_emergency_person(vault, sam)
    assert [p.id for p in ops.emergency_people(vault)] == [desk]
    assert vault.directory.count(DirectoryFilter()) == 2  # she stays in the directory
    ops.restore_emergency_person(vault, sam)
    assert {p.id for p in ops.emergency_people(vault)} == {desk, sam}


def test_the_picker_finds_directory_entries(vault: Vault) -> None:
    vault.directory.add_many(
        [DirectoryEntryInput(name="Ana Ruiz"), DirectoryEntryInput(name="Bea Soto")]
    )

    found = ops.find_directory_entries(vault, "Ana", 10)

    assert [row.name for row in found] == ["Ana Ruiz"]
