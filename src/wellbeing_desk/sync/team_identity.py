"""A member's identity in team spaces: two key pairs, and the fingerprint people compare.

Each vault that takes part in a team space has a signing key (Ed25519: every
changeset she writes there is signed with it) and a key-agreement key
(X25519: the team key is wrapped for her with it). Their public halves are
her ``MemberKey``; its fingerprint, 20 Crockford symbols in groups of four
(100 bits of SHA-256 over both keys), is what an admin and a new member read
to each other by voice or compare in person before she is added. Private keys
never leave the vault.
"""

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from wellbeing_desk.vault import crockford

KEY_BYTES = 32
FINGERPRINT_SYMBOLS = 20  # 100 bits: enough that no one can make a key with her fingerprint
_FINGERPRINT_DOMAIN = b"wellbeing-desk team member v1\x00"


@dataclass(frozen=True)
class MemberKey:
    """The public half of a member's identity (what the roster lists)."""

    signing: bytes  # Ed25519 public key, 32 bytes
    agreement: bytes  # X25519 public key, 32 bytes

    def __post_init__(self) -> None:
        if len(self.signing) != KEY_BYTES or len(self.agreement) != KEY_BYTES:
            raise ValueError("a member key holds two 32-byte public keys")

    def fingerprint(self) -> str:
        """``XXXX-XXXX-XXXX-XXXX-XXXX``: read aloud or compared before adding her."""
        digest = hashlib.sha256(_FINGERPRINT_DOMAIN + self.signing + self.agreement).digest()
        value = int.from_bytes(digest, "big") >> (256 - 5 * FINGERPRINT_SYMBOLS)
        symbols = "".join(
            crockford.ALPHABET[(value >> (5 * i)) & 31]
            for i in reversed(range(FINGERPRINT_SYMBOLS))
        )
        return "-".join(symbols[i : i + 4] for i in range(0, FINGERPRINT_SYMBOLS, 4))

    def verifies(self, data: bytes, signature: bytes) -> bool:
        """Whether ``signature`` is this member's over ``data``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True)
class MemberIdentity:
    """Both private keys (kept inside her vault) and what they make."""

    signing_private: bytes
    agreement_private: bytes

    @classmethod
    def generate(cls) -> "MemberIdentity":
        return cls(
            Ed25519PrivateKey.generate().private_bytes(
                Encoding.Raw, PrivateFormat.Raw, NoEncryption()
            ),
            X25519PrivateKey.generate().private_bytes(
                Encoding.Raw, PrivateFormat.Raw, NoEncryption()
            ),
        )

    def public(self) -> MemberKey:
        signing = Ed25519PrivateKey.from_private_bytes(self.signing_private).public_key()
        agreement = X25519PrivateKey.from_private_bytes(self.agreement_private).public_key()
        return MemberKey(
            signing.public_bytes(Encoding.Raw, PublicFormat.Raw),
            agreement.public_bytes(Encoding.Raw, PublicFormat.Raw),
        )

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private).sign(data)

    def agreement_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.agreement_private)
