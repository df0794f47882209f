"""What Search everywhere asks of the vault."""

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.search import SearchHit, search_everything


def search(vault: Vault, text: str, per_section: int) -> list[SearchHit]:
    """At most ``per_section`` hits for ``text`` in each section, in the sections' order."""
    return search_everything(vault.connection, text, per_section)
