"""What a snapshot holds: every record a device has, and how far it had read each log.

A new device starts from a snapshot instead of reading every device's log
from its first file. A snapshot is written in parts (``snap/<device>/<seq>.wbs``,
consecutive numbers, each part sealed with the previous part's hash, the
first with none), so a large vault never needs one huge file; each part
carries the whole cursor map, so reading the last part alone says which
snapshot covers most. The payload::

    {"format": 1, "part": i, "parts": n,
     "cursors": {device: [seq, hash as hex]},
     "records": [record, ...]}

Decoding is as strict as a changeset's (``changeset.py``): a snapshot is
hostile input until checked.
"""

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wellbeing_desk.sync import names
from wellbeing_desk.sync.changeset import (
    FORMAT,
    MAX_RECORDS,
    check_format,
    encode_record,
    load_payload,
    record_from_document,
)
from wellbeing_desk.sync.errors import ChangesetError
from wellbeing_desk.sync.merge import Record
from wellbeing_desk.sync.sealing import HASH_LENGTH, MAX_PAYLOAD

MAX_PARTS = 10_000
MAX_DEVICES = 1_000
_KEYS = frozenset({"format", "part", "parts", "cursors", "records"})
_HASH_HEX = re.compile(f"[0-9a-f]{{{2 * HASH_LENGTH}}}")


@dataclass(frozen=True)
class SnapshotPart:
    part: int
    parts: int
    cursors: dict[str, tuple[int, bytes]]  # device -> (seq, hash) of the last file read
    records: tuple[Record, ...]


def encode_part(
    part: int, parts: int, cursors: Mapping[str, tuple[int, bytes]], records: Sequence[Record]
) -> bytes:
    head: dict[str, Any] = {
        "cursors": {device: [seq, digest.hex()] for device, (seq, digest) in cursors.items()},
        "format": FORMAT,
        "part": part,
        "parts": parts,
    }
    _check_head(head)
    if len(records) > MAX_RECORDS:
        raise ValueError(f"a snapshot part holds at most {MAX_RECORDS} records")
    # Sorted keys put "records" last: the records join on as ``encode_record`` wrote them
    # (each checked there), without encoding the whole part twice.
    text = json.dumps(head, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    data = f'{text[:-1]},"records":[{",".join(encode_record(r) for r in records)}]}}'.encode()
    if len(data) > MAX_PAYLOAD:
        raise ValueError(f"a snapshot part takes {len(data)} bytes; a file holds {MAX_PAYLOAD}")
    return data


def _check_head(head: dict[str, Any]) -> None:
    if not 0 <= head["part"] < head["parts"] <= MAX_PARTS:
        raise ValueError("a snapshot part number out of range")
    try:
        _cursors(head["cursors"])
    except ChangesetError as error:
        raise ValueError(f"this snapshot cannot be written: {error}") from None


def decode_part(data: bytes) -> SnapshotPart:
    """A part's contents; raises only ``ChangesetError`` or ``FormatTooNewError``."""
    document = load_payload(data)
    if not isinstance(document, dict):
        raise ChangesetError("the snapshot is not a JSON object")
    check_format(document.get("format"))
    if set(document) != _KEYS:
        raise ChangesetError("the snapshot does not have the keys a snapshot has")
    parts = _count(document["parts"], 1, MAX_PARTS, "parts")
    part = _count(document["part"], 0, parts - 1, "part")
    records = document["records"]
    if not isinstance(records, list) or len(records) > MAX_RECORDS:
        raise ChangesetError(f"records: not a list of at most {MAX_RECORDS}")
    return SnapshotPart(
        part,
        parts,
        _cursors(document["cursors"]),
        tuple(record_from_document(item, f"records[{n}]") for n, item in enumerate(records)),
    )


def _count(value: object, low: int, high: int, where: str) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ChangesetError(f"{where}: not a whole number from {low} to {high}")
    return value


def _cursors(value: object) -> dict[str, tuple[int, bytes]]:
    if not isinstance(value, dict) or len(value) > MAX_DEVICES:
        raise ChangesetError("cursors: not a map of devices")
    cursors: dict[str, tuple[int, bytes]] = {}
    for device, entry in value.items():
        if not names.is_id(device):
            raise ChangesetError("cursors: a device id is not one")
        if not isinstance(entry, list) or len(entry) != 2:
            raise ChangesetError("cursors: each is [seq, hash]")
        seq, digest = entry
        if type(seq) is not int or not names.FIRST_SEQ <= seq <= names.MAX_SEQ:
            raise ChangesetError("cursors: a file number out of range")
        if not isinstance(digest, str) or _HASH_HEX.fullmatch(digest) is None:
            raise ChangesetError("cursors: a hash is not one")
        cursors[device] = (seq, bytes.fromhex(digest))
    return cursors
