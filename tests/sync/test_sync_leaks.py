"""The target learns nothing but sizes and timing: after two vaults synced records with a
canary in every field, no file on the target holds a canary, a record id, a table or kind
name, a field name or a tag in clear, in any encoding the leak harness knows."""

from datetime import date, datetime
from pathlib import Path

from tests.support.leakcheck import LeakScanner
from tests.sync.vault_devices import Device, sync_all
from wellbeing_desk.debrief import record as debrief_record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.sync.vault_kinds import KINDS
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant
from wellbeing_desk.vault.sync_tables import OUTBOX_IDS


def test_nothing_on_the_target_is_readable(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    a, b = Device(tmp_path / "a", folder), Device(tmp_path / "b", folder)
    try:
        b.join(a.set_up())
        canary = "CanaryQ7x2Synced"
        tag = "canarytagq7x2"
        vault = a.vault
        item = vault.care_items.add("activity", f"{canary} activity")
        context = vault.note_contexts.add("note_context", f"{canary} context")
        vault.care_plan.set("what_helps", f"{canary} plan")
        person = vault.directory.add(
            DirectoryEntryInput(
                name=f"{canary} name",
                organisation=f"{canary} org",
                description=f"{canary} description",
                categories=("counselling",),
                contacts=(ContactMethod("phone", "+1 555 0199", f"{canary} label"),),
                notes=f"{canary} notes",
                safety_notes=f"{canary} safety",
            )
        )
        vault.emergency.add_entry(person, "person")
        entry = vault.journal.add(
            EntryInput(
                datetime(2026, 12, 1, 9),
                body=f"{canary} journal",
                item_ids=(item.id,),
                tags=(tag,),
            )
        )
        template = builtin_template("after-incident")
        assert template is not None
        flow = debrief_record.start(template)
        text_step = next(s for s in flow.steps if s.kind == "text")
        flow.set_answer(f"{canary} debrief", text_step.id)
        debrief = vault.debriefs.create(debrief_record.debrief_input(flow, "en"))
        vault.debrief_templates.save("canary-template", f"{canary} template", f"{canary} body")
        note = vault.notes.add(
            NoteInput(
                title=f"{canary} title",
                occurred_on=date(2026, 12, 2),
                context_id=context.id,
                participants=(Participant(f"{canary} person", person),),
                takeaways=(f"{canary} takeaway",),
                follow_ups=(FollowUpInput("f1", f"{canary} follow-up"),),
                tags=(tag,),
                body=f"{canary} note",
            )
        )
        scanner = LeakScanner([folder], system_temp_dirs=())  # the target only
        sync_all(a, b)
        assert b.vault.journal.get(entry) is not None  # it did travel
        assert len(list(folder.rglob("*.wbc"))) >= 2
        secrets = [canary, tag, entry, item.id, person, note, debrief.id, context.id]
        secrets += list(OUTBOX_IDS) + list(KINDS) + ["occurred_at", "deleted_at", "fields"]
        for secret in secrets:
            assert scanner.findings(secret) == [], secret
    finally:
        a.vault.lock()
        b.vault.lock()
