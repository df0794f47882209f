"""Team spaces between real vaults through one folder: who may write, who can read, and
that a team's directory and each member's own records stay apart."""

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from tests.sync.team_devices import Member
from wellbeing_desk.sync import names, team_files, team_sync
from wellbeing_desk.sync.changeset import encode_payload, encode_record
from wellbeing_desk.sync.clock import Stamp, wall_clock_ms
from wellbeing_desk.sync.errors import (
    FingerprintMismatchError,
    NotInvitedError,
    NotTeamAdminError,
    WrongMemberKeyError,
)
from wellbeing_desk.sync.folder_target import FolderTarget
from wellbeing_desk.sync.merge import Field, Record
from wellbeing_desk.sync.sealing import NO_PREVIOUS, FileKind, read_header, seal
from wellbeing_desk.sync.team_identity import MemberIdentity
from wellbeing_desk.sync.team_keys import unwrap_team_key
from wellbeing_desk.sync.team_sealing import TeamKeys
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.team_entries import copy_to_mine, share_with_team, team_of

if TYPE_CHECKING:
    from tests.sync.vault_devices import Device


@pytest.fixture
def team(tmp_path: Path, stick: Path) -> Iterator[tuple[Member, Member, Member]]:
    """Rosa created the team; Ana joined; Bea has a vault but was not invited yet."""
    spec = TargetSpec.folder(stick)
    rosa, ana, bea = (Member(tmp_path / n, spec) for n in ("rosa", "ana", "bea"))
    rosa.create()
    rosa.invite(ana, "Ana")
    ana.join(rosa)
    yield rosa, ana, bea
    for member in (rosa, ana, bea):
        member.vault.lock()


def _indexed(member: Member, word: str) -> int:
    row = member.conn.execute(
        "SELECT count(*) FROM directory_fts WHERE directory_fts MATCH ?", (word,)
    ).fetchone()
    return int(row[0])


def _her_own_devices(member: Member, tmp_path: Path) -> tuple["Device", "Device"]:
    """The member's vault syncing her personal space with a laptop of hers (lock it)."""
    from tests.sync.vault_devices import Device

    own_stick = tmp_path / "own"
    own_stick.mkdir()
    laptop = Device(tmp_path / "laptop", own_stick)
    personal = Device.__new__(Device)
    personal.root, personal.vault, personal.folder = member.root, member.vault, own_stick
    laptop.join(personal.set_up())
    return personal, laptop


def _share(member: Member, name: str, notes: str = "") -> str:
    return share_with_team(member.conn, member.add_entry(name, notes=notes), member.space)


def test_a_shared_entry_reaches_every_member_and_her_own_entries_stay_hers(
    team: tuple[Member, Member, Member],
) -> None:
    rosa, ana, _ = team
    rosa.add_entry("Rosa's own lawyer")
    shared = _share(rosa, "Counsellor who knows this work")
    ana_own = ana.add_entry("Ana's own doctor")
    rosa.sync()
    ana.sync()
    assert ana.team_names() == {"Counsellor who knows this work"}
    assert team_of(ana.conn, shared) == rosa.space  # marked as the team's, same id
    assert "Rosa's own lawyer" not in {e.entry.name for e in ana.vault.directory.entries()}
    found = ana.vault.directory.get(shared)
    assert found is not None
    ana.vault.directory.update(shared, replace(found.entry, name="Counsellor (evenings too)"))
    ana.sync()
    rosa.sync()
    assert rosa.team_names() == {"Counsellor (evenings too)"}
    assert team_of(ana.conn, ana_own) is None
    assert "Ana's own doctor" not in {e.entry.name for e in rosa.vault.directory.entries()}


def test_her_notes_and_favourites_on_a_team_entry_stay_hers(
    team: tuple[Member, Member, Member],
) -> None:
    rosa, ana, _ = team
    mine = rosa.add_entry("Shelter", notes="I stayed there in 2024")
    shared = share_with_team(rosa.conn, mine, rosa.space)
    copied, kept = rosa.vault.directory.get(shared), rosa.vault.directory.get(mine)
    assert copied is not None and copied.entry.notes == ""
    assert kept is not None and kept.entry.notes == "I stayed there in 2024"
    rosa.sync()
    ana.sync()
    entry = ana.vault.directory.get(shared)
    assert entry is not None
    ana.vault.directory.update(shared, replace(entry.entry, notes="Ana's note"))
    ana.vault.directory.set_favourite(shared, True)
    ana.sync()
    rosa.sync()
    there = rosa.vault.directory.get(shared)
    assert there is not None and there.entry.notes == "" and not there.entry.favourite


def test_keeping_a_copy_of_a_team_entry_makes_one_of_her_own(
    team: tuple[Member, Member, Member],
) -> None:
    rosa, ana, _ = team
    shared = _share(rosa, "Legal aid line")
    rosa.sync()
    ana.sync()
    copy = copy_to_mine(ana.conn, shared)
    assert copy != shared and team_of(ana.conn, copy) is None
    with pytest.raises(ValueError):
        share_with_team(ana.conn, shared, ana.space)  # already the team's: nothing moves
    ana.sync()
    rosa.sync()
    assert rosa.team_names() == {"Legal aid line"}  # her copy did not travel


def test_joining_needs_the_creators_fingerprint_and_an_invitation(
    team: tuple[Member, Member, Member], stick: Path
) -> None:
    rosa, ana, bea = team
    with pytest.raises(NotInvitedError):
        bea.join(rosa)
    with pytest.raises(FingerprintMismatchError):
        team_sync.join(bea.conn, bea.spec, rosa.space, ana.key.fingerprint())
    assert team_sync.teams(bea.conn) == []
    with pytest.raises(NotTeamAdminError):
        team_sync.invite(ana.conn, ana.space, bea.key, "Bea")


def test_members_are_listed_with_their_fingerprints(team: tuple[Member, Member, Member]) -> None:
    rosa, ana, _ = team
    rosa.sync()
    ana.sync()
    members = team_sync.team(ana.conn, ana.space).members
    assert [(m.name, m.admin, m.me) for m in members] == [
        ("Rosa", True, False),
        ("Ana", False, True),
    ]
    assert members[1].fingerprint == ana.key.fingerprint()


def _forge(stick: Path, rosa: Member, writer: MemberIdentity, device: str, record_id: str) -> None:
    """A changeset sealed with the team's key, signed by ``writer``, in ``device``'s folder."""
    state = team_sync._load(rosa.conn, rosa.space)
    keys = TeamKeys(
        rosa.space,
        device,
        state.team_key,
        epoch=state.epoch,
        epoch_keys=state.keys,
        me=writer,
        roster=state.roster,
    )
    stamp = Stamp(wall_clock_ms(), 0, device)
    record = Record(
        "directory",
        record_id,
        (
            ("created_at", Field("2026-12-07T10:00:00+00:00", stamp)),
            ("kind", Field("organisation", stamp)),
            ("name", Field("Forged entry", stamp)),
            ("updated_at", Field("2026-12-07T10:00:00+00:00", stamp)),
        ),
    )
    payload = encode_payload([encode_record(record)])
    data = keys.seal_file(FileKind.CHANGESET, 1, NO_PREVIOUS, payload)
    FolderTarget(stick).create(names.log_path(rosa.space, device, 1), data)


def test_a_file_from_someone_not_on_the_roster_is_ignored_and_reported(
    team: tuple[Member, Member, Member], stick: Path
) -> None:
    rosa, ana, _ = team
    outsider = MemberIdentity.generate()
    device = outsider.public().device_in(bytes.fromhex(rosa.space))
    _forge(stick, rosa, outsider, device, "0" * 31 + "1")
    report = ana.sync()
    assert ana.team_names() == set()
    assert any("not on the team's roster" in alert for alert in report.alerts)


def test_a_file_signed_in_another_members_name_is_ignored(
    team: tuple[Member, Member, Member], stick: Path
) -> None:
    rosa, ana, _ = team
    # Ana signs a file and puts it in Rosa's folder: it is not Rosa's.
    rosa_device = rosa.key.device_in(bytes.fromhex(rosa.space))
    _forge(stick, rosa, team_sync.my_identity(ana.conn), rosa_device, "0" * 31 + "2")
    report = ana.sync()
    assert any("not by the member whose folder" in alert for alert in report.alerts)
    assert ana.team_names() == set()


def test_a_team_file_cannot_overwrite_one_of_her_own_entries(
    team: tuple[Member, Member, Member], stick: Path
) -> None:
    rosa, ana, _ = team
    hers = ana.add_entry("Ana's own therapist")
    # A member who learned the id (or a starter entry's stable id) writes a team record with it.
    rosa_device = rosa.key.device_in(bytes.fromhex(rosa.space))
    _forge(stick, rosa, team_sync.my_identity(rosa.conn), rosa_device, hers)
    report = ana.sync()
    entry = ana.vault.directory.get(hers)
    assert entry is not None and entry.entry.name == "Ana's own therapist"
    assert team_of(ana.conn, hers) is None
    assert any("another space" in alert for alert in report.alerts), report.alerts


def test_a_removed_member_cannot_read_what_is_written_after_and_re_adding_works(
    team: tuple[Member, Member, Member], stick: Path
) -> None:
    rosa, ana, bea = team
    rosa.invite(bea, "Bea")
    bea.join(rosa)
    _share(rosa, "Before")
    for member in (rosa, ana, bea):
        member.sync()
    assert ana.team_names() == {"Before"}
    rosa.remove(ana)
    _share(rosa, "After Ana left")
    rosa.sync()
    bea.sync()
    assert bea.team_names() == {"Before", "After Ana left"}
    report = ana.sync()
    assert report.removed and team_sync.team(ana.conn, ana.space).removed
    assert ana.team_names() == {"Before"}  # she keeps what she already saw
    # With every key she holds, nothing written after her removal opens.
    ana_state = team_sync._load(ana.conn, ana.space)
    me = team_sync.my_identity(ana.conn)
    target = FolderTarget(stick)
    rosa_device = rosa.key.device_in(bytes.fromhex(rosa.space))
    folder = names.log_folder(rosa.space, rosa_device)
    newest = max(s for s in map(names.parse_log_name, target.list_names(folder)) if s)
    data = target.read(names.log_path(rosa.space, rosa_device, newest))
    assert read_header(data).epoch == 1 and 1 not in ana_state.keys
    keys = TeamKeys(
        rosa.space,
        ana.key.device_in(bytes.fromhex(rosa.space)),
        ana_state.team_key,
        epoch=ana_state.epoch,
        epoch_keys=ana_state.keys,
        me=me,
        roster=ana_state.roster,
    )
    with pytest.raises(WrongMemberKeyError):
        keys.open_file(data, FileKind.CHANGESET, rosa_device, newest, None)
    for wrapped in (stick / team_files.key_folder(rosa.space, 1)).iterdir():
        with pytest.raises(WrongMemberKeyError):
            unwrap_team_key(wrapped.read_bytes(), bytes.fromhex(rosa.space), 1, me)
    # Added again: she reads everything, the epoch she missed included.
    rosa.invite(ana, "Ana")
    report = ana.sync()
    assert not report.removed
    assert ana.team_names() == {"Before", "After Ana left"}
    assert not team_sync.team(ana.conn, ana.space).removed


def test_her_personal_sync_never_carries_a_team_entry(
    team: tuple[Member, Member, Member], tmp_path: Path
) -> None:
    rosa, _, _ = team
    personal, laptop = _her_own_devices(rosa, tmp_path)
    try:
        shared = _share(rosa, "Team-only entry")
        own = rosa.add_entry("Rosa's own entry")
        personal.sync()
        laptop.sync()
        ids = {e.id for e in laptop.vault.directory.entries()}
        assert own in ids and shared not in ids
    finally:
        laptop.vault.lock()


def test_a_roster_written_by_a_member_is_refused_and_cannot_block_the_creator(
    team: tuple[Member, Member, Member], stick: Path
) -> None:
    rosa, ana, bea = team
    state = team_sync._load(ana.conn, ana.space)
    forged = state.roster.with_member(bea.key, "Bea (added by Ana)")
    target = FolderTarget(stick)
    # Ana holds the team key and writes the next roster's name first, signed by herself.
    payload = replace(forged, version=forged.version).encode()
    signature = team_sync.my_identity(ana.conn).sign(payload)
    data = seal(
        state.team_key,
        FileKind.ROSTER,
        ana.space,
        rosa.key.device_in(bytes.fromhex(ana.space)),
        forged.version,
        state.roster_hash,
        signature + payload,
        forged.epoch,
    )
    target.create(team_files.roster_path(ana.space, forged.version), data)
    report = ana.sync()
    assert any("not signed by the person who created" in alert for alert in report.alerts)
    assert [m.name for m in team_sync.team(ana.conn, ana.space).members] == ["Rosa", "Ana"]
    rosa.invite(bea, "Bea")  # takes the next free number
    bea.join(rosa)
    ana.sync()
    assert [m.name for m in team_sync.team(ana.conn, ana.space).members] == ["Rosa", "Ana", "Bea"]


def test_a_vault_restored_from_a_backup_reads_its_own_later_files_and_writes_on(
    team: tuple[Member, Member, Member], tmp_path: Path
) -> None:
    rosa, ana, _ = team
    _share(rosa, "First")
    rosa.sync()
    rosa.vault.lock()
    saved = tmp_path / "rosa-backup"
    shutil.copytree(rosa.root, saved)  # her backup, taken here
    rosa.vault = Vault.open(rosa.root, PASSPHRASE)
    _share(rosa, "Second")
    rosa.sync()  # her earlier self writes on
    rosa.vault.lock()
    shutil.rmtree(rosa.root)
    shutil.copytree(saved, rosa.root)  # the laptop is restored from the backup
    rosa.vault = Vault.open(rosa.root, PASSPHRASE)
    _share(rosa, "Third")
    report = rosa.sync()
    assert not report.alerts
    ana.sync()
    assert rosa.team_names() == ana.team_names() == {"First", "Second", "Third"}


def test_leaving_takes_the_teams_entries_and_state_from_her_vault_only(
    team: tuple[Member, Member, Member], tmp_path: Path
) -> None:
    rosa, ana, _ = team
    personal, laptop = _her_own_devices(ana, tmp_path)
    try:
        shared = _share(rosa, "Shelter for the team")
        second = _share(rosa, "Team doctor")
        rosa.sync()
        ana.sync()
        ana_own = ana.add_entry("Ana's own lawyer")
        kept = copy_to_mine(ana.conn, second)
        entry = ana.vault.directory.get(shared)
        assert entry is not None
        ana.vault.directory.update(shared, replace(entry.entry, notes="Ana's note"))
        assert _indexed(ana, "shelter") == 1  # before she leaves
        ana.vault.emergency.add_entry(shared)  # one of her people for an emergency

        assert team_sync.leave(ana.conn, ana.space) == 2

        assert team_sync.teams(ana.conn) == []
        names_left = {e.entry.name for e in ana.vault.directory.entries()}
        assert {"Ana's own lawyer", "Team doctor"} <= names_left  # hers, and the copy
        assert ana.vault.directory.get(shared) is None
        # Whom she would call stays hers: a copy of her own, which her list points at.
        (person,) = ana.vault.emergency.people()
        assert person.name == "Shelter for the team" and person.entry_id != shared
        assert team_of(ana.conn, person.entry_id) is None
        assert _indexed(ana, "shelter") == 1  # her copy; the team's index row went
        found = ana.vault.directory.search(DirectoryFilter(text="Shelter"))
        assert [f.id for f in found] == [person.entry_id]
        assert ana.vault.directory.get(kept) is not None
        for table in ("team_space", "team_key", "team_outbox", "team_record", "team_cursor"):
            assert ana.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert ana.conn.execute(
            "SELECT count(*) FROM tombstone WHERE id IN (?, ?)", (shared, second)
        ).fetchone() == (0,)
        assert team_sync.existing_member_key(ana.conn) is not None  # her key stays hers
        # Her own devices get her entries and her copy, and never a removal of the team's.
        personal.sync()
        laptop.sync()
        on_laptop = {e.id for e in laptop.vault.directory.entries()}
        assert {ana_own, kept, person.entry_id} <= on_laptop
        assert not {shared, second} & on_laptop
        assert [p.name for p in laptop.vault.emergency.people()] == ["Shelter for the team"]
        # The team goes on: the creator's directory is as it was.
        rosa.sync()
        assert rosa.team_names() == {"Shelter for the team", "Team doctor"}
        with pytest.raises(team_sync.NoSuchTeamError):
            team_sync.leave(ana.conn, rosa.space)
    finally:
        laptop.vault.lock()
