"""Issue 11.6: numbers too long for Python, or anything else odd, are a ``TemplateError`` only.

``TemplateError`` is a ``ValueError``, so these tests check the exact type:
Python's own ``ValueError`` (its 4,300-digit limit on int-string conversion)
must not escape in its place.
"""

import json

import pytest

from tests.debrief.test_templates import minimal
from wellbeing_desk.debrief.templates import TemplateError, load_template, parse_template


def _raises_template_error_only(call: object) -> TemplateError:
    assert callable(call)
    try:
        call()
    except TemplateError as error:
        return error
    except BaseException as other:  # pragma: no cover - the failure being tested for
        pytest.fail(f"{type(other).__name__} escaped instead of TemplateError: {other!s:.80}")
    pytest.fail("no error")


@pytest.mark.parametrize(
    "text",
    [
        '{"format": ' + "1" * 5000 + ', "id": "mine", "title": "Mine", "steps": []}',
        '{"format": 1, "id": "mine", "title": "Mine", "steps": [' + "9" * 5000 + "]}",
        '{"format": 1, "id": "mine", "title": "Mine", "steps": [{"id": "one", "kind": "text",'
        ' "prompt": "Hi", "about_event": -' + "1" * 6000 + "}]}",
        "1" * 5000,
    ],
    ids=["format", "a-step", "about-event", "alone"],
)
def test_a_5000_digit_integer_in_a_file_is_a_template_error(text: str) -> None:
    error = _raises_template_error_only(lambda: load_template(text.encode("utf-8")))
    assert error.problem == "not_json"
    assert len(str(error)) < 200


def test_a_long_format_number_is_named_briefly() -> None:
    """Under Python's limit the number parses; the message still does not repeat 4,000 digits."""
    text = json.dumps(minimal()).replace('"format": 1', '"format": ' + "9" * 4000)
    error = _raises_template_error_only(lambda: load_template(text.encode("utf-8")))
    assert error.problem == "unsupported_format"
    assert len(str(error)) < 200


@pytest.mark.parametrize(
    "data",
    [
        minimal(format=10**5000),
        minimal(format=-(10**5000)),
        {**minimal(), 10**5000: "a key no JSON file can hold"},
        minimal(title={10**5000: "Mine"}),
        minimal(title={7: "Mine"}),
    ],
    ids=["format", "negative-format", "key", "language-key", "number-key"],
)
def test_parsed_data_with_huge_numbers_is_a_template_error(data: dict[object, object]) -> None:
    error = _raises_template_error_only(lambda: parse_template(data))
    assert len(str(error)) < 200


def test_64_kib_of_nesting_is_a_template_error() -> None:
    _raises_template_error_only(lambda: load_template(b"[" * 64 * 1024))
    _raises_template_error_only(lambda: load_template(b'{"a":' * 50_000))
