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


class NotATeamSpaceError(SyncError):
    """The space named is not a team space (a personal one, or nothing Wellbeing Desk wrote)."""


class FingerprintMismatchError(SyncError):
    """The team space's creator key does not have the fingerprint she was given: she may be
    looking at someone else's space. Nothing was joined."""


class NotInvitedError(SyncError):
    """No team key in the space is addressed to this vault's member key (yet)."""


class RemovedFromTeamError(SyncError):
    """The team's newest roster, signed by its creator, no longer lists this member."""


class TeamKeyMissingError(SyncError):
    """The newest roster is sealed with a team key not given to this member: removed, or the
    key's file has not arrived in a synced folder yet."""


class NotTeamAdminError(SyncError):
    """Only the member who created the team space adds and removes members."""
