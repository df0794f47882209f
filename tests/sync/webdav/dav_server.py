"""A real WsgiDAV server on 127.0.0.1 for the WebDAV target's tests, with faults on request.

``FaultInjector`` sits in front of WsgiDAV and, for the next requests that
match a rule, does what real servers and networks do: answer a status (423,
412, 507, 5xx, 401, a redirect to another host), cut the connection in the
middle of a PUT (a stub is left under the upload's name), perform a MOVE but
lose its answer, put 404 entries inside a 207 listing, or answer too slowly.
"""

import io
import ipaddress
import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from wsgidav.wsgidav_app import WsgiDAVApp

from wellbeing_desk.sync.webdav_target import WebDavTarget

USER = "alice"
PASSWORD = "correct-horse-7Qz"
StartResponse = Callable[..., Any]
Environ = dict[str, Any]

# Extra members for a 207: one gone (404 as its status), one file whose resourcetype is
# unknown (a 404 propstat), and hrefs outside the listed folder.
GHOSTS = """
<response xmlns="DAV:"><href>{folder}ghost.wbc</href><status>HTTP/1.1 404 Not Found</status>
</response>
<response xmlns="DAV:"><href>{folder}0000000000000009.wbc</href>
<propstat><prop><resourcetype/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
</response>
<response xmlns="DAV:"><href>/etc/passwd</href>
<propstat><prop><resourcetype/></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response xmlns="DAV:"><href>{folder}a/b/deeper.wbc</href>
<propstat><prop><resourcetype/></prop><status>HTTP/1.1 200 OK</status></propstat></response>
"""


@dataclass
class Rule:
    """Do ``action`` to the next ``times`` requests of ``method`` whose path contains ``part``."""

    method: str
    action: str  # status | drop-put | lose-answer | cut | ghosts | slow
    times: int = 1
    status: int = 0
    part: str = ""
    seconds: float = 0.0


class _ConnectionCut(Exception):
    """Raised after the headers are sent: cheroot then closes the connection."""


@dataclass
class FaultInjector:
    app: Callable[[Environ, StartResponse], Iterable[bytes]]
    rules: list[Rule] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, method: str, action: str, **kwargs: Any) -> Rule:
        rule = Rule(method, action, **kwargs)
        with self.lock:
            self.rules.append(rule)
        return rule

    def _take(self, method: str, path: str) -> Rule | None:
        with self.lock:
            self.seen.append((method, path))
            for rule in self.rules:
                if rule.times > 0 and rule.method == method and rule.part in path:
                    rule.times -= 1
                    return rule
        return None

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        rule = self._take(environ["REQUEST_METHOD"], environ.get("PATH_INFO", ""))
        if rule is None:
            return self.app(environ, start_response)
        if rule.action == "status":
            _read_body(environ)
            headers = [("Content-Length", "0")]
            if 300 <= rule.status < 400:
                headers.append(("Location", "https://elsewhere.example/steal"))
            if rule.status in (429, 503):
                headers.append(("Retry-After", "1"))
            start_response(f"{rule.status} Fault", headers)
            return [b""]
        if rule.action == "slow":
            time.sleep(rule.seconds)
            return self.app(environ, start_response)
        if rule.action == "drop-put":
            body = _read_body(environ)
            half = body[: len(body) // 2]
            environ = {**environ, "wsgi.input": io.BytesIO(half), "CONTENT_LENGTH": str(len(half))}
            return self._then_cut(environ, start_response)
        if rule.action == "lose-answer":
            return self._then_cut(environ, start_response)
        if rule.action == "cut":  # nothing done: the connection is cut before any answer
            _read_body(environ)
            start_response("200 OK", [("Content-Length", "100")])
            return _cut_after(b"")
        if rule.action == "ghosts":
            return self._with_ghosts(environ, start_response)
        raise AssertionError(rule.action)

    def _then_cut(self, environ: Environ, start_response: StartResponse) -> Iterator[bytes]:
        """Let WsgiDAV do the request, then cut the connection in the middle of the answer."""
        list(self.app(environ, lambda *_args, **_kwargs: None))
        start_response("200 OK", [("Content-Length", "100")])
        return _cut_after(b"partial")

    def _with_ghosts(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        answer: list[Any] = []
        extra = GHOSTS.format(folder=environ["PATH_INFO"]).encode()  # before WsgiDAV alters it
        body = b"".join(self.app(environ, lambda *args: answer.extend(args)))
        head, tail = body.rsplit(b"</", 1)
        body = head + extra + b"</" + tail
        headers = [(k, v) for k, v in answer[1] if k.lower() != "content-length"]
        start_response(answer[0], [*headers, ("Content-Length", str(len(body)))])
        return [body]


def _cut_after(first: bytes) -> Iterator[bytes]:
    yield first
    raise _ConnectionCut  # cheroot closes a connection whose answer has begun


def _read_body(environ: Environ) -> bytes:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    return environ["wsgi.input"].read(length) if length else b""


@dataclass
class DavServer:
    """A running server: its URL, the folder it stores files in, its faults."""

    url: str
    root: Path
    faults: FaultInjector
    sleeps: list[float] = field(default_factory=list)
    opened: list[WebDavTarget] = field(default_factory=list)

    def target(
        self, *, url: str | None = None, password: str = PASSWORD, **kwargs: Any
    ) -> WebDavTarget:
        """A client of this server; backoff sleeps are recorded, never slept."""
        options: dict[str, Any] = {"timeout_s": 2.0, "first_delay_s": 0.01}
        options.update(kwargs)
        target = WebDavTarget(url or self.url, USER, password, sleep=self.sleeps.append, **options)
        self.opened.append(target)
        return target

    def reset(self) -> None:
        """Ready for the next test: no clients, no faults, an empty folder."""
        for target in self.opened:
            target.close()
        self.opened.clear()
        self.sleeps.clear()
        with self.faults.lock:
            self.faults.rules.clear()
            self.faults.seen.clear()
        for child in self.root.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()

    def files(self) -> dict[str, bytes]:
        return {
            p.relative_to(self.root).as_posix(): p.read_bytes()
            for p in self.root.rglob("*")
            if p.is_file()
        }


def dav_app(root: Path) -> WsgiDAVApp:
    config = {
        "host": "127.0.0.1",
        "port": 0,
        "provider_mapping": {"/dav": str(root)},
        "http_authenticator": {
            "domain_controller": None,
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
        "verbose": 0,
        "logging": {"enable": False, "enable_loggers": []},
        "property_manager": True,
        "lock_storage": True,
        "dir_browser": {"enable": False},
    }
    return WsgiDAVApp(config)


def start(root: Path, tls: tuple[Path, Path] | None = None) -> tuple[DavServer, Callable[[], None]]:
    """Serve ``root`` on 127.0.0.1 (a free port) in a thread; return it and a stop function.

    With ``tls`` (a certificate and its key file) the server speaks https.
    """
    logging.getLogger("wsgidav").propagate = False
    faults = FaultInjector(dav_app(root))
    server = wsgi.Server(("127.0.0.1", 0), faults, numthreads=4, shutdown_timeout=1)
    server.error_log = lambda *_args, **_kwargs: None  # the cut connections are on purpose
    server.expiration_interval = 0.02  # stop within a tick, not half a second
    if tls is not None:
        server.ssl_adapter = BuiltinSSLAdapter(str(tls[0]), str(tls[1]))
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    port = server.bind_addr[1]

    def stop() -> None:
        for target in dav.opened:
            target.close()
        server.stop()
        thread.join(5)

    scheme = "https" if tls else "http"
    dav = DavServer(f"{scheme}://127.0.0.1:{port}/dav/", root, faults)
    return dav, stop


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself, and its key: (cert file, key file)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file
