"""Her own lists of activities and warning signs, and her self-care plan."""

import shutil
from pathlib import Path

import pytest

from tests.vault.test_migrations import FIXTURE_PASSPHRASE
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.care_plan import ALL_SECTIONS
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
    assert vault.care_plan.get() == dict.fromkeys(ALL_SECTIONS, "")
    vault.care_plan.set("what_helps", "Walking by the river.")
    vault.care_plan.set("what_helps", "Walking by the river. Calling my sister.")
    vault.care_plan.set("people", "Ana (counsellor)")
    plan = vault.care_plan.get()
    assert plan["what_helps"] == "Walking by the river. Calling my sister."
    assert plan["people"] == "Ana (counsellor)"
    with pytest.raises(ValueError):
        vault.care_plan.set("secrets", "x")


NEW_WARNING_SIGNS = {
    "nightmares": "Nightmares or unwanted memories",
    "hopelessness": "Hopelessness or cynicism",
    "drinking_more": "Drinking more than usual",
    "body_aches": "Body aches",
    "cannot_stop_working": "Not being able to stop working",
}


def test_a_new_vault_has_every_starter_warning_sign_once(vault: Vault) -> None:
    signs = vault.care_items.items(WARNING_SIGN)
    keys = [i.starter_key for i in signs]
    assert keys == [key for key, _ in STARTER_WARNING_SIGNS]
    assert set(NEW_WARNING_SIGNS) <= set(keys)
    names = {i.starter_key: i.english_name for i in signs}
    assert names["numbness"] == "Feeling numb"
    assert all(names[key] == name for key, name in NEW_WARNING_SIGNS.items())


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("vault-schema-*")))
def test_an_older_vault_gains_the_new_warning_signs(fixture: str, tmp_path: Path) -> None:
    copy = tmp_path / fixture
    shutil.copytree(FIXTURES / fixture, copy)
    vault = Vault.open(copy, FIXTURE_PASSPHRASE)
    try:
        signs = vault.care_items.items(WARNING_SIGN, include_hidden=True)
        keys = [i.starter_key for i in signs]
        assert sorted(k for k in keys if k) == sorted(key for key, _ in STARTER_WARNING_SIGNS)
        assert keys[-len(NEW_WARNING_SIGNS) :] == list(NEW_WARNING_SIGNS)  # after hers
        assert [i.position for i in signs] == sorted(i.position for i in signs)
    finally:
        vault.lock()


def test_the_warning_sign_migration_leaves_her_own_alone(vault: Vault) -> None:
    from wellbeing_desk.vault.migrations import _v6_more_warning_signs

    conn = vault.connection()
    conn.execute(
        "DELETE FROM care_item WHERE list = 'warning_sign' AND starter_key IN (?, ?)",
        ("body_aches", "nightmares"),
    )
    mine = vault.care_items.add(WARNING_SIGN, "body ACHES")  # she added it herself
    _v6_more_warning_signs(conn)
    _v6_more_warning_signs(conn)  # twice: nothing more
    signs = vault.care_items.items(WARNING_SIGN)
    keys = [i.starter_key for i in signs]
    assert keys.count("nightmares") == 1 and keys[-1] == "nightmares"
    assert "body_aches" not in keys
    assert [i.id for i in signs].count(mine.id) == 1
    assert len(signs) == len(STARTER_WARNING_SIGNS)
