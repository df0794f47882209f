"""What the note editor holds, as plain data: to and from a draft, to a note.

Qt-free, so it is tested without a display. A draft is JSON; reading one is
forgiving (a value of the wrong type is dropped, never trusted), because a
draft may come from an older version of the app.
"""

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from wellbeing_desk.ui.draft_json import draft_object, text_or_empty
from wellbeing_desk.ui.widgets.same_fields import from_fields
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import Note, NoteInput, Participant
from wellbeing_desk.vault.records import new_id

DRAFT_FORMAT = 1


@dataclass(frozen=True)
class NoteState:
    occurred_on: date
    note_id: str | None = None
    title: str = ""
    context_id: str | None = None
    participants: tuple[Participant, ...] = ()
    takeaways: tuple[str, ...] = ()
    follow_ups: tuple[FollowUpInput, ...] = ()
    tags: tuple[str, ...] = ()
    body: str = ""

    @classmethod
    def from_note(cls, note: Note) -> "NoteState":
        return from_fields(cls, note, note_id=note.id)

    def to_input(self) -> NoteInput:
        """The note to save; ``ValueError`` if it cannot be stored (no title, too long)."""
        return from_fields(NoteInput, self).validate()

    def is_empty(self) -> bool:
        """Nothing she wrote (a date and a context alone are not worth a draft)."""
        return not (
            self.title.strip()
            or self.body.strip()
            or any(p.name.strip() for p in self.participants)
            or any(t.strip() for t in self.takeaways)
            or any(f.text.strip() for f in self.follow_ups)
            or self.tags
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": DRAFT_FORMAT,
                "note_id": self.note_id,
                "title": self.title,
                "occurred_on": self.occurred_on.isoformat(),
                "context_id": self.context_id,
                "participants": [
                    {"name": p.name, "directory_id": p.directory_id} for p in self.participants
                ],
                "takeaways": list(self.takeaways),
                "follow_ups": [
                    {
                        "id": f.item_id,
                        "text": f.text,
                        "due": f.due_date.isoformat() if f.due_date else None,
                    }
                    for f in self.follow_ups
                ],
                "tags": list(self.tags),
                "body": self.body,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, fallback_date: date) -> "NoteState":
        """A state from a draft; ``ValueError`` only if it is not a draft at all."""
        data = draft_object(text, "note")
        return cls(
            occurred_on=_day(data.get("occurred_on")) or fallback_date,
            note_id=_optional_text(data.get("note_id")),
            title=text_or_empty(data.get("title")),
            context_id=_optional_text(data.get("context_id")),
            participants=tuple(_participants(data.get("participants"))),
            takeaways=tuple(t for t in _list(data.get("takeaways")) if isinstance(t, str)),
            follow_ups=tuple(_follow_ups(data.get("follow_ups"))),
            tags=tuple(t for t in _list(data.get("tags")) if isinstance(t, str) and t.strip()),
            body=text_or_empty(data.get("body")),
        )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _optional_text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _day(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _participants(value: Any) -> list[Participant]:
    found = []
    for item in _list(value):
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            found.append(Participant(item["name"], _optional_text(item.get("directory_id"))))
    return found


def _follow_ups(value: Any) -> list[FollowUpInput]:
    found = []
    for item in _list(value):
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            item_id = _optional_text(item.get("id")) or new_id()
            found.append(FollowUpInput(item_id, item["text"], _day(item.get("due"))))
    return found
