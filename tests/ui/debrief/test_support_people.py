"""Who the support panel offers to reach: assembled in one place, people only."""

from dataclasses import replace

from PySide6.QtGui import QKeySequence

from tests.ui.directory.support import HOTLINE, PSYCHOLOGIST
from wellbeing_desk.debrief.flow import Contact, SupportReason
from wellbeing_desk.ops.debrief import SupportPerson, only_starter, people_to_reach
from wellbeing_desk.ui.debrief.support import PANIC_SHORTCUT, panic_keys
from wellbeing_desk.vault import Vault

PROTECTION = replace(
    HOTLINE, name="Protection line", categories=("physical_protection",), languages=("en",)
)
MANUAL = replace(
    HOTLINE, name="Workbook", kind="resource", categories=("counselling",), languages=("en",)
)


def test_her_people_first_then_entries_once_and_no_resources(vault: Vault) -> None:
    protection = vault.directory.add(PROTECTION)
    psychologist = vault.directory.add(PSYCHOLOGIST)
    vault.directory.add(MANUAL)
    starter = vault.directory.add(
        replace(PSYCHOLOGIST, name="Starter counselling", source="starter", starter_key="s")
    )
    named = (Contact("Marta"), Contact("Psicóloga Ana Ruiz", psychologist))
    people = people_to_reach(vault, "en", named, SupportReason.UNSAFE)
    assert [p.name for p in people] == [
        "Marta",
        "Psicóloga Ana Ruiz",  # named by her: listed once, where she named it
        "Protection line",
        "Starter counselling",
    ]
    assert [p.entry_id for p in people] == [None, psychologist, protection, starter]
    assert [p.hers for p in people] == [True, True, True, False]
    # Distress, not danger: no protection lines.
    high = people_to_reach(vault, "en", (), SupportReason.HIGH)
    assert [p.name for p in high] == ["Psicóloga Ana Ruiz", "Starter counselling"]
    # Before the vault answers: only the people she named.
    assert [p.name for p in people_to_reach(None, "en", named, SupportReason.HIGH)] == [
        "Marta",
        "Psicóloga Ana Ruiz",
    ]


def test_only_starter_means_some_shown_and_none_hers() -> None:
    assert not only_starter([])
    assert only_starter([SupportPerson("Line", "1", hers=False)])
    assert not only_starter([SupportPerson("Line", "1", hers=False), SupportPerson("Marta")])


def test_the_panic_keys_are_the_native_text_of_the_shortcut() -> None:
    native = QKeySequence("Ctrl+Shift+L").toString(QKeySequence.SequenceFormat.NativeText)
    assert PANIC_SHORTCUT == "Ctrl+Shift+L"
    assert panic_keys() == native
