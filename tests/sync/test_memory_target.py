"""The in-memory target's fault hooks do what folder-sync tools and lost sticks do to files.

Its plain behaviour (the ``Target`` contract) is tested beside the folder
target's, in test_folder_target.py.
"""

import pytest

from wellbeing_desk.sync.memory_target import CONFLICT_STYLES, InMemoryTarget, conflict_name
from wellbeing_desk.sync.target import join_path

LOG = "wellbeingdesk/space/log/device"
FIRST = f"{LOG}/0000000000000001.wbc"
SECOND = f"{LOG}/0000000000000002.wbc"


@pytest.fixture
def target() -> InMemoryTarget:
    memory = InMemoryTarget()
    memory.create(FIRST, b"first file")
    return memory


def actions(target: InMemoryTarget) -> list[str]:
    return [entry.action for entry in target.log]


def test_a_hidden_file_is_on_its_way_not_gone(target: InMemoryTarget) -> None:
    target.hide(FIRST)
    assert target.list_names(LOG) == []
    with pytest.raises(FileNotFoundError):
        target.read(FIRST)
    # Still on the target: write-once holds against it.
    target.create(FIRST, b"first file")
    with pytest.raises(FileExistsError):
        target.create(FIRST, b"other")
    target.reveal(FIRST)
    assert target.read(FIRST) == b"first file"
    assert actions(target) == ["create", "hide", "create-again", "create-refused", "reveal"]


def test_a_dropped_file_is_lost_and_its_name_free_again(target: InMemoryTarget) -> None:
    target.create(SECOND, b"second")
    target.hide(SECOND)
    target.drop(FIRST)
    target.drop(SECOND)
    assert target.list_names(LOG) == []
    target.create(FIRST, b"written again")
    assert target.read(FIRST) == b"written again"
    with pytest.raises(KeyError):
        target.drop(SECOND)


@pytest.mark.parametrize("style", sorted(CONFLICT_STYLES))
def test_conflict_copies_are_listed_but_never_become_a_path(
    target: InMemoryTarget, style: str
) -> None:
    copy = target.add_conflict_copy(FIRST, style)
    name = copy.rpartition("/")[2]
    assert name == conflict_name("0000000000000001.wbc", style)
    assert name in target.list_names(LOG)
    assert target.visible[copy] == b"first file"
    with pytest.raises(ValueError):
        join_path(LOG, name)


def test_conflict_copy_names_look_like_the_tools_make_them() -> None:
    name = "0000000000000001.wbc"
    assert {style: conflict_name(name, style) for style in CONFLICT_STYLES} == {
        "syncthing": "0000000000000001.sync-conflict-20261207-120000-ABCDEFG.wbc",
        "nextcloud": "0000000000000001 (conflicted copy 2026-12-07 120000).wbc",
        "numbered": "0000000000000001 (1).wbc",
        "upper-case": "0000000000000001.WBC",
    }


def test_a_conflict_copy_may_hold_other_bytes(target: InMemoryTarget) -> None:
    copy = target.add_conflict_copy(FIRST, "numbered", data=b"the other version")
    assert target.visible[copy] == b"the other version"
    assert target.read(FIRST) == b"first file"


def test_truncating_and_flipping_bits_change_only_that_file(target: InMemoryTarget) -> None:
    target.create(SECOND, b"\x00\x00")
    target.truncate(FIRST, 5)
    assert target.read(FIRST) == b"first"
    target.flip_bit(SECOND, 9)
    assert target.read(SECOND) == b"\x00\x02"
    target.flip_bit(SECOND, 9)
    assert target.read(SECOND) == b"\x00\x00"
    for bit in (-1, 16):
        with pytest.raises(ValueError, match="outside"):
            target.flip_bit(SECOND, bit)


def test_rolling_a_folder_back_restores_only_that_folder(target: InMemoryTarget) -> None:
    other = "wellbeingdesk/space/log/other/0000000000000001.wbc"
    target.create(SECOND, b"second")
    target.hide(SECOND)
    earlier = target.snapshot()
    target.reveal(SECOND)
    target.create(f"{LOG}/0000000000000003.wbc", b"third")
    target.truncate(FIRST, 1)
    target.create(other, b"another device")
    target.roll_back(LOG, earlier)
    assert target.list_names(LOG) == ["0000000000000001.wbc"]
    assert target.read(FIRST) == b"first file"
    assert target.hidden == {SECOND: b"second"}
    assert target.read(other) == b"another device"
    assert target.log[-1].action == "roll-back"


def test_a_snapshot_does_not_change_with_the_target(target: InMemoryTarget) -> None:
    earlier = target.snapshot()
    target.create(SECOND, b"second")
    assert dict(earlier.visible) == {FIRST: b"first file"}


def test_tidy_removes_only_temp_names(target: InMemoryTarget) -> None:
    target.put(LOG, ".0000000000000002.wbc.0123456789ab.tmp", b"half")
    target.put(LOG, ".syncthing.0000000000000002.wbc.tmp", b"theirs")
    target.put(LOG, "desktop.ini", b"[.ShellClassInfo]")
    assert target.tidy(LOG) == [".0000000000000002.wbc.0123456789ab.tmp"]
    assert target.list_names(LOG) == [
        ".syncthing.0000000000000002.wbc.tmp",
        "0000000000000001.wbc",
        "desktop.ini",
    ]


@pytest.mark.parametrize("name", ["", "a/b", ".", ".."])
def test_put_needs_one_file_name(target: InMemoryTarget, name: str) -> None:
    with pytest.raises(ValueError):
        target.put(LOG, name, b"x")


def test_sub_folders_are_not_listed_and_the_log_says_what_happened(
    target: InMemoryTarget,
) -> None:
    target.create(f"{LOG}/deeper/0000000000000001.wbc", b"deeper")
    target.delete(FIRST)
    target.delete(FIRST)  # already gone: nothing happens, nothing logged
    assert target.list_names(LOG) == []
    assert f"{LOG}/deeper" in target.folders
    assert [(e.action, e.path) for e in target.log] == [
        ("create", FIRST),
        ("create", f"{LOG}/deeper/0000000000000001.wbc"),
        ("delete", FIRST),
    ]


def test_two_targets_given_the_same_calls_end_the_same() -> None:
    def run() -> InMemoryTarget:
        memory = InMemoryTarget()
        for number in range(1, 6):
            memory.create(f"{LOG}/{number:016x}.wbc", bytes([number]) * number)
        memory.add_conflict_copy(FIRST)
        memory.hide(SECOND)
        memory.flip_bit(FIRST, 3)
        return memory

    one, two = run(), run()
    assert (one.visible, one.hidden, one.log) == (two.visible, two.hidden, two.log)
