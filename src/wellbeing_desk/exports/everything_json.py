"""Everything in the vault as one JSON document (the CLI's ``export --format json``)."""

from typing import Any

from wellbeing_desk import __version__
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN, CareItem
from wellbeing_desk.vault.emergency import EmergencyContact
from wellbeing_desk.vault.journal import JournalEntry

EXPORT_FORMAT = 1


def entry_document(entry: JournalEntry, names: dict[str, str]) -> dict[str, Any]:
    """One journal entry as the CLI contract shapes it (plus the extra fields)."""
    return {
        "id": entry.id,
        "date": entry.occurred_at.date().isoformat(),
        "time": entry.occurred_at.strftime("%H:%M"),
        "kind": entry.kind,
        "stress": entry.stress,
        "mood": entry.mood,
        "energy": entry.energy,
        "sleep_hours": entry.sleep_hours,
        "activities": [names[i] for i in entry.item_ids if i in names],
        "tags": list(entry.tags),
        "text": entry.body,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


def item_names(items: list[CareItem]) -> dict[str, str]:
    return {item.id: item.english_name for item in items}


def everything(
    entries: list[JournalEntry],
    items: list[CareItem],
    plan: dict[str, str],
    debriefs: list[dict[str, Any]] | None = None,
    notes: list[dict[str, Any]] | None = None,
    emergency: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    activity_names = item_names([i for i in items if i.list == ACTIVITY])
    sign_names = item_names([i for i in items if i.list == WARNING_SIGN])
    journal = []
    for entry in entries:
        document = entry_document(entry, activity_names)
        document["warning_signs"] = [sign_names[i] for i in entry.item_ids if i in sign_names]
        journal.append(document)
    return {
        "format": EXPORT_FORMAT,
        "app_version": __version__,
        "journal": journal,
        "activities": [_item(i) for i in items if i.list == ACTIVITY],
        "warning_signs": [_item(i) for i in items if i.list == WARNING_SIGN],
        "self_care_plan": plan,
        "emergency_people": emergency or [],
        "debriefs": debriefs or [],
        "notes": notes or [],
    }


def emergency_document(person: EmergencyContact) -> dict[str, Any]:
    """One of her people for an emergency, as the JSON export writes it."""
    return {
        "name": person.name,
        "role": person.role,
        "directory_entry": person.entry_id,
        "contacts": [{"type": c.type, "value": c.value, "label": c.label} for c in person.contacts],
    }


def _item(item: CareItem) -> dict[str, Any]:
    return {"id": item.id, "name": item.english_name, "hidden": item.hidden}
