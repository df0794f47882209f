"""Team entries in her directory, without Qt: which are a team's, sharing and keeping copies."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.team_devices import Member
from wellbeing_desk.ops import team_directory as ops
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.team_entries import share_with_team, team_of


@pytest.fixture
def member(tmp_path: Path) -> Iterator[Member]:
    stick = tmp_path / "stick"
    stick.mkdir()
    rosa = Member(tmp_path / "rosa", TargetSpec.folder(stick))
    rosa.create("Red de cuidado")
    yield rosa
    rosa.vault.lock()


def test_search_names_the_team_of_each_team_entry_in_one_query(member: Member) -> None:
    mine = member.add_entry("Private lawyer")
    shared = share_with_team(member.conn, member.add_entry("Counsellor"), member.space)
    statements: list[str] = []
    member.conn.set_trace_callback(statements.append)
    found = ops.search(member.vault, DirectoryFilter(), 50)
    member.conn.set_trace_callback(None)
    assert {row.id for row in found.rows} >= {mine, shared}
    assert found.teams == {shared: "Red de cuidado"}  # hers and her own "Counsellor" unmarked
    assert sum("team_space" in s for s in statements) == 1  # one query for the page


def test_an_entry_says_whose_it_is_and_where_it_can_go(member: Member) -> None:
    mine = member.add_entry("Private lawyer")
    shared = share_with_team(member.conn, mine, member.space)
    hers = ops.entry_team(member.vault, mine)
    assert hers.team is None and not hers.is_teams
    assert [t.team for t in hers.share_into] == ["Red de cuidado"]
    teams = ops.entry_team(member.vault, shared)
    assert teams.team == "Red de cuidado" and teams.share_into == ()
    with pytest.raises(KeyError):
        ops.entry_team(member.vault, "no-such-entry")


def test_share_copies_her_entry_and_keep_copy_makes_it_hers(member: Member) -> None:
    mine = member.add_entry("Private lawyer", notes="only mine")
    copy = ops.share(member.vault, mine, member.space)
    assert copy != mine
    assert team_of(member.conn, mine) is None  # hers stays hers
    assert team_of(member.conn, copy) == member.space
    assert member.vault.directory.get(copy).entry.notes == ""  # her notes are not shared
    back = ops.keep_copy(member.vault, copy)
    assert team_of(member.conn, back) is None
    assert team_of(member.conn, copy) == member.space  # the team's stays the team's
    assert member.vault.directory.get(back).entry.name == "Private lawyer"


def test_no_sharing_into_a_team_she_was_removed_from(member: Member) -> None:
    mine = member.add_entry("Private lawyer")
    member.conn.execute("UPDATE team_space SET removed = 1 WHERE space = ?", (member.space,))
    assert ops.share_targets(member.vault) == []
    assert ops.entry_team(member.vault, mine).share_into == ()
    with pytest.raises(ops.TeamRemovedError):
        ops.share(member.vault, mine, member.space)
    assert member.team_names() == set()


def test_her_vault_without_teams_marks_nothing(member: Member, tmp_path: Path) -> None:
    alone = Member(tmp_path / "alone", TargetSpec.folder(tmp_path / "stick"))
    entry = alone.add_entry("Helpline")
    assert ops.search(alone.vault, DirectoryFilter(), 50).teams == {}
    assert ops.entry_team(alone.vault, entry).share_into == ()
    alone.vault.lock()
