"""What reading an import file gives: the entries, what had no field, the records that failed.

Both importers return a ``Reading``: one ``Imported`` per card or row that can
be stored (with the names of what it carried that has no field of its own:
kept in her notes, a photo left out), and one ``Unreadable`` per card or row
that cannot. Nothing is stored here; the caller adds ``entries`` in one
transaction, and only after she chose what to do with the unreadable ones.

Words that end up in her notes ("Birthday: 12 May") come from ``WORDS``; the
interface passes its own translations of the same keys.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.vault.directory_types import DirectoryEntryInput

# Names of things a card or row may carry that have no field of their own.
# Keys are stable; the interface translates the values.
WORDS: dict[str, str] = {
    "photo": "Photo",
    "logo": "Logo",
    "sound": "Sound",
    "key": "Encryption key",
    "nickname": "Nickname",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "date": "Date",
    "gender": "Gender",
    "related": "Related person",
    "messaging": "Messaging",
    "social": "Social profile",
    "groups": "Groups",
    "languages": "Languages",
    "regions": "Countries",
    "kind": "Kind",
    "cost": "Cost",
    "location": "Location",
    "time_zone": "Time zone",
    "pronunciation": "Pronunciation",
    "address": "Address",
    "assistant": "Assistant card",
}


@dataclass(frozen=True)
class Imported:
    """One card or row that can be stored."""

    entry: DirectoryEntryInput
    not_imported: tuple[str, ...] = ()  # what has no field: kept in her notes, photos left out


@dataclass(frozen=True)
class Unreadable:
    """One card or row that cannot be stored, and what it seems to be called."""

    error: ImportFormatError  # names the card or line and says why
    name: str = ""  # "" when not even a name can be read

    def describe(self) -> str:
        """``Card 3 (line 17, “Marta Gómez”): the name is missing``, in English (CLI)."""
        text = str(self.error)
        if not self.name:
            return text
        head, _, problem = text.partition(": ")
        if head.endswith(")"):
            return f"{head[:-1]}, “{self.name}”): {problem}"
        return f"{head} (“{self.name}”): {problem}"


@dataclass(frozen=True)
class Reading:
    """Everything read from one file."""

    records: tuple[Imported, ...]
    unreadable: tuple[Unreadable, ...] = ()
    noun: str = "cards"  # "cards" or "rows", for messages

    @property
    def noun_one(self) -> str:
        """ "card" or "row": ``noun`` for a count of one."""
        return self.noun.removesuffix("s")

    @property
    def entries(self) -> list[DirectoryEntryInput]:
        """The entries that can be stored (the unreadable ones left out)."""
        return [record.entry for record in self.records]

    def all_entries(self) -> list[DirectoryEntryInput]:
        """Every entry, or the first unreadable record's ``ImportFormatError`` (all or nothing)."""
        if self.unreadable:
            raise self.unreadable[0].error
        return self.entries


def words(overrides: Mapping[str, str] | None) -> dict[str, str]:
    """``WORDS`` with the interface's translations laid over them."""
    return {**WORDS, **(overrides or {})}


def notes_with(notes: str, kept: list[tuple[str, str]]) -> str:
    """Her notes, then one ``Label: value`` line for each thing kept without a field."""
    lines = [f"{label}: {value}" if label else value for label, value in kept]
    return "\n\n".join(part for part in (notes.strip(), "\n".join(lines)) if part)
