"""The template file format: built-ins complete in every UI language; the rest refused cleanly."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_desk.debrief.builtin import BUILTIN_ORDER, builtin_templates, distress_steps
from wellbeing_desk.debrief.templates import (
    MAX_FILE_BYTES,
    PROBLEMS,
    STEP_KINDS,
    TemplateError,
    all_texts,
    dump_template,
    load_template,
    parse_template,
    template_to_json,
)
from wellbeing_desk.languages import UI_LANGUAGES
from wellbeing_desk.paths import assets_dir

TEMPLATE_FILES = sorted((assets_dir() / "debrief" / "templates").glob("*.json"))


def minimal(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "format": 1,
        "id": "mine",
        "title": "Mine",
        "steps": [{"id": "one", "kind": "text", "prompt": "How are you?"}],
    }
    data.update(changes)
    return data


def test_the_five_builtin_templates_in_order() -> None:
    assert [t.id for t in builtin_templates()] == list(BUILTIN_ORDER)
    # The first days come first: safety and basic needs, no re-telling.
    assert BUILTIN_ORDER[0] == "recent-event"
    assert BUILTIN_ORDER[-1] == "team-care"
    assert len(TEMPLATE_FILES) == 5
    assert all(t.builtin for t in builtin_templates())


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_every_builtin_string_is_in_every_ui_language(path: Path) -> None:
    template = load_template(path.read_bytes())
    for where, text in all_texts(template):
        assert text.languages() == set(UI_LANGUAGES), where
        for language in UI_LANGUAGES:
            assert text.get(language).strip(), (where, language)
            # Translated, not copied ("No" is a word several languages share).
            if language != "en":
                assert text.get("en") != text.get(language) or text.get("en") == "No", where
    assert template.purpose and template.use_when and template.avoid_when


def test_the_distress_steps_are_ratings_in_every_ui_language() -> None:
    for step in distress_steps():
        assert step.kind == "rating"
        for text in (step.prompt, step.help, step.low, step.high):
            assert text is not None
            assert text.languages() == set(UI_LANGUAGES)


def test_builtins_follow_the_issue() -> None:
    by_id = {t.id: t for t in builtin_templates()}
    personal = by_id["after-incident"]
    # Describing the event is optional, marked, and left out unless she asks.
    assert any(s.about_event for s in personal.steps)
    assert personal.event_steps_by_default is False
    assert {"contacts", "actions"} <= {s.kind for s in personal.steps}
    # The first days: practical first aid only, no processing of the event.
    assert not any(s.about_event for s in by_id["recent-event"].steps)
    assert any(s.kind == "actions" for s in by_id["security-review"].steps)
    assert not any(s.about_event for s in by_id["peer-conversation"].steps)


def test_builtins_follow_the_care_review() -> None:
    by_id = {t.id: t for t in builtin_templates()}
    recent = by_id["recent-event"]
    safe_now = recent.step("safe-now")
    assert safe_now is not None and safe_now.help is not None
    # No promise of helplines she may not have; the police only where that is safe.
    assert "only if that is safe" in safe_now.help.get("en")
    assert "helplines" not in safe_now.help.get("en")
    assert "solo si es seguro" in safe_now.help.get("es")
    urgent = recent.step("urgent-help")
    assert urgent is not None
    options = [o.id for o in urgent.options]
    assert "care-for-dependants" in options and options[-1] == "nothing-urgent"
    # «Repaso» is the feature's name: "going over" what happened is not "repasar".
    assert recent.avoid_when is not None and "repasar" not in recent.avoid_when.get("es")
    for template_id in ("after-incident", "security-review"):
        happened = by_id[template_id].step("what-happened")
        assert happened is not None and happened.help is not None
        assert happened.about_event
    review = by_id["security-review"]
    assert review.purpose is not None and "“After an incident”" in review.purpose.get("en")
    assert "«Después de un incidente»" in review.purpose.get("es")


def test_an_imported_template_leaves_event_steps_out_unless_it_says_so() -> None:
    steps = [
        {"id": "now", "kind": "text", "prompt": "How are you?"},
        {"id": "what", "kind": "text", "prompt": "What happened?", "about_event": True},
    ]
    imported = load_template(json.dumps(minimal(steps=steps)).encode())
    assert imported.event_steps_by_default is False
    asking = load_template(json.dumps(minimal(steps=steps, event_steps_by_default=True)))
    assert asking.event_steps_by_default is True
    # Written back, the default is spelled out, so it reads the same anywhere.
    assert template_to_json(imported)["event_steps_by_default"] is False


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.id)
def test_round_trip_through_the_file_format(template) -> None:
    again = load_template(dump_template(template).encode())
    assert again == template
    assert parse_template(template_to_json(again)) == template


def test_a_plain_string_means_every_language() -> None:
    template = parse_template(minimal())
    assert template.title.get("es") == template.title.get("en") == "Mine"
    assert load_template(dump_template(template)) == template


def test_language_falls_back_to_english_then_the_first() -> None:
    template = parse_template(minimal(title={"en": "Mine", "es": "Mía"}))
    assert template.title.get("es-MX") == "Mía"
    assert template.title.get("fr") == "Mine"
    only_spanish = parse_template(minimal(title={"es": "Mía"}))
    assert only_spanish.title.get("en") == "Mía"


@pytest.mark.parametrize(
    ("data", "problem", "where"),
    [
        (minimal(format=2), "unsupported_format", ""),
        (minimal(steps=[]), "too_few", "steps"),
        (minimal(steps="no"), "wrong_type", "steps"),
        (minimal(colour="blue"), "unknown_field", "colour"),
        (minimal(id="Has Spaces"), "bad_id", "id"),
        (minimal(title=""), "empty", "title"),
        (minimal(title={"english": "x"}), "bad_language", "title"),
        (minimal(title="x" * 301), "too_long", "title"),
        (
            minimal(steps=[{"id": "a", "kind": "scale", "prompt": "p"}]),
            "unknown_kind",
            "steps[1].kind",
        ),
        (minimal(steps=[{"id": "a", "kind": "text"}]), "missing", "steps[1].prompt"),
        (
            minimal(
                steps=[
                    {
                        "id": "a",
                        "kind": "choice",
                        "prompt": "p",
                        "options": [{"id": "x", "label": "X"}],
                    }
                ]
            ),
            "too_few",
            "steps[1].options",
        ),
        (
            minimal(steps=[{"id": "a", "kind": "text", "prompt": "p", "options": []}]),
            "not_allowed",
            "steps[1].options",
        ),
        (
            minimal(
                steps=[
                    {"id": "a", "kind": "text", "prompt": "p"},
                    {"id": "a", "kind": "text", "prompt": "q"},
                ]
            ),
            "duplicate_id",
            "steps",
        ),
        (
            minimal(steps=[{"id": "a", "kind": "text", "prompt": "p", "about_event": "yes"}]),
            "wrong_type",
            "steps[1].about_event",
        ),
        ([1, 2], "wrong_type", "template"),
    ],
)
def test_errors_name_the_problem_and_the_place(data: object, problem: str, where: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(data)
    assert caught.value.problem == problem
    assert caught.value.where == where
    assert str(caught.value)


def test_not_json_and_too_large() -> None:
    with pytest.raises(TemplateError) as caught:
        load_template(b'{"id": "x",\n "title": }')
    assert caught.value.problem == "not_json"
    assert caught.value.details == {"line": "2", "column": "11"}
    with pytest.raises(TemplateError, match="larger"):
        load_template(b" " * (MAX_FILE_BYTES + 1))
    for junk in (b"\xff\xfe\x00garbage", b"\x89PNG\r\n", "[" * 100_000):
        with pytest.raises(TemplateError):
            load_template(junk)


# --- fuzzing -------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    *PROBLEMS,
                    "id",
                    "kind",
                    "prompt",
                    "steps",
                    "options",
                    "label",
                    "title",
                    "en",
                    "es",
                ]
            )
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)


def mutations() -> st.SearchStrategy[object]:
    """Valid built-in templates with one part replaced by something random."""
    base = [template_to_json(t) for t in builtin_templates()]

    def mutate(index: int, path: list[int], value: object) -> object:
        data = json.loads(json.dumps(base[index]))
        node: object = data
        for step in path[:-1]:
            if isinstance(node, dict) and node:
                node = node[sorted(node)[step % len(node)]]
            elif isinstance(node, list) and node:
                node = node[step % len(node)]
        if isinstance(node, dict) and node:
            node[sorted(node)[path[-1] % len(node)]] = value
        elif isinstance(node, list) and node:
            node[path[-1] % len(node)] = value
        return data

    return st.builds(
        mutate,
        st.integers(0, len(base) - 1),
        st.lists(st.integers(0, 50), min_size=1, max_size=6),
        json_values | st.sampled_from(list(STEP_KINDS)),
    )


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, mutations()))
def test_any_json_is_a_template_or_a_template_error(data: object) -> None:
    try:
        template = parse_template(data)
    except TemplateError as error:
        assert error.problem in PROBLEMS
        assert str(error)
    else:
        assert parse_template(template_to_json(template)) == template


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_any_bytes_are_a_template_or_a_template_error(data: bytes) -> None:
    try:
        load_template(data)
    except TemplateError as error:
        assert error.problem in PROBLEMS
