"""The team key of each epoch, wrapped for each member with her key-agreement key.

For every member on the roster the admin writes the epoch's 32-byte team key
sealed to that member alone: a fresh X25519 key pair per wrap, the shared
secret through HKDF-SHA256 (bound to the space, the epoch and her public
key), then AES-256-GCM with the same facts as associated data. Only her
private key opens it; no shared secret is ever sent in clear. A removed
member gets no wrap in the next epoch, so what is written after she left is
closed to her.

Wrapped key: ephemeral public key (32) · nonce (12) · key + tag (48) = 92 bytes.
"""

import os
import struct
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from wellbeing_desk.sync.errors import WrongMemberKeyError
from wellbeing_desk.sync.team_identity import MemberIdentity, MemberKey
from wellbeing_desk.sync.team_roster import Roster

TEAM_KEY_BYTES = 32
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + NONCE_BYTES + TEAM_KEY_BYTES + 16
_INFO = b"wellbeing-desk team key v1"
_EPOCH = struct.Struct(">I")


def new_team_key(random_bytes: Callable[[int], bytes] = os.urandom) -> bytes:
    return random_bytes(TEAM_KEY_BYTES)


def wrap_team_key(
    team_key: bytes,
    space: bytes,
    epoch: int,
    member: MemberKey,
    random_bytes: Callable[[int], bytes] = os.urandom,
) -> bytes:
    """``team_key`` sealed so that only ``member`` opens it."""
    if len(team_key) != TEAM_KEY_BYTES:
        raise ValueError("a team key is 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(member.agreement))
    context = _context(space, epoch, member)
    nonce = random_bytes(NONCE_BYTES)
    sealed = AESGCM(_kek(shared, ephemeral_public, context)).encrypt(nonce, team_key, context)
    return ephemeral_public + nonce + sealed


def unwrap_team_key(wrapped: bytes, space: bytes, epoch: int, me: MemberIdentity) -> bytes:
    """The team key this wrap holds for ``me``; ``WrongMemberKeyError`` if it is not mine."""
    if len(wrapped) != WRAPPED_BYTES:
        raise WrongMemberKeyError("This team key is damaged: it cannot be opened.")
    ephemeral_public, nonce, sealed = wrapped[:32], wrapped[32:44], wrapped[44:]
    try:
        shared = me.agreement_key().exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        context = _context(space, epoch, me.public())
        return AESGCM(_kek(shared, ephemeral_public, context)).decrypt(nonce, sealed, context)
    except (InvalidTag, ValueError):
        raise WrongMemberKeyError(
            "This team key is not addressed to you, or it is damaged: it cannot be opened."
        ) from None


def wrap_for_roster(
    team_key: bytes, roster: Roster, random_bytes: Callable[[int], bytes] = os.urandom
) -> dict[str, bytes]:
    """The epoch's key for every member on ``roster``, by her fingerprint."""
    return {
        member.key.fingerprint(): wrap_team_key(
            team_key, roster.space, roster.epoch, member.key, random_bytes
        )
        for member in roster.members
    }


def _context(space: bytes, epoch: int, member: MemberKey) -> bytes:
    return _INFO + space + _EPOCH.pack(epoch) + member.agreement


def _kek(shared: bytes, ephemeral_public: bytes, context: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public, info=context).derive(
        shared
    )
