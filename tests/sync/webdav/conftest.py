"""One real WebDAV server for this package's modules (``tests/support/dav_fixtures.py``),
and vaults that sync through it."""

from tests.support.dav_fixtures import _running_dav, dav
from tests.sync.webdav.dav_devices import devices

__all__ = ["_running_dav", "dav", "devices"]
