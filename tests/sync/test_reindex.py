"""Rebuilding a record's full-text row and follow-ups from its stored rows (sync's apply)."""

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.debrief.flow import Contact, DebriefFlow, new_action
from wellbeing_desk.directory.starter import ensure_starter
from wellbeing_desk.sync.reindex import reindex
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.change_feed import (
    CARE_ITEM,
    DEBRIEF,
    DIRECTORY,
    FOLLOW_UP,
    JOURNAL,
    NOTE,
    SETTING,
)
from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.fts import fold_arabic
from wellbeing_desk.vault.journal import EntryInput, JournalFilter
from wellbeing_desk.vault.notes import NoteFilter, NoteInput, Participant

# kind -> (record table, full-text table)
TABLES = {
    JOURNAL: ("journal_entry", "journal_fts"),
    DIRECTORY: ("directory_entry", "directory_fts"),
    DEBRIEF: ("debrief", "debrief_fts"),
    NOTE: ("dialogue_note", "note_fts"),
}


def seq_of(conn: Connection, kind: str, record_id: str) -> int:
    table = TABLES[kind][0]
    return int(conn.execute(f"SELECT seq FROM {table} WHERE id = ?", (record_id,)).fetchone()[0])


def index_row(conn: Connection, kind: str, record_id: str) -> tuple[object, ...] | None:
    fts = TABLES[kind][1]
    seq = seq_of(conn, kind, record_id)
    row = conn.execute(f"SELECT * FROM {fts} WHERE rowid = ?", (seq,)).fetchone()
    return None if row is None else tuple(row)


def rebuilt_row(conn: Connection, kind: str, record_id: str) -> tuple[object, ...] | None:
    """Drop the record's index row, reindex it, and read it back."""
    with write_transaction(conn):
        seq = seq_of(conn, kind, record_id)
        conn.execute(f"DELETE FROM {TABLES[kind][1]} WHERE rowid = ?", (seq,))
        assert index_row(conn, kind, record_id) is None
        reindex(conn, kind, record_id)
    return index_row(conn, kind, record_id)


def assert_rebuilt_the_same(vault: Vault, kind: str, record_id: str) -> tuple[object, ...]:
    conn = vault.connection()
    written = index_row(conn, kind, record_id)
    assert written is not None
    assert rebuilt_row(conn, kind, record_id) == written
    return written


# -- journal ---------------------------------------------------------------------------


def test_journal_row_is_rebuilt_as_the_repository_wrote_it(vault: Vault) -> None:
    activities = vault.care_items.items("activity")[:2]
    entry_id = vault.journal.add(
        EntryInput(
            occurred_at=datetime(2026, 11, 3, 9, 30),
            stress=6,
            body="Walked by the river; the ÁRBOLES helped.",
            item_ids=tuple(item.id for item in activities),
            tags=("zeta", "#Alpha", "médico", "beta"),  # not in the tables' order
        )
    )
    written = assert_rebuilt_the_same(vault, JOURNAL, entry_id)
    assert written == ("Walked by the river; the ÁRBOLES helped.", "Alpha beta médico zeta")
    (hit,) = vault.journal.page(JournalFilter(text="arboles medico"))
    assert hit.id == entry_id


def test_journal_reindex_reads_rows_sync_wrote_directly(vault: Vault) -> None:
    entry_id = vault.journal.add(EntryInput(datetime(2026, 11, 3), body="old words", tags=("a",)))
    conn = vault.connection()
    with write_transaction(conn):
        conn.execute("UPDATE journal_entry SET body = 'fresh words' WHERE id = ?", (entry_id,))
        conn.execute(
            "INSERT INTO journal_entry_tag(entry_id, tag) VALUES (?, 'Brave')", (entry_id,)
        )
        reindex(conn, JOURNAL, entry_id)
    assert index_row(conn, JOURNAL, entry_id) == ("fresh words", "a Brave")
    assert [s.id for s in vault.journal.page(JournalFilter(text="fresh brave"))] == [entry_id]
    assert vault.journal.page(JournalFilter(text="old")) == []


# -- directory -------------------------------------------------------------------------


def test_directory_row_is_rebuilt_as_the_repository_wrote_it(vault: Vault) -> None:
    entry_id = vault.directory.add(
        DirectoryEntryInput(
            name="Psicóloga María José Pérez",
            kind="person",
            organisation="Colectivo Cuidarnos",
            description="Acompañamiento a defensoras.",
            categories=("trauma_care", "counselling"),
            languages=("pt-br", "es", "en"),
            regions=("HN", "GT", "worldwide"),
            contacts=(
                ContactMethod("signal", "+502 5555 0101", "Signal"),
                ContactMethod("email", "maria@example.org", "work"),
            ),
            who_qualifies="Defensoras",
            safety_notes="Ask for María",
            secure_route="Signal first",
            hours="Mon-Fri 9-17",
            notes="met at the retreat",
        )
    )
    written = assert_rebuilt_the_same(vault, DIRECTORY, entry_id)
    assert "Honduras" in str(written[4])
    assert "portugués" in str(written[4])
    assert [s.id for s in vault.directory.search(DirectoryFilter(text="cuidarnos retreat"))] == [
        entry_id
    ]


def test_starter_entries_keep_their_other_language_text(vault: Vault) -> None:
    ensure_starter(vault)
    conn = vault.connection()
    rows = conn.execute(
        "SELECT id, search_extra FROM directory_entry WHERE search_extra != '' ORDER BY seq"
    ).fetchall()
    assert rows
    for entry_id, extra in rows[:5]:
        written = assert_rebuilt_the_same(vault, DIRECTORY, entry_id)
        assert fold_arabic(extra) in str(written[2])  # as the index stores Arabic


# -- debriefs --------------------------------------------------------------------------


def answered_flow() -> DebriefFlow:
    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template)
    for step in flow.steps:
        if step.kind == "text":
            flow.set_answer(f"Me sentí cansada en {step.id}", step.id)
        elif step.kind == "rating":
            flow.set_answer(4, step.id)
        elif step.kind == "choice":
            flow.set_answer(step.options[0].id, step.id)
        elif step.kind == "checklist":
            flow.set_answer(tuple(o.id for o in step.options[:2]), step.id)
        elif step.kind == "contacts":
            flow.set_answer((Contact("Luz Marina", None),), step.id)
    actions = next(s for s in flow.steps if s.kind == "actions")
    flow.set_answer(
        (new_action("rest properly", date(2026, 11, 10)), new_action("call Ana")), actions.id
    )
    return flow


def test_debrief_row_and_follow_ups_are_rebuilt(vault: Vault) -> None:
    flow = answered_flow()
    stored = vault.debriefs.create(record.debrief_input(flow, "es"))
    rest, _call = vault.follow_ups.for_source(stored.id)
    vault.follow_ups.set_done(stored.id, rest.item_id, True)
    written = assert_rebuilt_the_same(vault, DEBRIEF, stored.id)
    assert "Luz Marina" in str(written[1])
    assert [(f.text, f.due_date, f.done) for f in vault.follow_ups.for_source(stored.id)] == [
        ("rest properly", date(2026, 11, 10), True),
        ("call Ana", None, False),
    ]
    assert [hit.id for hit in vault.debriefs.search("senti cansada")] == [stored.id]


def test_debrief_follow_ups_follow_the_stored_state(vault: Vault) -> None:
    flow = answered_flow()
    stored = vault.debriefs.create(record.debrief_input(flow, "en"))
    rest, _call = vault.follow_ups.for_source(stored.id)
    vault.follow_ups.set_done(stored.id, rest.item_id, True)
    actions = next(s for s in flow.steps if s.kind == "actions")
    (kept,) = (a for a in flow.follow_ups() if a.text == "rest properly")
    flow.set_answer((kept, new_action("see the doctor")), actions.id)
    state = record.debrief_input(flow, "en").state_json
    conn = vault.connection()
    with write_transaction(conn):  # as sync writes it: the row alone
        conn.execute("UPDATE debrief SET state = ? WHERE id = ?", (state, stored.id))
        reindex(conn, DEBRIEF, stored.id)
    assert [(f.text, f.done) for f in vault.follow_ups.for_source(stored.id)] == [
        ("rest properly", True),
        ("see the doctor", False),
    ]
    assert [hit.id for hit in vault.debriefs.search("doctor")] == [stored.id]


def test_a_debrief_with_a_damaged_template_keeps_its_title_and_follow_ups(vault: Vault) -> None:
    stored = vault.debriefs.create(record.debrief_input(answered_flow(), "en"))
    conn = vault.connection()
    with write_transaction(conn):
        conn.execute("UPDATE debrief SET template = 'not json' WHERE id = ?", (stored.id,))
        reindex(conn, DEBRIEF, stored.id)
    assert index_row(conn, DEBRIEF, stored.id) == (stored.title, "")
    assert len(vault.follow_ups.for_source(stored.id)) == 2


# -- notes -----------------------------------------------------------------------------


def test_note_row_and_follow_ups_are_rebuilt(vault: Vault) -> None:
    context = vault.note_contexts.items("note_context")[0]
    person = vault.directory.add(DirectoryEntryInput(name="Ana Pérez"))
    note_id = vault.notes.add(
        NoteInput(
            title="Círculo de pares",
            occurred_on=date(2026, 11, 3),
            context_id=context.id,
            participants=(Participant("Ana Pérez", person), Participant("Luz")),
            takeaways=("Breathe together", "Say no to one thing"),
            follow_ups=(
                FollowUpInput("f1", "Call Luz", date(2026, 11, 10)),
                FollowUpInput("f2", "Book the room"),
            ),
            tags=("team", "Care", "ánimo"),
            body="## Practices that worked\nWalking meetings.",
        )
    )
    vault.follow_ups.set_done(note_id, "f1", True)
    written = assert_rebuilt_the_same(vault, NOTE, note_id)
    assert written[4] == "Care team ánimo"
    assert [(f.item_id, f.done) for f in vault.follow_ups.for_source(note_id)] == [
        ("f1", True),
        ("f2", False),
    ]
    found = vault.notes.page(NoteFilter(text="walking luz animo"))
    assert [s.id for s in found] == [note_id]


def test_note_follow_ups_are_rebuilt_from_the_stored_json(vault: Vault) -> None:
    note_id = vault.notes.add(
        NoteInput("Retreat", date(2026, 11, 3), follow_ups=(FollowUpInput("f1", "Call Luz"),))
    )
    vault.follow_ups.set_done(note_id, "f1", True)
    conn = vault.connection()
    with write_transaction(conn):
        conn.execute(
            "UPDATE dialogue_note SET follow_ups = ? WHERE id = ?",
            ('[{"id": "f1", "text": "Call Luz"}, {"id": "f9", "text": "Plan a walk"}]', note_id),
        )
        reindex(conn, NOTE, note_id)
    assert [(f.item_id, f.done) for f in vault.follow_ups.for_source(note_id)] == [
        ("f1", True),
        ("f9", False),
    ]
    assert [s.id for s in vault.notes.page(NoteFilter(text="plan walk"))] == [note_id]


# -- what is left alone -----------------------------------------------------------------


def test_a_missing_record_or_an_unindexed_kind_is_left_alone(vault: Vault) -> None:
    entry_id = vault.journal.add(EntryInput(datetime(2026, 11, 3), body="kept"))
    conn = vault.connection()
    counts_before = [
        conn.execute(f"SELECT count(*) FROM {t}").fetchone() for _, t in TABLES.values()
    ]
    with write_transaction(conn):
        for kind in (*TABLES, CARE_ITEM, FOLLOW_UP, SETTING, "no-such-kind"):
            reindex(conn, kind, "no-such-id")
        reindex(conn, CARE_ITEM, entry_id)
    counts_after = [
        conn.execute(f"SELECT count(*) FROM {t}").fetchone() for _, t in TABLES.values()
    ]
    assert counts_after == counts_before
    assert index_row(conn, JOURNAL, entry_id) == ("kept", "")


def test_a_trashed_record_is_reindexed_too(vault: Vault) -> None:
    note_id = vault.notes.add(NoteInput("Gone for now", date(2026, 11, 3), body="words"))
    vault.notes.delete(note_id)
    assert_rebuilt_the_same(vault, NOTE, note_id)


# -- any text --------------------------------------------------------------------------

texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
tag_lists = st.lists(st.text(st.characters(blacklist_categories=["Cs"]), max_size=12), max_size=5)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=texts, tags=tag_lists, title=texts, takeaways=st.lists(texts, max_size=3))
def test_any_journal_entry_or_note_is_rebuilt_the_same(
    vault: Vault, body: str, tags: list[str], title: str, takeaways: list[str]
) -> None:
    entry_id = vault.journal.add(EntryInput(datetime(2026, 11, 3), body=body, tags=tuple(tags)))
    assert_rebuilt_the_same(vault, JOURNAL, entry_id)
    note_id = vault.notes.add(
        NoteInput(
            title=title + " x",
            occurred_on=date(2026, 11, 3),
            participants=tuple(Participant(t + "p") for t in takeaways),
            takeaways=tuple(takeaways),
            follow_ups=tuple(FollowUpInput(f"f{n}", t + "f") for n, t in enumerate(takeaways)),
            tags=tuple(tags),
            body=body,
        )
    )
    assert_rebuilt_the_same(vault, NOTE, note_id)
