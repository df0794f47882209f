"""What the self-care plan asks of the vault: its sections, her emergency people, her carers.

Her carers are who would look after the people who depend on her (role
``carer``): linked directory entries like her people, listed apart from them.
"""

from collections.abc import Sequence

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter, DirectorySummary
from wellbeing_desk.vault.directory_types import ContactMethod
from wellbeing_desk.vault.emergency import CARER, EmergencyContact


def care_plan(vault: Vault) -> dict[str, str]:
    """Her plan, section by section."""
    return vault.care_plan.get()


def save_section(vault: Vault, section: str, text: str) -> None:
    vault.care_plan.set(section, text)


def emergency_people(vault: Vault) -> list[EmergencyContact]:
    """Her emergency list, in her order (without her carers)."""
    return vault.emergency.people()


def emergency_carers(vault: Vault) -> list[EmergencyContact]:
    """Who would look after the people who depend on her, in her order."""
    return vault.emergency.carers()


def add_carer_person(vault: Vault, name: str, contacts: Sequence[ContactMethod]) -> str:
    """A new person in her directory, linked as someone who would look after them."""
    return vault.emergency.add_person(name, contacts, CARER)


def add_carer_entry(vault: Vault, entry_id: str) -> str:
    """A directory entry she already has, linked as someone who would look after them."""
    return vault.emergency.add_entry(entry_id, CARER)


def add_emergency_person(
    vault: Vault, name: str, contacts: Sequence[ContactMethod], role: str
) -> str:
    """A new person in her directory, on the emergency list too."""
    return vault.emergency.add_person(name, contacts, role)


def add_emergency_entry(vault: Vault, entry_id: str, role: str) -> str:
    """A directory entry she already has, linked to the emergency list."""
    return vault.emergency.add_entry(entry_id, role)


def remove_emergency_person(vault: Vault, contact_id: str) -> None:
    """Off the emergency list only; the directory entry stays."""
    vault.emergency.remove(contact_id)


def restore_emergency_person(vault: Vault, contact_id: str) -> None:
    vault.emergency.restore(contact_id)


def reorder_emergency_people(vault: Vault, contact_ids: Sequence[str]) -> None:
    vault.emergency.reorder(contact_ids)


def find_directory_entries(vault: Vault, text: str, limit: int) -> list[DirectorySummary]:
    """Directory entries matching ``text`` for the picker."""
    return vault.directory.search(DirectoryFilter(text=text), limit=limit)
