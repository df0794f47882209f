"""Team spaces, the cryptography first (issue 18): who may write, and who can read what.

The roster is signed by the admin and pinned by each member; changesets are
signed by their writers; the team key of each epoch is wrapped for each
member. These are the issue's roster proofs at the level of the keys: a
non-member's file and a forged signature are refused, a removed member cannot
open what is written after her removal, and re-adding her works.
"""

import json
import re

import pytest

from wellbeing_desk.sync.errors import (
    ChainBrokenError,
    NotOnRosterError,
    TamperedFileError,
    WrongMemberKeyError,
)
from wellbeing_desk.sync.team_identity import MemberIdentity, MemberKey
from wellbeing_desk.sync.team_keys import (
    new_team_key,
    unwrap_team_key,
    wrap_for_roster,
    wrap_team_key,
)
from wellbeing_desk.sync.team_roster import Roster, SignedRoster, open_roster, sign_roster

SPACE = bytes(range(16))
OTHER_SPACE = bytes(16)


@pytest.fixture(scope="module")
def people() -> dict[str, MemberIdentity]:
    return {name: MemberIdentity.generate() for name in ("admin", "ana", "bea", "stranger")}


def team(people: dict[str, MemberIdentity]) -> Roster:
    roster = Roster.new(SPACE, people["admin"].public(), "Rosa (coordinator)")
    roster = roster.with_member(people["ana"].public(), "Ana")
    return roster.with_member(people["bea"].public(), "Bea")


def test_a_fingerprint_is_short_stable_and_ones_own(people) -> None:
    ana = people["ana"].public()
    fingerprint = ana.fingerprint()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}", fingerprint)
    assert MemberKey(ana.signing, ana.agreement).fingerprint() == fingerprint
    assert len({p.public().fingerprint() for p in people.values()}) == len(people)
    # Either half of the key changes it.
    other = people["bea"].public()
    assert MemberKey(ana.signing, other.agreement).fingerprint() != fingerprint


def test_a_fingerprint_is_recognised_as_she_types_or_hears_it(people) -> None:
    ana = people["ana"].public()
    fingerprint = ana.fingerprint()
    plain = fingerprint.replace("-", "")
    assert ana.has_fingerprint(fingerprint)
    assert ana.has_fingerprint(" ".join(plain.lower()))  # spaces, lower case
    # Crockford has no O, I or L: each can only have meant 0 or 1.
    misread = plain.replace("0", "O").replace("1", "l")
    assert ana.has_fingerprint(misread)
    assert not ana.has_fingerprint(plain[:-1])
    assert not people["bea"].public().has_fingerprint(fingerprint)


def test_the_admins_roster_opens_for_a_member_who_pinned_her(people) -> None:
    roster = team(people)
    signed = sign_roster(roster, people["admin"])
    opened = open_roster(signed, people["admin"].public(), SPACE)
    assert opened == roster
    assert [m.name for m in opened.members] == ["Rosa (coordinator)", "Ana", "Bea"]
    assert (opened.version, opened.epoch) == (3, 0)


def test_a_roster_signed_by_anyone_else_is_refused(people) -> None:
    # Ana makes a roster naming herself admin: members pinned Rosa, so it is refused.
    forged = Roster.new(SPACE, people["ana"].public(), "Ana").with_member(
        people["stranger"].public(), "Stranger"
    )
    with pytest.raises(NotOnRosterError):
        open_roster(sign_roster(forged, people["ana"]), people["admin"].public(), SPACE)
    with pytest.raises(ValueError):
        sign_roster(team(people), people["ana"])  # only the admin signs


def test_a_changed_roster_is_refused(people) -> None:
    signed = sign_roster(team(people), people["admin"])
    document = json.loads(signed.payload)
    document["members"][1]["name"] = "Someone else"
    changed = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
    with pytest.raises(NotOnRosterError):
        open_roster(SignedRoster(changed, signed.signature), people["admin"].public(), SPACE)


def test_an_older_roster_is_a_rollback_and_another_spaces_is_refused(people) -> None:
    signed = sign_roster(team(people), people["admin"])
    with pytest.raises(ChainBrokenError, match="rolled back"):
        open_roster(signed, people["admin"].public(), SPACE, newest_seen=4)
    with pytest.raises(TamperedFileError):
        open_roster(signed, people["admin"].public(), OTHER_SPACE)


@pytest.mark.parametrize(
    "payload",
    [b"", b"not json", b"[]", b'{"format": 2}', b'{"format": 1, "members": []}', b"\xff" * 40],
)
def test_a_damaged_roster_is_refused_plainly(people, payload: bytes) -> None:
    signed = SignedRoster(payload, people["admin"].sign(payload))
    with pytest.raises(TamperedFileError, match="damaged"):
        open_roster(signed, people["admin"].public(), SPACE)


def test_names_with_controls_or_bidi_overrides_are_refused(people) -> None:
    roster = Roster.new(SPACE, people["admin"].public(), "Rosa")
    for name in ("", "Ana\u202e", "Ana\x07", "x" * 81):
        with pytest.raises(ValueError):
            roster.with_member(people["ana"].public(), name)
    assert roster.with_member(people["ana"].public(), "  Ana   María ").members[1].name == (
        "Ana María"
    )


def test_a_members_file_is_used_and_a_non_members_or_forged_one_is_not(people) -> None:
    roster = team(people)
    changeset = b"sealed changeset bytes"
    roster.check_signed_by_member(changeset, people["ana"].sign(changeset), people["ana"].public())
    with pytest.raises(NotOnRosterError):  # signed by someone not on the roster
        roster.check_signed_by_member(
            changeset, people["stranger"].sign(changeset), people["stranger"].public()
        )
    with pytest.raises(NotOnRosterError):  # claims to be Ana, signed by the stranger
        roster.check_signed_by_member(
            changeset, people["stranger"].sign(changeset), people["ana"].public()
        )
    with pytest.raises(NotOnRosterError):  # Ana's signature over other bytes
        roster.check_signed_by_member(
            changeset + b"!", people["ana"].sign(changeset), people["ana"].public()
        )


def test_each_member_opens_only_her_own_wrapped_key(people) -> None:
    roster = team(people)
    key = new_team_key()
    wrapped = wrap_for_roster(key, roster)
    assert set(wrapped) == {m.key.fingerprint() for m in roster.members}
    for name in ("admin", "ana", "bea"):
        mine = wrapped[people[name].public().fingerprint()]
        assert unwrap_team_key(mine, SPACE, roster.epoch, people[name]) == key
    with pytest.raises(WrongMemberKeyError):
        unwrap_team_key(wrapped[people["ana"].public().fingerprint()], SPACE, 0, people["bea"])
    with pytest.raises(WrongMemberKeyError):  # the right member, another epoch's context
        unwrap_team_key(wrapped[people["ana"].public().fingerprint()], SPACE, 1, people["ana"])
    damaged = bytearray(wrapped[people["ana"].public().fingerprint()])
    damaged[-1] ^= 1
    with pytest.raises(WrongMemberKeyError):
        unwrap_team_key(bytes(damaged), SPACE, 0, people["ana"])


def test_a_removed_member_cannot_open_anything_written_after_and_can_be_added_again(
    people,
) -> None:
    roster = team(people)
    before = new_team_key()
    bea_before = wrap_for_roster(before, roster)[people["bea"].public().fingerprint()]

    removed = roster.without_member(people["bea"].public())
    assert (removed.version, removed.epoch) == (roster.version + 1, roster.epoch + 1)
    assert not removed.has(people["bea"].public())
    after = new_team_key()
    assert after != before
    wrapped = wrap_for_roster(after, removed)
    assert people["bea"].public().fingerprint() not in wrapped  # nothing addressed to her
    for box in wrapped.values():  # and no one else's box opens with her keys
        with pytest.raises(WrongMemberKeyError):
            unwrap_team_key(box, SPACE, removed.epoch, people["bea"])
    # What she already had stays hers (the interface says so plainly).
    assert unwrap_team_key(bea_before, SPACE, roster.epoch, people["bea"]) == before
    # Her writes are refused from now on.
    with pytest.raises(NotOnRosterError):
        removed.check_signed_by_member(b"x", people["bea"].sign(b"x"), people["bea"].public())

    readded = removed.with_member(people["bea"].public(), "Bea")
    assert readded.epoch == removed.epoch  # adding closes nothing
    box = wrap_team_key(after, SPACE, readded.epoch, people["bea"].public())
    assert unwrap_team_key(box, SPACE, readded.epoch, people["bea"]) == after
    signed = sign_roster(readded, people["admin"])
    opened = open_roster(signed, people["admin"].public(), SPACE, newest_seen=removed.version)
    assert opened.has(people["bea"].public())


def test_the_admin_cannot_be_removed_nor_anyone_added_twice(people) -> None:
    roster = team(people)
    with pytest.raises(ValueError):
        roster.without_member(people["admin"].public())
    with pytest.raises(ValueError):
        roster.with_member(people["ana"].public(), "Ana again")
    with pytest.raises(ValueError):
        roster.without_member(people["stranger"].public())
