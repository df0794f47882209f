"""One record type built from another that names the same fields.

An editor's state, the record it was read from and the input it saves share
most of their fields by name (``EditorState`` ~ ``JournalEntry`` ~
``EntryInput``, ``NoteState`` ~ ``Note`` ~ ``NoteInput``); this copies those
and takes the few that differ as keywords, so a field added to all three
needs no copying code. A field the source lacks and no keyword gives is an
``AttributeError``, never a silent default.
"""

from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    RecordT = TypeVar("RecordT", bound=DataclassInstance)
else:
    RecordT = TypeVar("RecordT")


def from_fields(record_type: type[RecordT], source: object, **differing: Any) -> RecordT:
    """A ``record_type`` with ``source``'s values for its fields, except those in ``differing``."""
    values = {
        field.name: differing[field.name]
        if field.name in differing
        else getattr(source, field.name)
        for field in fields(record_type)
    }
    return record_type(**values)
