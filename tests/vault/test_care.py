"""Her own lists of activities and warning signs, and her self-care plan."""

import pytest

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.care_plan import PLAN_SECTIONS
from wellbeing_desk.vault.starters import STARTER_ACTIVITIES, STARTER_WARNING_SIGNS


def test_starter_lists_are_seeded_in_order(vault: Vault) -> None:
    activities = vault.care_items.items(ACTIVITY)
    assert [i.starter_key for i in activities] == [key for key, _ in STARTER_ACTIVITIES]
    assert [i.english_name for i in vault.care_items.items(WARNING_SIGN)] == [
        name for _, name in STARTER_WARNING_SIGNS
    ]
    assert all(i.name is None for i in activities)  # shown translated until renamed


def test_rename_hide_reorder_add(vault: Vault) -> None:
    rest, movement, *_ = vault.care_items.items(ACTIVITY)
    vault.care_items.rename(rest.id, "  Siesta   larga ")
    assert vault.care_items.get(rest.id).english_name == "Siesta larga"  # type: ignore[union-attr]
    vault.care_items.set_hidden(movement.id, True)
    visible = [i.id for i in vault.care_items.items(ACTIVITY)]
    assert movement.id not in visible
    assert movement.id in [i.id for i in vault.care_items.items(ACTIVITY, include_hidden=True)]
    swim = vault.care_items.add(ACTIVITY, "Swimming")
    vault.care_items.reorder(ACTIVITY, [swim.id, rest.id])
    ordered = [i.id for i in vault.care_items.items(ACTIVITY)]
    assert ordered[:2] == [swim.id, rest.id]
    assert vault.care_items.find(ACTIVITY, "swimming") == vault.care_items.get(swim.id)
    assert vault.care_items.find(ACTIVITY, "siesta LARGA") is not None
    assert vault.care_items.find_or_add(WARNING_SIGN, "Headaches").name == "Headaches"


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_bad_names_are_refused(vault: Vault, name: str) -> None:
    with pytest.raises(ValueError):
        vault.care_items.add(ACTIVITY, name)


def test_care_plan_sections(vault: Vault) -> None:
    assert vault.care_plan.get() == dict.fromkeys(PLAN_SECTIONS, "")
    vault.care_plan.set("what_helps", "Walking by the river.")
    vault.care_plan.set("what_helps", "Walking by the river. Calling my sister.")
    vault.care_plan.set("people", "Ana (counsellor)")
    plan = vault.care_plan.get()
    assert plan["what_helps"] == "Walking by the river. Calling my sister."
    assert plan["people"] == "Ana (counsellor)"
    with pytest.raises(ValueError):
        vault.care_plan.set("secrets", "x")
