"""The team's roster: who may write in a team space, signed by the person who created it.

A roster names the space, counts its versions and key epochs, names the admin
(the member who created the space: only she adds and removes members) and
lists every member's public keys and the name the team knows her by. It is
written as canonical JSON (sorted keys, no spaces, keys in base64) and
signed with the admin's Ed25519 key; a member pins the admin's key when she
joins, so a roster signed by anyone else is refused, and an older version
than one she has seen is a rollback.

Adding a member makes a new version in the same key epoch; removing one
makes a new version and a new epoch: the team key is replaced and wrapped
for those who remain (``team_keys.py``), so what is written after she left
is closed to her. What she already saw stays with her; the interface says so.

Files from the target are hostile: a roster is bounded in size and members,
names are printable and short, and every failure is one named error.
"""

import base64
import binascii
import json
from dataclasses import dataclass, replace
from typing import Any

from wellbeing_desk.sync.errors import ChainBrokenError, NotOnRosterError, TamperedFileError
from wellbeing_desk.sync.team_identity import MemberIdentity, MemberKey

ROSTER_FORMAT = 1
MAX_MEMBERS = 200
MAX_NAME = 80
MAX_ROSTER_BYTES = 128 * 1024
SPACE_ID_BYTES = 16


@dataclass(frozen=True)
class RosterMember:
    key: MemberKey
    name: str  # how the team knows her ("Ana, legal team"); her choice


@dataclass(frozen=True)
class Roster:
    space: bytes
    version: int  # 1, 2, 3 …: every change
    epoch: int  # 0, 1, 2 …: every removal (a new team key)
    admin: MemberKey
    members: tuple[RosterMember, ...]  # the admin first
    team: str = "Team"  # the team's name, as every confirmation says it

    @classmethod
    def new(cls, space: bytes, admin: MemberKey, admin_name: str, team: str = "Team") -> "Roster":
        member = RosterMember(admin, _checked_name(admin_name))
        return cls(space, 1, 0, admin, (member,), _checked_name(team))

    def has(self, key: MemberKey) -> bool:
        return any(member.key == key for member in self.members)

    def with_member(self, key: MemberKey, name: str) -> "Roster":
        """She may write from the next version on; the key epoch stays (nothing to close)."""
        if self.has(key):
            raise ValueError("already a member")
        if len(self.members) >= MAX_MEMBERS:
            raise ValueError(f"a team space has at most {MAX_MEMBERS} members")
        members = (*self.members, RosterMember(key, _checked_name(name)))
        return replace(self, version=self.version + 1, members=members)

    def without_member(self, key: MemberKey) -> "Roster":
        """A new version and a new key epoch: what is written next is closed to her."""
        if key == self.admin:
            raise ValueError("the admin cannot be removed")
        if not self.has(key):
            raise ValueError("not a member")
        members = tuple(member for member in self.members if member.key != key)
        return replace(self, version=self.version + 1, epoch=self.epoch + 1, members=members)

    def check_signed_by_member(self, data: bytes, signature: bytes, signer: MemberKey) -> None:
        """``NotOnRosterError`` unless ``signer`` is on this roster and signed ``data``."""
        if not self.has(signer) or not signer.verifies(data, signature):
            raise NotOnRosterError(
                "A file in the team space was signed by someone not on the team's roster, "
                "or its signature does not match: it was not used."
            )

    def encode(self) -> bytes:
        document = {
            "format": ROSTER_FORMAT,
            "team": self.team,
            "space": _b64(self.space),
            "version": self.version,
            "epoch": self.epoch,
            "admin": _key_document(self.admin),
            "members": [
                {**_key_document(member.key), "name": member.name} for member in self.members
            ],
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class SignedRoster:
    payload: bytes  # ``Roster.encode()``
    signature: bytes  # the admin's Ed25519 signature over the payload


def sign_roster(roster: Roster, admin: MemberIdentity) -> SignedRoster:
    if admin.public() != roster.admin:
        raise ValueError("only the admin signs the roster")
    payload = roster.encode()
    return SignedRoster(payload, admin.sign(payload))


def open_roster(
    signed: SignedRoster, pinned_admin: MemberKey, space: bytes, newest_seen: int = 0
) -> Roster:
    """The roster, checked: the pinned admin signed it, for this space, not older than seen."""
    if len(signed.payload) > MAX_ROSTER_BYTES:
        raise TamperedFileError("The team roster is larger than any roster can be: not used.")
    if not pinned_admin.verifies(signed.payload, signed.signature):
        raise NotOnRosterError(
            "The team roster is not signed by the person who created the team space: not used."
        )
    roster = _decode(signed.payload)
    if roster.admin != pinned_admin or roster.space != space:
        raise TamperedFileError("The team roster belongs to another team space: not used.")
    if roster.version < newest_seen:
        raise ChainBrokenError(
            f"The team roster on the target is version {roster.version}, older than version "
            f"{newest_seen} seen before: the folder was rolled back. The newer roster is kept."
        )
    return roster


def _decode(payload: bytes) -> Roster:
    try:
        document = json.loads(payload.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != ROSTER_FORMAT:
            raise ValueError("not a roster of this format")
        members_raw = document["members"]
        if not isinstance(members_raw, list) or not 1 <= len(members_raw) <= MAX_MEMBERS:
            raise ValueError("members")
        members = tuple(
            RosterMember(_key(member), _checked_name(member["name"])) for member in members_raw
        )
        roster = Roster(
            space=_unb64(document["space"], SPACE_ID_BYTES),
            version=_count(document["version"], 1),
            epoch=_count(document["epoch"], 0),
            admin=_key(document["admin"]),
            members=members,
            team=_checked_name(document["team"]),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        raise TamperedFileError("The team roster is damaged: not used.") from None
    if roster.members[0].key != roster.admin or len({m.key for m in members}) != len(members):
        raise TamperedFileError("The team roster is damaged: not used.")
    return roster


def _key_document(key: MemberKey) -> dict[str, str]:
    return {"signing": _b64(key.signing), "agreement": _b64(key.agreement)}


def _key(document: Any) -> MemberKey:
    if not isinstance(document, dict):
        raise ValueError("key")
    return MemberKey(_unb64(document["signing"], 32), _unb64(document["agreement"], 32))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int) -> bytes:
    if not isinstance(text, str) or len(text) > 2 * length:
        raise ValueError("base64")
    data = base64.b64decode(text, validate=True)
    if len(data) != length:
        raise ValueError("length")
    return data


def _count(value: Any, lowest: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value < 2**32:
        raise ValueError("count")
    return value


def _checked_name(name: Any) -> str:
    """A member's name: printable, one line, 1 to ``MAX_NAME`` characters."""
    if not isinstance(name, str):
        raise ValueError("name")
    cleaned = " ".join(name.split())
    if not 1 <= len(cleaned) <= MAX_NAME or not cleaned.isprintable():
        raise ValueError("a name in a team roster is 1 to 80 printable characters")
    return cleaned
