"""Editing a vault's header files the way damage or an attacker would.

The header and its copy are ``vault.header`` and ``vault.header.copy``. Since
header format 2 the header carries ``header_sha256``: the SHA-256 of the
canonical JSON (sorted keys, no spaces, ASCII) of every other field. An
attacker can recompute it (it is not keyed), bit rot cannot: ``rehash``
does what the attacker would, so a test about the *checks behind* the
checksum is not stopped by the checksum first.
"""

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEADER = "vault.header"
COPY = "vault.header.copy"
CHECKSUM_FIELD = "header_sha256"


def header_files(vault_dir: Path) -> tuple[Path, Path]:
    return vault_dir / HEADER, vault_dir / COPY


def canonical_checksum(document: dict[str, Any]) -> str:
    """The checksum as the format defines it (independent of the app's code)."""
    body = {key: value for key, value in document.items() if key != CHECKSUM_FIELD}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def rehash(document: dict[str, Any]) -> dict[str, Any]:
    """Recompute the checksum of a document that has one (format 1 has none)."""
    if CHECKSUM_FIELD in document:
        document[CHECKSUM_FIELD] = canonical_checksum(document)
    return document


def edit_header(
    vault_dir: Path,
    edit: Callable[[dict[str, Any]], object],
    *,
    recompute: bool = True,
    copy_too: bool = True,
) -> None:
    """Apply ``edit`` to the parsed header and write it back (to the copy as well)."""
    primary, copy = header_files(vault_dir)
    document = json.loads(primary.read_text(encoding="utf-8"))
    edit(document)
    if recompute:
        rehash(document)
    data = json.dumps(document, indent=2).encode("utf-8")
    primary.write_bytes(data)
    if copy_too:
        copy.write_bytes(data)


def write_both(vault_dir: Path, data: bytes) -> None:
    """The same bytes in the header and its copy: damage the copy cannot repair."""
    for path in header_files(vault_dir):
        path.write_bytes(data)


def digests(vault_dir: Path) -> dict[str, str]:
    """Every file directly in the folder by name, with its SHA-256."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(vault_dir.iterdir())
        if path.is_file()
    }
