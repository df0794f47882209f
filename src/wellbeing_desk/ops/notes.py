"""What Notes asks of the vault: its editor, its list, the chosen note, its trash, its choices."""

from dataclasses import dataclass

from wellbeing_desk.ops.record_editing import RecordEditing
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT, CareItem
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.drafts import Draft
from wellbeing_desk.vault.notes import Note, NoteCursor, NoteFilter, NoteInput, NoteSummary

DRAFT_KIND = "note"  # the editor's drafts in vault.drafts
MAX_SUGGESTIONS = 12  # directory entries offered while she types a participant


@dataclass(frozen=True)
class EditorData:
    """What the note editor shows."""

    contexts: list[CareItem]  # hidden ones too: a note may have one
    tags: list[str]  # every tag of her notes, for suggestions
    note: Note | None
    draft: Draft | None


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers: contexts (hidden too), tags and people in use."""

    contexts: list[CareItem]
    tags: list[str]
    people: list[str]


@dataclass(frozen=True)
class Suggestion:
    """A directory entry offered as a participant."""

    entry_id: str
    name: str
    organisation: str


# -- the editor --------------------------------------------------------------------------


def contexts(vault: Vault) -> list[CareItem]:
    """Her note contexts in her order, hidden ones too."""
    return vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True)


def editor_data(vault: Vault, note_id: str | None) -> EditorData:
    return EditorData(
        contexts=contexts(vault),
        tags=vault.notes.tags(),
        note=vault.notes.get(note_id) if note_id else None,
        draft=vault.drafts.get(DRAFT_KIND, note_id),
    )


_NOTES = RecordEditing[NoteInput, EditorData](DRAFT_KIND, lambda v: v.notes, editor_data)
write_note = _NOTES.write
save_draft = _NOTES.save_draft
discard_draft = _NOTES.discard_draft
has_unsaved_new_note = _NOTES.has_unsaved_new


def directory_matches(vault: Vault, text: str) -> list[Suggestion]:
    """Directory entries matching ``text``, favourites first, each once."""
    found: dict[str, Suggestion] = {}
    for where in (DirectoryFilter(text=text, favourites_only=True), DirectoryFilter(text=text)):
        for row in vault.directory.search(where, limit=MAX_SUGGESTIONS):
            found.setdefault(row.id, Suggestion(row.id, row.name, row.organisation))
    return list(found.values())[:MAX_SUGGESTIONS]


# -- the list and the chosen note --------------------------------------------------------


def note_page(
    vault: Vault, where: NoteFilter, after: tuple[str, str] | None, size: int
) -> list[NoteSummary]:
    """Up to ``size`` rows matching ``where``, newest first, after the key ``after``."""
    return vault.notes.page(where, NoteCursor(*after) if after else None, size)


def note_row(vault: Vault, where: NoteFilter, note_id: str) -> NoteSummary | None:
    """The list row of one note under ``where``, or ``None`` if it does not match.

    Uses the keyset page with a cursor just past the note: the first row after
    it is the note itself when it matches (ids are fixed-length UUIDs).
    """
    note = vault.notes.get(note_id)
    if note is None:
        return None
    cursor = NoteCursor(note.occurred_on.isoformat(), note_id + "\uffff")
    rows = vault.notes.page(where, cursor, 1)
    return rows[0] if rows and rows[0].id == note_id else None


def note_count(vault: Vault, where: NoteFilter) -> int:
    return vault.notes.count(where)


def note(vault: Vault, note_id: str) -> Note | None:
    return vault.notes.get(note_id)


def filter_choices(vault: Vault) -> FilterChoices:
    return FilterChoices(
        contexts=contexts(vault),
        tags=vault.notes.tags(),
        people=vault.notes.participant_names(),
    )


# -- the trash ---------------------------------------------------------------------------


trash_note = _NOTES.trash
restore_note = _NOTES.restore
empty_trash = _NOTES.empty_trash
