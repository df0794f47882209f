"""Nothing of hers reaches a team space: after random edits in her personal space and in a
team's, every team file, opened with the team's keys, holds no journal, debrief, note,
plan, emergency-people or personal-directory record, id, table name, tag or note of hers."""

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.team_devices import Member
from tests.sync.vault_devices import FAST_PAIRING
from wellbeing_desk.debrief import record as debrief_record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.sync import team_sync, vault_sync
from wellbeing_desk.sync.sealing import open_sealed, read_header
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput
from wellbeing_desk.vault.team_entries import share_with_team

_PERSONAL_TABLES = (
    "journal_entry",
    "journal_entry_tag",
    "dialogue_note",
    "note_tag",
    "note_participant",
    "debrief",
    "debrief_template",
    "care_plan_section",
    "care_item",
    "emergency_contact",
    "follow_up",
    "vault_setting",
    "sync_record",
    "team_identity",
)


class _World:
    """Rosa (who syncs her own devices too) and Ana, in one team."""

    def __init__(self, root: Path) -> None:
        team_stick, own_stick = root / "team", root / "own"
        team_stick.mkdir()
        own_stick.mkdir()
        self.team_stick = team_stick
        self.rosa = Member(root / "rosa", TargetSpec.folder(team_stick))
        self.ana = Member(root / "ana", TargetSpec.folder(team_stick))
        self.rosa.create()
        self.rosa.invite(self.ana, "Ana")
        self.ana.join(self.rosa)
        vault_sync.set_up(self.rosa.conn, TargetSpec.folder(own_stick), params=FAST_PAIRING)
        self.secrets: list[str] = []  # hers: must never be in a team file
        self.count = 0

    def canary(self) -> str:
        self.count += 1
        secret = f"Canary{self.count}Q7x"
        self.secrets.append(secret)
        return secret

    def members(self) -> tuple[Member, Member]:
        return self.rosa, self.ana

    def team_entry(self, member: Member) -> str | None:
        row = member.conn.execute(
            "SELECT id FROM directory_entry WHERE team_space IS NOT NULL ORDER BY seq LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])


def _journal(world: _World, member: Member) -> None:
    tag = world.canary().lower()
    member.vault.journal.add(EntryInput(datetime(2026, 12, 1, 9), body=world.canary(), tags=(tag,)))


def _note(world: _World, member: Member) -> None:
    member.vault.notes.add(
        NoteInput(
            title=world.canary(),
            occurred_on=date(2026, 12, 2),
            tags=(world.canary().lower(),),
            body=world.canary(),
        )
    )


def _plan(world: _World, member: Member) -> None:
    member.vault.care_plan.set("what_helps", world.canary())


def _emergency(world: _World, member: Member) -> None:
    person = member.add_entry(world.canary(), notes=world.canary())
    member.vault.emergency.add_entry(person, "person")


def _debrief(world: _World, member: Member) -> None:
    template = builtin_template("after-incident")
    assert template is not None
    flow = debrief_record.start(template)
    step = next(s for s in flow.steps if s.kind == "text")
    flow.set_answer(world.canary(), step.id)
    member.vault.debriefs.create(debrief_record.debrief_input(flow, "en"))


def _own_entry(world: _World, member: Member) -> None:
    member.add_entry(world.canary(), phone="+34 611 000 111", notes=world.canary())


def _share(world: _World, member: Member) -> None:
    # Her entry's name and contact go to the team (she chose to share it); her notes do not.
    entry = member.add_entry(f"Shared {world.count}", notes=world.canary())
    share_with_team(member.conn, entry, member.space)


def _note_on_team_entry(world: _World, member: Member) -> None:
    entry_id = world.team_entry(member)
    if entry_id is None:
        return
    found = member.vault.directory.get(entry_id)
    assert found is not None
    member.vault.directory.update(entry_id, replace(found.entry, notes=world.canary()))
    member.vault.directory.set_favourite(entry_id, True)


def _rename_team_entry(world: _World, member: Member) -> None:
    entry_id = world.team_entry(member)
    if entry_id is None:
        return
    found = member.vault.directory.get(entry_id)
    assert found is not None
    member.vault.directory.update(
        entry_id, replace(found.entry, description=f"Team text {world.count}")
    )


def _trash_team_entry(world: _World, member: Member) -> None:
    entry_id = world.team_entry(member)
    if entry_id is not None:
        member.vault.directory.delete(entry_id)


def _team_sync(world: _World, member: Member) -> None:
    member.sync()


def _own_sync(world: _World, member: Member) -> None:
    vault_sync.sync(world.rosa.conn)


Action = Callable[[_World, Member], None]
ACTIONS: tuple[Action, ...] = (
    _journal,
    _note,
    _plan,
    _emergency,
    _debrief,
    _own_entry,
    _share,
    _note_on_team_entry,
    _rename_team_entry,
    _trash_team_entry,
    _team_sync,
    _own_sync,
)


def _team_plaintexts(world: _World) -> list[bytes]:
    """Every team file's contents, opened with the team's keys (as any member could)."""
    conn, space = world.rosa.conn, world.rosa.space
    keys = {int(e): bytes(k) for e, k in conn.execute("SELECT epoch, key FROM team_key")}
    opened = []
    for path in sorted((world.team_stick / "wellbeing-desk" / space).rglob("*")):
        if path.suffix not in (".wbc", ".wbs", ".wbr"):
            continue
        data = path.read_bytes()
        header = read_header(data)
        opened.append(
            open_sealed(
                keys[header.epoch],
                data,
                expect_kind=header.kind,
                expect_space=space,
                expect_device=header.device,
                expect_seq=header.seq,
                expect_prev=None,
            )
        )
    return opened


def _her_ids(member: Member) -> list[str]:
    conn = member.conn
    ids = [
        str(i)
        for table in ("journal_entry", "dialogue_note", "debrief", "care_plan_section")
        for (i,) in conn.execute(f"SELECT id FROM {table}")
    ]
    ids += [str(i) for (i,) in conn.execute("SELECT id FROM emergency_contact")]
    ids += [
        str(i) for (i,) in conn.execute("SELECT id FROM directory_entry WHERE team_space IS NULL")
    ]
    return ids


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.tuples(st.sampled_from(ACTIONS), st.booleans()), min_size=3, max_size=14))
def test_no_record_of_hers_ever_reaches_a_team_space(
    steps: list[tuple[Action, bool]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = _World(Path(folder))
        try:
            _share(world, world.rosa)  # the team always holds something
            for action, by_rosa in steps:
                action(world, world.rosa if by_rosa else world.ana)
            for member in (world.rosa, world.ana, world.rosa):
                member.sync()
            assert world.ana.team_names() == world.rosa.team_names()
            plain = b"\n".join(_team_plaintexts(world))
            assert b"Shared" in plain  # the team's own entries are there, in the clear
            forbidden = world.secrets + _her_ids(world.rosa) + _her_ids(world.ana)
            forbidden += list(_PERSONAL_TABLES)
            for secret in forbidden:
                assert secret.encode() not in plain, secret
                assert secret.lower().encode() not in plain.lower(), secret
            assert team_sync.teams(world.ana.conn)[0].team == "Red de cuidado"
        finally:
            world.rosa.vault.lock()
            world.ana.vault.lock()
