"""The sealed file format: round trips, and every kind of damage refused by name."""

import hashlib
import os
import struct
import tracemalloc

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desk.sync import sealing
from wellbeing_desk.sync.errors import (
    ChainBrokenError,
    FormatTooNewError,
    SyncError,
    TamperedFileError,
    TruncatedFileError,
)
from wellbeing_desk.sync.sealing import (
    HEADER_LENGTH,
    KIB,
    MAX_PAYLOAD,
    MIB,
    NO_PREVIOUS,
    TAG_LENGTH,
    FileKind,
    SealedHeader,
    bucket_size,
    file_hash,
    is_bucket,
    open_sealed,
    read_header,
    seal,
)

KEY = bytes(range(32))
SPACE = "0123456789abcdef0123456789abcdef"
DEVICE = "fedcba9876543210fedcba9876543210"
PREV = hashlib.sha256(b"the file before").digest()

# Byte offsets of the header fields (see the module's docstring).
FORMAT_FIELD = range(8, 10)
LENGTH_FIELD = range(132, 136)

ALL_BUCKETS = [KIB << n for n in range(11)] + [n * MIB for n in range(2, 66)]


def sealed(payload: bytes = b"a changeset", seq: int = 2, prev: bytes = PREV) -> bytes:
    return seal(KEY, FileKind.CHANGESET, SPACE, DEVICE, seq, prev, payload)


def opened(data: bytes, seq: int = 2, prev: bytes | None = PREV, **changes: object) -> bytes:
    expect: dict[str, object] = {
        "expect_kind": FileKind.CHANGESET,
        "expect_space": SPACE,
        "expect_device": DEVICE,
        "expect_seq": seq,
        "expect_prev": prev,
    }
    expect.update(changes)
    key = expect.pop("key", KEY)
    return open_sealed(key, data, **expect)


def flipped(data: bytes, bit: int) -> bytes:
    changed = bytearray(data)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


def raw_header(**fields: int | bytes) -> bytes:
    """A header packed by hand, so it can hold what ``SealedHeader`` would refuse."""
    values: dict[str, int | bytes] = {
        "magic": sealing.MAGIC,
        "format": 1,
        "kind": 1,
        "reserved": 0,
        "epoch": 0,
        "space": bytes.fromhex(SPACE),
        "device": bytes.fromhex(DEVICE),
        "seq": 2,
        "prev": PREV,
        "salt": bytes(32),
        "nonce": bytes(12),
        "length": KIB + TAG_LENGTH,
    }
    values.update(fields)
    packed = struct.pack(">8sHBBI16s16sQ32s32s12sI", *values.values())
    return packed.ljust(HEADER_LENGTH, b"\x00")


# Round trips and sizes


@settings(max_examples=200, deadline=None)
@given(
    payload=st.binary(max_size=5000),
    kind=st.sampled_from(FileKind),
    seq=st.integers(2, 2**64 - 1),
    epoch=st.integers(0, 2**32 - 1),
)
def test_any_payload_comes_back_unchanged(payload, kind, seq, epoch):
    data = seal(KEY, kind, SPACE, DEVICE, seq, PREV, payload, epoch)
    header = read_header(data)
    assert (header.kind, header.space, header.device, header.seq) == (kind, SPACE, DEVICE, seq)
    assert (header.epoch, header.prev, header.file_length) == (epoch, PREV, len(data))
    assert header.to_bytes() == data[:HEADER_LENGTH]  # one canonical spelling
    assert opened(data, seq=seq, expect_kind=kind) == payload


@pytest.mark.parametrize(
    "size",
    [0, 1, KIB - 4, KIB - 3, 2 * KIB - 4, 2 * KIB - 3, MIB - 4, MIB - 3, 2 * MIB - 4, 2 * MIB - 3],
)
def test_payloads_at_the_bucket_edges(size):
    payload = os.urandom(size)
    data = sealed(payload)
    assert opened(data) == payload
    assert len(data) == HEADER_LENGTH + bucket_size(4 + size) + TAG_LENGTH


@settings(max_examples=200, deadline=None)
@given(st.integers(0, MAX_PAYLOAD))
def test_the_target_learns_only_the_bucket(size):
    bucket = bucket_size(4 + size)
    assert bucket in ALL_BUCKETS
    assert bucket >= 4 + size
    smaller = [b for b in ALL_BUCKETS if b < bucket]
    assert not smaller or smaller[-1] < 4 + size  # the smallest that holds it


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=3 * KIB))
def test_a_sealed_file_only_ever_has_a_bucket_size(payload):
    assert len(sealed(payload)) - HEADER_LENGTH - TAG_LENGTH in ALL_BUCKETS


def test_the_buckets_are_exactly_the_planned_ones():
    assert [s for s in range(0, 66 * MIB + 1, KIB) if is_bucket(s)] == ALL_BUCKETS
    assert bucket_size(4 + MAX_PAYLOAD) == 65 * MIB


def test_the_same_payload_seals_differently_each_time():
    assert sealed() != sealed()
    assert read_header(sealed()).salt != read_header(sealed()).salt


def test_salt_and_nonce_can_be_injected():
    counter = iter(range(256))

    def fake(n: int) -> bytes:
        return bytes([next(counter)]) * n

    data = seal(KEY, FileKind.SNAPSHOT, SPACE, DEVICE, 1, NO_PREVIOUS, b"x", random_bytes=fake)
    header = read_header(data)
    assert (header.salt, header.nonce) == (bytes(32), b"\x01" * 12)


def test_the_file_hash_is_sha256_of_the_whole_file():
    data = sealed()
    assert file_hash(data) == hashlib.sha256(data).digest()


def test_a_payload_over_the_limit_is_refused_when_sealing():
    with pytest.raises(ValueError, match="at most"):
        sealed(bytes(MAX_PAYLOAD + 1))


@pytest.mark.parametrize(
    "change",
    [
        {"root_key": bytes(31)},
        {"space": SPACE.upper()},
        {"device": DEVICE[:-1]},
        {"seq": 0},
        {"seq": 2**64},
        {"prev": bytes(31)},
        {"seq": 1, "prev": PREV},  # the first file follows nothing
        {"epoch": -1},
        {"kind": 9},
    ],
)
def test_sealing_refuses_values_it_cannot_hold(change):
    args = {
        "root_key": KEY,
        "kind": FileKind.CHANGESET,
        "space": SPACE,
        "device": DEVICE,
        "seq": 2,
        "prev": PREV,
        "payload": b"x",
    } | change
    with pytest.raises(ValueError):
        seal(**args)


# Damage


def test_every_single_bit_flip_is_refused():
    # Every bit of the whole file, header and body, for a first file and a later one.
    for seq, prev in ((1, NO_PREVIOUS), (2, PREV)):
        data = sealed(b"payload", seq=seq, prev=prev)
        for bit in range(len(data) * 8):
            damaged = flipped(data, bit)
            expected: type[SyncError] = TamperedFileError
            if bit // 8 in FORMAT_FIELD and struct.unpack_from(">H", damaged, 8)[0] > 1:
                expected = FormatTooNewError  # a flipped format reads as a newer one
            with pytest.raises(expected):
                opened(damaged, seq=seq, prev=prev)


@settings(max_examples=100, deadline=None)
@given(payload=st.binary(max_size=2 * KIB), data=st.data())
def test_a_bit_flip_in_any_file_is_refused(payload, data):
    original = sealed(payload)
    bit = data.draw(st.integers(0, len(original) * 8 - 1))
    with pytest.raises((TamperedFileError, FormatTooNewError)):
        opened(flipped(original, bit))


def test_every_cut_is_truncated_even_inside_the_header():
    # On a synced folder a short file is a copy still arriving: the engine waits for it.
    data = sealed()
    for length in range(len(data)):
        with pytest.raises(TruncatedFileError):
            opened(data[:length])


def test_a_cut_header_with_the_wrong_start_is_tampered_not_waited_for():
    for garbage in (b"X", b"WBDSYNX", b"<html>"):
        with pytest.raises(TamperedFileError):
            opened(garbage)


def test_a_cut_header_of_a_newer_format_says_so():
    with pytest.raises(FormatTooNewError):
        opened(raw_header(format=2)[:20])


def test_extra_bytes_after_the_file_are_refused():
    with pytest.raises(TamperedFileError, match="longer"):
        opened(sealed() + b"\x00")


def test_a_wrong_key_is_refused_like_tampering():
    with pytest.raises(TamperedFileError):
        opened(sealed(), key=bytes(32))


@pytest.mark.parametrize(
    "change",
    [
        {"expect_space": DEVICE},
        {"expect_device": SPACE},
        {"seq": 3},
        {"expect_kind": FileKind.SNAPSHOT},
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(change):
    with pytest.raises(TamperedFileError, match="not what its name says"):
        opened(sealed(), **change)


@pytest.mark.parametrize(
    ("file_prev", "expect_prev", "seq", "said"),
    [
        (PREV, hashlib.sha256(b"another").digest(), 2, "does not follow"),
        (PREV, NO_PREVIOUS, 2, "never read here"),
        (NO_PREVIOUS, PREV, 1, "rolled back"),
    ],
)
def test_a_file_off_the_chain_is_a_broken_chain(file_prev, expect_prev, seq, said):
    data = sealed(seq=seq, prev=file_prev)
    with pytest.raises(ChainBrokenError, match=said):
        opened(data, seq=seq, prev=expect_prev)


def test_the_chain_is_not_checked_when_no_previous_file_is_expected():
    assert opened(sealed(), prev=None) == b"a changeset"


def test_a_newer_format_is_told_before_any_decryption(monkeypatch):
    def no_key(*_args: object) -> bytes:
        raise AssertionError("a key was derived")

    monkeypatch.setattr(sealing, "_file_key", no_key)
    newer = raw_header(format=2, reserved=7, kind=9, length=5) + b"whatever comes next"
    with pytest.raises(FormatTooNewError, match="format 2"):
        opened(newer)
    with pytest.raises(FormatTooNewError):
        read_header(newer)


@pytest.mark.parametrize(
    "fields",
    [
        {"magic": b"WBDSYNC\x01"},
        {"format": 0},
        {"kind": 0},
        {"kind": 5},
        {"reserved": 1},
        {"seq": 0},
        {"seq": 1},  # with a prev: a first file follows nothing
        {"length": KIB},  # no room for the tag
        {"length": 3 * KIB + TAG_LENGTH},  # not a bucket
        {"length": 66 * MIB + TAG_LENGTH},  # over the largest bucket
    ],
)
def test_a_header_not_as_written_is_refused(fields):
    with pytest.raises(TamperedFileError):
        read_header(raw_header(**fields))


def test_non_zero_header_padding_is_refused():
    header = bytearray(raw_header())
    header[-1] = 1
    with pytest.raises(TamperedFileError, match="zero"):
        read_header(bytes(header))


def test_a_huge_claimed_length_is_refused_without_allocating():
    tracemalloc.start()
    try:
        with pytest.raises(TamperedFileError):
            opened(raw_header(length=2**32 - 1))
        with pytest.raises(TruncatedFileError):  # the largest bucket, claimed by a tiny file
            opened(raw_header(length=65 * MIB + TAG_LENGTH))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 256 * KIB


def test_a_length_raised_to_another_bucket_reads_as_still_arriving():
    # The one flip the tag cannot see yet: the file waits, and is never applied.
    data = bytearray(sealed(os.urandom(MIB)))
    assert read_header(bytes(data)).length == 2 * MIB + TAG_LENGTH
    data[LENGTH_FIELD.start + 1] ^= 0x40  # 2 MiB -> 6 MiB
    with pytest.raises(TruncatedFileError):
        opened(bytes(data))


def test_read_header_needs_no_key_and_ignores_the_body():
    data = sealed()
    assert read_header(data[:HEADER_LENGTH]) == read_header(data)


def test_a_header_only_holds_what_it_can():
    good = read_header(sealed())
    with pytest.raises(ValueError):
        SealedHeader(**(good.__dict__ | {"salt": bytes(16)}))
    with pytest.raises(ValueError):
        SealedHeader(**(good.__dict__ | {"format": 2}))


@settings(max_examples=300, deadline=None)
@given(
    magic=st.sampled_from([sealing.MAGIC, b"WBDSYNC\x01"]),
    head=st.binary(min_size=HEADER_LENGTH - 10, max_size=HEADER_LENGTH - 10),
    body=st.binary(max_size=2 * KIB),
)
def test_hostile_bytes_raise_only_sync_errors(magic, head, body):
    data = magic + b"\x00\x01" + head + body
    for cut in (len(data), HEADER_LENGTH, 9):
        with pytest.raises(SyncError):
            opened(data[:cut])


@settings(max_examples=50, deadline=None)
@given(payload=st.binary(max_size=5 * KIB), data=st.data())
def test_any_cut_of_any_file_is_truncated(payload, data):
    original = sealed(payload)
    cut = data.draw(st.integers(0, len(original) - 1))
    with pytest.raises(TruncatedFileError):
        opened(original[:cut])


def sealed_plaintext(plaintext: bytes) -> bytes:
    """A file sealed with the right key around a plaintext ``seal`` would never make."""
    header = SealedHeader(
        kind=FileKind.CHANGESET,
        epoch=0,
        space=SPACE,
        device=DEVICE,
        seq=2,
        prev=PREV,
        salt=os.urandom(32),
        nonce=os.urandom(12),
        length=len(plaintext) + TAG_LENGTH,
    )
    head = header.to_bytes()
    aead = AESGCM(sealing._file_key(KEY, header.salt))
    return head + aead.encrypt(header.nonce, plaintext, head)


@pytest.mark.parametrize(
    "plaintext",
    [
        struct.pack(">I", 3) + b"abc" + b"\x01" + bytes(KIB - 8),  # non-zero padding
        struct.pack(">I", KIB) + bytes(KIB - 4),  # claims more than the bucket holds
        struct.pack(">I", 2**32 - 1) + bytes(KIB - 4),
        struct.pack(">I", 3) + b"abc" + bytes(2 * KIB - 7),  # a bigger bucket than needed
    ],
)
def test_a_plaintext_not_as_sealed_is_refused_even_under_the_key(plaintext):
    assert opened(sealed_plaintext(struct.pack(">I", 1) + b"x" + bytes(KIB - 5))) == b"x"
    with pytest.raises(TamperedFileError, match="padded"):
        opened(sealed_plaintext(plaintext))
