"""What the entry editor holds, as plain data: to and from a draft, to an entry.

Qt-free, so it is tested without a display. A draft is JSON; reading one is
forgiving (a value out of range or of the wrong type is dropped, never
trusted), because a draft may come from an older version of the app.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wellbeing_desk.ui.draft_json import draft_object, text_or_empty
from wellbeing_desk.ui.widgets.same_fields import from_fields
from wellbeing_desk.vault.journal import ENTRY, KINDS, EntryInput, JournalEntry, clean_tags

DRAFT_FORMAT = 1


@dataclass(frozen=True)
class EditorState:
    occurred_at: datetime
    entry_id: str | None = None
    kind: str = ENTRY
    stress: int | None = None
    mood: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    item_ids: tuple[str, ...] = ()
    tags_text: str = ""
    body: str = ""

    @classmethod
    def from_entry(cls, entry: JournalEntry) -> "EditorState":
        return from_fields(cls, entry, entry_id=entry.id, tags_text=format_tags(entry.tags))

    def to_input(self) -> EntryInput:
        """The entry to save; ``ValueError`` if something is out of range (e.g. a long tag)."""
        return from_fields(EntryInput, self, tags=parse_tags(self.tags_text)).validate()

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": DRAFT_FORMAT,
                "entry_id": self.entry_id,
                "kind": self.kind,
                "occurred_at": self.occurred_at.replace(microsecond=0).isoformat(),
                "stress": self.stress,
                "mood": self.mood,
                "energy": self.energy,
                "sleep_hours": self.sleep_hours,
                "item_ids": list(self.item_ids),
                "tags": self.tags_text,
                "body": self.body,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, fallback_time: datetime) -> "EditorState":
        """A state from a draft; ``ValueError`` only if it is not a draft at all."""
        data = draft_object(text, "journal")
        kind = data.get("kind")
        entry_id = data.get("entry_id")
        items = data.get("item_ids")
        return cls(
            occurred_at=_time(data.get("occurred_at"), fallback_time),
            entry_id=entry_id if isinstance(entry_id, str) and entry_id else None,
            kind=kind if kind in KINDS else ENTRY,
            stress=_whole(data.get("stress"), 0, 10),
            mood=_whole(data.get("mood"), 1, 5),
            energy=_whole(data.get("energy"), 1, 5),
            sleep_hours=_hours(data.get("sleep_hours")),
            item_ids=tuple(i for i in items if isinstance(i, str))
            if isinstance(items, list)
            else (),
            tags_text=text_or_empty(data.get("tags")),
            body=text_or_empty(data.get("body")),
        )


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as she typed them: separated by commas, a leading "#" is dropped."""
    return clean_tags(text.split(","))


def format_tags(tags: tuple[str, ...] | list[str]) -> str:
    return ", ".join(tags)


def _time(value: Any, fallback: datetime) -> datetime:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).replace(tzinfo=None, microsecond=0)
        except ValueError:
            pass
    return fallback


def _whole(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def _hours(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 24:
        return round(float(value) * 2) / 2
    return None
