"""A sync target on a WebDAV server (Nextcloud, ownCloud and others), over ``httpx``.

Files are write-once, as on every target. ``create`` uploads to a private temp
name beside the final name and MOVEs it with ``Overwrite: F``: the server
refuses (412) rather than replace a file, and then the existing bytes are read
and compared (identical means an earlier try already finished). ETags are
never trusted (some servers' are second-granular) and an interrupted upload
only ever leaves a stub under a temp name, which ``tidy`` removes.

Listing is one PROPFIND (Depth 1) per folder, so the requests of a sync grow
with devices and new files, never with records. Every answer is read with a
size bound; XML is parsed with no DTD and no entities. TLS is always verified
(a CA file may be added, errors are never ignored), redirects are refused,
every request has timeouts, and only 5xx/429 answers (and, for requests that
are safe to repeat, a cut connection) are retried, a few times with backoff.
The user name and password go only into the Authorization header: never into
a message, a log or an exception.
"""

import contextlib
import errno
import os
import ssl
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import defusedxml
import defusedxml.ElementTree
import httpx

from wellbeing_desk.sync.errors import TamperedFileError
from wellbeing_desk.sync.folder_target import MAX_FILE_BYTES
from wellbeing_desk.sync.target import (
    TEMP_HEX_LENGTH,
    check_path,
    is_temp_name,
    join_path,
    split_path,
    temp_name_for,
)
from wellbeing_desk.sync.target_errors import (
    CertificateUntrustedError,
    MoveNotSupportedError,
    RedirectRefusedError,
    ServerFailedError,
    ServerFullError,
    TargetAuthError,
    TargetError,
    TargetFolderMissingError,
    TargetLockedError,
    TargetTimeoutError,
    TargetUnreachableError,
)

DEFAULT_TIMEOUT_S = 15.0
DEFAULT_ATTEMPTS = 4  # the first try and three retries
DEFAULT_FIRST_DELAY_S = 0.5  # then 1 s, 2 s
MAX_RETRY_AFTER_S = 30.0
# A folder listing: a few hundred bytes per file, so a hundred thousand files fit.
MAX_LISTING_BYTES = 32 * 1024 * 1024
MAX_SMALL_REPLY_BYTES = 64 * 1024  # the body of a PUT, MOVE, MKCOL or DELETE answer
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})

_DAV = "{DAV:}"
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)
_RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})


class _TooLargeError(Exception):
    """An answer body longer than its bound (internal: turned into a plain error)."""


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: httpx.Headers
    body: bytes


class WebDavTarget:
    """The ``Target`` protocol on a WebDAV collection (see ``sync/target.py``).

    ``url`` is the collection that holds the sync folder, e.g. a Nextcloud
    ``https://cloud.example.org/remote.php/dav/files/alice/``. Plain ``http``
    is only allowed to this computer itself (tests, a local proxy).
    """

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        ca_file: Path | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        attempts: int = DEFAULT_ATTEMPTS,
        first_delay_s: float = DEFAULT_FIRST_DELAY_S,
        sleep: Callable[[float], None] = time.sleep,
        max_file_bytes: int = MAX_FILE_BYTES,
        max_listing_bytes: int = MAX_LISTING_BYTES,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError("a sync server address starts with https:// and names a server")
        if parts.username is not None or parts.password is not None:
            raise ValueError("put the user name and password in their own fields, not the address")
        if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
            raise ValueError("a sync server address must start with https:// (encrypted)")
        if parts.query or parts.fragment:
            raise ValueError("a sync server address has no ?query or #fragment")
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        self.host = parts.hostname
        self._origin = f"{parts.scheme}://{parts.netloc}"
        self._base_path = parts.path.rstrip("/") + "/"
        self.attempts = attempts
        self.first_delay_s = first_delay_s
        self.max_file_bytes = max_file_bytes
        self.max_listing_bytes = max_listing_bytes
        self._sleep = sleep
        self.requests_made = 0  # every request sent, retries included
        verify: ssl.SSLContext | bool = True
        if ca_file is not None:
            # Only her CA is trusted then (a self-hosted server's own), still verified fully.
            verify = ssl.create_default_context(cafile=str(ca_file))
        self._client = httpx.Client(
            auth=httpx.BasicAuth(user, password),
            verify=verify,
            follow_redirects=False,
            timeout=httpx.Timeout(timeout_s),
            trust_env=False,  # no proxy or .netrc from the environment
            headers={"User-Agent": "WellbeingDesk"},
        )

    def __repr__(self) -> str:  # never the credentials
        return f"WebDavTarget({self._origin}{self._base_path})"

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "WebDavTarget":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # The protocol.

    def list_names(self, folder: str) -> list[str]:
        return self._entries(folder, folders=False)

    def list_folders(self, folder: str) -> list[str]:
        return self._entries(folder, folders=True)

    def read(self, path: str) -> bytes:
        reply = self._request("GET", self._url(path), limit=self.max_file_bytes, what=path)
        if reply.status == 404:
            raise FileNotFoundError(errno.ENOENT, "no such file on the sync server", path)
        self._check(reply, path, ok=(200,))
        return reply.body

    def create(self, path: str, data: bytes) -> None:
        folder, name = split_path(path)
        temp = join_path(folder, temp_name_for(name, os.urandom(TEMP_HEX_LENGTH // 2).hex()))
        try:
            self._upload(temp, folder, data)
            moved = self._publish(temp, path, data)
        except Exception:
            self._discard(temp)  # an interrupted upload may have left a stub
            raise
        if not moved:
            self._discard(temp)

    def delete(self, path: str) -> None:
        # Depth 0: a server that keeps to RFC 4918 refuses to delete a whole folder this way.
        reply = self._request("DELETE", self._url(path), headers={"Depth": "0"}, what=path)
        if reply.status != 404:
            self._check(reply, path, ok=(200, 204))

    def make_folder(self, path: str) -> None:
        reply = self._request("MKCOL", self._url(path, folder=True), what=path)
        if reply.status in (201, 405):  # made, or already there
            return
        parent, _ = split_path(path)
        if reply.status == 409 and parent:  # a parent is missing: make it, then this one
            self.make_folder(parent)
            reply = self._request("MKCOL", self._url(path, folder=True), what=path)
            if reply.status in (201, 405):
                return
        self._check(reply, path, ok=())

    def tidy(self, folder: str) -> list[str]:
        removed = [name for name in self.list_names(folder) if is_temp_name(name)]
        for name in removed:
            self.delete(join_path(folder, name))
        return removed

    # Writing.

    def _upload(self, temp: str, folder: str, data: bytes) -> None:
        reply = self._request("PUT", self._url(temp), content=data, what=temp)
        if reply.status in (404, 409) and folder:  # the folder is not there yet
            self.make_folder(folder)
            reply = self._request("PUT", self._url(temp), content=data, what=temp)
        self._check(reply, temp, ok=(200, 201, 204))

    def _publish(self, temp: str, path: str, data: bytes) -> bool:
        """Give the uploaded temp file its final name, never replacing another file.

        True if the temp file became the final one; False if the final name
        already held exactly ``data`` (an earlier try finished).
        """
        headers = {"Destination": self._origin + self._url(path), "Overwrite": "F"}
        try:
            reply = self._request("MOVE", self._url(temp), headers=headers, what=path)
        except TargetUnreachableError:
            # The answer was lost: the move may have happened. Whole and ours means done.
            if self._already_there(path, data):
                return False
            raise
        if reply.status in (201, 204):
            return True
        if reply.status in (405, 501):
            raise MoveNotSupportedError(
                f"the sync server at {self.host} cannot rename files without replacing "
                "others, so it cannot be used safely"
            )
        if reply.status == 412:  # the final name is taken: never replaced
            if self._already_there(path, data):
                return False
            raise ServerFailedError(
                f"the sync server at {self.host} refused to name a new file {path}, "
                "though no file has that name"
            )
        self._check(reply, path, ok=())
        return True  # pragma: no cover (``_check`` raised)

    def _already_there(self, path: str, data: bytes) -> bool:
        """After a refused or unanswered MOVE: whether ``path`` already holds exactly ``data``.

        The bytes are compared, never an ETag. ``FileExistsError`` if a different
        file has the name; False if no file has it.
        """
        try:
            existing = self.read(path)
        except (FileNotFoundError, TargetFolderMissingError):
            return False
        except TamperedFileError:  # too large to be any sync file: not ours
            existing = None
        if existing != data:
            raise FileExistsError(errno.EEXIST, "a different file already has this name", path)
        return True

    def _discard(self, temp: str) -> None:
        with contextlib.suppress(TargetError):
            self.delete(temp)

    # Listing.

    def _entries(self, folder: str, *, folders: bool) -> list[str]:
        url = self._url(folder, folder=True)
        reply = self._request(
            "PROPFIND",
            url,
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            content=_PROPFIND_BODY,
            limit=self.max_listing_bytes,
            what=folder,
        )
        if reply.status == 404:
            return []
        self._check(reply, folder, ok=(207,))
        listed = parse_multistatus(reply.body, unquote(url), host=self.host)
        return sorted(name for name, is_folder in listed.items() if is_folder == folders)

    # Requests.

    def _url(self, path: str, *, folder: bool = False) -> str:
        """The absolute path on the server of a checked target path (names need no quoting)."""
        quoted = "/".join(quote(name, safe="") for name in check_path(path).split("/"))
        return self._base_path + quoted + ("/" if folder else "")

    def _request(
        self,
        method: str,
        url_path: str,
        *,
        what: str,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        limit: int = MAX_SMALL_REPLY_BYTES,
        idempotent: bool | None = None,
    ) -> _Reply:
        """Send one request, retrying 5xx/429 (and a cut connection if safe) with backoff."""
        repeatable = method != "MOVE" if idempotent is None else idempotent
        url = self._origin + url_path
        for attempt in range(1, self.attempts + 1):
            last = attempt == self.attempts
            try:
                self.requests_made += 1
                with self._client.stream(method, url, headers=headers, content=content) as answer:
                    if answer.status_code in _RETRIED_STATUSES and not last:
                        delay = self._delay(attempt, answer.headers.get("Retry-After"))
                    else:
                        body = _read_bounded(answer, limit)
                        return _Reply(answer.status_code, answer.headers, body)
            except _TooLargeError:
                if method == "GET":
                    raise TamperedFileError(f"{what} is larger than any sync file can be") from None
                raise ServerFailedError(
                    f"the sync server at {self.host} sent an answer too large to read"
                ) from None
            except httpx.TimeoutException:
                raise TargetTimeoutError(
                    f"the sync server at {self.host} did not answer in time"
                ) from None
            except httpx.TransportError as error:
                if _untrusted_certificate(error):
                    raise CertificateUntrustedError(
                        f"the certificate of the sync server at {self.host} is not trusted; "
                        "nothing was sent"
                    ) from None
                if last or not repeatable:
                    raise TargetUnreachableError(
                        f"the connection to the sync server at {self.host} failed or was cut off"
                    ) from None
                delay = self._delay(attempt, None)
            self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        delay = self.first_delay_s * 2.0 ** (attempt - 1)
        if retry_after is not None and retry_after.strip().isdigit():
            delay = max(delay, min(float(retry_after.strip()), MAX_RETRY_AFTER_S))
        return delay

    def _check(self, reply: _Reply, what: str, *, ok: tuple[int, ...]) -> None:
        """Return if the status is one of ``ok``; else raise the plain error for it."""
        status = reply.status
        if status in ok:
            return
        where = f"the sync server at {self.host}"
        if 300 <= status < 400:
            to = urlsplit(reply.headers.get("Location", "")).hostname or "another address"
            raise RedirectRefusedError(
                f"{where} sent the request on to {to}; that is not followed: "
                "check the server address"
            )
        if status == 401:
            raise TargetAuthError(f"{where} did not accept the user name or password")
        if status == 403:
            raise TargetAuthError(f"{where} does not let this account use {what}")
        if status in (404, 409):
            raise TargetFolderMissingError(f"the folder for {what} is not on {where}")
        if status == 423:
            raise TargetLockedError(f"{what} is locked on {where} by another program")
        if status == 507:
            raise ServerFullError(f"{where} is full: there is no room for new files")
        if status >= 500:
            raise ServerFailedError(f"{where} kept failing (error {status}); try again later")
        raise ServerFailedError(f"{where} answered {status} to a request for {what}")


def parse_multistatus(body: bytes, folder_path: str, *, host: str) -> dict[str, bool]:
    """The members of a PROPFIND Depth 1 answer: name -> whether it is a folder.

    ``folder_path`` is the unquoted path of the listed folder, ending in '/'.
    Members whose own status is not 2xx (a 404 inside the 207) are left out;
    a member is a folder if its href ends in '/' or a 2xx propstat says so. Anything not directly
    inside the folder (the folder itself, a hostile href) is left out.
    """
    try:
        root = defusedxml.ElementTree.fromstring(body, forbid_dtd=True)
    except (ET.ParseError, defusedxml.DefusedXmlException, ValueError):
        raise ServerFailedError(
            f"the sync server at {host} sent a listing we cannot read"
        ) from None
    if not isinstance(root, ET.Element) or root.tag != f"{_DAV}multistatus":
        raise ServerFailedError(f"the sync server at {host} sent a listing we cannot read")
    found: dict[str, bool] = {}
    for response in root.iter(f"{_DAV}response"):
        href = (response.findtext(f"{_DAV}href") or "").strip()
        status = response.findtext(f"{_DAV}status")
        if not href or (status is not None and not _is_success(status)):
            continue
        path = unquote(urlsplit(href).path)
        if not path.startswith(folder_path):
            continue
        name = path[len(folder_path) :]
        is_folder = name.endswith("/")
        name = name.rstrip("/")
        if not name or "/" in name:
            continue
        for propstat in response.iter(f"{_DAV}propstat"):
            if not _is_success(propstat.findtext(f"{_DAV}status") or ""):
                continue  # a 404 propstat: that property is unknown there
            kind = propstat.find(f"{_DAV}prop/{_DAV}resourcetype")
            if kind is not None and kind.find(f"{_DAV}collection") is not None:
                is_folder = True
        found[name] = is_folder
    return found


def _is_success(status_line: str) -> bool:
    """Whether an ``HTTP/1.1 200 OK`` status line says 2xx."""
    parts = status_line.split()
    return len(parts) >= 2 and parts[1].startswith("2") and len(parts[1]) == 3


def _read_bounded(answer: httpx.Response, limit: int) -> bytes:
    declared = answer.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLargeError
    chunks: list[bytes] = []
    size = 0
    for chunk in answer.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _TooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


def _untrusted_certificate(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(8):  # the cause chain, bounded
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError) or (
            "CERTIFICATE_VERIFY_FAILED" in str(seen)
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
