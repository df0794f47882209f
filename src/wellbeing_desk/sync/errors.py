"""What can go wrong reading or writing a sync target, each said plainly.

Every error raised from ``sync/`` to its callers is one of these; text and
files from the target are hostile until they have been checked.
"""


class SyncError(Exception):
    """Base of every sync error."""


class TruncatedFileError(SyncError):
    """A file is shorter than its header says: still arriving, or cut off. Wait; never skip."""


class TamperedFileError(SyncError):
    """A file was changed by someone without the key, or is not what its name says: it is
    never used."""


class ChainBrokenError(SyncError):
    """A device's files do not follow on from each other: replayed, reordered or rolled back."""


class FormatTooNewError(SyncError):
    """Written by a newer Wellbeing Desk: read-only until this one is updated."""


class PairingCodeError(SyncError):
    """A pairing code with a typo or the wrong length."""


class WrongPairingCodeError(SyncError):
    """A well-formed pairing code that does not open this space's key."""


class ChangesetError(SyncError):
    """A changeset or snapshot payload that is malformed or breaks a bound: never applied."""


class DeviceIdTakenError(SyncError):
    """Another vault writes under this device's id (a restored backup or a copied vault)."""


class NoSpaceError(SyncError):
    """No sync space with that id on the target (or it was only partly copied there)."""


class NotOnRosterError(SyncError):
    """A team file signed by someone not on the team's roster, or with a signature that does
    not match: it is ignored and shown in Needs review."""


class WrongMemberKeyError(SyncError):
    """A team key addressed to another member, or damaged: this member cannot open it."""
