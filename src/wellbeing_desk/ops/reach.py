"""What "Reach someone now" and the first-run "your people" page ask of the vault."""

from dataclasses import dataclass

from wellbeing_desk.reach_someone import ReachItem, reach_list
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod


@dataclass(frozen=True)
class NewPerson:
    """Someone she adds for an emergency: a name and one way to reach them."""

    name: str
    contact: ContactMethod


def people_to_reach(vault: Vault, language: str) -> list[ReachItem]:
    """Her emergency people, her favourites, then support in ``language`` first."""
    return reach_list(vault, language)


def add_emergency_people(vault: Vault, people: list[NewPerson]) -> None:
    for person in people:
        vault.emergency.add_person(person.name, [person.contact])
