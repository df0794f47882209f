"""The Debrief section's operations, without Qt: the start page, opening, saving, who to reach."""

from dataclasses import replace

import pytest

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_templates
from wellbeing_desk.debrief.flow import Contact, SupportReason
from wellbeing_desk.ops import bind
from wellbeing_desk.ops import debrief as ops
from wellbeing_desk.ops.debrief import RecordSlot, Suggestion, SupportPerson
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput


def _entry(name: str, *categories: str, **fields: object) -> DirectoryEntryInput:
    base = DirectoryEntryInput(
        name=name,
        kind="organisation",
        categories=categories,
        languages=("en",),
        contacts=(ContactMethod("phone", "+1 555 0100"),),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def _started(vault: Vault, language: str = "en") -> str:
    flow = record.start(builtin_templates()[0])
    slot = RecordSlot()
    ops.save_debrief(vault, slot, record.debrief_input(flow, language))
    assert slot.id is not None
    return slot.id


def test_home_data_counts_the_trash_apart_from_her_debriefs(vault: Vault) -> None:
    kept, trashed = _started(vault), _started(vault)
    ops.trash_debrief(vault, trashed)
    home = ops.home_data(vault)
    assert [summary.id for summary in home.debriefs] == [kept]
    assert home.trashed == 1
    assert {choice.template.id for choice in home.templates} >= {
        template.id for template in builtin_templates()
    }


def test_a_trashed_or_missing_debrief_cannot_be_opened(vault: Vault) -> None:
    debrief_id = _started(vault)
    opened = ops.load_debrief(vault, debrief_id)
    assert opened.debrief.id == debrief_id
    assert opened.flow.template.id == builtin_templates()[0].id
    ops.trash_debrief(vault, debrief_id)
    with pytest.raises(KeyError):
        ops.load_debrief(vault, debrief_id)
    with pytest.raises(KeyError):
        ops.load_debrief(vault, "no-such-debrief")


def test_restore_brings_it_back_and_emptying_removes_the_rest(vault: Vault) -> None:
    back, gone = _started(vault), _started(vault)
    ops.trash_debrief(vault, back)
    ops.trash_debrief(vault, gone)
    assert {s.id for s in ops.trashed_debriefs(vault)} == {back, gone}
    ops.restore_debrief(vault, back)
    assert [s.id for s in ops.trashed_debriefs(vault)] == [gone]
    assert ops.empty_trash(vault) == 1
    assert ops.trashed_debriefs(vault) == []
    assert [s.id for s in ops.home_data(vault).debriefs] == [back]


def test_saving_creates_the_record_once_then_replaces_it(vault: Vault) -> None:
    flow = record.start(builtin_templates()[0])
    slot = RecordSlot()
    created = ops.save_debrief(vault, slot, record.debrief_input(flow, "en"))
    assert created is not None and slot.id == created.id
    again = bind(ops.save_debrief, slot, record.debrief_input(flow, "en"))(vault)
    assert again is not None and again.id == created.id
    assert len(ops.home_data(vault).debriefs) == 1


def test_support_entries_skip_resources_and_put_her_language_and_favourites_first(
    vault: Vault,
) -> None:
    vault.directory.add(_entry("Workbook", "counselling", kind="resource"))
    spanish = vault.directory.add(_entry("Línea", "counselling", languages=("es",)))
    plain = vault.directory.add(_entry("Counsellor", "counselling"))
    favourite = vault.directory.add(_entry("Peer group", "peer_support", favourite=True))
    starter = vault.directory.add(
        _entry("Starter line", "trauma_care", source="starter", starter_key="s")
    )
    found = ops.support_entries(vault, "es")
    assert [p.entry_id for p in found] == [spanish, favourite, plain, starter]
    assert [p.hers for p in found] == [True, True, True, False]
    assert [p.entry_id for p in ops.support_entries(vault, "es", limit=1)] == [spanish]


def test_people_to_reach_lists_an_entry_once_and_protection_only_when_unsafe(
    vault: Vault,
) -> None:
    counsellor = vault.directory.add(_entry("Counsellor", "counselling"))
    protection = vault.directory.add(_entry("Protection line", "physical_protection"))
    named = (Contact("Marta"), Contact("My counsellor", counsellor))
    unsafe = ops.people_to_reach(vault, "en", named, SupportReason.UNSAFE)
    assert [p.entry_id for p in unsafe] == [None, counsellor, protection]
    assert unsafe[1].name == "My counsellor"  # where she named it, in her words
    high = ops.people_to_reach(vault, "en", named, SupportReason.HIGH)
    assert [p.entry_id for p in high] == [None, counsellor]
    assert ops.people_to_reach(None, "en", named, SupportReason.HIGH) == [
        SupportPerson("Marta"),
        SupportPerson("My counsellor", counsellor),
    ]


def test_only_starter_needs_people_and_none_of_hers() -> None:
    assert not ops.only_starter([])
    assert ops.only_starter([SupportPerson("Line", "1", hers=False)])
    assert not ops.only_starter([SupportPerson("Line", "1", hers=False), SupportPerson("Ana")])


def test_suggestions_put_favourites_then_support_first_each_once(vault: Vault) -> None:
    lawyer = vault.directory.add(_entry("Lawyer", "legal_support"))
    counsellor = vault.directory.add(_entry("Counsellor", "counselling"))
    friend = vault.directory.add(_entry("Friend", "legal_support", favourite=True))
    found = ops.directory_suggestions(vault, "")
    assert [s.entry_id for s in found] == [friend, counsellor, lawyer]
    assert ops.directory_suggestions(vault, "couns") == [Suggestion(counsellor, "Counsellor", "")]
