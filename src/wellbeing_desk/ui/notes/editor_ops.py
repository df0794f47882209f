"""What the note editor asks of the vault; these run on the database worker thread."""

from dataclasses import dataclass

from wellbeing_desk.ui.draft_records import save_with_draft
from wellbeing_desk.ui.notes.note_state import DRAFT_KIND
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT, CareItem
from wellbeing_desk.vault.drafts import Draft
from wellbeing_desk.vault.notes import Note, NoteInput


@dataclass(frozen=True)
class Loaded:
    contexts: list[CareItem]  # hidden ones too: a note may have one
    tags: list[str]  # every tag of her notes, for suggestions
    note: Note | None
    draft: Draft | None


def load(vault: Vault, note_id: str | None) -> Loaded:
    return Loaded(
        contexts=vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True),
        tags=vault.notes.tags(),
        note=vault.notes.get(note_id) if note_id else None,
        draft=vault.drafts.get(DRAFT_KIND, note_id),
    )


def write(vault: Vault, note_id: str | None, note: NoteInput, draft: str) -> str:
    """Add or update the note, then drop its draft; returns the note's id."""
    return save_with_draft(
        vault,
        DRAFT_KIND,
        note_id,
        draft,
        lambda: vault.notes.add(note),
        lambda known_id: vault.notes.update(known_id, note),
    )


def discard_and_load(vault: Vault, note_id: str | None) -> Loaded:
    vault.drafts.discard(DRAFT_KIND, note_id)
    return load(vault, note_id)
