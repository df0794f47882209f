"""Where each file lives on a sync target, and which listed names are ours.

    WellbeingDesk/<space-id>/FORMAT                       plaintext format marker
    WellbeingDesk/<space-id>/keys/pairing.wbk             the sync key wrapped by the pairing code
    WellbeingDesk/<space-id>/log/<device-id>/<seq>.wbc    changesets (write-once, hash-chained)
    WellbeingDesk/<space-id>/snap/<device-id>/<seq>.wbs   snapshots for new devices

Space and device ids are 32 lowercase hex characters (128 random bits); a
sequence number is 16 lowercase hex characters, zero-padded, from 1. So every
name we write is short, lowercase hex and a fixed extension: safe on FAT/exFAT.

Names listed from a target are hostile. The parsers accept exactly the names
we write and return ``None`` for everything else (conflict copies such as
``0000000000000001.sync-conflict-….wbc`` or ``0000000000000001 (1).wbc``,
temp files, ``desktop.ini``, upper-case variants), never raising, so a
reader simply skips what is not ours. Path builders take values from our own
code: a bad one is a bug and raises ``ValueError``.
"""

import os
import re
from collections.abc import Iterable
from typing import TypeGuard

from wellbeing_desk.sync.errors import FormatTooNewError, TamperedFileError

# Lower case like every other name: one spelling on FAT, exFAT and case-folding shares.
ROOT_FOLDER = "wellbeing-desk"
FORMAT_FILE = "format"
FORMAT_VERSION = 1
FORMAT_MARKER = b"wellbeing-desk-sync 1\n"
PAIRING_KEY_FILE = "pairing.wbk"
CHANGESET_EXTENSION = ".wbc"
SNAPSHOT_EXTENSION = ".wbs"

ID_BYTES = 16
ID_LENGTH = 2 * ID_BYTES
SEQ_LENGTH = 16
FIRST_SEQ = 1
MAX_SEQ = 2**64 - 1  # the header holds it as a u64

_ID = re.compile(r"[0-9a-f]{32}")
_SEQ = re.compile(r"[0-9a-f]{16}")
# A newer app's marker: read only far enough to say "newer", never trusted further.
_MARKER = re.compile(rb"wellbeing-desk-sync ([1-9][0-9]{0,8})\n")
_MAX_MARKER_LENGTH = 64


def is_id(text: object) -> TypeGuard[str]:
    """Whether ``text`` is a space or device id: 32 lowercase hex characters."""
    return isinstance(text, str) and _ID.fullmatch(text) is not None


def new_space_id() -> str:
    """A fresh random space id."""
    return os.urandom(ID_BYTES).hex()


def new_device_id() -> str:
    """A fresh random device id."""
    return os.urandom(ID_BYTES).hex()


def check_id(text: str) -> str:
    """Return ``text`` if it is a space or device id, else raise ``ValueError``."""
    if not is_id(text):
        raise ValueError(f"not a space or device id: {str(text)[:80]!r}")
    return text


def check_seq(seq: int) -> int:
    """Return ``seq`` if it is a sequence number (1 to 2**64 - 1), else raise ``ValueError``."""
    if isinstance(seq, bool) or not isinstance(seq, int) or not FIRST_SEQ <= seq <= MAX_SEQ:
        raise ValueError(f"not a sequence number: {seq!r}")
    return seq


def space_folder(space: str) -> str:
    return f"{ROOT_FOLDER}/{check_id(space)}"


def format_path(space: str) -> str:
    return f"{space_folder(space)}/{FORMAT_FILE}"


def pairing_key_path(space: str) -> str:
    return f"{space_folder(space)}/keys/{PAIRING_KEY_FILE}"


def log_root(space: str) -> str:
    """The folder whose sub-folders are the devices' changeset logs."""
    return f"{space_folder(space)}/log"


def snapshot_root(space: str) -> str:
    """The folder whose sub-folders are the devices' snapshots."""
    return f"{space_folder(space)}/snap"


def log_folder(space: str, device: str) -> str:
    return f"{log_root(space)}/{check_id(device)}"


def snapshot_folder(space: str, device: str) -> str:
    return f"{snapshot_root(space)}/{check_id(device)}"


def log_name(seq: int) -> str:
    return f"{check_seq(seq):016x}{CHANGESET_EXTENSION}"


def snapshot_name(seq: int) -> str:
    return f"{check_seq(seq):016x}{SNAPSHOT_EXTENSION}"


def log_path(space: str, device: str, seq: int) -> str:
    return f"{log_folder(space, device)}/{log_name(seq)}"


def snapshot_path(space: str, device: str, seq: int) -> str:
    return f"{snapshot_folder(space, device)}/{snapshot_name(seq)}"


def parse_log_name(name: object) -> int | None:
    """The sequence number of a changeset name we write, else ``None``."""
    return _parse_seq_name(name, CHANGESET_EXTENSION)


def parse_snapshot_name(name: object) -> int | None:
    """The sequence number of a snapshot name we write, else ``None``."""
    return _parse_seq_name(name, SNAPSHOT_EXTENSION)


def devices_in(names: Iterable[str]) -> list[str]:
    """The device ids among the names listed in a log or snapshot root, sorted, once each."""
    return sorted({name for name in names if is_id(name)})


def check_format_marker(data: bytes) -> None:
    """Accept the FORMAT file we write; a newer version raises ``FormatTooNewError``.

    Anything else (empty, edited, another program's file) is ``TamperedFileError``.
    """
    if data == FORMAT_MARKER:
        return
    found = _MARKER.fullmatch(data) if len(data) <= _MAX_MARKER_LENGTH else None
    if found is not None and int(found.group(1)) > FORMAT_VERSION:
        raise FormatTooNewError(
            f"this sync space was written in format {int(found.group(1))}; "
            f"this version of Wellbeing Desk reads format {FORMAT_VERSION}"
        )
    raise TamperedFileError("the sync space's FORMAT file is not one Wellbeing Desk writes")


def _parse_seq_name(name: object, extension: str) -> int | None:
    if not isinstance(name, str) or len(name) != SEQ_LENGTH + len(extension):
        return None
    stem, suffix = name[:SEQ_LENGTH], name[SEQ_LENGTH:]
    if suffix != extension or _SEQ.fullmatch(stem) is None:
        return None
    seq = int(stem, 16)
    return seq if seq >= FIRST_SEQ else None
