"""How a team space's files are sealed: the epoch's team key, and her signature inside.

Every member holds the team key, so the key alone cannot say who wrote a
file. Each changeset and snapshot therefore carries, inside its encryption,
the writer's Ed25519 public key and her signature over what the file is (its
kind, key epoch, space, folder, number, the file before it, and the SHA-256
of its payload). A file is used only if

- its key epoch is one this vault was given (a member removed before it was
  written was not: she cannot read it);
- the signer is on the team's current roster;
- the folder it lies in is the signer's own (``MemberKey.device_in``), so no
  member can write in another's name; and
- the signature holds.

Anything else is ``NotOnRosterError`` or ``WrongMemberKeyError``: the engine
leaves that folder there and reports the file, and it is shown to her.

Signed payload: ``SIGNED_MAGIC`` (8) · signing key (32) · signature (64) · payload.
"""

import hashlib
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field

from wellbeing_desk.sync.engine import SpaceKeys
from wellbeing_desk.sync.errors import NotOnRosterError, TamperedFileError, WrongMemberKeyError
from wellbeing_desk.sync.sealing import FileKind, open_sealed, read_header, seal
from wellbeing_desk.sync.team_identity import KEY_BYTES, MemberIdentity
from wellbeing_desk.sync.team_roster import Roster

SIGNED_MAGIC = b"WBDTEAM1"
SIGNATURE_BYTES = 64
_STATEMENT_DOMAIN = b"wellbeing-desk team file v1\x00"
_STATEMENT = struct.Struct(">BI16s16sQ32s32s")
_SIGNED_HEAD = len(SIGNED_MAGIC) + KEY_BYTES + SIGNATURE_BYTES


@dataclass(frozen=True)
class TeamKeys(SpaceKeys):
    """A team space's keys as this member holds them.

    ``root_key`` is the current epoch's team key (what she writes with);
    ``epoch_keys`` every epoch's key she was given (what she can read).
    """

    epoch: int = 0
    epoch_keys: Mapping[int, bytes] = field(default_factory=dict)
    me: MemberIdentity | None = None
    roster: Roster | None = None

    def seal_file(self, kind: FileKind, seq: int, prev: bytes, payload: bytes) -> bytes:
        me = self._me()
        statement = _statement(kind, self.epoch, self.space, self.device, seq, prev, payload)
        signed = SIGNED_MAGIC + me.public().signing + me.sign(statement) + payload
        return seal(self.root_key, kind, self.space, self.device, seq, prev, signed, self.epoch)

    def open_file(
        self, data: bytes, kind: FileKind, device: str, seq: int, prev: bytes | None
    ) -> bytes:
        header = read_header(data)  # truncated, newer or not ours: said before any key is used
        key = self.epoch_keys.get(header.epoch)
        if key is None:
            raise WrongMemberKeyError(
                f"file {seq} of member folder {device} is sealed with a team key this vault "
                f"was not given (key {header.epoch}): it was written after you left the team, "
                "or the team's newest roster has not reached this folder yet"
            )
        signed = open_sealed(
            key,
            data,
            expect_kind=kind,
            expect_space=self.space,
            expect_device=device,
            expect_seq=seq,
            expect_prev=prev,
        )
        if len(signed) < _SIGNED_HEAD or not signed.startswith(SIGNED_MAGIC):
            raise TamperedFileError(f"file {seq} of member folder {device} carries no signature")
        signing = bytes(signed[len(SIGNED_MAGIC) : len(SIGNED_MAGIC) + KEY_BYTES])
        signature = bytes(signed[len(SIGNED_MAGIC) + KEY_BYTES : _SIGNED_HEAD])
        payload = bytes(signed[_SIGNED_HEAD:])
        roster = self._roster()
        member = next((m.key for m in roster.members if m.key.signing == signing), None)
        space = bytes.fromhex(self.space)
        statement = _statement(kind, header.epoch, self.space, device, seq, header.prev, payload)
        if (
            member is None
            or member.device_in(space) != device
            or not member.verifies(statement, signature)
        ):
            raise NotOnRosterError(
                f"file {seq} of member folder {device} is signed by someone not on the team's "
                "roster, or not by the member whose folder it is in: it was not used"
            )
        return payload

    def _me(self) -> MemberIdentity:
        if self.me is None:
            raise ValueError("team keys without a member identity cannot sign")
        return self.me

    def _roster(self) -> Roster:
        if self.roster is None:
            raise ValueError("team keys without a roster cannot check a signature")
        return self.roster


def _statement(
    kind: FileKind, epoch: int, space: str, device: str, seq: int, prev: bytes, payload: bytes
) -> bytes:
    """What a member's signature says: this file, in this place of this chain."""
    return _STATEMENT_DOMAIN + _STATEMENT.pack(
        int(kind),
        epoch,
        bytes.fromhex(space),
        bytes.fromhex(device),
        seq,
        prev,
        hashlib.sha256(payload).digest(),
    )
