"""Issue 11.7: bit rot in the header is damage, not a forgotten passphrase; a copy stands in.

Header format 2 carries ``header_sha256``, an unkeyed SHA-256 of the
canonical JSON of every other field (as KeePass KDBX 4 keeps a header hash),
checked before any key is derived. ``vault.header.copy`` holds the same bytes;
it is written after the header by the one function that writes headers, and
opens the vault when the header is missing or damaged.
"""

import errno
import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.support.headers import (
    CHECKSUM_FIELD,
    canonical_checksum,
    digests,
    edit_header,
    header_files,
    write_both,
)
from wellbeing_desk.vault import (
    DamagedVaultError,
    KdfParams,
    Vault,
    VaultExistsError,
    VaultTooNewError,
    WrongPassphraseError,
)
from wellbeing_desk.vault import header as header_module
from wellbeing_desk.vault.header import parse_header, write_vault_header
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.vault import describe, inspect_vault

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase"
NEW = "a new passphrase for the copy tests"


def _make(vault_dir: Path, kdf: KdfParams) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf) as vault:
        vault.settings.set("kept", "safe and sound")


def _document(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _flip_one_character(text: str) -> str:
    """A different character of the same kind: still valid JSON, still the right length."""
    first = text[0]
    if first.isdigit():
        replacement = "2" if first == "1" else "1"
    else:
        replacement = "B" if first == "A" else "A"
    return replacement + text[1:]


def _rot(document: dict[str, Any], field: str) -> None:
    slot = document["slots"][0]
    if field in ("salt", "nonce", "wrapped_key"):
        slot[field] = _flip_one_character(slot[field])
    elif field == "iterations":
        slot["kdf"]["iterations"] += 1
    else:
        document[field] = _flip_one_character(document[field])


def _damage(path: Path, how: str) -> None:
    if how == "missing":
        path.unlink()
    elif how == "garbage":
        path.write_bytes(b"this is not a header")
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[:100])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "bit-rot":
        document = _document(path)
        _rot(document, "wrapped_key")
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    else:
        raise AssertionError(how)


# --- the checksum ---------------------------------------------------------------------


def test_a_new_header_carries_the_checksum_of_its_canonical_body(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    _make(vault_dir, fast_kdf)
    primary, copy = header_files(vault_dir)
    document = _document(primary)
    assert document["format"] == 2
    assert document[CHECKSUM_FIELD] == canonical_checksum(document)
    assert copy.read_bytes() == primary.read_bytes()
    assert describe(vault_dir).header_format == 2


@pytest.mark.parametrize(
    "field", ["wrapped_key", "salt", "nonce", "iterations", "vault_id", "created"]
)
def test_bit_rot_is_a_damaged_header_not_a_wrong_passphrase(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    _make(vault_dir, fast_kdf)
    edit_header(vault_dir, lambda d: _rot(d, field), recompute=False)  # in both files
    before = digests(vault_dir)
    derived: list[object] = []
    monkeypatch.setattr(header_module, "derive_key", lambda *args: derived.append(args))
    for attempt in (
        lambda: Vault.open(vault_dir, PASSPHRASE),
        lambda: inspect_vault(vault_dir, PASSPHRASE),
        lambda: describe(vault_dir),
    ):
        with pytest.raises(DamagedVaultError) as caught:
            attempt()
        message = str(caught.value)
        assert "header is damaged" in message and "checksum" in message, message
        assert "not a wrong passphrase" in message, message
    assert derived == []  # checked before any key is derived
    assert digests(vault_dir) == before


def test_a_recomputed_checksum_does_not_get_past_the_seal(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    """The checksum finds accidents; the AEAD seal still stops a deliberate edit."""
    _make(vault_dir, fast_kdf)
    edit_header(vault_dir, lambda d: _rot(d, "wrapped_key"))  # checksum recomputed
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_reformatted_header_still_opens(vault_dir: Path, fast_kdf: KdfParams) -> None:
    """The checksum covers the canonical form, not the bytes: re-serialising is harmless."""
    _make(vault_dir, fast_kdf)
    primary, _copy = header_files(vault_dir)
    document = _document(primary)
    reordered = dict(reversed(list(document.items())))
    text = json.dumps(reordered, indent=4, ensure_ascii=True)
    text = text.replace('"passphrase"', '"\\u0070assphrase"')  # another spelling of the same
    write_both(vault_dir, text.encode("utf-8"))
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.settings.get("kept") == "safe and sound"


def test_format_2_needs_a_valid_checksum_and_format_1_has_none(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    _make(vault_dir, fast_kdf)
    primary, _copy = header_files(vault_dir)
    document = _document(primary)
    for broken in (
        {k: v for k, v in document.items() if k != CHECKSUM_FIELD},
        {**document, CHECKSUM_FIELD: document[CHECKSUM_FIELD].upper()},
        {**document, CHECKSUM_FIELD: 12345},
        {**document, "format": 1},  # a format-1 header has no checksum field
    ):
        with pytest.raises(DamagedVaultError):
            parse_header(json.dumps(broken).encode("utf-8"))


# --- the copy ---------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["missing", "garbage", "truncated", "empty", "bit-rot"])
def test_a_damaged_header_opens_from_its_copy_and_is_restored(
    vault_dir: Path, fast_kdf: KdfParams, how: str
) -> None:
    _make(vault_dir, fast_kdf)
    primary, copy = header_files(vault_dir)
    sound = copy.read_bytes()
    _damage(primary, how)
    before = digests(vault_dir)
    # Before the passphrase is proven, and without the writer lock, nothing is written.
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, "not her passphrase")
    assert describe(vault_dir).vault_id == parse_header(sound).vault_id
    assert inspect_vault(vault_dir, PASSPHRASE).record_counts is not None
    with Vault.open_for_reading(vault_dir, PASSPHRASE) as reader:
        assert reader.settings.get("kept") == "safe and sound"
    assert digests(vault_dir) == before
    # Unlocked with the writer lock: the header is put back from the copy.
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.settings.get("kept") == "safe and sound"
    assert primary.read_bytes() == sound
    assert copy.read_bytes() == sound


@pytest.mark.parametrize(
    ("primary_damage", "copy_damage"),
    [("garbage", "garbage"), ("bit-rot", "missing"), ("missing", "truncated"),
     ("truncated", "bit-rot"), ("bit-rot", "bit-rot")],
)  # fmt: skip
def test_a_damaged_header_without_a_sound_copy_is_damage(
    vault_dir: Path, fast_kdf: KdfParams, primary_damage: str, copy_damage: str
) -> None:
    _make(vault_dir, fast_kdf)
    primary, copy = header_files(vault_dir)
    _damage(primary, primary_damage)
    _damage(copy, copy_damage)
    before = digests(vault_dir)
    with pytest.raises(DamagedVaultError) as caught:
        Vault.open(vault_dir, PASSPHRASE)
    assert "\n" not in str(caught.value)
    with pytest.raises(DamagedVaultError):
        describe(vault_dir)
    assert digests(vault_dir) == before


def test_two_sound_headers_that_differ_the_header_wins_and_the_copy_follows(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    """As after a crash between the two writes: the header is the truth."""
    _make(vault_dir, fast_kdf)
    primary, copy = header_files(vault_dir)
    old = primary.read_bytes()
    current = parse_header(old)
    key = current.unwrap(PASSPHRASE)
    primary.write_bytes(current.with_passphrase(key, NEW, fast_kdf).to_bytes())
    new = primary.read_bytes()
    assert copy.read_bytes() == old
    with pytest.raises(WrongPassphraseError):  # the copy's passphrase is not tried
        Vault.open(vault_dir, PASSPHRASE)
    assert copy.read_bytes() == old  # a wrong passphrase changes nothing
    with Vault.open(vault_dir, NEW) as vault:
        assert vault.settings.get("kept") == "safe and sound"
    assert (primary.read_bytes(), copy.read_bytes()) == (new, new)


def test_a_header_from_a_newer_version_is_not_replaced_by_its_copy(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    _make(vault_dir, fast_kdf)
    edit_header(vault_dir, lambda d: d.update(format=99), copy_too=False)
    before = digests(vault_dir)
    with pytest.raises(VaultTooNewError):
        Vault.open(vault_dir, PASSPHRASE)
    with pytest.raises(VaultTooNewError):
        describe(vault_dir)
    assert digests(vault_dir) == before


def test_the_copy_is_written_after_the_header_and_never_left_older(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between the two writes: the new header, and no copy of the old one."""
    _make(vault_dir, fast_kdf)
    layout = VaultLayout(vault_dir)
    current = parse_header(layout.header.read_bytes())
    updated = current.with_passphrase(current.unwrap(PASSPHRASE), NEW, fast_kdf)

    class Killed(BaseException):
        pass

    real_write = header_module.atomic_write
    order: list[str] = []

    def write_then_die_before_the_copy(path: Path, data: bytes) -> bool:
        order.append(path.name)
        if path == layout.header_copy:
            raise Killed
        return real_write(path, data)

    monkeypatch.setattr(header_module, "atomic_write", write_then_die_before_the_copy)
    with pytest.raises(Killed):
        write_vault_header(layout, updated)
    monkeypatch.undo()
    assert order == ["vault.header", "vault.header.copy"]
    assert layout.header.read_bytes() == updated.to_bytes()
    assert not layout.header_copy.exists()  # an older copy would open with the old passphrase
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, PASSPHRASE)
    Vault.open(vault_dir, NEW).lock()
    assert layout.header_copy.read_bytes() == layout.header.read_bytes()


def test_a_copy_that_cannot_be_written_is_a_warning_not_a_failure(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make(vault_dir, fast_kdf)
    layout = VaultLayout(vault_dir)
    current = parse_header(layout.header.read_bytes())
    updated = current.with_passphrase(current.unwrap(PASSPHRASE), NEW, fast_kdf)
    real_write = header_module.atomic_write

    def full_for_the_copy(path: Path, data: bytes) -> bool:
        if path == layout.header_copy:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(path, data)

    monkeypatch.setattr(header_module, "atomic_write", full_for_the_copy)
    assert write_vault_header(layout, updated) is False  # done, said as a warning
    assert layout.header.read_bytes() == updated.to_bytes()
    assert not layout.header_copy.exists()


def test_a_legacy_header_without_checksum_opens_and_gains_a_copy(tmp_path: Path) -> None:
    """Format 1 (no checksum) still opens; it is not rewritten on open, only copied."""
    vault_dir = tmp_path / "legacy"
    shutil.copytree(FIXTURES / "vault-schema-6", vault_dir)
    primary, copy = header_files(vault_dir)
    legacy = primary.read_bytes()
    assert _document(primary)["format"] == 1 and CHECKSUM_FIELD not in _document(primary)
    assert describe(vault_dir).header_format == 1
    assert not copy.exists()
    Vault.open(vault_dir, FIXTURE_PASSPHRASE).lock()
    assert primary.read_bytes() == legacy
    assert copy.read_bytes() == legacy
    # The next header write upgrades it: a new seal under format 2, with the checksum.
    header = parse_header(legacy)
    upgraded = header.with_passphrase(
        header.unwrap(FIXTURE_PASSPHRASE), NEW, header.passphrase_slot.kdf
    )
    assert upgraded.format == 2
    document = json.loads(upgraded.to_bytes())
    assert document[CHECKSUM_FIELD] == canonical_checksum(document)
    assert parse_header(upgraded.to_bytes()) == upgraded
    assert len(upgraded.unwrap(NEW)) == 32


def test_the_copy_is_private_and_its_temp_files_are_tidied(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    _make(vault_dir, fast_kdf)
    layout = VaultLayout(vault_dir)
    layout.header_copy.chmod(0o644)
    leftover = vault_dir / ".vault.header.copy.abc123.tmp"
    leftover.write_bytes(b"half a copy")
    assert leftover in layout.header_temp_files()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, "not her passphrase")
    assert leftover.exists()
    Vault.open(vault_dir, PASSPHRASE).lock()
    assert stat.S_IMODE(layout.header_copy.stat().st_mode) == 0o600
    assert not leftover.exists()


def test_the_layout_counts_the_copy_as_the_vault(vault_dir: Path, fast_kdf: KdfParams) -> None:
    _make(vault_dir, fast_kdf)
    layout = VaultLayout(vault_dir)
    layout.header.unlink()
    assert layout.exists()
    # With a create marker beside it, this is still her vault, not an unfinished create.
    layout.creating_marker.write_bytes(b"")
    assert not layout.interrupted_create()
    with pytest.raises(VaultExistsError):
        Vault.create(vault_dir, PASSPHRASE, fast_kdf)
    assert layout.header_copy.is_file() and layout.database.is_file()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.settings.get("kept") == "safe and sound"
    assert layout.header.read_bytes() == layout.header_copy.read_bytes()
    # A folder holding only a copy is not empty.
    only_copy = vault_dir.parent / "only-copy"
    only_copy.mkdir()
    shutil.copy(layout.header_copy, only_copy / "vault.header.copy")
    assert not VaultLayout(only_copy).is_empty_or_missing()
    assert os.listdir(only_copy) == ["vault.header.copy"]
