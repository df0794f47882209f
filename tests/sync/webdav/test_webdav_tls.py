"""TLS is always verified: an untrusted certificate stops everything before a byte is sent,
and her own CA file makes a self-hosted server trusted (with verification still on)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.webdav.dav_server import DavServer, self_signed_certificate, start
from wellbeing_desk.sync.target_errors import CertificateUntrustedError

pytestmark = pytest.mark.allow_hosts(["127.0.0.1"])


@pytest.fixture
def tls_dav(tmp_path: Path) -> Iterator[tuple[DavServer, Path]]:
    root = tmp_path / "served"
    root.mkdir()
    cert, key = self_signed_certificate(tmp_path)
    server, stop = start(root, tls=(cert, key))
    yield server, cert
    stop()


def test_an_untrusted_certificate_is_refused_plainly(tls_dav: tuple[DavServer, Path]) -> None:
    dav, _cert = tls_dav
    with pytest.raises(CertificateUntrustedError, match="not trusted; nothing was sent"):
        dav.target().list_names("wellbeing-desk")
    assert dav.faults.seen == []  # the request never reached the server
    assert dav.sleeps == []  # and is not tried again


def test_her_own_ca_file_makes_the_server_trusted(tls_dav: tuple[DavServer, Path]) -> None:
    dav, cert = tls_dav
    target = dav.target(ca_file=cert)
    target.create("wellbeing-desk/x.txt", b"over tls")
    assert target.read("wellbeing-desk/x.txt") == b"over tls"
    assert dav.url.startswith("https://")
