"""The debrief flow as pure Python: nothing insists, nothing is lost."""

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template, builtin_templates, distress_steps
from wellbeing_desk.debrief.flow import (
    Contact,
    DebriefFlow,
    SupportReason,
    new_action,
)
from wellbeing_desk.debrief.summary import MarkdownLabels, debrief_markdown, summary_items


def after_incident(**kwargs: object) -> DebriefFlow:
    template = builtin_template("after-incident")
    assert template is not None
    return record.start(template, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.id)
def test_skip_everything_and_still_finish(template) -> None:
    flow = record.start(template)
    while not flow.is_last:
        flow.skip()
    flow.skip()
    flow.finish()
    assert flow.finished
    assert flow.answers() == {}
    assert flow.follow_ups() == []
    assert summary_items(flow, "en") == []
    assert flow.skipped == {s.id for s in flow.steps}


def test_distress_ratings_come_first_and_last() -> None:
    flow = after_incident()
    start, end = distress_steps()
    assert flow.steps[0] is start
    assert flow.steps[-1] is end
    assert flow.progress() == (1, len(flow.steps))


def test_event_steps_are_left_out_unless_she_asks() -> None:
    template = builtin_template("after-incident")
    assert template is not None
    event_ids = {s.id for s in template.steps if s.about_event}
    assert event_ids
    assert not event_ids & {s.id for s in after_incident().steps}
    assert event_ids <= {s.id for s in after_incident(include_event_steps=True).steps}
    review = builtin_template("security-review")
    assert review is not None
    assert any(s.about_event for s in record.start(review).steps)


def test_back_and_forward_keep_answers() -> None:
    flow = after_incident()
    flow.set_answer(4)
    flow.next()
    flow.set_answer("tired but ok")
    flow.next()
    flow.set_answer(("sleep",))
    flow.back()
    flow.back()
    assert flow.answer(flow.current.id) == 4
    flow.next()
    assert flow.answer(flow.current.id) == "tired but ok"
    flow.next()
    assert flow.answer(flow.current.id) == ("sleep",)


def test_no_minimum_and_empty_answers_are_forgotten() -> None:
    flow = after_incident()
    flow.next()
    flow.set_answer("a")
    assert flow.answer(flow.current.id) == "a"
    flow.set_answer("   ")
    assert flow.answer(flow.current.id) is None


def test_answers_are_checked_against_their_kind() -> None:
    flow = after_incident()
    flow.set_answer(11)  # out of range: not kept
    assert flow.answer(flow.current.id) is None
    flow.set_answer(True)  # a bool is not a rating
    assert flow.answer(flow.current.id) is None
    needs = next(s for s in flow.steps if s.kind == "checklist")
    flow.set_answer(("sleep", "not-an-option"), needs.id)
    assert flow.answer(needs.id) == tuple(o.id for o in needs.options if o.id == "sleep")


@pytest.mark.parametrize(
    ("start", "end", "offer_at_start", "offer_at_end"),
    [
        (8, None, SupportReason.HIGH, None),
        (7, 3, SupportReason.HIGH, None),
        (6, 6, None, None),
        (3, 5, None, SupportReason.ROSE),
        (2, 3, None, None),  # a rise of one point is not enough
        (4, 6, None, SupportReason.ROSE),  # two points are
        (6, 7, None, SupportReason.HIGH),
        (2, 9, None, SupportReason.HIGH),
        (5, 2, None, None),
        (None, 9, None, SupportReason.HIGH),
        (None, 4, None, None),
    ],
)
def test_high_or_rising_distress_offers_support(start, end, offer_at_start, offer_at_end) -> None:
    flow = after_incident()
    flow.set_answer(start)
    offer = flow.next()
    assert (offer.reason if offer else None) is offer_at_start
    flow.go_to(len(flow.steps) - 1)
    flow.set_answer(end)
    offer = flow.next()
    assert (offer.reason if offer else None) is offer_at_end


@pytest.mark.parametrize(
    ("answer", "reason"),
    [("no", SupportReason.UNSAFE), ("not-sure", SupportReason.UNSAFE), ("yes", None), (None, None)],
)
def test_not_safe_right_now_offers_support(answer, reason) -> None:
    template = builtin_template("recent-event")
    assert template is not None
    # The built-in, and her copy of it (another template id, the same step and option ids).
    for flow in (record.start(template), record.start(record.own_copy(template, set(), "(c)"))):
        assert flow.current.id == "safe-now"
        flow.set_answer(answer)
        offer = flow.next()
        assert (offer.reason if offer else None) is reason
        assert offer is None or offer.rating is None


def test_a_very_recent_event_asks_about_safety_before_the_rating() -> None:
    template = builtin_template("recent-event")
    assert template is not None
    start, end = distress_steps()
    for flow in (record.start(template), record.start(record.own_copy(template, set(), "(c)"))):
        assert [s.id for s in flow.steps[:2]] == ["safe-now", start.id]
        assert flow.steps[-1] is end
        assert [s.id for s in flow.steps[2:-1]] == [s.id for s in template.steps[1:]]
        flow.set_answer("yes")
        assert flow.next() is None
        assert flow.current is start
        flow.set_answer(8)
        offer = flow.next()  # the rating after the safety question still offers support
        assert offer is not None and offer.reason is SupportReason.HIGH


def test_the_safety_question_goes_first_only_when_it_opens_the_template() -> None:
    template = builtin_template("recent-event")
    assert template is not None
    later = replace(template, steps=(*template.steps[1:], template.steps[0]))
    flow = record.start(later)
    assert flow.steps[0] is flow.distress_start
    assert flow.steps[-2].id == "safe-now"


def test_resume_finds_her_step_even_if_the_order_changed() -> None:
    template = builtin_template("recent-event")
    assert template is not None
    flow = record.start(template)
    flow.go_to(3)
    state = json.loads(json.dumps(flow.to_state()))
    assert state["step"] == flow.current.id
    # A state written before the safety question moved first: the rating was at 0.
    state["position"] = 1
    state["step"] = flow.distress_start.id
    again = DebriefFlow.from_state(template, distress_steps(), state)
    assert again.current is again.distress_start
    del state["step"]  # older states have only the position
    assert DebriefFlow.from_state(template, distress_steps(), state).position == 1


def test_skipping_a_rating_offers_nothing() -> None:
    flow = after_incident()
    flow.skip()
    assert flow.offer_after(flow.steps[0]) is None


def test_pause_and_resume_through_json_keeps_everything() -> None:
    flow = after_incident(include_event_steps=True)
    flow.set_answer(6)
    flow.next()
    flow.set_answer("Ünïcode ✓ and\nnew lines")
    flow.next()
    contacts = next(s for s in flow.steps if s.kind == "contacts")
    actions = next(s for s in flow.steps if s.kind == "actions")
    flow.set_answer((Contact("Ana", "entry-1"), Contact("my sister")), contacts.id)
    flow.set_answer((new_action("walk", date(2026, 12, 1)), new_action("call Ana")), actions.id)
    flow.skip()
    state = json.loads(json.dumps(flow.to_state()))
    template = flow.template
    again = DebriefFlow.from_state(template, distress_steps(), state)
    assert again.answers() == flow.answers()
    assert again.position == flow.position
    assert again.skipped == flow.skipped
    assert again.include_event_steps is True
    assert [a.text for a in again.follow_ups()] == ["walk", "call Ana"]


@settings(max_examples=200)
@given(
    st.recursive(
        st.none() | st.integers() | st.text() | st.booleans(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
        max_leaves=20,
    )
)
def test_any_saved_state_resumes_without_error(state: object) -> None:
    flow = DebriefFlow.from_state(builtin_templates()[0], distress_steps(), state)
    assert 0 <= flow.position < len(flow.steps)


def test_record_input_carries_ratings_follow_ups_and_search_text() -> None:
    flow = after_incident()
    flow.set_answer(8)
    flow.next()
    flow.set_answer("Tengo miedo pero estoy bien")
    needs = next(s for s in flow.steps if s.kind == "checklist")
    flow.set_answer(("sleep",), needs.id)
    actions = next(s for s in flow.steps if s.kind == "actions")
    flow.set_answer((new_action("see the doctor", date(2026, 12, 2)),), actions.id)
    data = record.debrief_input(flow, "es")
    assert data.title == "Después de un incidente"
    assert data.distress_start == 8
    assert data.distress_end is None
    assert data.status == "in_progress"
    assert "Tengo miedo" in data.search_text
    assert "After an incident" in data.search_title  # both languages of the title
    assert "Después de un incidente" in data.search_title
    assert "incident" not in data.search_text  # snippets come from her answers only
    assert [f.text for f in data.follow_ups] == ["see the doctor"]
    label = next(o.label for o in needs.options if o.id == "sleep")
    assert label.get("es") in data.search_text
    assert label.get("en") in data.search_text


def test_markdown_summary_escapes_her_words() -> None:
    flow = after_incident()
    flow.set_answer(3)
    flow.next()
    flow.set_answer("# not a heading [link](http://x)")
    labels = MarkdownLabels("Debrief", "Started today", "Follow-ups", "Nothing written.")
    text = debrief_markdown(flow, "en", labels)
    assert "3 / 10" in text
    assert "\\# not a heading \\[link\\](http://x)" in text
    assert "](http" not in text.replace("\\](http", "")


def test_own_copy_gets_a_fresh_id() -> None:
    template = builtin_templates()[0]
    copy = record.own_copy(template, {f"{template.id}-mine"}, "(my copy)")
    assert copy.id == f"{template.id}-mine-2"
    assert copy.title.get("en").endswith("(my copy)")
    assert copy.steps == template.steps
    assert not copy.builtin
