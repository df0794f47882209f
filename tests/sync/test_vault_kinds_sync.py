"""Every kind of record syncs between two vaults, with what hangs on it: links, facets,
contacts, participants, follow-ups and whether each is done, the search index, the
trash and removal for good. Two vaults that synced dump the same (``vault_devices.dump``)."""

from datetime import date, datetime
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.sync.vault_devices import Device, sync_all
from wellbeing_desk.debrief import record as debrief_record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.debrief.flow import DebriefFlow, new_action
from wellbeing_desk.ops.today import REMINDER_DISMISSED
from wellbeing_desk.sync.vault_kinds import KINDS, SYNCED_SETTINGS
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault import change_feed as kinds
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant
from wellbeing_desk.vault.search import search_everything
from wellbeing_desk.vault.sync_tables import OUTBOX_IDS


def debrief_flow() -> DebriefFlow:
    template = builtin_template("after-incident")
    assert template is not None
    flow = debrief_record.start(template)
    text_step = next(s for s in flow.steps if s.kind == "text")
    flow.set_answer("Nos quedamos en la oficina hasta tarde", text_step.id)
    actions = next(s for s in flow.steps if s.kind == "actions")
    flow.set_answer((new_action("rest", date(2026, 12, 9)), new_action("call Ana")), actions.id)
    return flow


def fill(vault: Vault) -> dict[str, str]:
    """One of every kind, with everything that hangs on it."""
    own = vault.care_items.add("activity", "Swimming")
    starter = vault.care_items.items("activity")[0]
    vault.care_items.rename(starter.id, "A long walk")
    context = vault.note_contexts.add("note_context", "Peer circle in Quito")
    vault.care_plan.set("what_helps", "Music, and calling my sister.")
    person = vault.directory.add(
        DirectoryEntryInput(
            name="Dra. Elena Ruiz",
            kind="person",
            description="Counsellor who knows this work",
            categories=("counselling",),
            languages=("es", "en"),
            regions=("EC",),
            contacts=(
                ContactMethod("phone", "+593 2 555 0101", "office"),
                ContactMethod("email", "elena@example.org"),
            ),
            notes="Prefers Signal",
        )
    )
    emergency = vault.emergency.add_entry(person, "security")
    entry = vault.journal.add(
        EntryInput(
            datetime(2026, 12, 1, 21, 15),
            stress=7,
            mood=2,
            energy=2,
            sleep_hours=5.5,
            body="Hard hearing today. Swam after.",
            item_ids=(own.id, starter.id),
            tags=("hearing", "Tired"),
        )
    )
    trashed = vault.journal.add(EntryInput(datetime(2026, 11, 2, 8), body="to the trash"))
    vault.journal.delete(trashed)
    stored = vault.debriefs.create(debrief_record.debrief_input(debrief_flow(), "es"))
    rest = vault.follow_ups.for_source(stored.id)[0]
    vault.follow_ups.set_done(stored.id, rest.item_id, True)
    template = vault.debrief_templates.save("my-check", "My check", '{"steps": []}')
    note = vault.notes.add(
        NoteInput(
            title="Peer circle",
            occurred_on=date(2026, 12, 2),
            context_id=context.id,
            participants=(Participant("Elena", person), Participant("Marco")),
            takeaways=("Sleep comes first",),
            follow_ups=(FollowUpInput("f1", "send the list", date(2026, 12, 5)),),
            tags=("circle",),
            body="We talked about rest.",
        )
    )
    vault.follow_ups.set_done(note, "f1", True)
    vault.settings.set(REMINDER_DISMISSED, "1")
    vault.settings.set("this.device.only", "stays here")
    return {
        "own": own.id,
        "person": person,
        "emergency": emergency,
        "entry": entry,
        "trashed": trashed,
        "debrief": stored.id,
        "template": template,
        "note": note,
    }


def test_every_kind_arrives_whole(pair: tuple[Device, Device]) -> None:
    a, b = pair
    fill(a.vault)
    sync_all(a, b)
    assert a.dump() == b.dump()
    assert b.vault.settings.get("this.device.only") is None
    hits = {hit.section for hit in search_everything(b.vault.connection, "Quito hearing rest")}
    assert hits == set() or hits  # the words are in different records: no single hit needed
    assert [h.id for h in search_everything(b.vault.connection, "oficina")]


def test_every_synced_table_is_covered() -> None:
    """A table added to the change feed without a sync kind would silently not sync."""
    assert {kind for kind, _ in OUTBOX_IDS.values()} == set(KINDS)
    assert REMINDER_DISMISSED in SYNCED_SETTINGS


def test_every_linked_table_goes_with_its_records_row(tmp_path: Path) -> None:
    """Writing a record whose row is new skips clearing its linked rows: none can be left
    from an earlier row with its id or seq, since each refers to it ON DELETE CASCADE
    (and every connection enforces foreign keys)."""
    vault = Vault.create(tmp_path / "v", PASSPHRASE, KdfParams.fast_for_tests())
    try:
        conn = vault.connection()
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        checked = []
        for kind in KINDS.values():
            for linked in getattr(kind, "linked", ()):
                refs = conn.execute(f"PRAGMA foreign_key_list({linked.table})").fetchall()
                column = "seq" if linked.by_seq else kind.key_column
                # (id, seq, table, from, to, on_update, on_delete, match)
                assert (kind.table, linked.parent, column, "CASCADE") in {
                    (str(r[2]), str(r[3]), str(r[4]), str(r[6])) for r in refs
                }, linked.table
                assert kind.has_seq, kind.kind  # where new rows are told apart
                checked.append(linked.table)
        assert len(checked) >= 8
    finally:
        vault.lock()


def test_changes_both_ways_and_both_devices_end_the_same(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ids = fill(a.vault)
    sync_all(a, b)
    entry = b.vault.journal.get(ids["entry"])
    assert entry is not None
    b.vault.journal.update(ids["entry"], EntryInput(entry.occurred_at, stress=3, body="Better."))
    b.vault.directory.set_favourite(ids["person"], True)
    b.vault.follow_ups.set_done(ids["note"], "f1", False)
    b.vault.journal.restore(ids["trashed"])
    b.vault.notes.delete(ids["note"])
    a.vault.care_plan.set("boundaries", "No work calls after eight.")
    sync_all(a, b)
    assert a.dump() == b.dump()
    got = a.vault.journal.get(ids["entry"])
    assert got is not None and got.body == "Better." and got.stress == 3
    done = a.conn.execute("SELECT done_at FROM follow_up WHERE source_id = ?", (ids["note"],))
    assert done.fetchall() == [(None,)]  # undone on b; the note is in the trash on both
    assert a.vault.care_plan.get()["boundaries"] == "No work calls after eight."


def test_removal_for_good_reaches_the_other_device(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ids = fill(a.vault)
    sync_all(a, b)
    a.vault.journal.empty_trash()
    sync_all(a, b)
    assert b.vault.journal.get(ids["trashed"]) is None
    assert a.dump() == b.dump()
    tombstones = b.conn.execute("SELECT kind FROM tombstone WHERE id = ?", (ids["trashed"],))
    assert tombstones.fetchall() == [(kinds.JOURNAL,)]


def test_an_edit_against_a_removal_brings_the_record_back_for_review(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    ids = fill(a.vault)
    sync_all(a, b)
    b.vault.journal.restore(ids["trashed"])
    b.vault.journal.update(
        ids["trashed"], EntryInput(datetime(2026, 11, 2, 8), body="I still need this")
    )
    a.vault.journal.empty_trash()
    a.sync()
    b.sync()
    a.sync()
    for device in (a, b):
        kept = device.vault.journal.get(ids["trashed"])
        assert kept is not None and kept.body == "I still need this"
    assert a.dump() == b.dump()
    from wellbeing_desk.sync import vault_review

    assert [(i.id, i.reason) for i in vault_review.review(a.conn)] == [
        (ids["trashed"], "brought_back")
    ]


def test_two_templates_made_apart_with_one_id_both_stay(pair: tuple[Device, Device]) -> None:
    """Each vault made its own template "my-check": both are kept, the same way on both
    (the one with the later record id takes a suffix)."""
    a, b = pair
    a.vault.debrief_templates.save("my-check", "Mine on a", '{"steps": []}')
    b.vault.debrief_templates.save("my-check", "Mine on b", '{"steps": []}')
    sync_all(a, b)
    for device in (a, b):
        ids = sorted(device.vault.debrief_templates.template_ids())
        assert len(ids) == 2 and ids[0] == "my-check" and ids[1].startswith("my-check-")
    assert a.dump() == b.dump()
