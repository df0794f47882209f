"""Insights' and the passphrase check's named operations, without Qt."""

from datetime import date, datetime

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.ops.insights import insights_since
from wellbeing_desk.ops.passphrase import check_passphrase
from wellbeing_desk.vault import Vault, WrongPassphraseError
from wellbeing_desk.vault.care_items import ACTIVITY
from wellbeing_desk.vault.journal import CHECKIN, EntryInput


def _check_in(vault: Vault, day: int, stress: int) -> None:
    vault.journal.add(EntryInput(datetime(2026, 5, day, 9), kind=CHECKIN, stress=stress))


def test_insights_count_only_the_days_since(vault: Vault) -> None:
    for day, stress in ((1, 8), (2, 6), (10, 3)):
        _check_in(vault, day, stress)
    everything = insights_since(vault, None)
    recent = insights_since(vault, date(2026, 5, 5))
    assert [d.day for d in everything.insights.days] == [
        date(2026, 5, 1),
        date(2026, 5, 2),
        date(2026, 5, 10),
    ]
    assert [d.stress for d in recent.insights.days] == [3]


def test_insights_name_hidden_activities_too(vault: Vault) -> None:
    shown = vault.care_items.items(ACTIVITY)
    vault.care_items.set_hidden(shown[0].id, True)
    data = insights_since(vault, None)
    assert shown[0].id in {item.id for item in data.activities}


def test_the_passphrase_check(vault: Vault) -> None:
    check_passphrase(vault, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        check_passphrase(vault, "not the passphrase at all")
