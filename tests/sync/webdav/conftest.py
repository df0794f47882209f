"""One real WebDAV server for this package, emptied and without faults for each test."""

from collections.abc import Iterator

import pytest

from tests.sync.webdav.dav_server import DavServer, start


@pytest.fixture(scope="package")
def _running_dav(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    # Started by the first test that asks (its allow_hosts mark lets it listen on 127.0.0.1).
    server, stop = start(tmp_path_factory.mktemp("served"))
    yield server
    stop()


@pytest.fixture
def dav(_running_dav: DavServer) -> Iterator[DavServer]:
    _running_dav.reset()
    yield _running_dav
    _running_dav.reset()
