"""Pairing codes catch typos; the wrapped sync key opens only with the right code."""

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_desk.sync import pairing
from wellbeing_desk.sync.errors import (
    FormatTooNewError,
    PairingCodeError,
    TamperedFileError,
    TruncatedFileError,
    WrongPairingCodeError,
)
from wellbeing_desk.sync.pairing import (
    ALPHABET,
    CHECK_ALPHABET,
    HEADER_BYTES,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    WRAPPED_KEY_BYTES,
    PairingKdfParams,
    generate_pairing_code,
    parse_pairing_code,
    unwrap_sync_key,
    wrap_sync_key,
)

CODE_SHAPE = re.compile(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z*~$=U]")
SPACE = bytes.fromhex("0123456789abcdef0123456789abcdef")
OTHER_SPACE = bytes.fromhex("fedcba9876543210fedcba9876543210")
ROOT_KEY = bytes(range(32))
FAST = PairingKdfParams.fast_for_tests()


def code_from(raw: bytes) -> str:
    return generate_pairing_code(random_bytes=lambda n: raw[:n])


# Codes for the exhaustive typo tests: the extremes and a few ordinary ones.
SAMPLE_CODES = [
    code_from(bytes(18)),
    code_from(b"\xff" * 18),
    code_from(bytes.fromhex("0f" + "a5" * 17)),
    code_from(bytes.fromhex("00123456789abcdef0123456789abcdef012")),
    code_from(bytes.fromhex("0c" + "3e" * 17)),
]


def symbols_of(code: str) -> list[str]:
    return list(code.replace("-", ""))


def test_a_new_code_is_29_symbols_in_groups_of_four() -> None:
    code = generate_pairing_code()
    assert CODE_SHAPE.fullmatch(code), code
    assert code != generate_pairing_code()


@given(st.binary(min_size=18, max_size=18))
def test_parse_reads_back_the_140_bits_the_code_was_made_from(raw: bytes) -> None:
    parsed = parse_pairing_code(code_from(raw))
    assert len(parsed) == 18
    assert parsed[0] < 16  # the top 4 of 144 bits are zero
    assert parsed == bytes([raw[0] & 0x0F]) + raw[1:]


def test_a_code_round_trips_through_os_random_bits() -> None:
    for _ in range(20):
        code = generate_pairing_code()
        assert code_from(parse_pairing_code(code)) == code


@pytest.mark.parametrize("code", SAMPLE_CODES)
def test_every_single_symbol_typo_is_caught(code: str) -> None:
    symbols = symbols_of(code)
    for position, original in enumerate(symbols):
        is_check = position == len(symbols) - 1
        for replacement in CHECK_ALPHABET if is_check else ALPHABET:
            if replacement == original:
                continue
            typo = [*symbols[:position], replacement, *symbols[position + 1 :]]
            with pytest.raises(PairingCodeError):
                parse_pairing_code("".join(typo))


@pytest.mark.parametrize("code", SAMPLE_CODES)
def test_every_swap_of_two_adjacent_symbols_is_caught(code: str) -> None:
    symbols = symbols_of(code)
    for position in range(len(symbols) - 1):  # the check symbol included
        if symbols[position] == symbols[position + 1]:
            continue
        swapped = list(symbols)
        swapped[position], swapped[position + 1] = swapped[position + 1], swapped[position]
        with pytest.raises(PairingCodeError, match="typo"):
            parse_pairing_code("".join(swapped))


@given(st.binary(min_size=18, max_size=18), st.integers(min_value=0, max_value=27))
def test_a_swap_of_adjacent_symbols_is_caught_in_any_code(raw: bytes, position: int) -> None:
    symbols = symbols_of(code_from(raw))
    if symbols[position] != symbols[position + 1]:
        symbols[position : position + 2] = symbols[position + 1], symbols[position]
        with pytest.raises(PairingCodeError):
            parse_pairing_code("".join(symbols))


def test_reading_is_forgiving_about_case_spacing_and_look_alike_letters() -> None:
    code = code_from(bytes.fromhex("00123456789abcdef0123456789abcdef012"))
    expected = parse_pairing_code(code)
    plain = code.replace("-", "")
    variants = [
        code.lower(),
        plain,
        " ".join(plain[i : i + 4] for i in range(0, len(plain), 4)),
        f"  {code}\n",
        "-".join(plain),
        code.replace("-", " – "),
        code.replace("1", "i").replace("0", "O"),
        code.replace("1", "L").replace("0", "o"),
        code.replace("1", "l"),
    ]
    for variant in variants:
        assert parse_pairing_code(variant) == expected, variant


def test_a_check_symbol_u_is_read_in_either_case() -> None:
    for seed in range(400):
        code = code_from(seed.to_bytes(18, "big"))
        if code.endswith("U"):
            assert parse_pairing_code(code[:-1] + "u") == parse_pairing_code(code)
            return
    pytest.fail("no sample code ends in U")


@pytest.mark.parametrize("cut", [1, 5, 28])
def test_a_missing_symbol_is_a_length_error(cut: int) -> None:
    code = SAMPLE_CODES[2].replace("-", "")
    with pytest.raises(PairingCodeError, match="has 29 symbols; this one has 28"):
        parse_pairing_code(code[:cut] + code[cut + 1 :])


def test_an_extra_symbol_is_a_length_error() -> None:
    with pytest.raises(PairingCodeError, match="this one has 30"):
        parse_pairing_code(SAMPLE_CODES[2] + "7")


def test_an_empty_or_enormous_code_is_a_length_error() -> None:
    with pytest.raises(PairingCodeError, match="this one has 0"):
        parse_pairing_code(" - ")
    with pytest.raises(PairingCodeError, match="29 symbols"):
        parse_pairing_code("A" * 1_000_000)


def test_a_bad_check_symbol_is_reported_as_a_typo_not_a_length_error() -> None:
    code = SAMPLE_CODES[3]
    wrong_check = next(c for c in CHECK_ALPHABET if c != code[-1])
    with pytest.raises(PairingCodeError, match="typo") as caught:
        parse_pairing_code(code[:-1] + wrong_check)
    assert "symbols;" not in str(caught.value)


@pytest.mark.parametrize("intruder", ["U", "u", "*", "#", "é", "٣"])
def test_a_character_foreign_to_codes_is_named(intruder: str) -> None:
    code = SAMPLE_CODES[3]
    with pytest.raises(PairingCodeError, match="does not appear in pairing codes"):
        parse_pairing_code(intruder + code[1:])


@given(st.text(max_size=300))
def test_hostile_text_raises_pairing_code_error_only(text: str) -> None:
    try:
        parsed = parse_pairing_code(text)
    except PairingCodeError:
        return
    assert len(parsed) == 18


@given(st.lists(st.sampled_from(CHECK_ALPHABET + "iloILO- "), max_size=40))
def test_near_codes_raise_pairing_code_error_only(symbols: list[str]) -> None:
    try:
        parsed = parse_pairing_code("".join(symbols))
    except PairingCodeError:
        return
    assert parsed[0] < 16


# --- the wrapped sync key ---------------------------------------------------------------


@pytest.fixture
def code() -> str:
    return SAMPLE_CODES[3]


@pytest.fixture
def wrapped(code: str) -> bytes:
    return wrap_sync_key(ROOT_KEY, code, SPACE, FAST)


@pytest.fixture
def no_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything is derived: refusals must come first."""

    def refuse(**_kwargs: Any) -> None:
        pytest.fail("Argon2id ran before the file was refused")

    monkeypatch.setattr(pairing, "Argon2id", refuse)


def test_a_wrapped_key_opens_with_its_code(code: str, wrapped: bytes) -> None:
    assert len(wrapped) == WRAPPED_KEY_BYTES == 120
    assert unwrap_sync_key(wrapped, code, SPACE) == ROOT_KEY


def test_the_code_opens_it_however_it_is_typed(code: str, wrapped: bytes) -> None:
    assert unwrap_sync_key(wrapped, code.lower().replace("-", " "), SPACE) == ROOT_KEY


def test_the_header_shares_the_sealed_header_prefix(wrapped: bytes) -> None:
    assert wrapped[:8] == b"WBDSYNC\x00"
    assert wrapped[8:10] == b"\x00\x01"  # format 1
    assert wrapped[10] == 3  # kind: wrapped key
    assert wrapped[11:16] == bytes(5)  # reserved, epoch 0
    assert wrapped[16:32] == SPACE
    assert ROOT_KEY not in wrapped


def test_each_wrapping_uses_a_fresh_salt_and_nonce(code: str, wrapped: bytes) -> None:
    again = wrap_sync_key(ROOT_KEY, code, SPACE, FAST)
    assert again[:32] == wrapped[:32]
    assert again[44:72] != wrapped[44:72]
    assert again[HEADER_BYTES:] != wrapped[HEADER_BYTES:]


def test_a_wrong_code_is_refused_plainly(wrapped: bytes) -> None:
    other = SAMPLE_CODES[2]
    with pytest.raises(WrongPairingCodeError, match="does not open the sync key"):
        unwrap_sync_key(wrapped, other, SPACE)


def test_a_typo_in_the_code_is_caught_before_any_derivation(
    code: str, wrapped: bytes, no_kdf: None
) -> None:
    with pytest.raises(PairingCodeError):
        unwrap_sync_key(wrapped, code[:-1] + ("0" if code[-1] != "0" else "1"), SPACE)


@pytest.mark.parametrize("position", [44, 59, 60, 71, 72, 100, 119])
def test_a_changed_salt_nonce_or_ciphertext_is_refused(
    code: str, wrapped: bytes, position: int
) -> None:
    tampered = bytearray(wrapped)
    tampered[position] ^= 0x01
    with pytest.raises(WrongPairingCodeError):
        unwrap_sync_key(bytes(tampered), code, SPACE)


@pytest.mark.parametrize(
    ("position", "value"),
    [(0, ord("X")), (7, 1), (9, 0), (10, 1), (10, 2), (11, 1), (15, 1), (16, 0xFF)],
)
def test_a_changed_header_is_refused_before_any_derivation(
    code: str, wrapped: bytes, no_kdf: None, position: int, value: int
) -> None:
    tampered = bytearray(wrapped)
    tampered[position] = value
    with pytest.raises(TamperedFileError):
        unwrap_sync_key(bytes(tampered), code, SPACE)


def test_a_key_file_of_another_space_is_refused(code: str, wrapped: bytes, no_kdf: None) -> None:
    with pytest.raises(TamperedFileError, match="another sync space"):
        unwrap_sync_key(wrapped, code, OTHER_SPACE)


def test_a_newer_format_is_named(code: str, wrapped: bytes, no_kdf: None) -> None:
    newer = wrapped[:8] + b"\x00\x02" + wrapped[10:]
    with pytest.raises(FormatTooNewError):
        unwrap_sync_key(newer, code, SPACE)
    with pytest.raises(FormatTooNewError):
        unwrap_sync_key(newer[:10], code, SPACE)


@pytest.mark.parametrize("length", [0, 3, 8, 10, 71, 72, 119])
def test_a_file_still_arriving_is_truncated(
    code: str, wrapped: bytes, no_kdf: None, length: int
) -> None:
    with pytest.raises(TruncatedFileError):
        unwrap_sync_key(wrapped[:length], code, SPACE)


def test_a_file_of_something_else_is_refused(code: str, no_kdf: None) -> None:
    for data in (b"hello", b"<?xml version='1.0'?>" + bytes(200), bytes(120)):
        with pytest.raises(TamperedFileError):
            unwrap_sync_key(data, code, SPACE)


def test_a_longer_file_is_refused(code: str, wrapped: bytes, no_kdf: None) -> None:
    with pytest.raises(TamperedFileError):
        unwrap_sync_key(wrapped + b"\x00", code, SPACE)


def with_params(wrapped: bytes, memory: int, iterations: int, lanes: int) -> bytes:
    params = memory.to_bytes(4, "big") + iterations.to_bytes(4, "big") + lanes.to_bytes(4, "big")
    return wrapped[:32] + params + wrapped[44:]


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [
        (MAX_MEMORY_KIB + 1, 1, 1),
        (100 * 1024 * 1024, 1, 1),  # 100 GiB
        (2**32 - 1, 2**32 - 1, 2**32 - 1),
        (8 * 1024, MAX_ITERATIONS + 1, 1),
        (8 * 1024, 0, 1),
        (8 * 1024, 1, MAX_LANES + 1),
        (8 * 1024, 1, 0),
        (0, 1, 1),
        (63, 1, 8),  # Argon2 needs 8 KiB per lane
    ],
)
def test_hostile_parameters_are_refused_before_any_derivation(
    code: str, wrapped: bytes, no_kdf: None, memory: int, iterations: int, lanes: int
) -> None:
    with pytest.raises(TamperedFileError, match="parameters are refused"):
        unwrap_sync_key(with_params(wrapped, memory, iterations, lanes), code, SPACE)


def test_parameters_at_the_ceilings_are_accepted(
    code: str, wrapped: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[dict[str, Any]] = []

    class RecordingArgon2id:
        def __init__(self, **kwargs: Any) -> None:
            asked.append(kwargs)

        def derive(self, secret: bytes) -> bytes:
            return bytes(32)

    monkeypatch.setattr(pairing, "Argon2id", RecordingArgon2id)
    hostile_but_bounded = with_params(wrapped, MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES)
    with pytest.raises(WrongPairingCodeError):
        unwrap_sync_key(hostile_but_bounded, code, SPACE)
    assert asked[0]["memory_cost"] == 1024 * 1024  # 1 GiB
    assert (asked[0]["iterations"], asked[0]["lanes"]) == (20, 8)


def test_parameters_changed_within_bounds_do_not_open_the_key(code: str, wrapped: bytes) -> None:
    with pytest.raises(WrongPairingCodeError):
        unwrap_sync_key(with_params(wrapped, 8 * 1024, 2, 1), code, SPACE)


def test_the_default_parameters_follow_rfc_9106() -> None:
    assert PairingKdfParams() == PairingKdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
    assert PairingKdfParams().problem() is None


@pytest.mark.parametrize(
    ("root_key", "space", "params"),
    [
        (bytes(31), SPACE, FAST),
        (ROOT_KEY, bytes(15), FAST),
        (ROOT_KEY, SPACE, PairingKdfParams(memory_kib=2 * MAX_MEMORY_KIB)),
        (ROOT_KEY, SPACE, PairingKdfParams(iterations=0)),
    ],
)
def test_wrapping_refuses_bad_arguments(
    code: str, root_key: bytes, space: bytes, params: PairingKdfParams
) -> None:
    with pytest.raises(ValueError):
        wrap_sync_key(root_key, code, space, params)


def test_wrapping_refuses_a_mistyped_code() -> None:
    with pytest.raises(PairingCodeError):
        wrap_sync_key(ROOT_KEY, "ABCD", SPACE, FAST)
