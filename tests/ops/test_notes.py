"""Notes' named operations and their decisions, on a real vault and without Qt."""

from datetime import date

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import notes as ops
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import NOTE_CONTEXT
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.notes import NoteFilter, NoteInput, Participant

MAY = date(2026, 5, 4)
JUNE = date(2026, 6, 1)


def test_writing_a_new_note_drops_its_draft(vault: Vault) -> None:
    ops.save_draft(vault, None, '{"title": "half"}')
    assert ops.has_unsaved_new_note(vault)

    note_id = ops.write_note(vault, None, NoteInput("Circle", MAY), "{}")

    assert not ops.has_unsaved_new_note(vault)
    found = ops.note(vault, note_id)
    assert found is not None and found.title == "Circle"


def test_updating_a_note_keeps_its_id_and_drops_its_draft(vault: Vault) -> None:
    note_id = vault.notes.add(NoteInput("Circle", MAY))
    ops.save_draft(vault, note_id, '{"title": "Circle, again"}')

    assert ops.write_note(vault, note_id, NoteInput("Circle, again", MAY), "{}") == note_id

    data = ops.editor_data(vault, note_id)
    assert data.note is not None and data.note.title == "Circle, again"
    assert data.draft is None


def test_editor_data_offers_hidden_contexts_and_tags(vault: Vault) -> None:
    hidden = vault.note_contexts.add(NOTE_CONTEXT, "Old team")
    vault.note_contexts.set_hidden(hidden.id, True)
    vault.notes.add(NoteInput("Circle", MAY, tags=("peer",)))

    data = ops.editor_data(vault, None)

    assert hidden.id in {item.id for item in data.contexts}
    assert data.tags == ["peer"]
    assert data.note is None


def test_discarding_a_draft_shows_the_saved_note(vault: Vault) -> None:
    note_id = vault.notes.add(NoteInput("Saved", MAY))
    ops.save_draft(vault, note_id, '{"title": "Changed"}')

    data = bind(ops.discard_draft, note_id)(vault)

    assert data.draft is None
    assert data.note is not None and data.note.title == "Saved"


def test_note_page_row_and_count_follow_the_filter(vault: Vault) -> None:
    may = vault.notes.add(NoteInput("River circle", MAY))
    june = vault.notes.add(NoteInput("Team meeting", JUNE))

    assert [row.id for row in ops.note_page(vault, NoteFilter(), None, 10)] == [june, may]
    first = ops.note_page(vault, NoteFilter(), None, 1)
    after = (first[0].occurred_on.isoformat(), first[0].id)
    assert [row.id for row in ops.note_page(vault, NoteFilter(), after, 10)] == [may]
    assert ops.note_count(vault, NoteFilter(text="river")) == 1
    row = ops.note_row(vault, NoteFilter(text="river"), may)
    assert row is not None and row.id == may
    assert ops.note_row(vault, NoteFilter(text="river"), june) is None


def test_trash_restore_and_empty(vault: Vault) -> None:
    kept = vault.notes.add(NoteInput("Kept", MAY))
    gone = vault.notes.add(NoteInput("Gone", JUNE))

    ops.trash_note(vault, kept)
    ops.trash_note(vault, gone)
    ops.restore_note(vault, kept)

    assert ops.note_count(vault, NoteFilter()) == 1
    assert ops.empty_trash(vault) == 1
    assert ops.note_count(vault, NoteFilter(trash=True)) == 0


def test_filter_choices_list_contexts_tags_and_people(vault: Vault) -> None:
    circle = vault.note_contexts.add(NOTE_CONTEXT, "Circle of care")
    vault.notes.add(NoteInput("Circle", MAY, tags=("peer",), participants=(Participant("Ana"),)))

    choices = ops.filter_choices(vault)

    assert circle.id in {item.id for item in choices.contexts}
    assert choices.tags == ["peer"]
    assert choices.people == ["Ana"]


def test_directory_matches_put_favourites_first_and_each_once(vault: Vault) -> None:
    (plain,) = vault.directory.add_many([DirectoryEntryInput(name="Ana Plain")])
    (starred,) = vault.directory.add_many(
        [DirectoryEntryInput(name="Ana Starred", organisation="Clinic")]
    )
    vault.directory.set_favourite(starred, True)

    found = ops.directory_matches(vault, "Ana")

    assert [match.entry_id for match in found] == [starred, plain]
    assert found[0] == ops.Suggestion(starred, "Ana Starred", "Clinic")
