"""What Today asks of the vault: everything it shows, the check-in, follow-ups done."""

from dataclasses import dataclass
from datetime import date

from wellbeing_desk.ops.journal import has_unsaved_new_entry
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, CareItem
from wellbeing_desk.vault.follow_ups import FollowUp
from wellbeing_desk.vault.journal import EntryInput

REMINDER_DISMISSED = "today.emergency_reminder_dismissed"  # a vault setting: "1" for good


@dataclass(frozen=True)
class TodayData:
    """Everything Today shows, read at once."""

    activities: list[CareItem]  # for the check-in (hidden ones left out)
    plan: dict[str, str]  # her self-care plan, by section
    has_unsaved_entry: bool  # "Continue your unsaved entry"
    follow_ups: list[FollowUp]  # open and due today or earlier
    today: date
    show_reminder: bool  # "Who would you reach in a hard moment?"


def shows_reminder(vault: Vault) -> bool:
    """Remind her to add emergency people until she has one or closed it for good."""
    return vault.settings.get(REMINDER_DISMISSED) != "1" and not vault.emergency.has_any()


def today_data(vault: Vault, today: date | None = None) -> TodayData:
    day = today or date.today()
    return TodayData(
        activities=vault.care_items.items(ACTIVITY),
        plan=vault.care_plan.get(),
        has_unsaved_entry=has_unsaved_new_entry(vault),
        follow_ups=vault.follow_ups.due(day),
        today=day,
        show_reminder=shows_reminder(vault),
    )


def dismiss_reminder(vault: Vault) -> None:
    """She closed the reminder: it never comes back."""
    vault.settings.set(REMINDER_DISMISSED, "1")


def add_checkin(vault: Vault, entry: EntryInput) -> str:
    """Save the quick check-in; returns the new entry's id."""
    return vault.journal.add(entry)


def set_follow_up_done(vault: Vault, source_id: str, item_id: str, done: bool) -> None:
    vault.follow_ups.set_done(source_id, item_id, done)
