"""What Insights asks of the vault: her days, and the activities they name."""

from dataclasses import dataclass
from datetime import date

from wellbeing_desk.insights import Insights, compute_insights
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, CareItem


@dataclass(frozen=True)
class InsightsData:
    insights: Insights
    activities: list[CareItem]  # hidden ones too: old days still name them


def insights_since(vault: Vault, since: date | None) -> InsightsData:
    """Her check-ins from ``since`` (``None``: all of them), summed up."""
    items = vault.care_items.items(ACTIVITY, include_hidden=True)
    rows = vault.journal.daily_rows()
    return InsightsData(compute_insights(rows, [item.id for item in items], since), items)
