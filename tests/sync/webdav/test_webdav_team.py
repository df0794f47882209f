"""Three members of a team over a real WebDAV server on 127.0.0.1: they converge on the
team's directory, while each one's personal space, on the same server, stays apart."""

from dataclasses import replace
from pathlib import Path

import pytest

from tests.sync.team_devices import Member
from tests.sync.vault_devices import FAST_PAIRING
from tests.sync.webdav.dav_server import DavServer
from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault.team_entries import share_with_team

pytestmark = pytest.mark.allow_hosts(["127.0.0.1"])


def test_three_members_converge_on_the_team_directory_and_keep_their_own_apart(
    tmp_path: Path, dav: DavServer
) -> None:
    spec = TargetSpec.folder(tmp_path / "not-used")  # every call is given its server client
    people = [Member(tmp_path / name, spec, target=dav.target()) for name in ("rosa", "ana", "eva")]
    rosa, ana, eva = people
    try:
        for member in people:  # each also syncs her own devices through the same server
            vault_sync.set_up(member.conn, spec, target=member.target, params=FAST_PAIRING)
        rosa.create(team="Defensoras del norte")
        rosa.invite(ana, "Ana")
        rosa.invite(eva, "Eva")
        ana.join(rosa)
        eva.join(rosa)
        shared = {
            member: share_with_team(member.conn, member.add_entry(f"{name} shares"), member.space)
            for member, name in zip(people, ("Rosa", "Ana", "Eva"), strict=True)
        }
        own = {member: member.add_entry(f"Only {id(member)}") for member in people}
        for _ in range(2):
            for member in people:
                assert not member.sync().alerts
                vault_sync.sync(member.conn, target=member.target)
        expected = {"Rosa shares", "Ana shares", "Eva shares"}
        assert [m.team_names() for m in people] == [expected] * 3
        for member in people:
            ids = {e.id for e in member.vault.directory.entries()}
            assert set(shared.values()) <= ids
            assert [o for o in own.values() if o in ids] == [own[member]]
        # Eva edits, Rosa removes an entry: everyone follows.
        entry = eva.vault.directory.get(shared[ana])
        assert entry is not None
        eva.vault.directory.update(shared[ana], replace(entry.entry, name="Ana shares (edited)"))
        rosa.vault.directory.delete(shared[eva])
        for member in (eva, rosa, ana, eva):
            member.sync()
        final = {"Rosa shares", "Ana shares (edited)"}
        assert [m.team_names() for m in people] == [final] * 3
    finally:
        for member in people:
            member.vault.lock()
