"""Debriefs in the vault: saved as she goes, searchable, trash, follow-ups for Today."""

import json
from datetime import date

import pytest

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.debrief.flow import DebriefFlow, new_action
from wellbeing_desk.debrief.templates import dump_template, parse_template
from wellbeing_desk.vault import Vault


def flow_with(text: str = "", due: date | None = None, rating: int | None = 5) -> DebriefFlow:
    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template)
    flow.set_answer(rating)
    flow.next()
    flow.set_answer(text or None)
    if due is not None:
        actions = next(s for s in flow.steps if s.kind == "actions")
        flow.set_answer((new_action("rest properly", due),), actions.id)
    return flow


def test_create_save_and_resume(vault: Vault) -> None:
    flow = flow_with("first words")
    stored = vault.debriefs.create(record.debrief_input(flow, "en"))
    assert stored.status == "in_progress"
    assert stored.distress_start == 5
    flow.set_answer("first words, and more")
    flow.go_to(len(flow.steps) - 1)
    flow.set_answer(3)
    flow.finish()
    vault.debriefs.save(stored.id, record.debrief_input(flow, "en"))
    again = vault.debriefs.get(stored.id)
    assert again is not None
    assert again.status == "finished"
    assert again.finished_at is not None
    assert again.distress_end == 3
    resumed = record.resume(again)
    assert resumed.answers() == flow.answers()
    assert resumed.finished


def test_started_debriefs_keep_their_own_copy_of_the_template(vault: Vault) -> None:
    flow = flow_with("x")
    stored = vault.debriefs.create(record.debrief_input(flow, "en"))
    assert parse_template(json.loads(stored.template_json)) == flow.template


def test_search_finds_answers_accent_and_case_insensitively(vault: Vault) -> None:
    a = vault.debriefs.create(record.debrief_input(flow_with("Me sentí muy CANSADA"), "es"))
    vault.debriefs.create(record.debrief_input(flow_with("nothing here"), "es"))
    (hit,) = vault.debriefs.search("senti cansada")
    assert hit.id == a.id
    assert hit.snippet is not None
    assert "CANSADA" in hit.snippet
    assert len(vault.debriefs.search("incidente")) == 2  # the title, either language
    assert len(vault.debriefs.search("incident")) == 2


def test_the_index_follows_saves_trash_and_restore(vault: Vault) -> None:
    stored = vault.debriefs.create(record.debrief_input(flow_with("apples"), "en"))
    vault.debriefs.save(stored.id, record.debrief_input(flow_with("pears"), "en"))
    assert vault.debriefs.search("apples") == []
    assert [h.id for h in vault.debriefs.search("pears")] == [stored.id]
    vault.debriefs.delete(stored.id)
    assert vault.debriefs.search("pears") == []
    assert [s.id for s in vault.debriefs.summaries(trash=True)] == [stored.id]
    vault.debriefs.restore(stored.id)
    assert [h.id for h in vault.debriefs.search("pears")] == [stored.id]


def test_empty_trash_removes_for_good_and_leaves_a_tombstone(vault: Vault) -> None:
    stored = vault.debriefs.create(record.debrief_input(flow_with("gone", date(2026, 1, 1)), "en"))
    vault.debriefs.delete(stored.id)
    assert vault.debriefs.empty_trash() == 1
    assert vault.debriefs.get(stored.id) is None
    conn = vault.connection()
    assert conn.execute("SELECT kind FROM tombstone WHERE id = ?", (stored.id,)).fetchone() == (
        "debrief",
    )
    assert conn.execute("SELECT count(*) FROM follow_up").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM debrief_fts").fetchone() == (0,)


def test_follow_ups_due_on_today_and_done_survives_saves(vault: Vault) -> None:
    flow = flow_with("x", date(2026, 11, 20))
    stored = vault.debriefs.create(record.debrief_input(flow, "en"))
    assert vault.follow_ups.due(date(2026, 11, 19)) == []
    (due,) = vault.follow_ups.due(date(2026, 11, 27))
    assert (due.text, due.source_kind, due.source_title) == (
        "rest properly",
        "debrief",
        "After an incident",
    )
    vault.follow_ups.set_done(due.source_id, due.item_id, True)
    assert vault.follow_ups.due(date(2026, 11, 27)) == []
    # Saving again (she edits another answer) keeps it done.
    flow.go_to(1)
    flow.set_answer("edited")
    vault.debriefs.save(stored.id, record.debrief_input(flow, "en"))
    assert vault.follow_ups.due(date(2026, 11, 27)) == []
    (item,) = vault.follow_ups.for_source(stored.id)
    assert item.done
    # Removing the action from the answers removes it from Today.
    actions = next(s for s in flow.steps if s.kind == "actions")
    flow.set_answer(None, actions.id)
    vault.debriefs.save(stored.id, record.debrief_input(flow, "en"))
    assert vault.follow_ups.for_source(stored.id) == []


def test_trashed_debriefs_follow_ups_leave_today(vault: Vault) -> None:
    stored = vault.debriefs.create(record.debrief_input(flow_with("x", date(2026, 1, 1)), "en"))
    vault.debriefs.delete(stored.id)
    assert vault.follow_ups.due(date(2026, 11, 27)) == []
    vault.debriefs.restore(stored.id)
    assert len(vault.follow_ups.due(date(2026, 11, 27))) == 1


def test_out_of_range_ratings_are_refused(vault: Vault) -> None:
    data = record.debrief_input(flow_with("x"), "en")
    from dataclasses import replace

    with pytest.raises(ValueError, match="distress_start"):
        vault.debriefs.create(replace(data, distress_start=11))
    with pytest.raises(ValueError, match="status"):
        vault.debriefs.create(replace(data, status="maybe"))
    assert vault.debriefs.summaries() == []


def test_her_templates_round_trip_and_ids_stay_unique(vault: Vault) -> None:
    template = builtin_template("recent-event")
    assert template is not None
    copy = record.own_copy(template, vault.debrief_templates.template_ids(), "(mine)")
    record_id = vault.debrief_templates.save(copy.id, copy.title.get("en"), dump_template(copy))
    with pytest.raises(ValueError, match="exists"):
        vault.debrief_templates.save(copy.id, "again", dump_template(copy))
    (choice,) = [c for c in record.available_templates(vault.debrief_templates) if c.record_id]
    assert choice.template == copy
    assert choice.record_id == record_id
    vault.debrief_templates.delete(record_id)
    assert vault.debrief_templates.all() == []
    # The id is free again once deleted.
    vault.debrief_templates.save(copy.id, "again", dump_template(copy))


def test_a_damaged_stored_template_is_left_out(vault: Vault) -> None:
    vault.debrief_templates.save("broken", "Broken", "{not json")
    assert all(c.record_id is None for c in record.available_templates(vault.debrief_templates))
