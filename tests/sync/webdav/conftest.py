"""One real WebDAV server for this package's modules (``tests/support/dav_fixtures.py``)."""

from tests.support.dav_fixtures import _running_dav, dav

__all__ = ["_running_dav", "dav"]
