"""Setting up a sync space and joining it from a second vault, through a real folder."""

from pathlib import Path

import pytest

from wellbeing_desk.sync import names
from wellbeing_desk.sync.clock import HybridClock
from wellbeing_desk.sync.engine import sync_now
from wellbeing_desk.sync.errors import (
    FormatTooNewError,
    NoSpaceError,
    PairingCodeError,
    WrongPairingCodeError,
)
from wellbeing_desk.sync.folder_target import FolderTarget
from wellbeing_desk.sync.memory_store import MemoryStore
from wellbeing_desk.sync.merge import Record
from wellbeing_desk.sync.pairing import PairingKdfParams, generate_pairing_code
from wellbeing_desk.sync.space import join_space, set_up_space, spaces_on

FAST = PairingKdfParams.fast_for_tests()


@pytest.fixture
def stick(tmp_path: Path) -> FolderTarget:
    root = tmp_path / "stick"
    root.mkdir()
    return FolderTarget(root)


def test_a_second_vault_joins_with_the_code_and_receives_what_the_first_wrote(
    stick: FolderTarget,
) -> None:
    first = set_up_space(stick, FAST)
    assert spaces_on(stick) == [first.keys.space]
    store = MemoryStore()
    clock = HybridClock(first.keys.device)
    store.put(Record("note", "n1").with_body("text", "shared", clock.tick()))
    sync_now(stick, first.keys, store)

    joined = join_space(stick, first.keys.space, first.pairing_code.lower().replace("-", " "))
    assert joined.root_key == first.keys.root_key
    assert joined.device != first.keys.device
    other = MemoryStore()
    sync_now(stick, joined, other)
    assert other.records == store.records


def test_the_key_on_the_target_is_only_ever_wrapped(stick: FolderTarget) -> None:
    first = set_up_space(stick, FAST)
    for path in Path(stick.root).rglob("*"):
        if path.is_file():
            assert first.keys.root_key not in path.read_bytes()


def test_a_wrong_code_a_typo_and_a_missing_space_are_told_apart(stick: FolderTarget) -> None:
    first = set_up_space(stick, FAST)
    with pytest.raises(WrongPairingCodeError):
        join_space(stick, first.keys.space, generate_pairing_code())
    typo = ("0" if first.pairing_code[0] != "0" else "1") + first.pairing_code[1:]
    with pytest.raises(PairingCodeError):
        join_space(stick, first.keys.space, typo)
    with pytest.raises(NoSpaceError):
        join_space(stick, "f" * 32, first.pairing_code)


def test_a_space_written_by_a_newer_version_is_named_before_the_code_is_tried(
    stick: FolderTarget,
) -> None:
    first = set_up_space(stick, FAST)
    marker = Path(stick.root) / names.format_path(first.keys.space)
    marker.chmod(0o600)
    marker.write_bytes(b"wellbeing-desk-sync 2\n")
    with pytest.raises(FormatTooNewError):
        join_space(stick, first.keys.space, first.pairing_code)
