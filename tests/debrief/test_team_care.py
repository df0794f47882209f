"""The team care guide (issue 19) and the `about_others` flag: nobody reports on someone else.

A coordinator or a team looks after each other after an incident (Psychological First
Aid for a group). Its step ids are a contract other parts of the app rely on.
"""

import json
import re
from datetime import date

import pytest

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template, builtin_templates
from wellbeing_desk.debrief.flow import new_action
from wellbeing_desk.debrief.template_drafts import StepDraft
from wellbeing_desk.debrief.templates import (
    Template,
    TemplateError,
    all_texts,
    load_template,
    parse_template,
    template_to_json,
)
from wellbeing_desk.paths import assets_dir
from wellbeing_desk.vault import Vault

TEMPLATES = assets_dir() / "debrief" / "templates"
STEP_KINDS = {
    "what-happened-to-us": "text",
    "how-each-is": "text",
    "check-ins": "actions",
    "workload-rest": "text",
    "contacts": "contacts",
    "families": "text",
    "outside-support": "contacts",
    "follow-ups": "actions",
}


def team_care() -> Template:
    template = builtin_template("team-care")
    assert template is not None
    return template


def test_the_guide_passes_the_validator_with_its_steps_in_order() -> None:
    from_file = load_template((TEMPLATES / "team-care.json").read_bytes())
    template = team_care()
    assert from_file == template and template.builtin
    assert {s.id: s.kind for s in template.steps} == STEP_KINDS
    assert [s.id for s in template.steps] == list(STEP_KINDS)
    # What happened is facts only, optional, and left out unless she asks for it.
    assert [s.id for s in template.steps if s.about_event] == ["what-happened-to-us"]
    assert template.event_steps_by_default is False


def test_the_guide_says_plainly_what_it_is_not() -> None:
    template = team_care()
    assert template.purpose is not None and template.avoid_when is not None
    assert "not a group debriefing" in template.purpose.get("en")
    assert "not a group debriefing where everyone re-tells" in template.avoid_when.get("en")
    each = template.step("how-each-is")
    assert each is not None and each.help is not None
    assert "never asks anyone to report on another person's feelings" in each.help.get("en")
    families = template.step("families")
    assert families is not None and families.help is not None
    # Her plan's section for her own dependants is named in the help.
    assert "plan" in families.help.get("en")
    assert "the people who depend on you" in families.help.get("en")


def test_no_step_asks_about_another_persons_feelings() -> None:
    template = team_care()
    assert not any(step.about_others for step in template.steps)
    # No score or pick-one answer that someone could give about somebody else.
    assert not {step.kind for step in template.steps} & {"rating", "choice"}
    raw = json.loads((TEMPLATES / "team-care.json").read_text(encoding="utf-8"))
    assert all(step.get("about_others", False) is False for step in raw["steps"])


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.json")), ids=lambda p: p.stem)
def test_builtin_templates_never_ask_about_others(path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert all(step.get("about_others", False) is False for step in raw["steps"])
    assert not any(step.about_others for t in builtin_templates() for step in t.steps)


def test_french_typography_in_the_guide() -> None:
    for where, text in all_texts(team_care()):
        french = text.get("fr")
        # A non-breaking space before ; : ! ? and inside « », never a plain one.
        assert not re.search(r" [;:!?»]|« ", french), where
        assert not re.search(r"\S[;:!?»]", french.replace("\u00a0", " ")), where


def test_every_step_can_be_skipped_even_the_event() -> None:
    flow = record.start(team_care(), include_event_steps=True)
    assert {s.id for s in team_care().steps} <= {s.id for s in flow.steps}
    while not flow.is_last:
        flow.skip()
    flow.skip()
    flow.finish()
    assert flow.finished and flow.answers() == {}
    assert flow.skipped == {s.id for s in flow.steps}


def test_check_ins_and_follow_ups_with_dates_reach_today(vault: Vault) -> None:
    flow = record.start(team_care())
    flow.set_answer((new_action("Call each person", date(2026, 11, 23)),), "check-ins")
    flow.set_answer(
        (new_action("See how the team is", date(2026, 12, 21)), new_action("Undated")),
        "follow-ups",
    )
    stored = vault.debriefs.create(record.debrief_input(flow, "en"))

    assert vault.follow_ups.due(date(2026, 11, 22)) == []
    (check_in,) = vault.follow_ups.due(date(2026, 11, 23))
    assert (check_in.text, check_in.source_kind, check_in.source_title) == (
        "Call each person",
        "debrief",
        "Team care guide",
    )
    due = vault.follow_ups.due(date(2026, 12, 21))
    assert [item.text for item in due] == ["Call each person", "See how the team is"]
    assert len(vault.follow_ups.for_source(stored.id)) == 3


# --- the flag in the file format -------------------------------------------------------------


def with_step(**fields: object) -> dict[str, object]:
    step = {"id": "colleague", "kind": "rating", "prompt": "How is your colleague feeling?"}
    return {"id": "mine", "title": "Mine", "steps": [{**step, **fields}]}


def written_step(template: Template) -> dict[str, object]:
    steps = template_to_json(template)["steps"]
    assert isinstance(steps, list)
    return dict(steps[0])


def test_about_others_is_accepted_checked_and_kept() -> None:
    asking = parse_template(with_step(about_others=True))
    (step,) = asking.steps
    assert step.about_others
    assert written_step(asking)["about_others"] is True
    # Absent means false, and false is not written out.
    (plain,) = parse_template(with_step()).steps
    assert not plain.about_others
    assert "about_others" not in written_step(parse_template(with_step(about_others=False)))
    # Editing her template in her language never drops the flag.
    assert StepDraft.from_step(step, "es").to_step(step.id, "es").about_others


@pytest.mark.parametrize("value", ["yes", 1, None, []])
def test_about_others_must_be_true_or_false(value: object) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(with_step(about_others=value))
    assert (caught.value.problem, caught.value.where) == ("wrong_type", "steps[1].about_others")


def test_an_error_names_the_flag_in_words() -> None:
    from wellbeing_desk.ui.debrief.templates.errors import readable_place

    assert readable_place("steps[2].about_others") == "step 2, about another person's feelings"
