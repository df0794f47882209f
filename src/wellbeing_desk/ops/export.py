"""What the exports ask of the vault: the journal's entries and lists, and writing the file."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wellbeing_desk.exports.write import write_export
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN, CareItem
from wellbeing_desk.vault.journal import JournalEntry, JournalFilter

# The lists whose names an exported entry shows (hidden items too: old entries name them).
EXPORTED_LISTS = (ACTIVITY, WARNING_SIGN)


@dataclass(frozen=True)
class JournalExport:
    """What the counsellor export of the journal is made from."""

    entries: list[JournalEntry]  # the entries from ``since`` to ``until``
    items: list[CareItem]  # activities and warning signs, hidden ones too


def journal_export(vault: Vault, since: date, until: date) -> JournalExport:
    entries = list(vault.journal.entries(JournalFilter(since=since, until=until)))
    items = [
        item
        for kind in EXPORTED_LISTS
        for item in vault.care_items.items(kind, include_hidden=True)
    ]
    return JournalExport(entries, items)


def write_document(_vault: Vault, path: Path, data: bytes) -> None:
    """Write ``data`` atomically, owner-only; ``OSError`` when it cannot be written."""
    write_export(path, data)
