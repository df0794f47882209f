"""What Insights asks of the vault: her days, the activities they name, her warning signs."""

from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing_desk.insights import Insights, compute_insights, daily_values, warning_sign_days
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN, CareItem

SIGN_DAYS = 28  # warning signs are counted over the last four weeks, whatever the period


@dataclass(frozen=True)
class InsightsData:
    insights: Insights
    activities: list[CareItem]  # hidden ones too: old days still name them
    # (sign, days she ticked it in the last ``SIGN_DAYS`` days), in her list's order
    warning_signs: list[tuple[CareItem, int]]


def insights_since(vault: Vault, since: date | None, today: date | None = None) -> InsightsData:
    """Her check-ins from ``since`` (``None``: all of them), summed up."""
    items = vault.care_items.items(ACTIVITY, include_hidden=True)
    rows = vault.journal.daily_rows()
    signs = vault.care_items.items(WARNING_SIGN, include_hidden=True)
    sign_since = (today or date.today()) - timedelta(days=SIGN_DAYS - 1)
    by_id = {sign.id: sign for sign in signs}
    counts = warning_sign_days(daily_values(rows), by_id, sign_since)
    return InsightsData(
        compute_insights(rows, [item.id for item in items], since),
        items,
        [(by_id[sign_id], days) for sign_id, days in counts],
    )
