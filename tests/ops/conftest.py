"""A real WebDAV server for the sync operations' tests (``tests/support/dav_fixtures.py``)."""

from tests.support.dav_fixtures import _running_dav, dav

__all__ = ["_running_dav", "dav"]
