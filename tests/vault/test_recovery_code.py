"""The recovery code: a second key slot, opened by a code she wrote down.

The code opens the vault and sets a new passphrase with a re-key; a typo is
caught by the check symbol before any key is derived; a passphrase change
keeps the code working; removing (or replacing) it re-keys, so the old code
opens nothing written afterwards, not even with an old copy of the header.
"""

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.support.headers import edit_header
from tests.support.leakcheck import LeakScanner
from wellbeing_desk.vault import DamagedVaultError, KdfParams, Vault, WrongPassphraseError
from wellbeing_desk.vault import recovery_slot as slots
from wellbeing_desk.vault.crockford import ALPHABET, CHECK_ALPHABET
from wellbeing_desk.vault.header import SLOT_RECOVERY, parse_header, read_header
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.recovery_code import (
    RecoveryCodeTypoError,
    generate_recovery_code,
    parse_recovery_code,
)
from wellbeing_desk.vault.recovery_slot import KEK_SETTING, WrongRecoveryCodeError

CODE_SHAPE = re.compile(r"([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}[0-9A-HJKMNP-TV-Z*~$=U]")
NEW = "a different evening entirely"


def code_from(raw: bytes) -> str:
    return generate_recovery_code(random_bytes=lambda n: raw[:n])


SAMPLE_CODES = [
    code_from(bytes(17)),
    code_from(b"\xff" * 17),
    code_from(bytes.fromhex("03" + "a5" * 16)),
    code_from(bytes.fromhex("0123456789abcdef0123456789abcdef01")),
]


def _bodies(vault: Vault) -> list[str]:
    rows = vault.connection().execute("SELECT body FROM journal_entry ORDER BY seq").fetchall()
    return [str(row[0]) for row in rows]


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def with_code(vault_dir: Path, fast_kdf: KdfParams) -> str:
    """A vault holding one journal entry and a recovery code (returned)."""
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        vault.journal.add(EntryInput(occurred_at=datetime(2026, 12, 1, 9, 30), body="kept"))
        assert not vault.has_recovery_code
        code = vault.add_recovery_code(PASSPHRASE)
        assert vault.has_recovery_code
    return code


# -- the code as text ----------------------------------------------------------------------


def test_a_new_code_is_27_symbols_in_groups_of_four() -> None:
    code = generate_recovery_code()
    assert CODE_SHAPE.fullmatch(code), code
    assert code != generate_recovery_code()


@given(st.binary(min_size=17, max_size=17))
def test_parse_reads_back_the_130_bits_the_code_was_made_from(raw: bytes) -> None:
    assert parse_recovery_code(code_from(raw)) == bytes([raw[0] & 0x03]) + raw[1:]


@pytest.mark.parametrize("code", SAMPLE_CODES)
def test_every_single_symbol_typo_is_caught(code: str) -> None:
    symbols = list(code.replace("-", ""))
    for position, original in enumerate(symbols):
        is_check = position == len(symbols) - 1
        for replacement in CHECK_ALPHABET if is_check else ALPHABET:
            if replacement == original:
                continue
            typo = [*symbols[:position], replacement, *symbols[position + 1 :]]
            with pytest.raises(RecoveryCodeTypoError, match="typo"):
                parse_recovery_code("".join(typo))


def test_reading_forgives_case_spacing_and_look_alike_letters() -> None:
    code = SAMPLE_CODES[3]
    plain = code.replace("-", "")
    assert "0" in plain and "1" in plain
    expected = parse_recovery_code(code)
    for variant in (
        code.lower(),
        plain,
        " ".join(plain[i : i + 4] for i in range(0, len(plain), 4)),
        f"  {code}\n",
        code.replace("0", "O").replace("1", "I"),
        code.replace("0", "o").replace("1", "l"),
        code.replace("1", "L"),
    ):
        assert parse_recovery_code(variant) == expected, variant


def test_a_missing_symbol_an_unknown_one_and_a_pairing_code_are_refused() -> None:
    code = SAMPLE_CODES[2].replace("-", "")
    with pytest.raises(RecoveryCodeTypoError, match="27 symbols; this one has 26"):
        parse_recovery_code(code[:-1])
    with pytest.raises(RecoveryCodeTypoError, match="'#' does not appear"):
        parse_recovery_code("#" + code[1:])
    with pytest.raises(RecoveryCodeTypoError, match="this one has 29"):  # a pairing code
        parse_recovery_code("ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-0")


# -- the vault -----------------------------------------------------------------------------


def test_the_code_opens_the_vault_and_re_keys_under_a_new_passphrase(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams
) -> None:
    old_key = read_header(vault_dir / "vault.header").unwrap(PASSPHRASE)
    with Vault.recover(vault_dir, with_code.lower(), NEW, fast_kdf) as vault:
        assert _bodies(vault) == ["kept"]
        assert vault.has_recovery_code
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, NEW) as vault:
        assert _bodies(vault) == ["kept"]
    assert read_header(vault_dir / "vault.header").unwrap(NEW) != old_key  # a new data key
    # The same code keeps working after it was used.
    with Vault.recover(vault_dir, with_code, PASSPHRASE, fast_kdf) as vault:
        assert _bodies(vault) == ["kept"]


def test_a_typo_is_caught_before_any_key_is_derived(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_derivation(*_args: object) -> bytes:
        raise AssertionError("a key was derived from a code with a typo")

    monkeypatch.setattr(slots, "derive_recovery_kek", no_derivation)
    symbols = with_code.replace("-", "")
    typo = ("1" if symbols[5] != "1" else "2").join((symbols[:5], symbols[6:]))
    before = _digests(vault_dir)
    with pytest.raises(RecoveryCodeTypoError):
        Vault.recover(vault_dir, typo, NEW, fast_kdf)
    assert _digests(vault_dir) == before


def test_a_wrong_code_is_a_wrong_passphrase_and_changes_nothing(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams
) -> None:
    before = _digests(vault_dir)
    other = generate_recovery_code()
    with pytest.raises(WrongRecoveryCodeError, match="does not open this vault") as raised:
        Vault.recover(vault_dir, other, NEW, fast_kdf)
    assert isinstance(raised.value, WrongPassphraseError)
    assert _digests(vault_dir) == before
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert _bodies(vault) == ["kept"]


def test_the_code_survives_passphrase_changes(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams
) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, NEW, fast_kdf)
        assert vault.has_recovery_code
        vault.change_passphrase(NEW, "and yet another one", fast_kdf)
    assert read_header(vault_dir / "vault.header").recovery_slot is not None
    with Vault.recover(vault_dir, with_code, PASSPHRASE, fast_kdf) as vault:
        assert _bodies(vault) == ["kept"]


def test_removing_the_code_re_keys_so_it_opens_nothing_even_with_an_old_header(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams
) -> None:
    header_with_code = (vault_dir / "vault.header").read_bytes()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.remove_recovery_code(PASSPHRASE)
        assert not vault.has_recovery_code
        assert vault.settings.get(KEK_SETTING) is None
    with pytest.raises(WrongRecoveryCodeError, match="no recovery code"):
        Vault.recover(vault_dir, with_code, NEW, fast_kdf)
    with Vault.open(vault_dir, PASSPHRASE) as vault:  # her passphrase still opens it
        assert _bodies(vault) == ["kept"]
    # An old copy of the header still unwraps the old key, which opens nothing now.
    for name in ("vault.header", "vault.header.copy"):
        (vault_dir / name).write_bytes(header_with_code)
    with pytest.raises(DamagedVaultError):
        Vault.recover(vault_dir, with_code, NEW, fast_kdf)


def test_a_new_code_replaces_the_old_one(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams
) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        new_code = vault.add_recovery_code(PASSPHRASE)
    assert new_code != with_code
    assert len(read_header(vault_dir / "vault.header").slots) == 2
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(vault_dir, with_code, NEW, fast_kdf)
    with Vault.recover(vault_dir, new_code, NEW, fast_kdf) as vault:
        assert _bodies(vault) == ["kept"]


def test_adding_or_removing_needs_the_passphrase(vault_dir: Path, with_code: str) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphraseError):
            vault.add_recovery_code("not the passphrase")
        with pytest.raises(WrongPassphraseError):
            vault.remove_recovery_code("not the passphrase")
        assert vault.has_recovery_code


def test_a_stored_key_that_does_not_open_the_slot_is_never_sealed_again(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams
) -> None:
    # As after a stop between storing a new key and writing its slot.
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.settings.set(KEK_SETTING, "QUFB" * 10 + "QUE=")  # 32 bytes, not the key
        vault.change_passphrase(PASSPHRASE, NEW, fast_kdf)
        assert not vault.has_recovery_code
    with pytest.raises(WrongRecoveryCodeError, match="no recovery code"):
        Vault.recover(vault_dir, with_code, PASSPHRASE, fast_kdf)


def test_the_header_holds_at_most_one_recovery_slot(vault_dir: Path, with_code: str) -> None:
    raw = (vault_dir / "vault.header").read_bytes()
    header = parse_header(raw)
    assert [slot.kind for slot in header.slots] == ["passphrase", SLOT_RECOVERY]
    assert parse_header(header.to_bytes()) == header

    def two_recovery_slots(document: dict[str, Any]) -> None:
        document["slots"].append(dict(document["slots"][1]))

    edit_header(vault_dir, two_recovery_slots)
    with pytest.raises(DamagedVaultError, match="more than one recovery slot"):
        Vault.open(vault_dir, PASSPHRASE)
    slots_now = json.loads((vault_dir / "vault.header").read_text())["slots"]
    assert [slot["kind"] for slot in slots_now] == ["passphrase", SLOT_RECOVERY, SLOT_RECOVERY]


def test_an_edited_recovery_slot_opens_nothing(
    vault_dir: Path, with_code: str, fast_kdf: KdfParams
) -> None:
    def cheaper(document: dict[str, Any]) -> None:
        document["slots"][1]["kdf"]["iterations"] = 2

    edit_header(vault_dir, cheaper)  # the checksum recomputed, as an attacker would
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(vault_dir, with_code, NEW, fast_kdf)


def test_the_code_never_reaches_the_disk(tmp_path: Path, fast_kdf: KdfParams) -> None:
    vault_dir = tmp_path / "vault"
    # /tmp is left out (other programs' files, slow to walk); /var/tmp and /dev/shm are searched.
    scanner = LeakScanner(roots=[tmp_path], system_temp_dirs=(Path("/var/tmp"), Path("/dev/shm")))
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        code = vault.add_recovery_code(PASSPHRASE)
        vault.change_passphrase(PASSPHRASE, NEW, fast_kdf)
    Vault.recover(vault_dir, code, PASSPHRASE, fast_kdf).lock()
    for canary in (code, code.replace("-", "")):
        assert scanner.findings(canary) == []
