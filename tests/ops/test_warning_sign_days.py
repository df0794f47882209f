"""How often she noted each warning sign in the last four weeks: counts, per day."""

from datetime import date, datetime, timedelta

from wellbeing_desk.insights import daily_values, warning_sign_days
from wellbeing_desk.ops.insights import SIGN_DAYS, insights_since
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.journal import EntryInput

TODAY = date(2026, 6, 30)


def _at(days_ago: int, hour: int = 9) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(
        hour=hour
    )


def test_a_day_counts_once_and_old_days_are_left_out() -> None:
    rows = [
        (_at(1), 5, 3, ("sleep", "walk")),
        (_at(1, 20), 6, 3, ("sleep",)),  # same day again: still one day
        (_at(3), 4, 3, ("sleep", "numb")),
        (_at(40), 8, 2, ("numb",)),  # before the window
    ]
    since = TODAY - timedelta(days=SIGN_DAYS - 1)
    counts = warning_sign_days(daily_values(rows), ["numb", "sleep", "alert"], since)
    # Her list's order; a sign she did not note is not listed; activities are not signs.
    assert counts == [("numb", 1), ("sleep", 2)]


def test_insights_bring_her_signs_with_their_days(vault: Vault) -> None:
    sleeping = vault.care_items.find(WARNING_SIGN, "Trouble sleeping")
    numb = vault.care_items.find(WARNING_SIGN, "Feeling numb")
    rest = vault.care_items.find(ACTIVITY, "Rest")
    assert sleeping and numb and rest
    for days_ago, items in (
        (0, (sleeping.id, rest.id)),
        (2, (sleeping.id,)),
        (5, (numb.id,)),
        (60, (numb.id,)),
    ):
        vault.journal.add(EntryInput(_at(days_ago), stress=4, item_ids=items))

    data = insights_since(vault, None, today=TODAY)

    shown = [(sign.english_name, days) for sign, days in data.warning_signs]
    assert shown == [("Trouble sleeping", 2), ("Feeling numb", 1)]
