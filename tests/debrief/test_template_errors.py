"""Every template error is one sentence naming the problem and the place; never a crash."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_desk.debrief.builtin import builtin_templates
from wellbeing_desk.debrief.templates import (
    PROBLEMS,
    STEP_KINDS,
    TemplateError,
    load_template,
    template_to_json,
)
from wellbeing_desk.ui.debrief.templates.errors import describe, readable_place


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("steps[3].options[2].label", "step 3, option 2, label"),
        ("steps[3].kind", "step 3, kind"),
        ("steps[12]", "step 12"),
        ("steps[1].prompt.es", "step 1, question in Spanish"),
        ("steps[1].options[2].label.pt-BR", "step 1, option 2, label in “pt-BR”"),
        ("title", "title"),
        ("id", "template id"),
        ("steps[2].id", "step 2, id"),
        ("steps[1].low", "step 1, what 0 means"),
        ("use_when", "when it helps"),
        ("steps[1].colour", "step 1, “colour”"),
        ("colour.of.steps[1]", "“colour.of.steps[1]”"),
        ("template", "the template"),
        ("", ""),
    ],
)
def test_readable_place(where: str, expected: str) -> None:
    assert readable_place(where) == expected


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (TemplateError("not_json", line=3, column=7), "line 3, column 7"),
        (TemplateError("too_large", limit=512), "larger than 512 KB"),
        (TemplateError("unsupported_format", value=2), "format version 2"),
        (
            TemplateError("wrong_type", "steps[1].about_event", expected="true or false"),
            "Step 1, about the event: this must be true or false.",
        ),
        (TemplateError("missing", "steps[2].prompt"), "Step 2, question: this is missing."),
        (
            TemplateError("unknown_field", "steps[1].colour"),
            "Step 1, “colour”: templates have no field with this name. Check the spelling.",
        ),
        (
            TemplateError("unknown_kind", "steps[4].kind", value="scale"),
            "Step 4, kind: “scale” is not a kind of step. The kinds are: "
            + ", ".join(STEP_KINDS)
            + ".",
        ),
        (TemplateError("empty", "title.en"), "Title in English: this is empty."),
        (
            TemplateError("too_long", "steps[1].help", limit=4000),
            "Step 1, help text: this is longer than 4000 characters.",
        ),
        (TemplateError("too_many", "steps", limit=60), "Steps: there are more than 60."),
        (
            TemplateError("too_few", "steps[3].options", limit=2),
            "Step 3, options: at least 2 are needed.",
        ),
        (TemplateError("bad_id", "id", value="Mine!"), "Template id: “Mine!” is not a valid id."),
        (
            TemplateError("duplicate_id", "steps[2].options", value="a"),
            "Step 2, options: the id “a” is used twice.",
        ),
        (
            TemplateError("bad_language", "title", value="english"),
            "Title: “english” is not a language code.",
        ),
        (
            TemplateError("not_allowed", "steps[1].options"),
            "Step 1, options: this does not belong in a step of this kind.",
        ),
    ],
)
def test_every_problem_in_words(error: TemplateError, expected: str) -> None:
    assert expected in describe(error)


def test_every_problem_code_has_its_own_sentence() -> None:
    generic = describe(_odd_error("no_such_problem"))
    for problem in PROBLEMS:
        error = TemplateError(problem, "title", line=1, column=1, limit=1, value=1, expected="x")
        assert describe(error) != generic


def _odd_error(problem: str, where: object = "", details: object = None) -> TemplateError:
    error = TemplateError("missing")
    error.problem = problem
    error.where = where  # type: ignore[assignment]
    error.details = details  # type: ignore[assignment]
    return error


def test_odd_errors_still_give_a_sentence() -> None:
    for error in (
        _odd_error("no_such_problem"),
        _odd_error("missing", None),
        _odd_error("wrong_type", "steps[1]", {"expected": "{where}"}),
        _odd_error("bad_id", "id", {"value": "\ud800\x00\n{0}"}),
        _odd_error("too_long", "steps[99999999999].x", {"limit": object()}),
    ):
        text = describe(error)
        assert text and text.encode("utf-8")


# -- fuzzing -------------------------------------------------------------------------------

keys = st.text(max_size=12) | st.sampled_from(
    ["id", "kind", "prompt", "title", "steps", "options", "label", "low", "high", "en", "es"]
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from([*STEP_KINDS, "scale", "", " ", "x" * 70]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=20,
)


@st.composite
def mutated_templates(draw: st.DrawFn) -> object:
    """A built-in template with a few parts replaced, removed or added."""
    data = json.loads(json.dumps(template_to_json(draw(st.sampled_from(builtin_templates())))))
    for _ in range(draw(st.integers(1, 3))):
        node: object = data
        for _depth in range(draw(st.integers(0, 5))):
            if isinstance(node, dict) and node:
                child = node[draw(st.sampled_from(sorted(node)))]
            elif isinstance(node, list) and node:
                child = draw(st.sampled_from(node))
            else:
                break
            if not isinstance(child, dict | list):
                break
            node = child
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if action == "remove":
                del node[key]
            elif action == "add":
                node[draw(keys)] = draw(json_values)
            else:
                node[key] = draw(json_values)
        elif isinstance(node, list) and node:
            index = draw(st.integers(0, len(node) - 1))
            if action == "remove":
                del node[index]
            elif action == "add":
                node.append(draw(json_values))
            else:
                node[index] = draw(json_values)
    return data


def _check(raw: bytes) -> None:
    try:
        load_template(raw)
    except TemplateError as error:
        text = describe(error)
        assert isinstance(text, str) and text.strip()
        text.encode("utf-8")  # no lone surrogates: Qt can show it
        assert all(c.isprintable() or c == "\n" for c in text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, mutated_templates()))
def test_describe_never_fails_on_fuzzed_json(data: object) -> None:
    _check(json.dumps(data).encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace")))
def test_describe_never_fails_on_fuzzed_bytes(raw: bytes) -> None:
    _check(raw)
