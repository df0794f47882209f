"""Who looks after the people who depend on her syncs: her words and the carers she links."""

from tests.sync.vault_devices import Device, sync_all
from wellbeing_desk.vault.directory_types import ContactMethod


def test_her_words_and_her_carers_reach_the_other_device(pair: tuple[Device, Device]) -> None:
    a, b = pair
    a.vault.care_plan.set("dependants", "Lucía (7): school pick-up at 2; inhaler in her bag.")
    carer = a.vault.emergency.add_person("Tía Rosa", [ContactMethod("phone", "+502 5555 0101")])
    a.vault.emergency.set_role(carer, "carer")
    a.vault.emergency.add_person("Marco", [ContactMethod("signal", "+502 5555 0202")])

    sync_all(a, b)

    assert b.vault.care_plan.get()["dependants"].startswith("Lucía (7)")
    assert [c.name for c in b.vault.emergency.carers()] == ["Tía Rosa"]
    assert [p.name for p in b.vault.emergency.people()] == ["Marco"]
    assert a.dump() == b.dump()

    b.vault.emergency.remove(carer)
    sync_all(a, b)
    assert a.vault.emergency.carers() == []
