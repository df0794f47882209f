"""What can go wrong talking to a sync server (WebDAV), each said plainly.

Messages name the server's host and our own paths at most: never a user name,
a password or anything the server sent back, so they are safe to show and to log.
"""

from wellbeing_desk.sync.errors import SyncError


class TargetError(SyncError):
    """Base of every error talking to a sync server."""


class TargetAuthError(TargetError):
    """The server refused the user name or password (401), or this account may not (403)."""


class TargetFolderMissingError(TargetError):
    """The folder on the server is not there (a wrong address, or it was removed)."""


class MoveNotSupportedError(TargetError):
    """The server cannot rename a file without replacing another: it cannot be used safely."""


class CertificateUntrustedError(TargetError):
    """The server's certificate is not trusted: the connection was refused before any data."""


class TargetLockedError(TargetError):
    """A file or folder on the server is locked by another program (423)."""


class ServerFullError(TargetError):
    """The server has no room left for new files (507)."""


class ServerFailedError(TargetError):
    """The server kept failing (5xx) after a few tries, or answered in a way we cannot use."""


class TargetTimeoutError(TargetError):
    """The server did not answer in time."""


class TargetUnreachableError(TargetError):
    """The connection to the server failed or was cut off."""


class RedirectRefusedError(TargetError):
    """The server sent the request elsewhere; it is never followed (a moved or hostile server)."""
