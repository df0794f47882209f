"""A real WebDAV server on 127.0.0.1 for any test that asks for ``dav``: started once per
module that uses it, emptied and without faults for each test.

Tests that use it need ``pytest.mark.allow_hosts(["127.0.0.1"])`` (sockets are blocked
everywhere else). Imported into the conftests that offer it.
"""

from collections.abc import Iterator

import pytest

from tests.sync.webdav.dav_server import DavServer, start


@pytest.fixture(scope="module")
def _running_dav(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    server, stop = start(tmp_path_factory.mktemp("served"))
    yield server
    stop()


@pytest.fixture
def dav(_running_dav: DavServer) -> Iterator[DavServer]:
    _running_dav.reset()
    yield _running_dav
    _running_dav.reset()
