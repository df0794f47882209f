"""Issue 11.6: a header that parses but is not exactly what the app writes is damage.

Every field is type-checked strictly (``true`` is not 1, ``"8192"`` is not a
number), unknown fields are refused, and no input — a 5,000-digit integer,
64 KiB of nesting — escapes as anything but ``DamagedVaultError``. The same
bytes go into the header and its copy, so the copy cannot stand in.
"""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.support.headers import digests, edit_header, header_files, write_both
from wellbeing_desk.vault import DamagedVaultError, KdfParams, Vault
from wellbeing_desk.vault.header import MAX_HEADER_BYTES, parse_header
from wellbeing_desk.vault.vault import describe


def _slot(document: dict[str, Any]) -> dict[str, Any]:
    slot: dict[str, Any] = document["slots"][0]
    return slot


def _kdf(document: dict[str, Any]) -> dict[str, Any]:
    kdf: dict[str, Any] = _slot(document)["kdf"]
    return kdf


# Edits of the parsed header; the checksum is recomputed, as an attacker would.
DOCUMENT_EDITS: dict[str, Callable[[dict[str, Any]], object]] = {
    "format-true": lambda d: d.update(format=True),
    "format-zero": lambda d: d.update(format=0),
    "lanes-true": lambda d: _kdf(d).update(lanes=True),
    "iterations-true": lambda d: _kdf(d).update(iterations=True),
    "memory-as-text": lambda d: _kdf(d).update(memory_kib=str(_kdf(d)["memory_kib"])),
    "iterations-float": lambda d: _kdf(d).update(iterations=float(_kdf(d)["iterations"])),
    "kdf-name-list": lambda d: _kdf(d).update(name=["argon2id"]),
    "cipher-major-float": lambda d: d["cipher"].update(major=4.0),
    "cipher-major-true": lambda d: d["cipher"].update(key="raw-256", major=True),
    "vault-id-number": lambda d: d.update(vault_id=12345),
    "vault-id-not-a-uuid": lambda d: d.update(vault_id="not a uuid"),
    "created-list": lambda d: d.update(created=["2026-12-01"]),
    "created-not-a-time": lambda d: d.update(created="yesterday"),
    "unknown-top-field": lambda d: d.update(note="hello"),
    "unknown-slot-field": lambda d: _slot(d).update(label="mine"),
    "unknown-kdf-field": lambda d: _kdf(d).update(pepper=1),
    "unknown-cipher-field": lambda d: d["cipher"].update(mode="gcm"),
    "two-passphrase-slots": lambda d: d.update(slots=[_slot(d), dict(_slot(d))]),
    "no-slots": lambda d: d.update(slots=[]),
    "slots-object": lambda d: d.update(slots={"0": _slot(d)}),
    "salt-number": lambda d: _slot(d).update(salt=123),
    "kind-nested": lambda d: _slot(d).update(kind=[["passphrase"]]),
    "magic-list": lambda d: d.update(magic=["wellbeing-desk-vault"]),
}


def _huge_integer(text: str) -> str:
    return re.sub(r'"iterations": \d+', '"iterations": ' + "1" * 5000, text)


def _long_integer(text: str) -> str:
    # Under Python's 4,300-digit limit, so int() would take it.
    return re.sub(r'"iterations": \d+', '"iterations": ' + "9" * 4000, text)


def _nested_in_a_field(text: str) -> str:
    depth = (MAX_HEADER_BYTES - len(text)) // 2 - 16
    return text.replace('"passphrase"', "[" * depth + "1" + "]" * depth, 1)


def _duplicate_key(text: str) -> str:
    return text.replace("{", '{\n  "vault_id": "00000000-0000-4000-8000-000000000000",', 1)


# Edits of the file's text: things json.dumps would never write.
TEXT_EDITS: dict[str, Callable[[str], str]] = {
    "5000-digit-integer": _huge_integer,
    "4000-digit-integer": _long_integer,
    "nan": lambda t: re.sub(r'"iterations": \d+', '"iterations": NaN', t),
    "exponent": lambda t: re.sub(r'"iterations": \d+', '"iterations": 1e0', t),
    "duplicate-key": _duplicate_key,
    "nested-in-a-field": _nested_in_a_field,
    "64-KiB-of-brackets": lambda _t: "[" * MAX_HEADER_BYTES,
    "64-KiB-of-objects": lambda _t: '{"a":' * (MAX_HEADER_BYTES // 5),
    "brackets-then-junk": lambda _t: "[" * 40_000 + "]" * 20_000,
}


def _assert_damaged_and_unchanged(vault_dir: Path) -> None:
    before = digests(vault_dir)
    for attempt in (
        lambda: Vault.open(vault_dir, PASSPHRASE),
        lambda: Vault.open_for_reading(vault_dir, PASSPHRASE),
        lambda: describe(vault_dir),
    ):
        with pytest.raises(DamagedVaultError) as caught:
            attempt()
        message = str(caught.value)
        assert "\n" not in message and len(message) < 300, message
    assert digests(vault_dir) == before


@pytest.mark.parametrize("edit", DOCUMENT_EDITS.values(), ids=DOCUMENT_EDITS.keys())
def test_a_field_of_the_wrong_type_or_an_unknown_field_is_damage(
    vault_dir: Path, fast_kdf: KdfParams, edit: Callable[[dict[str, Any]], object]
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    edit_header(vault_dir, edit)
    _assert_damaged_and_unchanged(vault_dir)


@pytest.mark.parametrize("edit", TEXT_EDITS.values(), ids=TEXT_EDITS.keys())
def test_hostile_json_is_damage_never_another_error(
    vault_dir: Path, fast_kdf: KdfParams, edit: Callable[[str], str]
) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    primary, _copy = header_files(vault_dir)
    raw = edit(primary.read_text(encoding="utf-8")).encode("utf-8")
    assert len(raw) <= MAX_HEADER_BYTES  # so the size limit is not what refuses it
    write_both(vault_dir, raw)
    _assert_damaged_and_unchanged(vault_dir)


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * MAX_HEADER_BYTES,
        b'{"a":' * (MAX_HEADER_BYTES // 5),
        b'{"magic": "wellbeing-desk-vault", "format": ' + b"7" * 5000 + b"}",
        b'{"magic": "wellbeing-desk-vault", "format": true}',
        b'{"magic": "wellbeing-desk-vault", "format": "1"}',
        b"\xff\xfe{}",
        b"",
        b"null",
        b"[]",
    ],
    ids=["brackets", "objects", "huge-format", "format-true", "format-text", "utf16", "empty",
         "null", "list"],
)  # fmt: skip
def test_parse_header_raises_only_damaged_vault_error(raw: bytes) -> None:
    with pytest.raises(DamagedVaultError):
        parse_header(raw)


def test_a_header_as_the_app_writes_it_still_parses(vault_dir: Path, fast_kdf: KdfParams) -> None:
    """The strict reader refuses nothing the app itself writes."""
    vault = Vault.create(vault_dir, PASSPHRASE, fast_kdf)
    written = vault.header
    vault.lock()
    primary, _copy = header_files(vault_dir)
    assert parse_header(primary.read_bytes()) == written
    assert parse_header(written.to_bytes()) == written


def test_without_the_bracket_count_deep_nesting_is_still_damage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second line of defence: the parser's RecursionError is caught as damage."""
    from wellbeing_desk.vault import header as header_module

    monkeypatch.setattr(header_module, "MAX_BRACKETS", MAX_HEADER_BYTES)
    for raw in (b"[" * MAX_HEADER_BYTES, b'{"a":' * (MAX_HEADER_BYTES // 5)):
        with pytest.raises(DamagedVaultError, match="not readable"):
            parse_header(raw)
