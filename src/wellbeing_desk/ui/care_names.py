"""Translated names of the starter activities, warning signs and note contexts.

The vault stores a starter item by key; until she renames it, the UI shows
the key's translated name. Every key of ``vault/starters.py`` is listed here
(a test checks), marked for translation in the "CareItems" context.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wellbeing_desk.vault.care_items import CareItem

CONTEXT = "CareItems"

# QT_TRANSLATE_NOOP marks a string for lupdate and returns it unchanged.
STARTER_SOURCE_NAMES: dict[str, object] = {
    "rest": QT_TRANSLATE_NOOP("CareItems", "Rest"),
    "movement": QT_TRANSLATE_NOOP("CareItems", "Movement"),
    "trusted_people": QT_TRANSLATE_NOOP("CareItems", "Time with people I trust"),
    "nature": QT_TRANSLATE_NOOP("CareItems", "Nature"),
    "creative": QT_TRANSLATE_NOOP("CareItems", "Creative work"),
    "spiritual": QT_TRANSLATE_NOOP("CareItems", "Spiritual practice"),
    "counselling": QT_TRANSLATE_NOOP("CareItems", "Counselling"),
    "boundary": QT_TRANSLATE_NOOP("CareItems", "Time off / a boundary kept"),
    "meal": QT_TRANSLATE_NOOP("CareItems", "A proper meal"),
    "trouble_sleeping": QT_TRANSLATE_NOOP("CareItems", "Trouble sleeping"),
    "irritability": QT_TRANSLATE_NOOP("CareItems", "Irritability"),
    "numbness": QT_TRANSLATE_NOOP("CareItems", "Feeling numb"),
    "withdrawing": QT_TRANSLATE_NOOP("CareItems", "Withdrawing from people"),
    "exhaustion": QT_TRANSLATE_NOOP("CareItems", "Exhaustion"),
    "hypervigilance": QT_TRANSLATE_NOOP("CareItems", "Always on alert"),
    "nightmares": QT_TRANSLATE_NOOP("CareItems", "Nightmares or unwanted memories"),
    "hopelessness": QT_TRANSLATE_NOOP("CareItems", "Hopelessness or cynicism"),
    "drinking_more": QT_TRANSLATE_NOOP("CareItems", "Drinking more than usual"),
    "body_aches": QT_TRANSLATE_NOOP("CareItems", "Body aches"),
    "cannot_stop_working": QT_TRANSLATE_NOOP("CareItems", "Not being able to stop working"),
    # Where a dialogue note comes from (her list of contexts).
    "peer_circle": QT_TRANSLATE_NOOP("CareItems", "Peer-support circle"),
    "counselling_session": QT_TRANSLATE_NOOP("CareItems", "Counselling session"),
    "team_meeting": QT_TRANSLATE_NOOP("CareItems", "Team meeting"),
    "retreat": QT_TRANSLATE_NOOP("CareItems", "Retreat or safe space"),
    "online_dialogue": QT_TRANSLATE_NOOP("CareItems", "Online dialogue"),
    "other": QT_TRANSLATE_NOOP("CareItems", "Other"),
}


def starter_name(key: str) -> str:
    """The translated name of a starter key (the key itself if it is unknown)."""
    source = STARTER_SOURCE_NAMES.get(key)
    return key if source is None else QCoreApplication.translate(CONTEXT, str(source))


def display_name(item: CareItem) -> str:
    """Her own name for the item, else the starter's translated name."""
    if item.name:
        return item.name
    return starter_name(item.starter_key or "")


def display_names(items: list[CareItem]) -> dict[str, str]:
    return {item.id: display_name(item) for item in items}
