"""The payload codec: records round-trip exactly, and hostile payloads raise only our errors."""

import contextlib
import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desk.sync import changeset
from wellbeing_desk.sync.changeset import (
    FORMAT,
    MAX_BODIES,
    MAX_BODY_CHARS,
    MAX_DEPTH,
    MAX_FIELDS,
    MAX_INTEGER,
    MAX_LIST_ITEMS,
    MAX_RECORDS,
    MAX_SEEN_STAMPS,
    MAX_TEXT_CHARS,
    ChangesetError,
    decode_records,
    encode_records,
)
from wellbeing_desk.sync.clock import MAX_COUNTER, MAX_WALL_MS, Stamp
from wellbeing_desk.sync.errors import FormatTooNewError, SyncError
from wellbeing_desk.sync.merge import HISTORY_LENGTH, Body, Field, Record, Removal
from wellbeing_desk.sync.sealing import MAX_PAYLOAD

A = "a" * 32
S1 = Stamp(1, 0, A)
S2 = Stamp(2, 0, A)
S1_TEXT = S1.encode()
S2_TEXT = S2.encode()

# --- strategies ----------------------------------------------------------------------------

devices = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)
stamps = st.builds(
    Stamp,
    st.integers(min_value=0, max_value=MAX_WALL_MS),
    st.integers(min_value=0, max_value=MAX_COUNTER),
    devices,
)
texts = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))
names = st.from_regex(r"[a-z_]{1,12}", fullmatch=True)
kinds = st.from_regex(r"[a-z_]{1,32}", fullmatch=True)
ids = st.from_regex(r"[0-9a-z-]{1,64}", fullmatch=True)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-MAX_INTEGER, max_value=MAX_INTEGER),
    texts,
)
values = st.one_of(scalars, st.lists(scalars, max_size=5))
fields = st.builds(Field, values, stamps)
bodies = st.builds(
    Body,
    texts,
    stamps,
    st.lists(stamps, max_size=HISTORY_LENGTH).map(tuple),
)
removals = st.builds(
    Removal,
    stamps,
    st.dictionaries(names, stamps, max_size=4).map(lambda d: tuple(sorted(d.items()))),
    st.dictionaries(names, st.lists(stamps, max_size=4).map(tuple), max_size=3).map(
        lambda d: tuple(sorted(d.items()))
    ),
)
records = st.builds(
    Record.of,
    kinds,
    ids,
    st.dictionaries(names, fields, max_size=5),
    st.dictionaries(names, bodies, max_size=3),
    st.none() | removals,
)


# --- round trip ----------------------------------------------------------------------------


@settings(max_examples=150)
@given(st.lists(records, max_size=6))
def test_records_round_trip_exactly_and_encoding_is_canonical(given_records: list[Record]) -> None:
    data = encode_records(given_records)
    decoded = decode_records(data)
    assert decoded == given_records
    assert encode_records(decoded) == data


def test_the_payload_is_canonical_json_as_documented() -> None:
    record = Record.of(
        "journal",
        "r1",
        {"title": Field("Día", S1), "tags": Field(["a", 1, True, None], S2)},
        {"text": Body("hi", S2, (S1,))},
    )
    expected = (
        f'{{"format":1,"records":[{{"bodies":{{"text":["hi","{S2_TEXT}",["{S1_TEXT}"]]}},'
        f'"fields":{{"tags":[["a",1,true,null],"{S2_TEXT}"],"title":["Día","{S1_TEXT}"]}},'
        '"id":"r1","kind":"journal","removal":null}]}'
    )
    assert encode_records([record]) == expected.encode("utf-8")


def test_a_removal_is_written_with_the_stamps_it_saw() -> None:
    removed = Record.of("note", "n1", bodies={"text": Body("x", S2, (S1,))}).removed_at(
        Stamp(3, 0, A)
    )
    data = encode_records([removed])
    document = json.loads(data)
    assert document["records"][0]["removal"] == {
        "stamp": Stamp(3, 0, A).encode(),
        "fields": {},
        "bodies": {"text": [S1_TEXT, S2_TEXT]},
    }
    assert decode_records(data) == [removed]


def test_brackets_inside_text_do_not_count_as_nesting() -> None:
    record = Record.of("note", "n1", bodies={"text": Body('[[[[[[[[[[{{{{{{{{{{"\\', S1)})
    assert decode_records(encode_records([record])) == [record]


def test_ten_thousand_records_encode_and_decode() -> None:
    many = [
        Record.of(
            "journal",
            f"r{index}",
            {"title": Field(f"title {index}", S1), "mood": Field(index % 5, S1)},
            {"text": Body(f"body {index} " * 10, S2, (S1,))},
        )
        for index in range(MAX_RECORDS)
    ]
    assert decode_records(encode_records(many)) == many


# --- the reader's bounds -------------------------------------------------------------------


def document(**record: Any) -> dict[str, Any]:
    """A valid payload document with one record, its keys replaced by ``record``."""
    base: dict[str, Any] = {
        "kind": "journal",
        "id": "r1",
        "fields": {"title": ["T", S1_TEXT]},
        "bodies": {"text": ["B", S2_TEXT, [S1_TEXT]]},
        "removal": None,
    }
    return {"format": FORMAT, "records": [{**base, **record}]}


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def removal(**changes: Any) -> dict[str, Any]:
    return {"stamp": S2_TEXT, "fields": {}, "bodies": {}, **changes}


def test_the_valid_document_used_below_decodes() -> None:
    assert decode_records(dumps(document())) == [
        Record.of("journal", "r1", {"title": Field("T", S1)}, {"text": Body("B", S2, (S1,))})
    ]
    assert decode_records(dumps(document(removal=removal())))[0].removal == Removal(S2)


def name(index: int, prefix: str) -> str:
    """A distinct field or body name for each index (letters only, as names are)."""
    letters = ""
    while True:
        index, digit = divmod(index, 26)
        letters += chr(ord("a") + digit)
        if not index:
            return prefix + letters


def stamped(value: Any) -> list[Any]:
    return [value, S1_TEXT]


# Each bound: its limit, what its refusal says, and a payload holding ``n`` of what it bounds.
LIMITS: dict[str, tuple[int, str, Any]] = {
    "records": (
        MAX_RECORDS,
        "10001 records",
        lambda n: {"format": 1, "records": document()["records"] * n},
    ),
    "fields": (
        MAX_FIELDS,
        "201 names",
        lambda n: document(fields={name(i, "f"): stamped(1) for i in range(n)}),
    ),
    "bodies": (
        MAX_BODIES,
        "51 names",
        lambda n: document(bodies={name(i, "b"): ["", S1_TEXT, []] for i in range(n)}),
    ),
    "body text": (
        MAX_BODY_CHARS,
        "5000001 characters",
        lambda n: document(bodies={"text": ["x" * n, S1_TEXT, []]}),
    ),
    "history": (
        HISTORY_LENGTH,
        "65 stamps",
        lambda n: document(bodies={"text": ["x", S1_TEXT, [S1_TEXT] * n]}),
    ),
    "field text": (
        MAX_TEXT_CHARS,
        "100001 characters",
        lambda n: document(fields={"title": stamped("x" * n)}),
    ),
    "list": (MAX_LIST_ITEMS, "1001 items", lambda n: document(fields={"tags": stamped([1] * n)})),
    "integer": (MAX_INTEGER, "beyond", lambda n: document(fields={"count": stamped(n)})),
    "negative integer": (MAX_INTEGER, "beyond", lambda n: document(fields={"count": stamped(-n)})),
    "kind": (32, "does not match", lambda n: document(kind="k" * n)),
    "id": (64, "does not match", lambda n: document(id="1" * n)),
    "field name": (64, "does not match", lambda n: document(fields={"f" * n: stamped(1)})),
    "body name": (64, "does not match", lambda n: document(bodies={"b" * n: ["", S1_TEXT, []]})),
    "removal fields": (
        MAX_FIELDS,
        "201 names",
        lambda n: document(removal=removal(fields={name(i, "f"): S1_TEXT for i in range(n)})),
    ),
    "removal bodies": (
        MAX_BODIES,
        "51 names",
        lambda n: document(removal=removal(bodies={name(i, "b"): [] for i in range(n)})),
    ),
    "removal seen": (
        MAX_SEEN_STAMPS,
        "1001 stamps",
        lambda n: document(removal=removal(bodies={"text": [S1_TEXT] * n})),
    ),
}


@pytest.mark.parametrize("bound", sorted(LIMITS))
def test_every_bound_is_read_at_its_limit_and_refused_beyond(bound: str) -> None:
    limit, refusal, make = LIMITS[bound]
    decode_records(dumps(make(limit)))
    with pytest.raises(ChangesetError, match=refusal):
        decode_records(dumps(make(limit + 1)))


def test_the_bounds_the_brief_names_are_these() -> None:
    assert (MAX_RECORDS, MAX_FIELDS, MAX_BODIES) == (10_000, 200, 50)
    assert (MAX_BODY_CHARS, MAX_TEXT_CHARS, MAX_LIST_ITEMS) == (5_000_000, 100_000, 1_000)
    assert MAX_INTEGER == 2**53 - 1
    assert MAX_DEPTH == 8


def test_a_payload_larger_than_a_sealed_file_holds_is_refused_unread() -> None:
    with pytest.raises(ChangesetError, match="larger than"):
        decode_records(b" " * (MAX_PAYLOAD + 1))


MALFORMED = {
    "upper-case kind": document(kind="Journal"),
    "empty kind": document(kind=""),
    "kind with a dash": document(kind="a-b"),
    "kind not text": document(kind=1),
    "upper-case id": document(id="R1"),
    "empty id": document(id=""),
    "id with a path": document(id="../x"),
    "id with a newline": document(id="r1\n"),
    "field name with a dash": document(fields={"a-b": [1, S1_TEXT]}),
    "empty field name": document(fields={"": [1, S1_TEXT]}),
    "non-ASCII field name": document(fields={"tïtle": [1, S1_TEXT]}),
    "NUL in a field": document(fields={"title": ["a\x00b", S1_TEXT]}),
    "NUL in a body": document(bodies={"text": ["a\x00b", S1_TEXT, []]}),
    "NUL in a list item": document(fields={"tags": [["a\x00"], S1_TEXT]}),
    "nested list": document(fields={"tags": [[[1]], S1_TEXT]}),
    "object value": document(fields={"tags": [{"a": 1}, S1_TEXT]}),
    "object in a list": document(fields={"tags": [[{"a": 1}], S1_TEXT]}),
    "field as an object": document(fields={"title": {"value": 1}}),
    "field of one item": document(fields={"title": ["T"]}),
    "field of three items": document(fields={"title": ["T", S1_TEXT, S1_TEXT]}),
    "body of two items": document(bodies={"text": ["B", S1_TEXT]}),
    "body text not text": document(bodies={"text": [1, S1_TEXT, []]}),
    "history not a list": document(bodies={"text": ["B", S1_TEXT, S1_TEXT]}),
    "bad stamp": document(fields={"title": ["T", "yesterday"]}),
    "stamp with upper-case hex": document(fields={"title": ["T", S1_TEXT.upper()]}),
    "stamp not text": document(fields={"title": ["T", 12]}),
    "bad history stamp": document(bodies={"text": ["B", S2_TEXT, ["x"]]}),
    "fields not an object": document(fields=[]),
    "bodies not an object": document(bodies=None),
    "removal not an object": document(removal=[]),
    "removal without stamp": document(removal={"fields": {}, "bodies": {}}),
    "removal with an extra key": document(removal=removal(text="kept")),
    "removal bad stamp": document(removal=removal(stamp="x")),
    "removal body seen not a list": document(removal=removal(bodies={"text": S1_TEXT})),
    "removal bad field name": document(removal=removal(fields={"A": S1_TEXT})),
    "record with an extra key": document(extra=1),
    "record without removal": {
        "format": 1,
        "records": [{k: v for k, v in document()["records"][0].items() if k != "removal"}],
    },
    "record not an object": {"format": 1, "records": [[]]},
    "records not a list": {"format": 1, "records": {}},
    "no records": {"format": 1},
    "extra top-level key": {**document(), "device": A},
    "top level a list": [document()],
    "no format": {"records": []},
    "format zero": {"format": 0, "records": []},
    "negative format": {"format": -1, "records": []},
    "format true": {"format": True, "records": []},
    "format as text": {"format": "1", "records": []},
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_payloads_are_refused(case: str) -> None:
    with pytest.raises(ChangesetError):
        decode_records(dumps(MALFORMED[case]))


def with_field(value: bytes) -> bytes:
    """A payload whose one record has the field ``x`` holding ``value`` (JSON as written)."""
    return (
        b'{"format":1,"records":[{"bodies":{},"fields":{"x":['
        + value
        + b',"'
        + S1_TEXT.encode()
        + b'"]},"id":"r","kind":"k","removal":null}]}'
    )


def with_body(text: bytes) -> bytes:
    """A payload whose one record has the body ``t`` holding ``text`` (a JSON string)."""
    return (
        b'{"format":1,"records":[{"bodies":{"t":['
        + text
        + b',"'
        + S1_TEXT.encode()
        + b'",[]]},"fields":{},"id":"r","kind":"k","removal":null}]}'
    )


FORBIDDEN_TEXT = {
    "float field": with_field(b"1.5"),
    "exponent field": with_field(b"1e3"),
    "negative zero fraction": with_field(b"-0.0"),
    "NaN field": with_field(b"NaN"),
    "Infinity in a list": with_field(b"[Infinity]"),
    "-Infinity field": with_field(b"-Infinity"),
    "long integer": with_field(b"9" * 5000),
    "lone surrogate in a body": with_body(b'"\\ud800"'),
    "lone low surrogate in a field": with_field(b'"a\\udc00"'),
    "escaped NUL in a field": with_field(b'"\\u0000"'),
    "raw newline in a string": with_field(b'"a\nb"'),
    "not UTF-8": with_field(b'"\xff"'),
    "encoded surrogate": with_body(b'"\xed\xa0\x80"'),
    "overlong UTF-8": with_body(b'"\xc0\xaf"'),
    "repeated field name": with_field(b'1,"' + S1_TEXT.encode() + b'"],"x":[2'),
    "format 1.0": b'{"format":1.0,"records":[]}',
    "repeated top-level key": b'{"format":1,"format":1,"records":[]}',
    "repeated record key": (
        b'{"format":1,"records":[{"bodies":{},"fields":{},"id":"r","id":"s",'
        b'"kind":"k","removal":null}]}'
    ),
    "byte-order mark": b'\xef\xbb\xbf{"format":1,"records":[]}',
    "trailing garbage": b'{"format":1,"records":[]}x',
    "two documents": b'{"format":1,"records":[]}{"format":1,"records":[]}',
    "empty": b"",
    "JSON null": b"null",
}


@pytest.mark.parametrize("case", sorted(FORBIDDEN_TEXT))
def test_forbidden_json_is_refused(case: str) -> None:
    with pytest.raises(ChangesetError):
        decode_records(FORBIDDEN_TEXT[case])


def test_the_forbidden_json_differs_from_a_valid_payload_only_in_its_fault() -> None:
    assert decode_records(with_field(b"15"))[0].field_map()["x"].value == 15
    assert decode_records(with_field(b'"\\ud83d\\ude00"'))[0].field_map()["x"].value == "\U0001f600"
    assert decode_records(with_body(b'"\xe2\x82\xac"'))[0].body_map()["t"].text == "\u20ac"


def test_the_empty_changeset_is_read() -> None:
    assert decode_records(b'{"format":1,"records":[]}') == []
    assert encode_records([]) == b'{"format":1,"records":[]}'


# --- nesting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100_000,
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        b'{"format":1,"records":' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"format":1,"records":[{"fields":{"x":[[[[[[[1]]]]]],"s"]}}]}',
        b"]]]]",
        b"[}",
    ],
)
def test_deep_or_unbalanced_nesting_is_refused_before_parsing(data: bytes) -> None:
    with pytest.raises(ChangesetError, match="nested"):
        decode_records(data)


def test_nesting_at_the_limit_reaches_the_parser() -> None:
    at_limit = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    with pytest.raises(ChangesetError, match="not a JSON object"):
        decode_records(at_limit)


# --- newer formats -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b'{"format":2,"records":[]}',
        b'{"format":2}',
        b'{"compressed":true,"format":3,"ratio":0.5,"items":{"a":[1.5]}}',
        b'{"format":99999999999999999999,"records":[]}',
    ],
)
def test_a_newer_format_says_so(data: bytes) -> None:
    with pytest.raises(FormatTooNewError, match="format"):
        decode_records(data)


# --- messages ------------------------------------------------------------------------------


def test_messages_show_only_a_short_escaped_excerpt_of_hostile_text() -> None:
    hostile = "\u202eevil" + "<script>" * 1000
    for payload in (
        document(kind=hostile),
        document(fields={hostile: [1, S1_TEXT]}),
        document(fields={"title": ["T", hostile]}),
    ):
        with pytest.raises(ChangesetError) as caught:
            decode_records(dumps(payload))
        message = str(caught.value)
        assert message.isascii()
        assert len(message) < 200
        assert "<script><script><script>" not in message


def test_messages_say_where_the_fault_is() -> None:
    with pytest.raises(ChangesetError, match=r"records\[0\]\.fields\.title"):
        decode_records(dumps(document(fields={"title": [1.5, S1_TEXT]})))
    with pytest.raises(ChangesetError, match="appears twice"):
        decode_records(b'{"format":1,"format":1}')


def test_changeset_error_is_a_sync_error() -> None:
    assert issubclass(ChangesetError, SyncError)


# --- hostile input: only our errors ---------------------------------------------------------

json_ish = st.text(alphabet='{}[]":,0123456789.eE+-truefalsnNI\\u \n', max_size=200)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


def read_or_refuse(data: bytes) -> None:
    with contextlib.suppress(ChangesetError, FormatTooNewError):
        decode_records(data)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_our_errors(data: bytes) -> None:
    read_or_refuse(data)


@settings(max_examples=300)
@given(json_ish)
def test_arbitrary_json_ish_text_raises_only_our_errors(text: str) -> None:
    read_or_refuse(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=300)
@given(json_values, st.sampled_from(["top", "records", "record", "field", "body", "removal"]))
def test_arbitrary_json_values_anywhere_raise_only_our_errors(value: Any, where: str) -> None:
    payload: Any = {
        "top": value,
        "records": {"format": 1, "records": value},
        "record": {"format": 1, "records": [value]},
        "field": document(fields={"title": value}),
        "body": document(bodies={"text": value}),
        "removal": document(removal=value),
    }[where]
    read_or_refuse(json.dumps(payload).encode("utf-8", "surrogatepass"))


@settings(max_examples=200)
@given(st.lists(records, min_size=1, max_size=3), st.data())
def test_damaged_valid_payloads_raise_only_our_errors(
    given_records: list[Record], data: st.DataObject
) -> None:
    payload = bytearray(encode_records(given_records))
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        index = data.draw(st.integers(min_value=0, max_value=len(payload) - 1))
        payload[index] = data.draw(st.integers(min_value=0, max_value=255))
    read_or_refuse(bytes(payload))


# --- the writer's checks -------------------------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        Record.of("journal", "r1", {"score": Field(1.5, S1)}),
        Record.of("journal", "r1", {"score": Field(float("nan"), S1)}),
        Record.of("journal", "r1", {"tags": Field(("a", "b"), S1)}),
        Record.of("journal", "r1", {"tags": Field({"a": 1}, S1)}),
        Record.of("journal", "r1", {"n": Field(2**53, S1)}),
        Record.of("journal", "r1", bodies={"text": Body("x" * (MAX_BODY_CHARS + 1), S1)}),
        Record.of("journal", "r1", bodies={"text": Body("\ud800", S1)}),
        Record.of("Journal", "r1"),
        Record.of("journal", "R1"),
        Record("journal", "r1", (("a", Field(1, S1)), ("a", Field(2, S2)))),
    ],
)
def test_records_no_reader_would_accept_are_never_written(record: Record) -> None:
    with pytest.raises(ValueError, match=r"cannot be synced|appears twice"):
        encode_records([record])


def test_more_records_than_a_file_holds_are_never_written() -> None:
    with pytest.raises(ValueError, match="cannot be synced"):
        encode_records([Record("journal", "r1")] * (MAX_RECORDS + 1))


def test_every_text_the_vault_holds_fits_in_a_body() -> None:
    from wellbeing_desk.vault.debriefs import MAX_STATE_LENGTH

    assert MAX_BODY_CHARS >= MAX_STATE_LENGTH  # a long debrief must be able to sync


PLAIN = Record.of("journal", "r1", {"stress": Field(3, S1)}, {"text": Body("words", S1)})
BAD_VALUES = [
    MAX_INTEGER + 1,
    -MAX_INTEGER - 1,
    1.5,
    float("nan"),
    (1,),
    {"a": 1},
    "a\x00b",
    "\ud800",
    "x" * (MAX_TEXT_CHARS + 1),
    [1] * (MAX_LIST_ITEMS + 1),
    ["a", "\x00"],
    [[1]],
    [1.5],
]
BAD_TEXTS = ["a\x00b", "\ud800", "x" * (MAX_BODY_CHARS + 1), None]
BAD_NAMES = ["", "A", "a" * 65, "a-b", "é", None]


def _name(number: int) -> str:
    return "".join(chr(ord("a") + int(digit)) for digit in f"{number:03}")  # 12 is "abc"


def _with(**parts: Any) -> Record:
    return replace(PLAIN, **parts)


FAULTY_RECORDS = [
    *[_with(fields=(("v", Field(value, S1)),)) for value in BAD_VALUES],
    *[_with(bodies=(("text", Body(text, S1)),)) for text in BAD_TEXTS],
    _with(bodies=(("text", Body("words", S2, (S1,) * (HISTORY_LENGTH + 1))),)),
    *[_with(fields=((name, Field(1, S1)),)) for name in BAD_NAMES],
    *[_with(bodies=((name, Body("words", S1)),)) for name in BAD_NAMES],
    _with(fields=(("a", Field(1, S1)), ("a", Field(2, S1)))),
    _with(bodies=(("a", Body("x", S1)), ("a", Body("y", S1)))),
    _with(fields=tuple((_name(i), Field(1, S1)) for i in range(MAX_FIELDS + 1))),
    _with(bodies=tuple((_name(i), Body("x", S1)) for i in range(MAX_BODIES + 1))),
    *[_with(kind=kind) for kind in ["", "Journal", "a" * 33, None]],
    *[_with(id=record_id) for record_id in ["", "R1", "a" * 65, "a/b", None]],
]
EDGE_RECORDS = [
    _with(fields=(("v", Field(value, S1)),))
    for value in [MAX_INTEGER, -MAX_INTEGER, "x" * MAX_TEXT_CHARS, [1] * MAX_LIST_ITEMS, "é\u200f"]
] + [
    _with(bodies=(("text", Body("x" * MAX_BODY_CHARS, S2, (S1,) * HISTORY_LENGTH)),)),
    _with(fields=tuple((_name(i), Field(1, S1)) for i in range(MAX_FIELDS))),
    _with(bodies=tuple((_name(i), Body("x", S1)) for i in range(MAX_BODIES))),
]


@pytest.mark.parametrize("record", FAULTY_RECORDS)
def test_the_quick_check_lets_no_fault_through(record: Record) -> None:
    """``check_record`` skips its message-building checks for plain records: that shortcut
    never passes a record the full checks refuse (each of these breaks one bound)."""
    assert not changeset._plainly_within_bounds(record)
    with pytest.raises(ValueError, match="cannot be synced"):
        changeset.check_record(record)


@pytest.mark.parametrize("record", EDGE_RECORDS)
def test_the_quick_check_takes_records_at_each_bound(record: Record) -> None:
    assert changeset._plainly_within_bounds(record)
    changeset._check_bounds(record)


@given(records)
def test_the_quick_check_agrees_with_the_full_checks_on_plain_records(record: Record) -> None:
    assert changeset._plainly_within_bounds(record) == (record.removal is None)
    changeset._check_bounds(record)


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from([S1_TEXT, S2_TEXT, "a\x00", "\ud800", MAX_INTEGER + 1]),
)
json_items = st.recursive(
    json_scalars, lambda inner: st.lists(inner, max_size=4), max_leaves=8
) | st.sampled_from(
    [
        [1, S1_TEXT],
        [[1, "a"], S1_TEXT],
        [[1] * (MAX_LIST_ITEMS + 1), S1_TEXT],
        ["x" * (MAX_TEXT_CHARS + 1), S1_TEXT],
        [1, S1_TEXT + "0"],
        ["text", S2_TEXT, [S1_TEXT]],
        ["text", S2_TEXT, [S1_TEXT] * (HISTORY_LENGTH + 1)],
        ["text\x00", S2_TEXT, []],
        ["text", S2_TEXT, [1]],
        ["x" * (MAX_BODY_CHARS + 1), S2_TEXT, []],
    ]
)


@settings(max_examples=300)
@given(json_items)
def test_fields_and_bodies_read_plainly_are_what_the_full_checks_read(item: Any) -> None:
    """Decoding takes a plainly well-formed field or body without checking it step by step:
    that shortcut reads exactly what the full checks read, and nothing they refuse."""
    for plain, full in (
        (changeset._plain_field, changeset._field),
        (changeset._plain_body, changeset._body),
    ):
        quick = plain(item)
        if quick is not None:
            assert full(item, "here") == quick


@given(
    st.text(st.characters(exclude_characters="\x00")) | st.sampled_from(["\ud83d\ude00", "a\udfff"])
)
def test_text_is_checked_for_half_surrogates_as_the_pattern_would(text: str) -> None:
    assert changeset._encodes(text) == (changeset._FORBIDDEN_CHAR.search(text) is None)
