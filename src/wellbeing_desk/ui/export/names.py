"""The names of her care items as the interface shows them.

Her own names as she wrote them; starter items by their translated name
(``ui/care_names.py``), so exports and insights read like the journal.
"""

from collections.abc import Iterable

from wellbeing_desk.ui.care_names import display_name
from wellbeing_desk.vault.care_items import CareItem


def item_names(items: Iterable[CareItem]) -> dict[str, str]:
    """``{item id: name shown}`` for ``items``."""
    return {item.id: display_name(item) for item in items}
