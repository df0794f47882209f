"""What a sealed changeset or snapshot holds: records as canonical JSON, read as hostile input.

The payload is UTF-8 JSON with sorted keys, no spaces and no ASCII escapes::

    {"format": 1, "records": [record, ...]}
    record   {"kind": "journal", "id": "...",
              "fields":  {name: [value, stamp]},
              "bodies":  {name: [text, stamp, [stamp of each replaced version, newest first]]},
              "removal": null | {"stamp": stamp,
                                 "fields": {name: stamp},
                                 "bodies": {name: [stamp, ...]}}}

Stamps are ``Stamp.encode`` text. A field value is null, true/false, a whole
number (|n| < 2**53, what every JSON reader holds exactly), text, or a list of
those; never a fraction: the vault syncs none, and a float's spelling is not
one value on every device.

Decoding is the vault's first line against a hostile file (the AEAD seal keeps
out strangers, not a buggy or compromised device): every type, name and size
is checked against the bounds below, repeated keys are refused, and nesting is
counted before the JSON parser sees it. Nothing but ``ChangesetError`` and
``FormatTooNewError`` escapes, and messages name where the fault is, showing
at most a short escaped excerpt of the text. ``encode_records`` makes the same
checks, so this device never writes a file that no device can read.

A later format must stay within the JSON bounds (size, depth, no repeated
keys) so that this version can still read its number and say it is newer.
"""

import functools
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from wellbeing_desk.sync.clock import Stamp
from wellbeing_desk.sync.errors import ChangesetError, FormatTooNewError
from wellbeing_desk.sync.merge import (
    HISTORY_LENGTH,
    MAX_SEEN_STAMPS,
    Body,
    Field,
    Record,
    Removal,
)
from wellbeing_desk.sync.sealing import MAX_PAYLOAD

FORMAT = 1
MAX_RECORDS = 10_000  # per file: a larger snapshot or changeset is split
MAX_FIELDS = 200  # per record (and per removal)
MAX_BODIES = 50  # per record (and per removal)
MAX_BODY_CHARS = 5_000_000  # as long as the vault lets a debrief's answers be
MAX_TEXT_CHARS = 100_000  # a text field value
MAX_LIST_ITEMS = 1_000  # a list field value
MAX_DEPTH = 8  # brackets; the format itself nests six deep
MAX_INTEGER = 2**53 - 1

_KIND = re.compile(r"[a-z_]{1,32}")
_ID = re.compile(r"[0-9a-z-]{1,64}")
_NAME = re.compile(r"[a-z_]{1,64}")
_FORBIDDEN_CHAR = re.compile("[\x00\ud800-\udfff]")  # NUL, or half of a surrogate pair
_EXCERPT_CHARS = 20
_MAX_INTEGER_DIGITS = 20  # longer is refused before int() is asked to read it

_TOP_KEYS = frozenset({"format", "records"})
_RECORD_KEYS = frozenset({"kind", "id", "fields", "bodies", "removal"})
_REMOVAL_KEYS = frozenset({"stamp", "fields", "bodies"})

# A JSON string, escapes included (or an unterminated one, to the end: one linear pass,
# never retried from a later quote); what is left outside strings is the structure.
_JSON_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")
_INNERMOST_PAIR = re.compile(rb"\[\]|\{\}")


class _Unreadable:
    """What the parser gives for a number no synced value holds (refused where it is found,
    after the format number has been read, so a newer format is still recognised)."""

    def __init__(self, what: str) -> None:
        self.what = what


_FRACTION = _Unreadable("a fraction or a special number (synced values are whole numbers)")
_LONG_NUMBER = _Unreadable("a number too large")


# --- encoding ------------------------------------------------------------------------------


def encode_records(records: Sequence[Record]) -> bytes:
    """The payload for ``records``; ``ValueError`` if any breaks a bound readers enforce.

    A list field value must be a ``list`` (what decoding gives back), not a tuple.
    """
    if len(records) > MAX_RECORDS:
        raise ValueError(
            f"these records cannot be synced: {len(records)}; a file holds {MAX_RECORDS}"
        )
    for record in records:
        check_record(record)  # the reader's checks: never write what cannot be read
    return encode_payload([encode_record(record, check=False) for record in records])


def encode_payload(encoded: Sequence[str]) -> bytes:
    """The payload for records already written by ``encode_record`` (checked then): the
    same bytes ``encode_records`` gives, without encoding them again."""
    if len(encoded) > MAX_RECORDS:
        raise ValueError(f"{len(encoded)} records; a file holds {MAX_RECORDS}")
    data = f'{{"format":{FORMAT},"records":[{",".join(encoded)}]}}'.encode()
    if len(data) > MAX_PAYLOAD:
        raise ValueError(f"the records take {len(data)} bytes; a file holds {MAX_PAYLOAD}")
    return data


def check_record(record: Record) -> None:
    """``ValueError`` if ``record`` breaks a bound readers enforce (the checks decoding
    makes, on the record itself: cheaper than writing and reading it back)."""
    if not _plainly_within_bounds(record):
        _check_bounds(record)


def _check_bounds(record: Record) -> None:
    """Each of ``check_record``'s checks, naming the first that fails."""
    where = f"record {record.id!a}"
    try:
        _matching(record.kind, _KIND, f"{where} kind")
        _matching(record.id, _ID, f"{where} id")
        _count_names([name for name, _ in record.fields], MAX_FIELDS, f"{where} fields")
        _count_names([name for name, _ in record.bodies], MAX_BODIES, f"{where} bodies")
        for name, field in record.fields:
            _value(field.value, f"{where}.fields.{name}")
        for name, body in record.bodies:
            _text(body.text, MAX_BODY_CHARS, f"{where}.bodies.{name}")
            if len(body.history) > HISTORY_LENGTH:
                raise ChangesetError(f"{where}.bodies.{name}: too long a history")
        removal = record.removal
        if removal is not None:
            _count_names([n for n, _ in removal.fields], MAX_FIELDS, f"{where} removal")
            _count_names([n for n, _ in removal.bodies], MAX_BODIES, f"{where} removal")
            if any(len(seen) > MAX_SEEN_STAMPS for _, seen in removal.bodies):
                raise ChangesetError(f"{where} removal: too many versions seen")
    except ChangesetError as error:
        raise ValueError(f"this record cannot be synced: {error}") from None


def _plainly_within_bounds(record: Record) -> bool:
    """The common case of ``check_record``, without building a message for every value:
    true only where every check there passes (anything else, a removal included, is
    left to those checks, which name what is wrong)."""
    kind, record_id = record.kind, record.id
    if record.removal is not None or type(kind) is not str or type(record_id) is not str:
        return False
    if _KIND.fullmatch(kind) is None or _ID.fullmatch(record_id) is None:
        return False
    fields, bodies = record.fields, record.bodies
    if len(fields) > MAX_FIELDS or len(bodies) > MAX_BODIES:
        return False
    if not _plain_names([name for name, _ in fields]) or not _plain_names(
        [name for name, _ in bodies]
    ):
        return False
    if not all(_plain_value(field.value) for _, field in fields):
        return False
    return all(
        len(body.history) <= HISTORY_LENGTH
        and type(body.text) is str
        and _plain_text(body.text, MAX_BODY_CHARS)
        for _, body in bodies
    )


_PLAIN_NAMES: set[str] = set()  # names that matched ``_NAME`` once (the kinds' few dozen)
_PLAIN_NAMES_KEPT = 1_024  # however many names files from elsewhere make up


def _plain_names(names: list[str]) -> bool:
    if len(set(names)) != len(names):
        return False
    for name in names:
        if name not in _PLAIN_NAMES:
            if type(name) is not str or _NAME.fullmatch(name) is None:
                return False
            if len(_PLAIN_NAMES) < _PLAIN_NAMES_KEPT:
                _PLAIN_NAMES.add(name)
    return True


def _plain_value(value: object) -> bool:
    """A field value ``_value`` takes as it is (never one of ``_Unreadable``)."""
    if type(value) is list:
        return len(value) <= MAX_LIST_ITEMS and all(map(_plain_scalar, value))
    return _plain_scalar(value)


def _plain_scalar(value: object) -> bool:
    if value is None or type(value) is bool:
        return True
    if type(value) is int:
        return abs(value) <= MAX_INTEGER
    return type(value) is str and _plain_text(value, MAX_TEXT_CHARS)


def _plain_text(text: str, limit: int) -> bool:
    if len(text) > limit or "\x00" in text:
        return False
    return text.isascii() or _encodes(text)


def _encodes(text: str) -> bool:
    """Whether ``text`` holds no half of a surrogate pair: UTF-8 refuses exactly those
    (an eighth of the time ``_FORBIDDEN_CHAR`` takes to look for them)."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _count_names(names: list[str], limit: int, where: str) -> None:
    if len(names) > limit or len(set(names)) != len(names):
        raise ChangesetError(f"{where}: more than {limit} names, or one twice")
    for name in names:
        _matching(name, _NAME, f"{where} name")


def encode_record(record: Record, *, check: bool = True) -> str:
    """One record as canonical JSON text (how the vault keeps a record's synced state);
    ``ValueError`` if it breaks a bound readers enforce (unless ``check`` is off: a record
    checked before)."""
    if check:
        check_record(record)
    document = _record_document(record)
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def record_document(record: Record) -> dict[str, Any]:
    """One record as the JSON object a payload holds (for other payloads: snapshots)."""
    return _record_document(record)


def record_from_document(item: object, where: str) -> Record:
    """The record a payload's JSON object holds; ``ChangesetError`` if it is not one."""
    return _record(item, where)


def load_payload(data: bytes) -> object:
    """A payload's JSON, bounded as every payload is (size, depth, repeated keys, numbers);
    ``ChangesetError`` otherwise. Its format number is not looked at yet."""
    return _load(data)


def check_format(version: object) -> None:
    """``FormatTooNewError`` for a newer format, ``ChangesetError`` for no format."""
    _check_format(version)


def decode_kept_record(text: str) -> Record:
    """A record ``encode_record`` wrote into this vault (checked when kept, inside the
    encryption): read without the hostile-input checks, for speed."""
    document = json.loads(text)
    removal = document["removal"]
    return Record(
        document["kind"],
        document["id"],
        tuple(sorted((n, Field(v, _kept_stamp(t))) for n, (v, t) in document["fields"].items())),
        tuple(
            sorted(
                (n, Body(text, _kept_stamp(t), tuple(map(_kept_stamp, history))))
                for n, (text, t, history) in document["bodies"].items()
            )
        ),
        None
        if removal is None
        else Removal(
            _kept_stamp(removal["stamp"]),
            tuple(sorted((n, _kept_stamp(t)) for n, t in removal["fields"].items())),
            tuple(
                sorted((n, tuple(map(_kept_stamp, seen))) for n, seen in removal["bodies"].items())
            ),
        ),
    )


@functools.lru_cache(maxsize=4096)  # most fields of a record share one stamp (clock.py)
def _kept_stamp(text: str) -> Stamp:
    return Stamp(int(text[:13]), int(text[14:18], 16), text[19:])


def decode_record(text: str) -> Record:
    """The record ``encode_record`` wrote; raises only ``ChangesetError``."""
    document = _load(text.encode("utf-8"))
    return _record(document, "the record")


def _record_document(record: Record) -> dict[str, Any]:
    where = f"record {record.id!a}"
    fields = ((name, [field.value, field.stamp.encode()]) for name, field in record.fields)
    bodies = ((name, _body_document(body)) for name, body in record.bodies)
    return {
        "kind": record.kind,
        "id": record.id,
        "fields": _unique(fields, f"{where} fields"),
        "bodies": _unique(bodies, f"{where} bodies"),
        "removal": None if record.removal is None else _removal_document(record.removal, where),
    }


def _body_document(body: Body) -> list[Any]:
    return [body.text, body.stamp.encode(), [stamp.encode() for stamp in body.history]]


def _removal_document(removal: Removal, where: str) -> dict[str, Any]:
    fields = ((name, stamp.encode()) for name, stamp in removal.fields)
    bodies = ((name, [stamp.encode() for stamp in seen]) for name, seen in removal.bodies)
    return {
        "stamp": removal.stamp.encode(),
        "fields": _unique(fields, f"{where} removal fields"),
        "bodies": _unique(bodies, f"{where} removal bodies"),
    }


def _unique(pairs: Iterable[tuple[str, Any]], where: str) -> dict[str, Any]:
    """The pairs as a JSON object; a name given twice is refused, never silently dropped."""
    items = list(pairs)
    mapping = dict(items)
    if len(mapping) != len(items):
        raise ValueError(f"{where}: a name appears twice")
    return mapping


# --- decoding ------------------------------------------------------------------------------


def decode_records(data: bytes) -> list[Record]:
    """The records in a payload; raises only ``ChangesetError`` or ``FormatTooNewError``."""
    return _records_of(_load(data))


def _load(data: bytes) -> object:
    if not isinstance(data, bytes):
        raise ChangesetError("a payload is bytes")
    if len(data) > MAX_PAYLOAD:
        raise ChangesetError(f"the payload is larger than {MAX_PAYLOAD} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ChangesetError(f"the payload is not UTF-8 text (byte {error.start})") from None
    _check_depth(data)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_without_repeats,
            parse_int=_bounded_int,
            parse_float=_fraction,
            parse_constant=_fraction,
        )
    except json.JSONDecodeError as error:
        raise ChangesetError(f"the payload is not valid JSON (at character {error.pos})") from None
    except RecursionError:  # kept out by _check_depth; never let it escape all the same
        raise ChangesetError("the payload is nested too deep") from None


def _check_depth(data: bytes) -> None:
    """Refuse brackets nested deeper than ``MAX_DEPTH`` (outside strings), without recursion.

    Each round removes every innermost ``[]`` / ``{}`` pair, one level of the
    nesting; well-nested brackets at most ``MAX_DEPTH`` deep are gone after
    that many rounds. Whatever is left is too deep, or not JSON at all.
    """
    brackets = _JSON_STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    for _ in range(MAX_DEPTH):
        brackets, removed = _INNERMOST_PAIR.subn(b"", brackets)
        if not removed:
            break
    if brackets:
        raise ChangesetError(f"the payload is nested more than {MAX_DEPTH} deep, or unbalanced")


def _object_without_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ChangesetError(f"the key {_excerpt(key)} appears twice in one object")
            seen.add(key)
    return document


def _bounded_int(text: str) -> int | _Unreadable:
    return _LONG_NUMBER if len(text) > _MAX_INTEGER_DIGITS else int(text)


def _fraction(_text: str) -> _Unreadable:
    return _FRACTION


def _records_of(document: object) -> list[Record]:
    if not isinstance(document, dict):
        raise ChangesetError("the payload is not a JSON object")
    _check_format(document.get("format"))
    _check_keys(document, _TOP_KEYS, "the payload")
    records = document["records"]
    if not isinstance(records, list):
        raise ChangesetError("records: not a list")
    if len(records) > MAX_RECORDS:
        raise ChangesetError(f"records: {len(records)} records; a file holds {MAX_RECORDS}")
    return [_record(item, f"records[{index}]") for index, item in enumerate(records)]


def _check_format(version: object) -> None:
    if type(version) is not int:  # bool is an int in Python; true is not 1 here
        raise ChangesetError("the payload has no format number")
    if version > FORMAT:
        raise FormatTooNewError(
            f"this sync file holds records in format {version}; "
            f"this version of Wellbeing Desk reads format {FORMAT}"
        )
    if version < FORMAT:
        raise ChangesetError(f"the payload names format {version}, which never existed")


def _record(item: object, where: str) -> Record:
    record = _check_keys(item, _RECORD_KEYS, where)
    kind = _matching(record["kind"], _KIND, f"{where}.kind")
    record_id = _matching(record["id"], _ID, f"{where}.id")
    # Each field and body read plainly where it is plainly well-formed (most are), and
    # otherwise checked step by step, which names what is wrong.
    fields = {
        name: _plain_field(value) or _field(value, f"{where}.fields.{name}")
        for name, value in _named(record["fields"], MAX_FIELDS, f"{where}.fields").items()
    }
    bodies = {
        name: _plain_body(value) or _body(value, f"{where}.bodies.{name}")
        for name, value in _named(record["bodies"], MAX_BODIES, f"{where}.bodies").items()
    }
    removal = record["removal"]
    return Record.of(
        kind,
        record_id,
        fields,
        bodies,
        None if removal is None else _removal(removal, f"{where}.removal"),
    )


def _plain_field(item: object) -> Field | None:
    if type(item) is not list or len(item) != 2:
        return None
    value, stamp = item
    if type(stamp) is not str or not _plain_value(value):
        return None
    try:
        return Field(value, Stamp.parse(stamp))
    except ValueError:
        return None


def _plain_body(item: object) -> Body | None:
    if type(item) is not list or len(item) != 3:
        return None
    text, stamp, history = item
    if type(text) is not str or not _plain_text(text, MAX_BODY_CHARS) or type(stamp) is not str:
        return None
    if type(history) is not list or len(history) > HISTORY_LENGTH:
        return None
    try:
        return Body(text, Stamp.parse(stamp), tuple(map(Stamp.parse, history)))
    except ValueError:  # a stamp that is not one (or not text)
        return None


def _field(item: object, where: str) -> Field:
    value, stamp = _fixed_list(item, 2, where)
    return Field(_value(value, where), _stamp(stamp, f"{where} stamp"))


def _body(item: object, where: str) -> Body:
    text, stamp, history = _fixed_list(item, 3, where)
    return Body(
        _text(text, MAX_BODY_CHARS, f"{where} text"),
        _stamp(stamp, f"{where} stamp"),
        tuple(_stamps(history, HISTORY_LENGTH, f"{where} history")),
    )


def _removal(item: object, where: str) -> Removal:
    removal = _check_keys(item, _REMOVAL_KEYS, where)
    fields = _named(removal["fields"], MAX_FIELDS, f"{where}.fields")
    bodies = _named(removal["bodies"], MAX_BODIES, f"{where}.bodies")
    return Removal(
        _stamp(removal["stamp"], f"{where}.stamp"),
        tuple(sorted((name, _stamp(s, f"{where}.fields.{name}")) for name, s in fields.items())),
        tuple(
            sorted(
                (name, tuple(_stamps(seen, MAX_SEEN_STAMPS, f"{where}.bodies.{name}")))
                for name, seen in bodies.items()
            )
        ),
    )


def _value(value: object, where: str) -> Any:
    """A field value: a scalar, or a list of scalars."""
    if isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            raise ChangesetError(
                f"{where}: a list of {len(value)} items (at most {MAX_LIST_ITEMS})"
            )
        for index, item in enumerate(value):
            _scalar(item, f"{where}[{index}]")
        return value
    return _scalar(value, where)


def _scalar(value: object, where: str) -> object:
    if value is None or isinstance(value, bool):
        return value
    if type(value) is int:
        if abs(value) > MAX_INTEGER:
            raise ChangesetError(f"{where}: a whole number beyond +/-{MAX_INTEGER}")
        return value
    if isinstance(value, str):
        return _text(value, MAX_TEXT_CHARS, where)
    if isinstance(value, _Unreadable):
        raise ChangesetError(f"{where}: {value.what}")
    raise ChangesetError(f"{where}: not null, true/false, a whole number, text or a flat list")


def _text(value: object, limit: int, where: str) -> str:
    if not isinstance(value, str):
        raise ChangesetError(f"{where}: not text")
    if len(value) > limit:
        raise ChangesetError(f"{where}: {len(value)} characters (at most {limit})")
    if "\x00" not in value and (value.isascii() or _encodes(value)):
        return value  # the pattern below only to name what is wrong
    forbidden = _FORBIDDEN_CHAR.search(value)
    if forbidden is not None:
        raise ChangesetError(f"{where}: holds {forbidden.group()!a}, which no text may hold")
    return value


def _stamps(value: object, limit: int, where: str) -> list[Stamp]:
    if not isinstance(value, list):
        raise ChangesetError(f"{where}: not a list of stamps")
    if len(value) > limit:
        raise ChangesetError(f"{where}: {len(value)} stamps (at most {limit})")
    return [_stamp(item, f"{where}[{index}]") for index, item in enumerate(value)]


def _stamp(value: object, where: str) -> Stamp:
    if not isinstance(value, str):
        raise ChangesetError(f"{where}: not a stamp")
    try:
        return Stamp.parse(value)
    except ValueError:
        raise ChangesetError(f"{where}: {_excerpt(value)} is not a stamp") from None


def _named(value: object, limit: int, where: str) -> dict[str, object]:
    """An object whose keys are field or body names, at most ``limit`` of them."""
    if not isinstance(value, dict):
        raise ChangesetError(f"{where}: not a JSON object")
    if len(value) > limit:
        raise ChangesetError(f"{where}: {len(value)} names (at most {limit})")
    for name in value:
        if name not in _PLAIN_NAMES:
            _matching(name, _NAME, f"{where} name")
    return value


def _fixed_list(value: object, length: int, where: str) -> list[object]:
    if not isinstance(value, list) or len(value) != length:
        raise ChangesetError(f"{where}: not a list of {length} items")
    return value


def _check_keys(value: object, keys: frozenset[str], where: str) -> dict[str, object]:
    """``value`` as an object with exactly ``keys``."""
    if not isinstance(value, dict):
        raise ChangesetError(f"{where}: not a JSON object")
    unknown = sorted(set(value) - keys)
    if unknown:
        raise ChangesetError(f"{where}: unknown key {_excerpt(unknown[0])}")
    missing = sorted(keys - set(value))
    if missing:
        raise ChangesetError(f"{where}: no {missing[0]}")
    return value


def _matching(value: object, pattern: re.Pattern[str], where: str) -> str:
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        shown = _excerpt(value) if isinstance(value, str) else "a value"
        raise ChangesetError(f"{where}: {shown} does not match {pattern.pattern}")
    return value


def _excerpt(text: str) -> str:
    """A short, escaped piece of hostile text, safe to show in a message or a log."""
    more = "..." if len(text) > _EXCERPT_CHARS else ""
    return ascii(text[:_EXCERPT_CHARS]) + more
