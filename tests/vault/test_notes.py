"""Dialogue notes in the vault: fields, filters, participants both ways, follow-ups, trash."""

from datetime import date

import pytest

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import (
    NoteCursor,
    NoteFilter,
    NoteInput,
    Participant,
)


def note(title: str = "Peer circle", **changes: object) -> NoteInput:
    values: dict[str, object] = {"title": title, "occurred_on": date(2026, 11, 2)}
    values.update(changes)
    return NoteInput(**values)  # type: ignore[arg-type]


def test_every_field_round_trips(vault: Vault) -> None:
    context = vault.note_contexts.items("note_context")[0]
    entry_id = vault.directory.add(DirectoryEntryInput(name="Ana Pérez"))
    written = NoteInput(
        title="  Círculo   de pares ",
        occurred_on=date(2026, 11, 3),
        context_id=context.id,
        participants=(Participant("Ana Pérez", entry_id), Participant("  Luz "), Participant(" ")),
        takeaways=("Breathe together", "", "Say no to one thing"),
        follow_ups=(FollowUpInput("f1", "Call Luz", date(2026, 11, 10)), FollowUpInput("f2", " ")),
        tags=("#care", "Care", "team"),
        body="## Practices that worked\nWalking meetings.",
    )
    note_id = vault.notes.add(written)
    stored = vault.notes.get(note_id)
    assert stored is not None
    assert stored.title == "Círculo de pares"
    assert stored.participants == (Participant("Ana Pérez", entry_id), Participant("Luz"))
    assert stored.takeaways == ("Breathe together", "Say no to one thing")
    assert [f.text for f in stored.follow_ups] == ["Call Luz"]
    assert stored.tags == ("care", "team")
    assert stored.as_input() == written.validate()


def test_validation_refuses_what_cannot_be_stored(vault: Vault) -> None:
    with pytest.raises(ValueError, match="title"):
        vault.notes.add(note("   "))
    with pytest.raises(ValueError, match="title"):
        vault.notes.add(note("x" * 301))
    with pytest.raises(ValueError, match="name"):
        vault.notes.add(note(participants=(Participant("x" * 201),)))
    assert vault.notes.count() == 0


def test_filters_by_context_tag_participant_dates_and_text(vault: Vault) -> None:
    contexts = vault.note_contexts.items("note_context")
    a = vault.notes.add(
        note("Circle", context_id=contexts[0].id, tags=("care",), occurred_on=date(2026, 1, 5),
             participants=(Participant("Ana"),), body="Sleep hygiene, siestas")
    )  # fmt: skip
    b = vault.notes.add(
        note("Team", context_id=contexts[2].id, tags=("security",), occurred_on=date(2026, 3, 5),
             participants=(Participant("Luz"),), takeaways=("Rotate phones",))
    )  # fmt: skip

    def ids(**where: object) -> list[str]:
        return [s.id for s in vault.notes.page(NoteFilter(**where))]  # type: ignore[arg-type]

    assert ids() == [b, a]  # newest first
    assert ids(context_id=contexts[0].id) == [a]
    assert ids(tag="SECURITY") == [b]
    assert ids(participant="ana") == [a]
    assert ids(since=date(2026, 2, 1)) == [b]
    assert ids(until=date(2026, 1, 5)) == [a]
    assert ids(text="SIESTA") == [a]
    assert ids(text="rotate") == [b]
    assert ids(text="luz") == [b]  # participants are indexed
    (hit,) = vault.notes.page(NoteFilter(text="siestas"))
    assert hit.snippet is not None and "siestas" in hit.snippet
    assert vault.notes.tags() == ["care", "security"]
    assert vault.notes.participant_names() == ["Ana", "Luz"]


def test_keyset_pages_cover_everything_once(vault: Vault) -> None:
    vault.notes.add_many([note(f"n{i}", occurred_on=date(2026, 1, 1 + i % 28)) for i in range(450)])
    seen: list[str] = []
    after = None
    while True:
        page = vault.notes.page(NoteFilter(), after, limit=200)
        seen += [s.id for s in page]
        if len(page) < 200:
            break
        after = NoteCursor(page[-1].occurred_on.isoformat(), page[-1].id)
    assert len(seen) == len(set(seen)) == 450


def test_a_directory_entry_lists_the_notes_it_takes_part_in(vault: Vault) -> None:
    entry_id = vault.directory.add(DirectoryEntryInput(name="Counsellor Rosa"))
    linked = vault.notes.add(note("Session", participants=(Participant("Rosa", entry_id),)))
    vault.notes.add(note("Other", participants=(Participant("Rosa"),)))  # same name, not linked
    assert [s.id for s in vault.notes.for_directory_entry(entry_id)] == [linked]
    stored = vault.notes.get(linked)
    assert stored is not None
    assert stored.participants[0].directory_id == entry_id
    vault.notes.delete(linked)
    assert vault.notes.for_directory_entry(entry_id) == []


def test_note_follow_ups_are_due_on_today(vault: Vault) -> None:
    note_id = vault.notes.add(
        note("Retreat", follow_ups=(FollowUpInput("x", "Send the photos", date(2026, 11, 20)),))
    )
    (due,) = vault.follow_ups.due(date(2026, 11, 27))
    assert (due.source_kind, due.source_id, due.source_title) == ("note", note_id, "Retreat")
    vault.follow_ups.set_done(note_id, "x", True)
    stored = vault.notes.get(note_id)
    assert stored is not None
    vault.notes.update(note_id, stored.as_input())
    assert vault.follow_ups.due(date(2026, 11, 27)) == []  # done survives an edit


def test_trash_restore_and_empty(vault: Vault) -> None:
    note_id = vault.notes.add(note("Gone soon", body="unique words here"))
    vault.drafts.save("note", "draft text", note_id)
    vault.notes.delete(note_id)
    assert vault.notes.page(NoteFilter(text="unique")) == []
    assert [s.id for s in vault.notes.page(NoteFilter(trash=True))] == [note_id]
    vault.notes.restore(note_id)
    assert [s.id for s in vault.notes.page(NoteFilter(text="unique"))] == [note_id]
    vault.notes.delete(note_id)
    assert vault.notes.empty_trash() == 1
    assert vault.notes.get(note_id) is None
    assert vault.drafts.get("note", note_id) is None
    conn = vault.connection()
    assert conn.execute("SELECT kind FROM tombstone WHERE id = ?", (note_id,)).fetchone() == (
        "note",
    )
    for table in ("note_fts", "note_participant", "note_tag", "follow_up"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)


def test_contexts_are_her_own_list(vault: Vault) -> None:
    contexts = vault.note_contexts.items("note_context")
    assert [c.starter_key for c in contexts] == [
        "peer_circle", "counselling_session", "team_meeting", "retreat", "online_dialogue", "other",
    ]  # fmt: skip
    mine = vault.note_contexts.add("note_context", "Family dinner")
    vault.note_contexts.rename(contexts[0].id, "Círculo")
    vault.note_contexts.set_hidden(contexts[5].id, True)
    names = [c.english_name for c in vault.note_contexts.items("note_context")]
    assert names[0] == "Círculo" and names[-1] == "Family dinner" and "Other" not in names
    assert vault.note_contexts.find("note_context", "family dinner") == mine
    with pytest.raises(ValueError, match="unknown list"):
        vault.note_contexts.items("activity")
