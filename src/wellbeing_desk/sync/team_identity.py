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
_DEVICE_DOMAIN = b"wellbeing-desk team device v1\x00"
_KEY_TEXT_SYMBOLS = 103  # 512 bits of two public keys, 5 bits a symbol


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

    def has_fingerprint(self, text: str) -> bool:
        """Whether ``text``, as she typed or was told it, is this key's fingerprint."""
        return _as_compared(text) == _as_compared(self.fingerprint())

    def to_text(self) -> str:
        """Both public keys as grouped Crockford symbols with a check symbol: what she
        sends the admin (by any channel: it is public; the fingerprint proves it is hers)."""
        value = int.from_bytes(self.signing + self.agreement, "big")
        return crockford.encode(value, _KEY_TEXT_SYMBOLS)

    @classmethod
    def from_text(cls, text: str) -> "MemberKey":
        """The key ``to_text`` wrote; ``crockford.CodeTextError`` for a typo or a wrong length."""
        value = crockford.decode(text, _KEY_TEXT_SYMBOLS, max_text=4 * _KEY_TEXT_SYMBOLS)
        if value >= 1 << (8 * 2 * KEY_BYTES):
            raise crockford.CodeLengthError(_KEY_TEXT_SYMBOLS + 1)
        raw = value.to_bytes(2 * KEY_BYTES, "big")
        return cls(raw[:KEY_BYTES], raw[KEY_BYTES:])

    def device_in(self, space: bytes) -> str:
        """The id of her folder in a team space: derived from her key and the space, so a
        file in that folder is hers only if she signed it, and the target cannot link her
        folders in two teams."""
        digest = hashlib.sha256(_DEVICE_DOMAIN + space + self.signing + self.agreement)
        return digest.digest()[:16].hex()

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

    def to_bytes(self) -> bytes:
        """Both private keys, as the vault keeps them."""
        return self.signing_private + self.agreement_private

    @classmethod
    def from_bytes(cls, data: bytes) -> "MemberIdentity":
        if len(data) != 2 * KEY_BYTES:
            raise ValueError("a member identity holds two 32-byte private keys")
        return cls(data[:KEY_BYTES], data[KEY_BYTES:])

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private).sign(data)

    def agreement_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.agreement_private)


def _as_compared(fingerprint: str) -> str:
    """A fingerprint as typed: separators, spaces and case gone; o read as 0, i and l as 1
    (Crockford's alphabet has none of those letters, so nothing else can be meant)."""
    kept = "".join(c for c in fingerprint.upper() if c.isalnum())
    return kept.replace("O", "0").replace("I", "1").replace("L", "1")
