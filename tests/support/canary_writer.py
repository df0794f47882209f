"""Child process for leak tests: write a canary into everything the API can hold.

    python -m tests.support.canary_writer VAULT_DIR PASSPHRASE CANARY

Later features add their fields here, so one leak test covers them all.
"""

import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_templates
from wellbeing_desk.debrief.flow import Contact, new_action
from wellbeing_desk.debrief.templates import dump_template
from wellbeing_desk.hardening import harden_process
from wellbeing_desk.imports.vcard import parse_vcards
from wellbeing_desk.reach_someone import reach_list
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.care_plan import ALL_SECTIONS
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import CONTACT_TYPES, ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.journal import EntryInput, JournalFilter
from wellbeing_desk.vault.notes import NoteFilter, NoteInput, Participant
from wellbeing_desk.vault.search import search_everything
from wellbeing_desk.vault.vault import check_integrity, inspect_vault


def write_everything(vault: Vault, canary: str) -> None:
    vault.settings.set("canary-setting", canary)
    activity = vault.care_items.add(ACTIVITY, f"activity {canary}")
    sign = vault.care_items.add(WARNING_SIGN, f"sign {canary}")
    rest = vault.care_items.items(ACTIVITY)[0]
    vault.care_items.rename(rest.id, f"renamed {canary}")
    for number in range(50):
        entry_id = vault.journal.add(
            EntryInput(
                occurred_at=datetime(2026, 1, 1, 9) + timedelta(days=number),
                stress=number % 11,
                body=f"# {canary}\nbody {number} {canary}",
                item_ids=(activity.id, sign.id),
                tags=(f"tag{canary}",),
            )
        )
    assert vault.journal.count(JournalFilter(text=canary)) == 50
    vault.journal.delete(entry_id)
    vault.journal.empty_trash()
    for section in ALL_SECTIONS:
        vault.care_plan.set(section, f"{section} {canary}")
    # Her people for an emergency: a new person, then one linked, reordered and removed.
    person = vault.emergency.add_person(
        f"Person {canary}",
        [ContactMethod(kind, f"{kind}-{canary}") for kind in ("phone", "signal", "email")],
        role="local",
    )
    assert canary in vault.emergency.list()[0].name
    vault.emergency.reorder([person])
    assert reach_list(vault, "en")[0].name == f"Person {canary}"
    texts = {
        name: f"{name} {canary}"
        for name in ("organisation", "description", "secure_route", "hours", "who_qualifies",
                     "safety_notes", "notes")
    }  # fmt: skip
    contacts = tuple(ContactMethod(kind, f"{kind}-{canary}", f"label {canary}")
                     for kind in CONTACT_TYPES)  # fmt: skip
    entry_id = vault.directory.add(
        DirectoryEntryInput(name=f"Name {canary}", contacts=contacts, **texts)  # type: ignore[arg-type]
    )
    card = (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {canary}\r\nNOTE:{canary}\r\n"
        f"EMAIL:{canary.lower()}@example.org\r\nEND:VCARD\r\n"
    )
    vault.directory.add_many(parse_vcards(card.encode()))
    assert vault.directory.count(DirectoryFilter(text=canary)) == 3  # and her emergency person
    vault.directory.delete(entry_id)
    write_debriefs(vault, canary)
    write_notes(vault, canary, linked_entry=entry_id)
    vault.drafts.save("journal", f"draft body {canary} " * 50)
    vault.drafts.save("journal", f"a newer draft {canary}")  # the old text must not linger
    for number in range(300):  # enough to sort, spill and checkpoint
        vault.settings.set(f"bulk-{number}", f"{canary} {number}")
    rows = (
        vault.connection()
        .execute(
            "SELECT value FROM vault_setting WHERE value LIKE ? ORDER BY value DESC",
            (f"%{canary}%",),
        )
        .fetchall()
    )
    assert len(rows) == 301


def write_debriefs(vault: Vault, canary: str) -> None:
    """A debrief in progress (its draft) and a finished one, every kind of answer holding it."""
    for template in builtin_templates():
        flow = record.start(template, include_event_steps=True)
        for step in flow.steps:
            flow.go_to(flow.steps.index(step))
            if step.kind == "text":
                flow.set_answer(f"{step.id} {canary}")
            elif step.kind == "contacts":
                flow.set_answer((Contact(f"person {canary}"),))
            elif step.kind == "actions":
                flow.set_answer((new_action(f"action {canary}", date(2026, 1, 2)),))
            elif step.kind == "rating":
                flow.set_answer(7)
        stored = vault.debriefs.create(record.debrief_input(flow, "en"))
        flow.finish()
        vault.debriefs.save(stored.id, record.debrief_input(flow, "en"))
    assert len(vault.debriefs.search(canary)) == len(builtin_templates())
    in_progress = record.start(builtin_templates()[0])
    in_progress.go_to(1)
    in_progress.set_answer(f"paused draft {canary}")
    vault.debriefs.create(record.debrief_input(in_progress, "en"))
    copy = record.own_copy(builtin_templates()[1], set(), canary)
    vault.debrief_templates.save(copy.id, copy.title.get("en"), dump_template(copy))
    trashed = vault.debriefs.summaries()[-1]
    vault.debriefs.delete(trashed.id)
    vault.debriefs.empty_trash()


def write_notes(vault: Vault, canary: str, linked_entry: str) -> None:
    """A canary in every field of a note (and her own context), a draft, an emptied trash."""
    context = vault.note_contexts.add("note_context", f"context {canary}")
    fields = {
        "title": f"title {canary}",
        "occurred_on": date(2026, 2, 3),
        "context_id": context.id,
        "participants": (
            Participant(f"person {canary}"),
            Participant(f"linked {canary}", linked_entry),
        ),
        "takeaways": (f"takeaway {canary}",),
        "follow_ups": (FollowUpInput("canary-follow-up", f"follow-up {canary}", date(2026, 2, 4)),),
        "tags": (f"tag{canary}",),
        "body": f"## {canary}\nbody {canary}",
    }
    notes = [NoteInput(**fields) for _ in range(30)]  # type: ignore[arg-type]
    ids = vault.notes.add_many(notes)
    vault.notes.update(ids[0], replace(notes[0], body=f"edited {canary}"))
    assert vault.notes.count(NoteFilter(text=canary)) == 30
    assert len(search_everything(vault.connection, canary)) >= 4
    vault.drafts.save("note", f"note draft {canary}", ids[1])
    vault.notes.delete(ids[2])
    vault.notes.empty_trash()


def main(vault_dir: Path, passphrase: str, canary: str) -> None:
    harden_process()
    vault = Vault.create(vault_dir, passphrase, KdfParams.fast_for_tests())
    write_everything(vault, canary)
    vault.lock()
    reopened = Vault.open(vault_dir, passphrase)
    reopened.drafts.discard("journal")
    reopened.lock()
    assert check_integrity(vault_dir, passphrase).sound
    inspect_vault(vault_dir, passphrase)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
